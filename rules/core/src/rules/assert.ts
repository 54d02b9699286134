import { conditionOf, defineRule } from "@py2ts/core";

/**
 * `assert test, message`: raises `AssertionError(message)` when the test is
 * false; the message is evaluated only then, as in Python. (Python skips
 * asserts under `-O`; scripts are run without it.)
 */
export default defineRule({
  meta: {
    id: "core/assert",
    description: "Translate assert statements",
    messages: {},
  },
  create: (ctx) => ({
    Assert(path) {
      const { node } = path;
      const b = ctx.at(node);
      const error = b.new(ctx.runtime("AssertionError"), node.msg ? [node.msg] : []);
      path.replaceWith(b.if(b.not(conditionOf(ctx, node.test)), [b.throw(error)]));
    },
  }),
});
