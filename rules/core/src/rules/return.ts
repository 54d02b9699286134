import { defineRule } from "@py2ts/core";
import { bareReturnIsNull } from "../shared/function-returns";

/**
 * `return`. A bare `return` in a function that also returns values gives
 * `null` (Python's None), as planned by the function rule.
 */
export default defineRule({
  meta: {
    id: "core/return",
    description: "Translate return statements",
    messages: {},
  },
  create: (ctx) => ({
    Return(path) {
      const { node } = path;
      const b = ctx.at(node);
      if (node.value) path.replaceWith(b.return(node.value));
      else path.replaceWith(b.return(bareReturnIsNull(node) ? b.null() : null));
    },
  }),
});
