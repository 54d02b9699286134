import { defineRule } from "@py2ts/core";
import { jumpLabel } from "../shared/loop-jumps";

/**
 * `break` and `continue`. They keep their meaning in TypeScript; a jump that
 * must skip a loop's `else` block, or leave a construct TypeScript's `break`
 * would stop at, names the label the loop rule gave it.
 */
export default defineRule({
  meta: {
    id: "core/loop-jumps",
    description: "Translate break and continue",
    messages: {},
  },
  create: (ctx) => ({
    Break(path) {
      path.replaceWith(ctx.at(path.node).break(jumpLabel(path.node)));
    },
    Continue(path) {
      path.replaceWith(ctx.at(path.node).continue(jumpLabel(path.node)));
    },
  }),
});
