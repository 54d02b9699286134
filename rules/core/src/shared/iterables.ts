/**
 * What Python iterates when it iterates a value, as a JavaScript iterable or
 * array: a dict iterates its keys, a set of numbers in CPython's table order
 * (the runtime replays it), a string by code point (as JavaScript's string
 * iterator does), anything of unknown type through the runtime's `iterate`.
 */
import { type AnyExpr, type PyExpr, type PyType, type RuleContext, isKind, isSubclass } from "@py2ts/core";
import { collect, hasNameTargets } from "./comprehension-loops";
import { iterationSource, loweredIterationSource } from "./iteration-sources";

/** Whether iterating a set of this item type must follow CPython's order (numbers hash to their value). */
function numberSet(t: PyType): boolean {
  return t.kind === "set" && t.item.kind !== "never" && isKind(t.item, "int", "float", "bool");
}

/** A JavaScript iterable yielding what `for x in expr` yields in Python. */
export function iterableOf(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  // a generator expression consumed whole is collected eagerly (same items, same order, an array)
  if (!lowered && expr.kind === "GeneratorExp" && hasNameTargets(expr)) return collect(ctx, expr, "array");
  if (!lowered) return iterationSource(ctx, expr, "value").iterable;
  return loweredIterationSource(ctx, expr, lowered).iterable;
}

/** Whether the lowered value is already an array (no copy needed to read it as one). */
export function isArrayType(t: PyType): boolean {
  return t.kind === "list" || t.kind === "tuple" || t.kind === "tupleOf";
}

/**
 * The items of an iterable as a JavaScript array, for reading (`.map`, `.some`,
 * `.join`): a list or tuple as it is, anything else copied into a fresh array.
 */
export function arrayOf(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  if (!lowered && expr.kind === "GeneratorExp" && hasNameTargets(expr)) return collect(ctx, expr, "array");
  const t = ctx.types.of(expr);
  const value = lowered ?? ctx.lower(expr);
  if (isArrayType(t)) return value;
  return freshArrayOf(ctx, expr, value);
}

/** A new array with the items of an iterable (`list(x)`), never aliasing the source. */
export function freshArrayOf(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  if (!lowered && (expr.kind === "GeneratorExp" || expr.kind === "ListComp") && hasNameTargets(expr)) return collect(ctx, expr, "array");
  const t = ctx.types.of(expr);
  const value = lowered ?? ctx.lower(expr);
  const b = ctx.at(expr);
  if (t.kind === "dict") return b.array([b.spread(b.methodCall(value, "keys", []))]);
  if (t.kind === "classObject" && isSubclass(t.cls, "enum.Enum")) return b.call(ctx.runtime("enumMembers"), [value]);
  if (numberSet(t) || !knownIterable(t)) return b.call(ctx.runtime("list"), [value]);
  return b.array([b.spread(value)]);
}

function knownIterable(t: PyType): boolean {
  return ["list", "tuple", "tupleOf", "str", "iterator", "set", "bytes", "named"].includes(t.kind);
}

/** Arguments that are iterables (`zip(a, b)`, `zip(*rows)`): each as what Python iterates, a starred one spread. */
export function iterableArguments(ctx: RuleContext, exprs: readonly PyExpr[]): AnyExpr[] {
  return exprs.map((e) => (e.kind === "Starred" ? ctx.at(e).spread(iterableOf(ctx, e.value)) : iterableOf(ctx, e)));
}
