import { defineRule } from "@py2ts/core";
import { collect, generator, hasNameTargets } from "../shared/comprehension-loops";

/**
 * List, set and dict comprehensions and generator expressions. One `for`
 * over a list or tuple becomes array methods (`xs.filter(...).map(...)`);
 * other shapes become a loop filling the result inside an arrow IIFE, so
 * the loop variables stay local like Python 3's comprehension scope and
 * `this` is kept. A generator expression stays lazy (a generator function),
 * except where a builtin consumes it whole (`sum(...)`, `sorted(...)`,
 * `", ".join(...)`), where it is collected into an array. Targets other than
 * names and tuples of names, and `async for`, are reported.
 */
export default defineRule({
  meta: {
    id: "core/comprehensions",
    description: "Translate comprehensions and generator expressions",
    messages: {
      unsupportedTarget: {
        code: "PY2TS2306",
        severity: "error",
        text: "a comprehension whose 'for' target is not a name or a tuple of names (or is 'async for') is not supported",
      },
    },
  },
  create: (ctx) => ({
    ListComp(path) {
      if (!hasNameTargets(path.node)) path.replaceWith(ctx.stubExpr({ messageId: "unsupportedTarget", node: path.node }));
      else path.replaceWith(collect(ctx, path.node, "array"));
    },
    SetComp(path) {
      if (!hasNameTargets(path.node)) path.replaceWith(ctx.stubExpr({ messageId: "unsupportedTarget", node: path.node }));
      else path.replaceWith(collect(ctx, path.node, "set"));
    },
    DictComp(path) {
      if (!hasNameTargets(path.node)) path.replaceWith(ctx.stubExpr({ messageId: "unsupportedTarget", node: path.node }));
      else path.replaceWith(collect(ctx, path.node, "map"));
    },
    GeneratorExp(path) {
      if (!hasNameTargets(path.node)) path.replaceWith(ctx.stubExpr({ messageId: "unsupportedTarget", node: path.node }));
      else path.replaceWith(generator(ctx, path.node));
    },
  }),
});
