/**
 * What `for x in <expr>` walks over, as a TypeScript iterable, chosen by the
 * static type: arrays and strings directly (a str iterates by code point in
 * both languages), a dict's keys (`d.keys()`), `d.items()` as the Map itself
 * (its entries are `[key, value]` pairs), `enumerate(list)` as
 * `list.entries()`; `enumerate`/`zip`/`range` calls through the runtime;
 * anything whose iteration JavaScript does not reproduce (sets of numbers,
 * which Python iterates in hash order, objects with `__iter__`, values of
 * unknown type) through the runtime's `iterate`.
 */
import { type AnyExpr, type NodeOf, type PyExpr, type PyType, type RuleContext, T, isSubclass, iterationType, withoutNone } from "@py2ts/core";

export interface IterationSource {
  iterable: AnyExpr;
  /** The Python type of one item. */
  itemType: PyType;
  /** True when the iterable is a reusable iterator (a generator in a variable) that an early exit must not close. */
  reusableIterator: boolean;
}

function isArrayLike(t: PyType): boolean {
  return t.kind === "list" || t.kind === "tuple" || t.kind === "tupleOf";
}

/** A call's only positional arguments, when it has no keywords and no starred arguments. */
function plainArgs(call: NodeOf<"Call">): PyExpr[] | null {
  if (call.keywords.length > 0 || call.args.some((a) => a.kind === "Starred")) return null;
  return call.args;
}

function builtinCallSource(ctx: RuleContext, call: NodeOf<"Call">, qname: string): IterationSource | null {
  const b = ctx.at(call);
  if (qname === "builtins.enumerate") {
    const start = call.keywords.find((k) => k.name === "start")?.value ?? call.args[1] ?? null;
    if (call.args.length < 1 || call.args.length > 2 || call.args.some((a) => a.kind === "Starred")) return null;
    if (call.keywords.some((k) => k.name !== "start")) return null;
    const items = call.args[0]!;
    const itemsType = ctx.types.of(items);
    const itemType = T.tuple([T.int, iterationType(itemsType)]);
    const startsAtZero = start === null || (start.kind === "IntLit" && start.value === 0);
    if (startsAtZero && isArrayLike(itemsType)) {
      return { iterable: b.methodCall(ctx.lower(items), "entries", []), itemType, reusableIterator: false };
    }
    const args = [iterationSource(ctx, items, "value").iterable, ...(start && !startsAtZero ? [ctx.lower(start)] : [])];
    return { iterable: b.call(ctx.runtime("enumerate"), args), itemType, reusableIterator: false };
  }
  if (qname === "builtins.zip") {
    const strict = call.keywords.find((k) => k.name === "strict")?.value;
    if (call.keywords.some((k) => k.name !== "strict") || call.args.some((a) => a.kind === "Starred")) return null;
    if (strict && strict.kind !== "BoolLit") return null;
    const helper = strict?.kind === "BoolLit" && strict.value ? "zipStrict" : "zip";
    const itemType = T.tuple(call.args.map((a) => iterationType(ctx.types.of(a))));
    return { iterable: b.call(ctx.runtime(helper), call.args.map((a) => iterationSource(ctx, a, "value").iterable)), itemType, reusableIterator: false };
  }
  if (qname === "builtins.range") {
    const args = plainArgs(call);
    if (!args || args.length < 1 || args.length > 3) return null;
    return { iterable: b.call(ctx.runtime("range"), args.map((a) => ctx.lower(a))), itemType: T.int, reusableIterator: false };
  }
  return null;
}

/**
 * Who consumes the iterable: a JavaScript `for…of` (which walks a Map's
 * `[key, value]` entries) or a runtime helper taking a value (which iterates
 * a Map like Python iterates a dict: its keys).
 */
export type IterationConsumer = "for-of" | "value";

/**
 * `d.items()`, `d.keys()`, `d.values()` on a dict: the Map itself for a
 * `for…of` (its entries), `m.entries()` for a helper; its keys, its values.
 */
function dictViewSource(ctx: RuleContext, call: NodeOf<"Call">, consumer: IterationConsumer): IterationSource | null {
  if (call.func.kind !== "Attribute" || call.args.length > 0 || call.keywords.length > 0) return null;
  if (ctx.resolve(call.func) !== null) return null;
  const receiverType = withoutNone(ctx.types.of(call.func.value));
  if (receiverType.kind !== "dict") return null;
  const b = ctx.at(call);
  const receiver = call.func.value;
  switch (call.func.attr) {
    case "items":
      return {
        iterable: consumer === "for-of" ? ctx.lower(receiver) : b.methodCall(ctx.lower(receiver), "entries", []),
        itemType: T.tuple([receiverType.key, receiverType.value]), reusableIterator: false };
    case "keys":
      return { iterable: b.methodCall(ctx.lower(receiver), "keys", []), itemType: receiverType.key, reusableIterator: false };
    case "values":
      return { iterable: b.methodCall(ctx.lower(receiver), "values", []), itemType: receiverType.value, reusableIterator: false };
    default:
      return null;
  }
}

/** The iterable for `for ... in expr` (a JavaScript `for…of` by default, or a runtime helper's argument). */
export function iterationSource(ctx: RuleContext, expr: PyExpr, consumer: IterationConsumer = "for-of"): IterationSource {
  if (expr.kind === "Call") {
    const qname = ctx.resolve(expr.func);
    const special = (qname ? builtinCallSource(ctx, expr, qname) : null) ?? dictViewSource(ctx, expr, consumer);
    if (special) return special;
  }
  return loweredIterationSource(ctx, expr, ctx.lower(expr));
}

/** What Python iterates for an expression already lowered, chosen by its static type. */
export function loweredIterationSource(ctx: RuleContext, expr: PyExpr, lowered: AnyExpr): IterationSource {
  const type = ctx.types.of(expr);
  const itemType = iterationType(type);
  const b = ctx.at(expr);
  switch (type.kind) {
    case "list":
    case "tuple":
    case "tupleOf":
    case "str":
    case "bytes":
      return { iterable: lowered, itemType, reusableIterator: false };
    case "dict":
      return { iterable: b.methodCall(lowered, "keys", []), itemType, reusableIterator: false };
    case "set":
      // Python iterates a set of numbers in hash order (the runtime replays it); other members in insertion order
      return { iterable: type.item.kind === "str" ? lowered : b.call(ctx.runtime("iterate"), [lowered]), itemType, reusableIterator: false };
    case "iterator":
      return {
        iterable: lowered,
        itemType,
        reusableIterator: type.name !== "range" && type.name !== "view" && (expr.kind === "Name" || expr.kind === "Attribute"),
      };
    case "named":
      // declared library classes are typed as the JavaScript iterables their runtime classes are
      return { iterable: lowered, itemType, reusableIterator: false };
    case "classObject":
      // an enum class iterates over its members
      if (isSubclass(type.cls, "enum.Enum")) return { iterable: b.call(ctx.runtime("enumMembers"), [lowered]), itemType, reusableIterator: false };
      return { iterable: b.call(ctx.runtime("iterate"), [lowered]), itemType, reusableIterator: false };
    default:
      return { iterable: b.call(ctx.runtime("iterate"), [lowered]), itemType, reusableIterator: false };
  }
}
