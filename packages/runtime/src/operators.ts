/**
 * Python's `+` and `*` when the operand types are not statically known:
 * numbers (and bools), str and list concatenation/repetition, `__add__` /
 * `__radd__` / `__mul__` / `__rmul__`, and CPython's TypeError messages.
 */
import { NotImplemented } from "./comparison.js";
import { TypeError } from "./exceptions.js";
import { repeat } from "./list-methods.js";
import { dunder, isNumeric as isNumber } from "./protocols.js";
import { typeName } from "./repr.js";
import { strMultiply } from "./string-methods.js";

function viaDunders(a: unknown, b: unknown, name: string, reflected: string): { ok: boolean; value: unknown } {
  const own = dunder(a, name);
  if (own !== undefined) {
    const r = own.call(a, b);
    if (r !== NotImplemented) return { ok: true, value: r };
  }
  const other = dunder(b, reflected);
  if (other !== undefined) {
    const r = other.call(b, a);
    if (r !== NotImplemented) return { ok: true, value: r };
  }
  return { ok: false, value: undefined };
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** `b"ab" * 3`: a count below one gives `b""`. */
function repeatBytes(a: Uint8Array, n: number): Uint8Array {
  const times = Math.max(0, Math.trunc(n));
  const out = new Uint8Array(a.length * times);
  for (let i = 0; i < times; i++) out.set(a, i * a.length);
  return out;
}

/** Python `a + b` for operands of unknown type. */
export function add(a: unknown, b: unknown): unknown {
  if (isNumber(a) && isNumber(b)) return Number(a) + Number(b);
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (Array.isArray(a) && Array.isArray(b)) return a.concat(b);
  if (a instanceof Uint8Array && b instanceof Uint8Array) return concatBytes(a, b);
  const r = viaDunders(a, b, "__add__", "__radd__");
  if (r.ok) return r.value;
  if (typeof a === "string") throw new TypeError(`can only concatenate str (not "${typeName(b)}") to str`);
  if (Array.isArray(a)) throw new TypeError(`can only concatenate list (not "${typeName(b)}") to list`);
  throw new TypeError(`unsupported operand type(s) for +: '${typeName(a)}' and '${typeName(b)}'`);
}

/** Python `a * b` for operands of unknown type (`"ab" * 2`, `[0] * 3`, numbers). */
export function mul(a: unknown, b: unknown): unknown {
  if (isNumber(a) && isNumber(b)) return Number(a) * Number(b);
  if (typeof a === "string" && isNumber(b)) return strMultiply(a, b);
  if (isNumber(a) && typeof b === "string") return strMultiply(b, a);
  if (Array.isArray(a) && isNumber(b)) return repeat(a, b);
  if (isNumber(a) && Array.isArray(b)) return repeat(b, a);
  if (a instanceof Uint8Array && isNumber(b)) return repeatBytes(a, Number(b));
  if (isNumber(a) && b instanceof Uint8Array) return repeatBytes(b, Number(a));
  const r = viaDunders(a, b, "__mul__", "__rmul__");
  if (r.ok) return r.value;
  if ((typeof a === "string" || Array.isArray(a)) && !isNumber(b)) {
    throw new TypeError(`can't multiply sequence by non-int of type '${typeName(b)}'`);
  }
  if ((typeof b === "string" || Array.isArray(b)) && !isNumber(a)) {
    throw new TypeError(`can't multiply sequence by non-int of type '${typeName(a)}'`);
  }
  throw new TypeError(`unsupported operand type(s) for *: '${typeName(a)}' and '${typeName(b)}'`);
}
