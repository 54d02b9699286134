/**
 * Qualified names: what an expression refers to, however it was imported.
 * `os.path.join`, `from os import path; path.join`, `from os.path import join as j; j`
 * all resolve to "os.path.join". Builtins resolve to "builtins.<name>"; the
 * module's own functions and classes to "<module>.<name>".
 */
import type { Node, NodeOf, PyExpr } from "../ir/nodes";
import { forEachChild } from "../ir/visitor-keys";
import { BUILTIN_NAMES } from "./types/builtin-types";
import type { Binding, ScopeAnalysis } from "./scopes";

export interface QualifiedNames {
  /** The qualified name of an expression (a Name or an Attribute chain), or null. */
  resolve(expr: PyExpr): string | null;
  /** The qualified name a binding stands for (imports, module-level defs), or null for plain variables. */
  ofBinding(binding: Binding): string | null;
}

/** The absolute module name of a relative import from `moduleName`. */
export function absoluteModule(moduleName: string, level: number, module: string): string {
  if (level === 0) return module;
  const parts = moduleName.split(".");
  const base = parts.slice(0, Math.max(parts.length - level, 0));
  return [...base, ...(module ? [module] : [])].join(".");
}

/**
 * How an absolute import names a module of the project: Python puts a
 * script's own directory on `sys.path`, so `import util` in `tools/x/main.py`
 * finds `tools/x/util.py` (project module `tools.x.util`) when the project
 * has no top-level `util`. Names of other modules are returned unchanged.
 */
export function projectModuleName(importer: string, name: string, modules: { has(module: string): boolean }): string {
  const top = name.split(".")[0]!;
  if (modules.has(top) || modules.has(name)) return name;
  const dot = importer.lastIndexOf(".");
  if (dot < 0) return name;
  const sibling = `${importer.slice(0, dot)}.${name}`;
  return modules.has(`${importer.slice(0, dot)}.${top}`) ? sibling : name;
}

export function buildQualifiedNames(scopes: ScopeAnalysis, moduleName: string, modules: { has(module: string): boolean } = new Set()): QualifiedNames {
  const cache = new Map<Binding, string | null>();

  const ofBinding = (binding: Binding): string | null => {
    if (cache.has(binding)) return cache.get(binding)!;
    let result: string | null = null;
    if (binding.kind === "import") {
      const ref = binding.references.find((r) => r.how === "import");
      const stmt = ref?.statement;
      const alias = ref?.node as NodeOf<"Alias"> | undefined;
      if (stmt?.kind === "Import" && alias) {
        // `import a.b.c` binds `a`; `import a.b.c as x` binds x to a.b.c
        result = projectModuleName(moduleName, alias.asname ? alias.name : alias.name.split(".")[0]!, modules);
      } else if (stmt?.kind === "ImportFrom" && alias) {
        const base = absoluteModule(moduleName, stmt.level, stmt.module);
        result = `${stmt.level === 0 ? projectModuleName(moduleName, base, modules) : base}.${alias.name}`;
      }
    } else if ((binding.kind === "function" || binding.kind === "class") && binding.scope.kind === "module") {
      result = `${moduleName}.${binding.name}`;
    }
    cache.set(binding, result);
    return result;
  };

  /**
   * `kind` says what the name may hold: a module-like import (whose attributes
   * have qualified names), a class (whose attributes do, one level deep:
   * `Color.RED`), or another value (whose attributes do not:
   * `Color.RED.value` is not a qualified name).
   */
  const resolveKind = (expr: PyExpr): { qname: string; kind: "module" | "class" | "value" } | null => {
    if (expr.kind === "Name") {
      const binding = scopes.bindingOf(expr);
      if (binding) {
        const qname = ofBinding(binding);
        if (!qname) return null;
        return { qname, kind: binding.kind === "class" ? "class" : binding.kind === "import" ? "module" : "value" };
      }
      return BUILTIN_NAMES.has(expr.id) ? { qname: `builtins.${expr.id}`, kind: "value" } : null;
    }
    if (expr.kind === "Attribute") {
      const base = resolveKind(expr.value);
      if (!base || base.qname.startsWith("builtins.") || base.kind === "value") return null;
      return { qname: `${base.qname}.${expr.attr}`, kind: base.kind === "module" ? "module" : "value" };
    }
    return null;
  };

  const resolve = (expr: PyExpr): string | null => resolveKind(expr)?.qname ?? null;

  return { resolve, ofBinding };
}

/** A module's scopes and qualified names, as the project-wide resolver needs them. */
export interface NamedUnit {
  module: Node;
  scopes: ScopeAnalysis;
  names: QualifiedNames;
}

/**
 * Qualified names across the project: rules look at declarations of other
 * modules too (a dataclass imported from a sibling module, its decorator
 * resolved where it was written). A name is resolved in the module that
 * contains it; the index of names by module is built on the first name the
 * current module does not bind.
 */
export function projectNames(units: readonly NamedUnit[]): (current: NamedUnit) => QualifiedNames {
  let owner: Map<Node, NamedUnit> | null = null;
  const ownerOf = (name: Node): NamedUnit | undefined => {
    if (!owner) {
      const index = new Map<Node, NamedUnit>();
      for (const unit of units) {
        const visit = (node: Node): void => {
          if (node.kind === "Name") index.set(node, unit);
          forEachChild(node, visit);
        };
        visit(unit.module);
      }
      owner = index;
    }
    return owner.get(name);
  };
  const baseName = (expr: PyExpr): PyExpr => (expr.kind === "Attribute" ? baseName(expr.value) : expr);
  return (current) => ({
    resolve: (expr) => {
      const base = baseName(expr);
      if (base.kind !== "Name" || current.scopes.bindingOf(base)) return current.names.resolve(expr);
      return (ownerOf(base) ?? current).names.resolve(expr);
    },
    ofBinding: (binding) => current.names.ofBinding(binding),
  });
}
