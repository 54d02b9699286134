/**
 * Type-directed translations of the builtin functions that take one value
 * (`len`, `str`, `int`, `abs`...), written on lowered values so that they
 * serve both calls (`len(xs)`) and builtins passed as functions (`key=len`,
 * `map(str, xs)`), and the callbacks those arguments become.
 */
import {
  type AnyExpr,
  type Origin,
  type PyExpr,
  type PyType,
  type RuleContext,
  T,
  conditionOfValue,
  findMethod,
  iterationType,
  reprOfValue,
  strOfValue,
} from "@py2ts/core";
import { mayBeBool, numericKind } from "./operand-types";

export type ValueBuiltin = (ctx: RuleContext, origin: Origin, value: AnyExpr, type: PyType) => AnyExpr;

/** `len(x)`: `.length` for arrays, `.size` for Maps and Sets, code points for strings (the runtime). */
export const lenOf: ValueBuiltin = (ctx, origin, value, type) => {
  const b = ctx.at(origin);
  if (type.kind === "list" || type.kind === "tuple" || type.kind === "tupleOf" || type.kind === "bytes") return b.member(value, "length");
  if (type.kind === "dict" || type.kind === "set") return b.member(value, "size");
  if (type.kind === "instance" && findMethod(type.cls, "__len__")) return b.methodCall(value, "__len__", []);
  return b.call(ctx.runtime("len"), [value]);
};

/** `int(x)` of one argument. */
export const intOf: ValueBuiltin = (ctx, origin, value, type) => {
  const b = ctx.at(origin);
  if (type.kind === "int") return value;
  if (type.kind === "bool") return b.call(b.id("Number"), [value]);
  return b.call(ctx.runtime("int"), [value]);
};

/** `float(x)`: numbers are already floats at run time. */
export const floatOf: ValueBuiltin = (ctx, origin, value, type) => {
  const b = ctx.at(origin);
  const kind = numericKind(type);
  if (kind && !mayBeBool(type)) return value;
  if (type.kind === "bool") return b.call(b.id("Number"), [value]);
  return b.call(ctx.runtime("float"), [value]);
};

export const absOf: ValueBuiltin = (ctx, origin, value, type) => {
  const b = ctx.at(origin);
  if (numericKind(type)) return b.call(b.member(b.id("Math"), "abs"), [mayBeBool(type) ? b.call(b.id("Number"), [value]) : value]);
  if (type.kind === "instance" && findMethod(type.cls, "__abs__")) return b.methodCall(value, "__abs__", []);
  return b.call(b.member(b.id("Math"), "abs"), [b.as(value, b.keywordType("number"))]);
};

export const strOfTyped: ValueBuiltin = (ctx, origin, value, type) => strOfValue(ctx, value, type, origin);
export const reprOfTyped: ValueBuiltin = (ctx, origin, value, type) => reprOfValue(ctx, value, type, origin);
export const boolOf: ValueBuiltin = (ctx, origin, value, type) => conditionOfValue(ctx, value, type, origin);

/** Runtime helpers that take the value as their only argument. */
function runtimeCall(name: string): ValueBuiltin {
  return (ctx, origin, value) => ctx.at(origin).call(ctx.runtime(name), [value]);
}

/** Builtins and `str` methods usable as one-argument functions, by qualified name, with their result types. */
export const VALUE_BUILTINS: Readonly<Record<string, { fn: ValueBuiltin; returns: PyType }>> = {
  "builtins.len": { fn: lenOf, returns: T.int },
  "builtins.str": { fn: strOfTyped, returns: T.str },
  "builtins.repr": { fn: reprOfTyped, returns: T.str },
  "builtins.int": { fn: intOf, returns: T.int },
  "builtins.float": { fn: floatOf, returns: T.float },
  "builtins.abs": { fn: absOf, returns: T.unknown },
  "builtins.bool": { fn: boolOf, returns: T.bool },
  "builtins.ord": { fn: runtimeCall("ord"), returns: T.int },
  "builtins.chr": { fn: runtimeCall("chr"), returns: T.str },
  "builtins.hex": { fn: runtimeCall("hex"), returns: T.str },
  "builtins.bin": { fn: runtimeCall("bin"), returns: T.str },
  "builtins.oct": { fn: runtimeCall("oct"), returns: T.str },
  "builtins.str.lower": { fn: (ctx, o, v) => ctx.at(o).methodCall(v, "toLowerCase", []), returns: T.str },
  "builtins.str.upper": { fn: (ctx, o, v) => ctx.at(o).methodCall(v, "toUpperCase", []), returns: T.str },
  "builtins.str.strip": { fn: runtimeCall("strip"), returns: T.str },
  "builtins.str.lstrip": { fn: runtimeCall("lstrip"), returns: T.str },
  "builtins.str.rstrip": { fn: runtimeCall("rstrip"), returns: T.str },
  "builtins.str.title": { fn: runtimeCall("title"), returns: T.str },
  "builtins.str.casefold": { fn: runtimeCall("casefold"), returns: T.str },
  "builtins.str.split": { fn: runtimeCall("split"), returns: T.list(T.str) },
  "builtins.str.isdigit": { fn: runtimeCall("isdigit"), returns: T.bool },
  "builtins.str.isspace": { fn: runtimeCall("isspace"), returns: T.bool },
};

/** The qualified name of a builtin or of a method of a builtin type named through it (`str.lower`). */
export function builtinName(ctx: RuleContext, expr: PyExpr): string | null {
  if (expr.kind === "Attribute" && ctx.resolve(expr.value) === "builtins.str") return `builtins.str.${expr.attr}`;
  return ctx.resolve(expr);
}

/**
 * A function argument (`key=`, `map`/`filter`'s function) as a TypeScript
 * function of one parameter of `paramType`: a builtin becomes an arrow whose
 * body is the type-directed translation; anything else (a lambda, a local
 * function) is lowered as it is.
 */
export function callbackOf(ctx: RuleContext, fn: PyExpr, paramType: PyType): AnyExpr {
  const qname = builtinName(ctx, fn);
  const builtin = qname ? VALUE_BUILTINS[qname] : undefined;
  const bound = boundMethod(ctx, fn);
  if (bound) return bound;
  if (!builtin) return ctx.lower(fn);
  const b = ctx.at(fn);
  const name = ctx.freshName("item");
  const unknown = paramType.kind === "unknown" || paramType.kind === "never";
  return b.arrow([{ name, type: ctx.types.toTs(unknown ? T.unknown : paramType, fn) }], builtin.fn(ctx, fn, b.id(name), paramType));
}

/** The result type of calling a function argument on one item (for builtins passed as values). */
export function callbackResultType(ctx: RuleContext, fn: PyExpr, paramType: PyType): PyType {
  const qname = builtinName(ctx, fn);
  const builtin = qname ? VALUE_BUILTINS[qname] : undefined;
  if (builtin) return builtin.returns.kind === "unknown" ? paramType : builtin.returns;
  const bound = boundMethodEntry(ctx, fn);
  if (bound) return bound.entry.returns(bound.receiverType);
  const t = ctx.types.of(fn);
  return t.kind === "callable" ? t.returns : T.unknown;
}

/** The element type of an iterable expression. */
export function elementType(ctx: RuleContext, expr: PyExpr): PyType {
  return iterationType(ctx.types.of(expr));
}

/** Methods of builtin containers passed as functions (`key=counts.get`, `key=order.index`): runtime helper by receiver kind. */
const BOUND_METHODS: Readonly<Partial<Record<PyType["kind"], Readonly<Record<string, { helper: string; returns: (receiver: PyType) => PyType }>>>>> = {
  dict: {
    get: { helper: "dictGet", returns: (r) => (r.kind === "dict" ? T.optional(r.value) : T.unknown) },
    __getitem__: { helper: "getItem", returns: (r) => (r.kind === "dict" ? r.value : T.unknown) },
  },
  list: { index: { helper: "index", returns: () => T.int }, count: { helper: "count", returns: () => T.int } },
  tuple: { index: { helper: "index", returns: () => T.int }, count: { helper: "count", returns: () => T.int } },
  tupleOf: { index: { helper: "index", returns: () => T.int }, count: { helper: "count", returns: () => T.int } },
};

function boundMethodEntry(ctx: RuleContext, fn: PyExpr) {
  if (fn.kind !== "Attribute" || ctx.resolve(fn) !== null) return null;
  const receiverType = ctx.types.of(fn.value);
  const entry = BOUND_METHODS[receiverType.kind]?.[fn.attr];
  return entry ? { entry, receiver: fn.value, receiverType } : null;
}

/** `d.get` as a function: `(item) => dictGet(d, item)` (the receiver must be a plain name, evaluated at each call). */
function boundMethod(ctx: RuleContext, fn: PyExpr): AnyExpr | null {
  const found = boundMethodEntry(ctx, fn);
  if (!found || found.receiver.kind !== "Name") return null;
  const b = ctx.at(fn);
  const item = ctx.freshName("item");
  return b.arrow([{ name: item }], b.call(ctx.runtime(found.entry.helper), [ctx.lower(found.receiver), b.id(item)]));
}
