/**
 * What a rule's visitors can use (`ctx`): reporting by message id, lowering
 * of Python subtrees, qualified-name resolution, imports and runtime helpers
 * requested by name, builders bound to an origin, scope and type queries.
 */
import { createNode } from "../ir/builders";
import { type NodeOf, type PyExpr, type PyStmt, categoryOf } from "../ir/nodes";
import { type Origin, spanOf } from "../ir/span";
import { type AnyExpr, type AnyStmt, TsBuilder } from "../ir/ts-builder";
import { fillTemplate } from "../report/builtin-codes";
import type { Diagnostic } from "../report/diagnostic";
import type { ScopeQueries } from "./file-analysis";
import { type ImportManager, RUNTIME_MODULE } from "./import-manager";
import type { NameAllocator } from "./names";
import type { RuleMeta } from "./rule";
import type { TypeQueries } from "./type-queries";

export interface ReportDescriptor<M extends string> {
  messageId: M;
  node: Origin;
  data?: Readonly<Record<string, string | number>>;
}

/** The services a rule context delegates to; one instance per file, shared by all rules. */
export interface EngineServices {
  file: { path: string; moduleName: string };
  options: Readonly<Record<string, unknown>>;
  imports: ImportManager;
  names: NameAllocator;
  scope: ScopeQueries;
  types: TypeQueries;
  resolve(expr: PyExpr): string | null;
  /** Relative import specifier of a project module (`./util.js`), or null. */
  importPath(moduleName: string): string | null;
  /** The Python source text of a span. */
  sourceText(origin: Origin): string;
  /** Library modules some loaded pack translates. */
  mappedModules: ReadonlySet<string>;
  lowerExpr(expr: PyExpr): AnyExpr;
  lowerStatements(stmts: PyStmt[]): AnyStmt[];
  addDiagnostic(ruleId: string, input: { code: string; severity: Diagnostic["severity"]; message: string; origin: Origin; suggestion?: string }): Diagnostic;
}

export class RuleContext<M extends string = string> {
  constructor(
    readonly meta: RuleMeta<M>,
    private readonly services: EngineServices,
  ) {}

  get file(): { path: string; moduleName: string } {
    return this.services.file;
  }

  get options(): Readonly<Record<string, unknown>> {
    return this.services.options;
  }

  get scope(): ScopeQueries {
    return this.services.scope;
  }

  get types(): TypeQueries {
    return this.services.types;
  }

  /** Builders for target nodes, all with this origin. */
  at(origin: Origin): TsBuilder {
    return new TsBuilder(origin);
  }

  /** Reports a diagnostic by message id; warnings and errors also mark the output. */
  report(descriptor: ReportDescriptor<M>): Diagnostic {
    const message = this.meta.messages[descriptor.messageId];
    if (!message) throw new Error(`rule ${this.meta.id} has no message '${descriptor.messageId}'`);
    return this.services.addDiagnostic(this.meta.id, {
      code: message.code,
      severity: message.severity,
      message: fillTemplate(message.text, descriptor.data ?? {}),
      origin: descriptor.node,
      ...(message.suggestion ? { suggestion: message.suggestion } : {}),
    });
  }

  /** Reports and returns an expression that throws at run time: `unsupported("PY2TS2xxx: ...")`. */
  stubExpr(descriptor: ReportDescriptor<M>): NodeOf<"TsCall"> {
    const d = this.report(descriptor);
    const b = this.at(descriptor.node);
    // typed as the Python expression it stands for, so the code around it still type-checks
    const origin = descriptor.node;
    const type = "kind" in origin && categoryOf((origin as PyExpr).kind) === "expr" ? this.types.of(origin as PyExpr) : null;
    const typeArgs = type && type.kind !== "unknown" && type.kind !== "never" ? [this.types.toTs(type, descriptor.node)] : [];
    return b.call(this.runtime("unsupported"), [b.str(`${d.code}: ${d.message}`)], typeArgs);
  }

  /** Reports and returns a statement that throws at run time. */
  stubStmt(descriptor: ReportDescriptor<M>): NodeOf<"TsExprStatement"> {
    return this.at(descriptor.node).exprStmt(this.stubExpr(descriptor));
  }

  /** Lowers a Python expression now and returns the result. */
  lower(expr: PyExpr): AnyExpr {
    return this.services.lowerExpr(expr);
  }

  lowerStatements(stmts: PyStmt[]): AnyStmt[] {
    return this.services.lowerStatements(stmts);
  }

  /** The qualified name of an expression however it was imported (`os.path.join`, `builtins.len`), or null. */
  resolve(expr: PyExpr): string | null {
    return this.services.resolve(expr);
  }

  get imports(): {
    named(module: string, name: string, options?: { typeOnly?: boolean; localHint?: string; exactLocal?: string }): NodeOf<"TsId">;
    namespace(module: string, hint: string, exact?: boolean): NodeOf<"TsId">;
    default(module: string, hint: string): NodeOf<"TsId">;
  } {
    const { imports } = this.services;
    const id = (name: string) => createNode("TsId", { name }, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } });
    return {
      named: (module, name, options) => id(imports.named(module, name, options)),
      namespace: (module, hint, exact) => id(imports.namespace(module, hint, exact)),
      default: (module, hint) => id(imports.default(module, hint)),
    };
  }

  /** An identifier for a helper of `@py2ts/runtime`, imported on first use. */
  runtime(name: string): NodeOf<"TsId"> {
    return this.imports.named(RUNTIME_MODULE, name);
  }

  /** A fresh identifier that collides with nothing in the module. */
  freshName(hint: string): string {
    return this.services.names.fresh(hint);
  }

  importPath(moduleName: string): string | null {
    return this.services.importPath(moduleName);
  }

  /** Whether a loaded rule pack translates this library module (`os.path`, `json`). */
  isMappedModule(moduleName: string): boolean {
    return this.services.mappedModules.has(moduleName);
  }

  /** The Python source text of a node (for messages). */
  sourceText(origin: Origin): string {
    return this.services.sourceText(origin);
  }

  spanOf(origin: Origin) {
    return spanOf(origin);
  }
}
