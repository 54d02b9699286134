import { type AnyExpr, defineRule } from "@py2ts/core";
import { lowerSignature } from "../shared/function-signature";

/**
 * `lambda` expressions become arrow functions with the parameter types the
 * inference found (from call sites, or from the iterable when the lambda is
 * a `key=`, `map` or `filter` function). Defaults that Python evaluates once
 * when the lambda is created (`lambda n, i=i: n + i` in a loop) are captured
 * by an immediately applied arrow, so each lambda keeps the value of its
 * creation, as in Python.
 */
export default defineRule({
  meta: {
    id: "core/lambda",
    description: "Translate lambda expressions",
    messages: {
      unknownParam: {
        code: "PY2TS4204",
        severity: "warning",
        text: "the type of lambda parameter '{name}' could not be inferred; it is declared as unknown",
        suggestion: "Pass the lambda where its argument types are known, or use an annotated def.",
      },
    },
  },
  create: (ctx) => ({
    Lambda(path) {
      const { node } = path;
      const fn = ctx.types.functionInfo(node);
      if (!fn) return;
      const b = ctx.at(node);
      const signature = lowerSignature(ctx, node, fn, {
        holderPrefix: "lambda",
        report: (p) => ctx.report({ messageId: "unknownParam", node: p, data: { name: p.name } }),
      });
      const arrow: AnyExpr = b.arrow(signature.params, node.body);
      if (signature.holders.length === 0) {
        path.replaceWith(arrow);
        return;
      }
      const capture = b.arrow(signature.holders.map((h) => ({ name: h.name, type: h.type })), arrow);
      path.replaceWith(b.call(capture, signature.holders.map((h) => h.value)));
    },
  }),
});
