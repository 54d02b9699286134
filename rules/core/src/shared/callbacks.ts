/**
 * Function arguments of `map`, `filter`, `any`/`all` over generator
 * expressions and friends, applied to one item: JavaScript's array methods
 * pass extra arguments (index, array), which a Python function with default
 * parameters would take for its defaults, so anything but a one-parameter
 * lambda or builtin is wrapped in a one-parameter arrow.
 */
import { type AnyExpr, type PyExpr, type PyType, type RuleContext, conditionOfValue } from "@py2ts/core";
import { callbackOf, callbackResultType } from "./builtin-functions";

/** Whether the function is a lambda JavaScript can call with extra arguments unchanged. */
function isPlainLambda(fn: PyExpr): boolean {
  return fn.kind === "Lambda" && fn.params.length === 1 && fn.params[0]!.paramKind === "positional" && fn.params[0]!.default === null;
}

/** A one-parameter function applying `fn` to an item of `itemType`. */
export function unaryCallback(ctx: RuleContext, fn: PyExpr, itemType: PyType): AnyExpr {
  const callback = callbackOf(ctx, fn, itemType);
  if (callback.kind === "TsArrow" || isPlainLambda(fn)) return callback;
  const b = ctx.at(fn);
  const item = ctx.freshName("item");
  return b.arrow([{ name: item }], b.call(callback, [b.id(item)]));
}

/** A one-parameter predicate: Python's truthiness of `fn(item)` . */
export function predicateCallback(ctx: RuleContext, origin: PyExpr, itemType: PyType): AnyExpr {
  const item = ctx.freshName("item");
  const b = ctx.at(origin);
  const resultType = callbackResultType(ctx, origin, itemType);
  const callback = callbackOf(ctx, origin, itemType);
  const applied = b.call(callback, [b.id(item)]);
  return b.arrow([{ name: item }], conditionOfValue(ctx, applied, resultType, origin));
}

/** `(item) => truthiness(item)` for `filter(None, xs)`. */
export function identityPredicate(ctx: RuleContext, origin: PyExpr, itemType: PyType): AnyExpr {
  const b = ctx.at(origin);
  const item = ctx.freshName("item");
  return b.arrow([{ name: item }], conditionOfValue(ctx, b.id(item), itemType, origin));
}
