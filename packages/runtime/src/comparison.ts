/**
 * Python's comparison operators on py2ts values: `==` (deep on containers,
 * `1 == 1.0 == True`, `__eq__`), and the orderings `<`, `<=`, `>`, `>=`
 * (numbers and bools, strings by code point, sequences lexicographically,
 * sets by inclusion, `__lt__` and friends, `TypeError` otherwise).
 */
import { TypeError } from "./exceptions.js";
import { dunder, isNumeric, isPlainObject } from "./protocols.js";
import { typeName } from "./repr.js";
import { truthy } from "./truthiness.js";

/** Python's `NotImplemented`, returned by a dunder method to decline an operation. */
export const NotImplemented: unique symbol = Symbol("NotImplemented");
export type NotImplementedType = typeof NotImplemented;

/** Identity-then-equality, as CPython compares container items (`[nan] == [nan]`). */
function sameOrEqual(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || eq(a, b);
}

/** Finds a key of `m` equal to `key` in Python's sense (`1`, `1.0` and `True` agree). */
function mapLookup(m: ReadonlyMap<unknown, unknown>, key: unknown): { found: boolean; value: unknown } {
  if (m.has(key)) return { found: true, value: m.get(key) };
  if (typeof key === "string") return { found: false, value: undefined };
  for (const [k, v] of m) if (eq(k, key)) return { found: true, value: v };
  return { found: false, value: undefined };
}

function setHas(s: ReadonlySet<unknown>, member: unknown): boolean {
  if (s.has(member)) return true;
  if (typeof member === "string") return false;
  for (const m of s) if (eq(m, member)) return true;
  return false;
}

/** Python `a == b`. */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b && dunder(a, "__eq__") === undefined) return true;
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  const own = dunder(a, "__eq__");
  if (own !== undefined) {
    const r = own.call(a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  const reflected = dunder(b, "__eq__");
  if (reflected !== undefined) {
    const r = reflected.call(b, a);
    if (r !== NotImplemented) return truthy(r);
  }
  if (own !== undefined || reflected !== undefined) return a === b;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    return (a ?? null) === (b ?? null);
  }
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameOrEqual(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [k, v] of a) {
      const hit = mapLookup(b, k);
      if (!hit.found || !sameOrEqual(v, hit.value)) return false;
    }
    return true;
  }
  if (a instanceof Set) {
    if (!(b instanceof Set) || a.size !== b.size) return false;
    for (const m of a) if (!setHas(b, m)) return false;
    return true;
  }
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!Object.hasOwn(b, k) || !sameOrEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Python `a != b`. */
export function ne(a: unknown, b: unknown): boolean {
  if (typeof a === "object" && a !== null) {
    const method = dunder(a, "__ne__");
    if (method !== undefined) {
      const r = method.call(a, b);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  return !eq(a, b);
}

const SURROGATE = /[\ud800-\udfff]/;

/** Compares strings by code point like Python (JS `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  if (SURROGATE.test(a) || SURROGATE.test(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const ca = a.charCodeAt(i);
      const cb = b.charCodeAt(i);
      if (ca === cb) continue;
      const sa = ca >= 0xd800 && ca <= 0xdfff;
      const sb = cb >= 0xd800 && cb <= 0xdfff;
      if (sa !== sb && (sa ? cb : ca) >= 0xe000) return sa ? 1 : -1;
      return ca < cb ? -1 : 1;
    }
    return a.length < b.length ? -1 : 1;
  }
  return a < b ? -1 : 1;
}

type Op = "<" | "<=" | ">" | ">=";
const DUNDER: Record<Op, string> = { "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__" };
const REFLECTED: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

function applyOrder(order: number, op: Op): boolean {
  switch (op) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
  }
}

function numericCompare(a: number, b: number, op: Op): boolean {
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
  }
}

function notSupported(op: Op, a: unknown, b: unknown): TypeError {
  return new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function sequenceCompare(a: ArrayLike<unknown>, b: ArrayLike<unknown>, op: Op): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!sameOrEqual(a[i], b[i])) return richCompare(a[i], b[i], op);
  }
  return applyOrder(a.length - b.length, op);
}

function isSubset(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>): boolean {
  if (a.size > b.size) return false;
  for (const m of a) if (!setHas(b, m)) return false;
  return true;
}

function setCompare(a: ReadonlySet<unknown>, b: ReadonlySet<unknown>, op: Op): boolean {
  switch (op) {
    case "<":
      return a.size < b.size && isSubset(a, b);
    case "<=":
      return isSubset(a, b);
    case ">":
      return a.size > b.size && isSubset(b, a);
    case ">=":
      return isSubset(b, a);
  }
}

function richCompare(a: unknown, b: unknown, op: Op): boolean {
  if (isNumeric(a) && isNumeric(b)) return numericCompare(Number(a), Number(b), op);
  if (typeof a === "string" && typeof b === "string") return applyOrder(compareStrings(a, b), op);
  const own = dunder(a, DUNDER[op]);
  if (own !== undefined) {
    const r = own.call(a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  const reflected = dunder(b, DUNDER[REFLECTED[op]]);
  if (reflected !== undefined) {
    const r = reflected.call(b, a);
    if (r !== NotImplemented) return truthy(r);
  }
  if (own === undefined && reflected === undefined) {
    if (Array.isArray(a) && Array.isArray(b)) return sequenceCompare(a, b, op);
    if (a instanceof Set && b instanceof Set) return setCompare(a, b, op);
    if (a instanceof Uint8Array && b instanceof Uint8Array) return sequenceCompare(a, b, op);
  }
  throw notSupported(op, a, b);
}

/** Python `a < b`. */
export function lt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return richCompare(a, b, "<");
}

/** Python `a <= b`. */
export function le(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return richCompare(a, b, "<=");
}

/** Python `a > b`. */
export function gt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return richCompare(a, b, ">");
}

/** Python `a >= b`. */
export function ge(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return richCompare(a, b, ">=");
}

/**
 * A three-way comparison built from Python's `<` (`-1` if `a < b`, `1` if
 * `b < a`, else `0`), for sorting with `Array.prototype.sort`.
 */
export function compare(a: unknown, b: unknown): -1 | 0 | 1 {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : b < a ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
  if (lt(a, b)) return -1;
  return lt(b, a) ? 1 : 0;
}
