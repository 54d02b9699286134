import { defineRule } from "@py2ts/core";

/**
 * The walrus operator `(name := value)`: an assignment expression. The
 * variable belongs to the enclosing function (also when the walrus is in a
 * comprehension) and is declared there by the declaration planner.
 */
export default defineRule({
  meta: {
    id: "core/named-expr",
    description: "Translate assignment expressions (walrus)",
    messages: {
      unsupportedTarget: { code: "PY2TS2208", severity: "error", text: "the walrus target '{target}' is not a name" },
    },
  },
  create: (ctx) => ({
    NamedExpr(path) {
      const { node } = path;
      const b = ctx.at(node);
      if (node.target.kind !== "Name") {
        path.replaceWith(ctx.stubExpr({ messageId: "unsupportedTarget", node: node.target, data: { target: ctx.sourceText(node.target) } }));
        return;
      }
      path.replaceWith(b.assign(b.id(ctx.scope.tsName(node.target.id)), node.value));
    },
  }),
});
