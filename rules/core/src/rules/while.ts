import { conditionOf, defineRule } from "@py2ts/core";
import { loopFrame } from "../shared/loop-else";

/**
 * `while` loops. The test keeps Python's truthiness for its static type and
 * is evaluated before every iteration, as in Python; `while True:` stays
 * `while (true)`. A `while ... else` runs its `else` block when the test
 * becomes false, not after a `break` (see loop-else).
 */
export default defineRule({
  meta: {
    id: "core/while",
    description: "Translate while loops, including while/else",
    messages: {},
  },
  create: (ctx) => ({
    While(path) {
      const { node } = path;
      const frame = loopFrame(ctx, node);
      const b = ctx.at(node);
      path.replaceWith(frame.finish(b.while(conditionOf(ctx, node.test), node.body)));
    },
  }),
});
