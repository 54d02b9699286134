import { defineRule } from "@py2ts/core";
import { loadItem } from "../shared/subscripts";

/**
 * `x[i]` and `x[a:b:c]`: Python index semantics through the runtime (`at`
 * handles negative indexes and raises IndexError; `getItem` raises KeyError
 * on a missing dict key); step-1 slices are JavaScript's `slice`, which
 * clamps out-of-range bounds exactly like Python.
 */
export default defineRule({
  meta: {
    id: "core/subscript",
    description: "Translate indexing and slicing",
    messages: {},
  },
  create: (ctx) => ({
    Subscript(path) {
      path.replaceWith(loadItem(ctx, path.node));
    },
  }),
});
