import type { RuleContext } from "@py2ts/core";

/**
 * The project module a qualified name belongs to (`checks.Status.OK` →
 * `checks` when `checks.py` is converted with this file), or null for names
 * of library modules and builtins.
 */
export function projectModuleOf(ctx: RuleContext, qname: string): string | null {
  if (qname.startsWith(`${ctx.file.moduleName}.`)) return ctx.file.moduleName;
  const parts = qname.split(".");
  for (let i = parts.length; i > 0; i--) {
    const module = parts.slice(0, i).join(".");
    if (ctx.importPath(module) !== null) return module;
  }
  return null;
}
