import { type FunctionInfo, type PyExpr, type RuleContext, defineRule } from "@py2ts/core";
import { qualnameOf } from "./function-calls";

/** The function a value statically is, when its identity is known (not through a decorator). */
function knownFunction(ctx: RuleContext, expr: PyExpr): FunctionInfo | null {
  const type = ctx.types.of(expr);
  if (type.kind !== "callable" || !type.fn) return null;
  const def = type.fn.def;
  if (def.kind === "FunctionDef" && def.decorators.length > 0) return null;
  return type.fn;
}

/**
 * Introspection of functions whose identity is known statically:
 * `f.__name__`, `f.__qualname__` and `f.__doc__` become the literal values
 * Python would give (`'<lambda>'` for a lambda, None without a docstring).
 */
export default defineRule({
  meta: {
    id: "core/function-attributes",
    description: "Translate __name__, __qualname__ and __doc__ of known functions",
    messages: {},
  },
  create: (ctx) => ({
    Attribute(path) {
      const { node } = path;
      if (!["__name__", "__qualname__", "__doc__"].includes(node.attr)) return;
      const fn = knownFunction(ctx, node.value);
      if (!fn) return;
      const b = ctx.at(node);
      const def = fn.def;
      if (node.attr === "__name__") path.replaceWith(b.str(def.kind === "FunctionDef" ? def.name : "<lambda>"));
      else if (node.attr === "__qualname__") path.replaceWith(b.str(qualnameOf(ctx, def)));
      else path.replaceWith(def.kind === "FunctionDef" && def.docstring !== null ? b.str(def.docstring) : b.null());
    },
  }),
});
