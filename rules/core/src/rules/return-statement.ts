import { defineRule } from "@py2ts/core";

/**
 * `return` and `return value`. Minimal translation written by the
 * classes-exceptions area to test methods; the lang-control area owns
 * functions and supersedes it.
 */
export default defineRule({
  meta: {
    id: "core/return-statement",
    description: "Translate return statements",
    messages: {},
  },
  create: (ctx) => ({
    Return(path) {
      const { node } = path;
      const b = ctx.at(node);
      path.replaceWith(b.return(node.value ? ctx.lower(node.value) : null));
    },
  }),
});
