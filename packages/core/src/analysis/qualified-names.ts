/**
 * Qualified names: what an expression refers to, however it was imported.
 * `os.path.join`, `from os import path; path.join`, `from os.path import join as j; j`
 * all resolve to "os.path.join". Builtins resolve to "builtins.<name>"; the
 * module's own functions and classes to "<module>.<name>".
 */
import type { NodeOf, PyExpr } from "../ir/nodes";
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

export function buildQualifiedNames(scopes: ScopeAnalysis, moduleName: string): QualifiedNames {
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
        result = alias.asname ? alias.name : alias.name.split(".")[0]!;
      } else if (stmt?.kind === "ImportFrom" && alias) {
        result = `${absoluteModule(moduleName, stmt.level, stmt.module)}.${alias.name}`;
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
