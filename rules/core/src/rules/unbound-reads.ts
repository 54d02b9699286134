import { defineRule } from "@py2ts/core";

/**
 * A read of a variable that may happen before any assignment (a name first
 * bound later in the function, or only in some branches or loop iterations)
 * goes through the runtime's `bound(...)`, so the stand-in the declaration
 * holds until then raises Python's UnboundLocalError (NameError at module
 * level) at the read itself.
 */
export default defineRule({
  meta: {
    id: "core/unbound-reads",
    description: "Check reads of variables that may not be assigned yet",
    phase: "early",
    messages: {},
  },
  create: (ctx) => ({
    Name(path) {
      const { node } = path;
      if (!ctx.scope.mayBeUnboundRead(node)) return;
      const binding = ctx.scope.binding(node);
      if (!binding || !ctx.scope.mayBeUnbound(binding)) return;
      const b = ctx.at(node);
      path.replaceWith(b.call(ctx.runtime("bound"), [b.id(ctx.scope.tsName(node.id))]));
    },
  }),
});
