import { type PyExpr, type RuleContext, defineRule, withoutNone } from "@py2ts/core";

function isPath(ctx: RuleContext, expr: PyExpr): boolean {
  const t = withoutNone(ctx.types.of(expr));
  return t.kind === "named" && t.name === "pathlib.Path";
}

/**
 * `path / "x"` is `path.joinpath("x")`, and `"a" / path` is
 * `new Path("a", path)`: JavaScript has no operator overloading. Runs in the
 * early phase, before the general operator translation sees the `/`.
 */
export default defineRule({
  meta: {
    id: "stdlib/pathlib-operators",
    description: "Translate the / operator on pathlib paths",
    phase: "early",
    messages: {},
  },
  create: (ctx) => ({
    BinOp(path) {
      const node = path.node;
      if (node.op !== "/") return;
      const b = ctx.at(node);
      if (isPath(ctx, node.left)) {
        path.replaceWith(b.methodCall(ctx.lower(node.left), "joinpath", [ctx.lower(node.right)]));
      } else if (isPath(ctx, node.right) && ctx.types.of(node.left).kind === "str") {
        path.replaceWith(b.new(ctx.runtime("Path"), [ctx.lower(node.left), ctx.lower(node.right)]));
      }
    },
  }),
});
