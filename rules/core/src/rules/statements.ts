import { defineRule } from "@py2ts/core";

/**
 * Simple statements: an expression statement keeps its expression; `pass`
 * becomes nothing (its comments stay); a bare string statement in the middle
 * of a body has no effect and becomes a comment.
 */
export default defineRule({
  meta: {
    id: "core/statements",
    description: "Translate expression statements and pass",
    messages: {},
  },
  create: (ctx) => ({
    ExprStmt(path) {
      const { node } = path;
      const b = ctx.at(node);
      if (node.value.kind === "StrLit") {
        const empty = b.empty();
        empty.leadingComments = node.value.value.split("\n").map((line) => line.trimEnd());
        path.replaceWith(empty);
        return;
      }
      path.replaceWith(b.exprStmt(node.value));
    },
    Pass(path) {
      path.replaceWith(ctx.at(path.node).empty());
    },
    Global(path) {
      path.replaceWith(ctx.at(path.node).empty());
    },
    Nonlocal(path) {
      path.replaceWith(ctx.at(path.node).empty());
    },
  }),
});
