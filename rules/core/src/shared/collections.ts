/**
 * Python's collections as JavaScript values: dicts are Maps, sets are Sets,
 * and keys or members that are tuples (or sets) use the runtime's value-keyed
 * KeyMap/KeySet; type arguments are written where TypeScript would infer a
 * different type from the entries alone.
 */
import { type AnyExpr, type PyExpr, type PyType, type RuleContext, findMethod } from "@py2ts/core";
import { hasGeneratedEq } from "./class-references";
import { iterableOf } from "./iterables";

/** Whether values of this type need the runtime's value-keyed collections (tuples and objects with `__eq__` compare by value in Python). */
export function needsKeyedCollection(t: PyType): boolean {
  switch (t.kind) {
    case "tuple":
    case "tupleOf":
    case "set":
      return true;
    case "union":
      // `True == 1`: bools and numbers in one collection are compared by value
      if (t.members.some((m) => m.kind === "bool") && t.members.some((m) => m.kind === "int" || m.kind === "float")) return true;
      return t.members.some(needsKeyedCollection);
    case "instance":
      // instances of classes defining equality (a user `__eq__`, a dataclass) are keys by value
      return Boolean(findMethod(t.cls, "__eq__")?.def) || hasGeneratedEq(t.cls);
    default:
      return false;
  }
}

/** Whether TypeScript's inference from the elements alone would give a different type than Python's. */
function needsTypeArguments(t: PyType): boolean {
  switch (t.kind) {
    case "tuple":
    case "tupleOf":
    case "union":
    case "never":
    case "none":
      return true;
    case "list":
    case "set":
      return needsTypeArguments(t.item);
    case "dict":
      return needsTypeArguments(t.key) || needsTypeArguments(t.value);
    default:
      return false;
  }
}

/** The elements of a list/tuple/set display; `*xs` spreads what Python would iterate. */
export function displayElements(ctx: RuleContext, elts: PyExpr[]): AnyExpr[] {
  return elts.map((e) => (e.kind === "Starred" ? ctx.at(e).spread(iterableOf(ctx, e.value)) : ctx.lower(e)));
}

/** `new Map(...)` / `new KeyMap(...)` for a dict of this type, with type arguments where inference needs them. */
export function newMap(ctx: RuleContext, origin: PyExpr, type: PyType, args: AnyExpr[]): AnyExpr {
  const b = ctx.at(origin);
  const keyed = type.kind === "dict" && needsKeyedCollection(type.key);
  const ctor = keyed ? ctx.runtime("KeyMap") : b.id("Map");
  const typeArgs = type.kind === "dict" && (args.length === 0 || needsTypeArguments(type.key) || needsTypeArguments(type.value))
    ? [ctx.types.toTs(type.key.kind === "never" ? { kind: "unknown" } : type.key, origin), ctx.types.toTs(type.value.kind === "never" ? { kind: "unknown" } : type.value, origin)]
    : [];
  return b.new(ctor, args, typeArgs);
}

/** `new Set(...)` / `new KeySet(...)` for a set of this type. */
export function newSet(ctx: RuleContext, origin: PyExpr, type: PyType, args: AnyExpr[]): AnyExpr {
  const b = ctx.at(origin);
  const item: PyType = type.kind === "set" ? type.item : { kind: "unknown" };
  const ctor = needsKeyedCollection(item) ? ctx.runtime("KeySet") : b.id("Set");
  const typeArgs = args.length === 0 || needsTypeArguments(item) ? [ctx.types.toTs(item.kind === "never" ? { kind: "unknown" } : item, origin)] : [];
  return b.new(ctor, args, typeArgs);
}

/** The `[key, value]` pairs of a mapping for `{**m}` and `dict(m)`. */
export function dictEntriesOf(ctx: RuleContext, expr: PyExpr): AnyExpr {
  const value = ctx.lower(expr);
  const t = ctx.types.of(expr);
  const b = ctx.at(expr);
  return t.kind === "dict" ? b.methodCall(value, "entries", []) : b.call(ctx.runtime("dictItems"), [value]);
}

