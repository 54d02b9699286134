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

  const resolve = (expr: PyExpr): string | null => {
    if (expr.kind === "Name") {
      const binding = scopes.bindingOf(expr);
      if (binding) return ofBinding(binding);
      return BUILTIN_NAMES.has(expr.id) ? `builtins.${expr.id}` : null;
    }
    if (expr.kind === "Attribute") {
      const base = resolve(expr.value);
      return base && !base.startsWith("builtins.") ? `${base}.${expr.attr}` : null;
    }
    return null;
  };

  return { resolve, ofBinding };
}
