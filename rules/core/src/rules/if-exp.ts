import { conditionOf, defineRule } from "@py2ts/core";

/** `a if test else b`: a conditional expression testing Python truthiness; only the chosen branch is evaluated, as in Python. */
export default defineRule({
  meta: {
    id: "core/if-exp",
    description: "Translate conditional expressions",
    messages: {},
  },
  create: (ctx) => ({
    IfExp(path) {
      const { node } = path;
      path.replaceWith(ctx.at(node).conditional(conditionOf(ctx, node.test), node.body, node.orelse));
    },
  }),
});
