import { type AnyExpr, type NodeOf, type Node, defineRule } from "@py2ts/core";
import { iterationSource } from "../shared/iteration-sources";

/**
 * `yield` and `yield from` in generator functions (which the function rule
 * makes `function*`). A bare `yield` yields None. The value of a `yield`
 * expression is what `send()` passed, or None for `next()`: JavaScript gives
 * `undefined` for `next()`, so a used value is normalised with `?? null`.
 * `yield from x` delegates with `yield*` over x's Python iteration (a dict's
 * keys); its value is the delegate generator's return value in both languages.
 */
export default defineRule({
  meta: {
    id: "core/yield",
    description: "Translate yield and yield from",
    messages: {},
  },
  create: (ctx) => {
    const valueUsed = (path: { parent: Node | null }) => path.parent?.kind !== "TsExprStatement" && path.parent?.kind !== "ExprStmt";
    return {
      Yield(path) {
        const { node } = path;
        const b = ctx.at(node);
        const y = b.yield(node.value ?? b.null());
        path.replaceWith(valueUsed(path) ? b.binary("??", y, b.null()) : y);
      },
      YieldFrom(path) {
        const node: NodeOf<"YieldFrom"> = path.node;
        const b = ctx.at(node);
        const source = iterationSource(ctx, node.value);
        const y: AnyExpr = b.yield(source.iterable, true);
        path.replaceWith(y);
      },
    };
  },
});
