/**
 * Everything the analysis pass knows about one module, in the form rules
 * query it through `ctx.scope` and `ctx.types`.
 */
import type { DeclarationPlans, DeclKind } from "../analysis/declarations";
import type { QualifiedNames } from "../analysis/qualified-names";
import type { Binding, Scope, ScopeAnalysis, ScopeNode } from "../analysis/scopes";
import type { TypeInfo } from "../analysis/types/inference";
import type { NodeOf, PyModule, PyStmt } from "../ir/nodes";
import { safeIdentifier } from "./names";

export interface FileAnalysis {
  moduleName: string;
  module: PyModule;
  scopes: ScopeAnalysis;
  names: QualifiedNames;
  declarations: DeclarationPlans;
  /** Variables some read of which may happen before any assignment (Python raises there). */
  mayBeUnbound?: { bindings: ReadonlySet<Binding>; reads: ReadonlySet<NodeOf<"Name">> };
  types: TypeInfo;
  /** Module-level names other project modules import (these are exported). */
  exportedNames: ReadonlySet<string> | "all";
}

/** Scope and declaration queries, as rules see them (`ctx.scope`). */
export class ScopeQueries {
  constructor(private readonly analysis: FileAnalysis) {}

  binding(name: NodeOf<"Name">): Binding | null {
    return this.analysis.scopes.bindingOf(name);
  }

  scopeOf(node: ScopeNode): Scope | undefined {
    return this.analysis.scopes.scopeOf(node);
  }

  get module(): Scope {
    return this.analysis.scopes.module;
  }

  /** The TypeScript identifier for a Python name (reserved words get a `_` suffix). */
  tsName(name: string): string {
    return safeIdentifier(name);
  }

  siteDeclaration(target: NodeOf<"Name">): DeclKind | null {
    return this.analysis.declarations.siteDeclaration(target);
  }

  ownedDeclaration(statement: PyStmt, name: string): DeclKind | null {
    return this.analysis.declarations.ownedDeclaration(statement, name);
  }

  /** Whether a function defined inside a block is declared before the block (its `def` becomes an assignment). */
  functionDeclaredBefore(binding: Binding): boolean {
    return this.analysis.declarations.functionDeclaredBefore(binding);
  }

  hoistedBefore(statement: PyStmt): readonly Binding[] {
    return this.analysis.declarations.hoistedBefore(statement);
  }

  /** Whether some read of the variable may happen before it is assigned (UnboundLocalError/NameError in Python). */
  mayBeUnbound(binding: Binding): boolean {
    return this.analysis.mayBeUnbound?.bindings.has(binding) ?? false;
  }

  /** Whether this read of a variable may happen before any assignment to it. */
  mayBeUnboundRead(name: NodeOf<"Name">): boolean {
    return this.analysis.mayBeUnbound?.reads.has(name) ?? false;
  }

  /** Whether a module-level binding is exported (other project modules import it). */
  isExported(binding: Binding): boolean {
    if (binding.scope !== this.analysis.scopes.module) return false;
    const exported = this.analysis.exportedNames;
    return exported === "all" ? !binding.name.startsWith("__") : exported.has(binding.name);
  }

  /** Whether a name is bound (assigned, imported, defined) anywhere in the module. */
  isBoundAnywhere(name: string): boolean {
    return this.analysis.scopes.allScopes().some((s) => s.bindings.has(name));
  }
}
