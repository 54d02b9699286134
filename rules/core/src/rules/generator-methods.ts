import { defineRule } from "@py2ts/core";

const HELPERS: Readonly<Record<string, { helper: string; arity: number }>> = {
  send: { helper: "generatorSend", arity: 1 },
  throw: { helper: "generatorThrow", arity: 1 },
  close: { helper: "generatorClose", arity: 0 },
};

/**
 * Generator methods: `g.send(v)` (returns the next yielded value, raises
 * StopIteration carrying the return value when the generator ends),
 * `g.throw(exc)` and `g.close()` (runs pending `finally` blocks), through the
 * runtime's wrappers of JavaScript's `next(v)`, `throw(e)` and `return()`.
 */
export default defineRule({
  meta: {
    id: "core/generator-methods",
    description: "Translate generator send/throw/close",
    messages: {
      badArguments: { code: "PY2TS2210", severity: "error", text: "generator.{method}() with these arguments is not supported" },
    },
  },
  create: (ctx) => ({
    Call(path) {
      const call = path.node;
      if (call.func.kind !== "Attribute") return;
      const entry = HELPERS[call.func.attr];
      if (!entry) return;
      const type = ctx.types.of(call.func.value);
      if (type.kind !== "iterator" || type.name !== "generator") return;
      const b = ctx.at(call);
      if (call.keywords.length > 0 || call.args.length !== entry.arity || call.args.some((a) => a.kind === "Starred")) {
        path.replaceWith(ctx.stubExpr({ messageId: "badArguments", node: call, data: { method: call.func.attr } }));
        return;
      }
      path.replaceWith(b.call(ctx.runtime(entry.helper), [call.func.value, ...call.args]));
    },
  }),
});
