/**
 * Helpers for translated expressions that the core runtime modules do not
 * cover: in-place set update and the items of a mapping of unknown type.
 */
import { iterate } from "./iteration.js";
import { getAttribute } from "./classes.js";
import { AttributeError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { floordiv, mod, pow, truediv } from "./arithmetic.js";
import { bitand, bitor, bitxor, invert, lshift, rshift } from "./bitwise.js";
import { NotImplemented } from "./comparison.js";
import { dictMerge } from "./dicts.js";
import { add, mul } from "./operators.js";
import { percentFormat } from "./percent-format.js";
import { repr, typeName } from "./repr.js";
import { sliceIndices } from "./sequences.js";
import { numberHash } from "./set-order.js";
import { difference, intersection, symmetricDifference, union } from "./sets.js";

/** `s.update(*others)`: adds every item of every iterable (a dict contributes its keys). */
export function setUpdate<T>(s: Set<T>, ...others: ReadonlyArray<Iterable<T> | ReadonlyMap<T, unknown>>): void {
  for (const other of others) for (const item of iterate(other) as Iterable<T>) s.add(item);
}

/** The `[key, value]` pairs of a mapping (`{**m}` where the type of `m` is not known statically). */
export function dictItems(m: unknown): Iterable<[unknown, unknown]> {
  if (m instanceof Map) return m.entries() as Iterable<[unknown, unknown]>;
  if (m !== null && typeof m === "object" && !Array.isArray(m) && Object.getPrototypeOf(m) === Object.prototype) {
    return Object.entries(m as Record<string, unknown>);
  }
  throw new TypeError(`'${describe(m)}' object is not a mapping`);
}

function describe(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  return "object";
}

/** `getattr(obj, name)` / `getattr(obj, name, default)`: AttributeError (or the default) for a missing attribute. */
export function getAttr(obj: unknown, name: string, ...fallback: [] | [unknown]): unknown {
  try {
    if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function")) {
      throw new AttributeError(`'${describe(obj)}' object has no attribute '${name}'`);
    }
    return getAttribute(obj, name);
  } catch (e) {
    if (fallback.length > 0 && e instanceof AttributeError) return fallback[0];
    throw e;
  }
}

/** `hasattr(obj, name)`: whether `getattr` would succeed. */
export function hasAttr(obj: unknown, name: string): boolean {
  const missing = Symbol("missing");
  return getAttr(obj, name, missing) !== missing;
}

/** `setattr(obj, name, value)`. */
export function setAttr(obj: unknown, name: string, value: unknown): void {
  if (obj === null || typeof obj !== "object") throw new AttributeError(`'${describe(obj)}' object has no attribute '${name}'`);
  (obj as Record<string, unknown>)[name] = value;
}

type BinaryOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&" | "|" | "^" | "@";

const DUNDER_NAMES: Readonly<Record<BinaryOperator, string>> = {
  "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
  "<<": "lshift", ">>": "rshift", "&": "and", "|": "or", "^": "xor", "@": "matmul",
};

function callDunder(obj: unknown, name: string, arg: unknown): { ok: true; value: unknown } | { ok: false } {
  if (obj === null || typeof obj !== "object") return { ok: false };
  const method: unknown = (obj as Record<string, unknown>)[name];
  if (typeof method !== "function") return { ok: false };
  const value: unknown = (method as (x: unknown) => unknown).call(obj, arg);
  return value === NotImplemented ? { ok: false } : { ok: true, value };
}

function isNumeric(x: unknown): x is number | boolean {
  return typeof x === "number" || typeof x === "boolean";
}

/**
 * Python's binary operator for operands whose types are not known statically (or are user objects):
 * `__op__` of the left operand, then `__rop__` of the right one, then the builtin meaning for numbers,
 * strings, lists, sets and dicts, else `TypeError: unsupported operand type(s)`.
 */
export function binaryOp(op: BinaryOperator, a: unknown, b: unknown): unknown {
  const name = DUNDER_NAMES[op];
  const direct = callDunder(a, `__${name}__`, b);
  if (direct.ok) return direct.value;
  const reflected = callDunder(b, `__r${name}__`, a);
  if (reflected.ok) return reflected.value;
  if (op === "+") return add(a, b);
  if (op === "*") return mul(a, b);
  if (isNumeric(a) && isNumeric(b)) {
    const x = Number(a);
    const y = Number(b);
    switch (op) {
      case "-":
        return x - y;
      case "/":
        return truediv(x, y);
      case "//":
        return floordiv(x, y);
      case "%":
        return mod(x, y);
      case "**":
        return pow(x, y);
      case "<<":
        return lshift(x, y);
      case ">>":
        return rshift(x, y);
      case "&":
        return typeof a === "boolean" && typeof b === "boolean" ? a && b : bitand(x, y);
      case "|":
        return typeof a === "boolean" && typeof b === "boolean" ? a || b : bitor(x, y);
      case "^":
        return typeof a === "boolean" && typeof b === "boolean" ? a !== b : bitxor(x, y);
      default:
        break;
    }
  }
  if (op === "%" && typeof a === "string") return percentFormat(a, b);
  if (a instanceof Set && b instanceof Set) {
    if (op === "|") return union(a, b);
    if (op === "&") return intersection(a, b);
    if (op === "-") return difference(a, b);
    if (op === "^") return symmetricDifference(a, b);
  }
  if (op === "|" && a instanceof Map && b instanceof Map) return dictMerge(a, b);
  throw new TypeError(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python's unary `-`, `+`, `~` for an operand whose type is not known statically (`__neg__`, `__pos__`, `__invert__`). */
export function unaryOp(op: "-" | "+" | "~", a: unknown): unknown {
  const name = op === "-" ? "__neg__" : op === "+" ? "__pos__" : "__invert__";
  if (a !== null && typeof a === "object" && typeof (a as Record<string, unknown>)[name] === "function") {
    return ((a as Record<string, unknown>)[name] as () => unknown).call(a);
  }
  if (isNumeric(a)) return op === "-" ? -Number(a) : op === "+" ? Number(a) : invert(Number(a));
  throw new TypeError(`bad operand type for unary ${op}: '${typeName(a)}'`);
}

const MASK64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const objectIds = new WeakMap<object, number>();
let nextObjectId = 1;

function toSigned64(u: bigint): bigint {
  return u >= 1n << 63n ? u - (1n << 64n) : u;
}

function hashBig(x: unknown): bigint {
  if (x === null || x === undefined) return 0x5f5e100n;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (typeof x === "number") return numberHash(x) ?? BigInt(objectIdOf(x));
  if (typeof x === "string") {
    // Python randomises str hashes per process: any fixed function keeps equal strings equal
    let h = 0xcbf29ce484222325n;
    for (const ch of x) h = ((h ^ BigInt(ch.codePointAt(0)!)) * 0x100000001b3n) & MASK64;
    const s = toSigned64(h);
    return s === -1n ? -2n : s;
  }
  if (Array.isArray(x)) {
    // CPython 3.11's tuple hash (xxHash-based)
    let acc = XXPRIME_5;
    for (const item of x) {
      const lane = hashBig(item) & MASK64;
      acc = (acc + lane * XXPRIME_2) & MASK64;
      acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
      acc = (acc * XXPRIME_1) & MASK64;
    }
    acc = (acc + (BigInt(x.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
    const s = toSigned64(acc);
    return s === -1n ? 1546275796n : s;
  }
  if (typeof x === "object" && x !== null) {
    const method: unknown = (x as { __hash__?: unknown }).__hash__;
    if (typeof method === "function") {
      const h: unknown = (method as () => unknown).call(x);
      if (typeof h !== "number" && typeof h !== "boolean") throw new TypeError("__hash__ method should return an integer");
      return BigInt(Number(h));
    }
    if (method === null || x instanceof Map || (x instanceof Set && !Object.isFrozen(x))) {
      throw new TypeError(`unhashable type: '${typeName(x)}'`);
    }
    return BigInt(objectIdOf(x));
  }
  if (typeof x === "function") return BigInt(objectIdOf(x));
  throw new TypeError(`unhashable type: '${typeName(x)}'`);
}

function objectIdOf(x: unknown): number {
  if (typeof x !== "object" && typeof x !== "function") return 0;
  const key = x as object;
  let id = objectIds.get(key);
  if (id === undefined) {
    id = nextObjectId++;
    objectIds.set(key, id);
  }
  return id;
}

/**
 * Python's `hash(x)`: exact for ints, floats, bools and tuples of them (CPython 3.11's algorithms);
 * equal for equal strings within a run (Python randomises str hashes per process); `__hash__` for
 * objects; `TypeError: unhashable type` for lists, dicts, sets and classes with `__hash__ = None`.
 * Values beyond 2**53 are the nearest double.
 */
export function hash(x: unknown): number {
  return Number(hashBig(x));
}

function floatBits(x: number): { sign: boolean; exponent: number; mantissa: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  return { sign: bits >> 63n === 1n, exponent: Number((bits >> 52n) & 0x7ffn), mantissa: bits & ((1n << 52n) - 1n) };
}

/** `float.hex()`: `0x1.8000000000000p+1`, subnormals as `0x0.…p-1022`, `inf`, `nan`. */
export function floatHex(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity || x === -Infinity) return x > 0 ? "inf" : "-inf";
  const { sign, exponent, mantissa } = floatBits(x);
  const s = sign ? "-" : "";
  if (exponent === 0 && mantissa === 0n) return `${s}0x0.0p+0`;
  const digits = mantissa.toString(16).padStart(13, "0");
  if (exponent === 0) return `${s}0x0.${digits}p-1022`;
  const e = exponent - 1023;
  return `${s}0x1.${digits}p${e >= 0 ? "+" : "-"}${Math.abs(e)}`;
}

/** `float.as_integer_ratio()`: the exact fraction in lowest terms (ValueError/OverflowError for nan/inf). */
export function asIntegerRatio(x: number): [number, number] {
  if (x !== x) throw new ValueError("cannot convert NaN to integer ratio");
  if (x === Infinity || x === -Infinity) throw new OverflowError("cannot convert Infinity to integer ratio");
  const { sign, exponent, mantissa } = floatBits(x);
  let num = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  let exp = (exponent === 0 ? -1022 : exponent - 1023) - 52;
  while (num !== 0n && (num & 1n) === 0n && exp < 0) {
    num >>= 1n;
    exp++;
  }
  let den = 1n;
  if (exp > 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  if (num === 0n) den = 1n;
  return [Number(sign ? -num : num), Number(den)];
}

/** `float.fromhex(s)`: hexadecimal float literals (`0x1.8p1`, `-0X.1P-2`, `inf`, `nan`). */
export function floatFromHex(text: string): number {
  const t = text.trim().toLowerCase();
  const special = /^([+-]?)(inf|infinity|nan)$/.exec(t);
  if (special) return special[2] === "nan" ? NaN : special[1] === "-" ? -Infinity : Infinity;
  const m = /^([+-]?)(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?$/.exec(t);
  if (!m || (m[2] === "" && (m[3] ?? "") === "")) throw new ValueError("invalid hexadecimal floating-point string");
  const whole = m[2] ?? "";
  const frac = m[3] ?? "";
  const mantissa = BigInt(`0x${whole + frac || "0"}`);
  const exp = Number(m[4] ?? "0") - 4 * frac.length;
  // scale exactly in two steps to avoid intermediate overflow/underflow of 2**exp
  const value = Number(mantissa) * 2 ** Math.trunc(exp / 2) * 2 ** (exp - Math.trunc(exp / 2));
  if (!Number.isFinite(value)) throw new OverflowError("hexadecimal value too large to represent as a float");
  return m[1] === "-" ? -value : value;
}

/** A Python `slice` object: `slice(stop)`, `slice(start, stop[, step])`, `.indices(length)`, repr and equality. */
export class Slice {
  readonly start: number | null;
  readonly stop: number | null;
  readonly step: number | null;

  constructor(start: number | null, stop?: number | null, step?: number | null) {
    if (stop === undefined) {
      this.start = null;
      this.stop = start;
      this.step = null;
    } else {
      this.start = start;
      this.stop = stop;
      this.step = step ?? null;
    }
  }

  /** `(start, stop, step)` for a sequence of this length, clamped like Python (ValueError for a zero step). */
  indices(length: number): [number, number, number] {
    const r = sliceIndices(length, this.start, this.stop, this.step);
    return [r.start, r.stop, r.step];
  }

  __repr__(): string {
    return `slice(${repr(this.start)}, ${repr(this.stop)}, ${repr(this.step)})`;
  }

  __eq__(other: unknown): boolean {
    return other instanceof Slice && other.start === this.start && other.stop === this.stop && other.step === this.step;
  }
}
