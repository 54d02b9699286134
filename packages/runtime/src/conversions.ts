/**
 * Python's conversion built-ins: `int()`, `float()`, `chr()`, `ord()`,
 * `bin()`, `hex()`, `oct()`, with CPython's parsing rules (whitespace, signs,
 * underscores, base prefixes, Unicode digits) and exact error messages.
 */
import { decimalValue, isSpaceCode } from "./char-classes.js";
import { codePointLength } from "./code-points.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { repr, typeName } from "./repr.js";

/** Replaces Unicode decimal digits by ASCII and strips Python whitespace, as CPython does before parsing. */
function normalizeNumberText(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  const core = text.slice(start, end);
  if (/^[\x00-\x7f]*$/.test(core)) return core;
  let out = "";
  for (const ch of core) {
    const cp = ch.codePointAt(0)!;
    const digit = cp >= 0x80 ? decimalValue(cp) : -1;
    out += digit >= 0 ? String(digit) : isSpaceCode(cp) ? " " : ch;
  }
  return out;
}

/** Python 3.11's default `sys.get_int_max_str_digits()`. */
const MAX_STR_DIGITS = 4300;

const DIGIT_VALUE = (code: number): number => {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61 + 10;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41 + 10;
  return 99;
};

/**
 * Parses the digits of an int literal in `base` with single underscores
 * between digits (a leading underscore is allowed right after a base prefix).
 * Returns null when the text is not valid.
 */
function parseDigits(text: string, base: number, allowLeadingUnderscore: boolean): bigint | number | null {
  if (text === "") return null;
  let value = 0;
  let bigValue: bigint | null = null;
  let previousUnderscore = !allowLeadingUnderscore;
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x5f) {
      if (previousUnderscore) return null;
      previousUnderscore = true;
      continue;
    }
    const d = DIGIT_VALUE(code);
    if (d >= base) return null;
    previousUnderscore = false;
    digits++;
    if (bigValue === null) {
      value = value * base + d;
      if (value > Number.MAX_SAFE_INTEGER / 64) bigValue = BigInt(value);
    } else {
      bigValue = bigValue * BigInt(base) + BigInt(d);
    }
  }
  if (previousUnderscore || digits === 0) return null;
  if (digits > MAX_STR_DIGITS && (base & (base - 1)) !== 0) {
    throw new ValueError(
      `Exceeds the limit (${MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits} digits; ` +
        "use sys.set_int_max_str_digits() to increase the limit",
    );
  }
  return bigValue ?? value;
}

/** `int(text, base)`; null when the text is not a valid literal. */
function parseIntText(original: string, base: number): number | null {
  let text = normalizeNumberText(original);
  let negative = false;
  if (text.startsWith("+") || text.startsWith("-")) {
    negative = text[0] === "-";
    text = text.slice(1);
  }
  let prefixed = false;
  const prefix = text.slice(0, 2).toLowerCase();
  const prefixBase = prefix === "0x" ? 16 : prefix === "0o" ? 8 : prefix === "0b" ? 2 : 0;
  if (base === 0) {
    if (prefixBase !== 0) {
      base = prefixBase;
      text = text.slice(2);
      prefixed = true;
    } else {
      base = 10;
      // A decimal literal may not have leading zeros unless it is all zeros.
      if (/^0/.test(text) && !/^0(_?0)*$/.test(text)) return null;
    }
  } else if (prefixBase === base) {
    text = text.slice(2);
    prefixed = true;
  }
  const value = parseDigits(text, base, prefixed);
  if (value === null) return null;
  const n = typeof value === "bigint" ? Number(value) : value;
  return negative ? -n + 0 : n;
}

function intFromString(text: string, base: number, shown: unknown): number {
  const value = parseIntText(text, base);
  if (value === null) {
    throw new ValueError(`invalid literal for int() with base ${base}: ${repr(shown).slice(0, 200)}`);
  }
  return value;
}

/** Python `int(number)`: truncation toward zero. */
function intFromNumber(x: number): number {
  if (x !== x) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return Math.trunc(x) + 0;
}

/**
 * Python `int(x)` / `int(x, base)`: truncates floats, parses str/bytes
 * (`int(" 1_000 ")`, `int("0x1f", 0)`, Unicode digits) with CPython's
 * `ValueError: invalid literal for int() with base 10: 'abc'`, calls
 * `__int__`/`__index__` on objects.
 */
export function int(x: unknown, base?: number): number {
  if (base !== undefined) {
    if (typeof x !== "string" && !(x instanceof Uint8Array)) {
      throw new TypeError("int() can't convert non-string with explicit base");
    }
    if (base !== 0 && (base < 2 || base > 36)) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  }
  const b = base ?? 10;
  if (typeof x === "number") return intFromNumber(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return intFromString(x, b, x);
  if (typeof x === "bigint") return Number(x);
  if (x instanceof Uint8Array) return intFromString(new TextDecoder("latin1").decode(x), b, x);
  if (typeof x === "object" && x !== null) {
    for (const name of ["__int__", "__index__", "__trunc__"]) {
      const method: unknown = (x as Record<string, unknown>)[name];
      if (typeof method === "function") return int((method as () => unknown).call(x));
    }
  }
  throw new TypeError(
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`,
  );
}

const FLOAT_LITERAL = /^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const FLOAT_SPECIAL = /^([+-]?)(inf|infinity|nan)$/i;

function floatFromString(text: string, shown: unknown): number {
  const normalized = normalizeNumberText(text);
  if (FLOAT_LITERAL.test(normalized)) return Number(normalized.replace(/_/g, ""));
  const special = FLOAT_SPECIAL.exec(normalized);
  if (special !== null) {
    if (special[2]!.toLowerCase() === "nan") return NaN;
    return special[1] === "-" ? -Infinity : Infinity;
  }
  throw new ValueError(`could not convert string to float: ${repr(shown)}`);
}

/**
 * Python `float(x)`: parses str/bytes (`'inf'`, `'-Infinity'`, `'nan'`,
 * `'1_000.5'`, surrounding whitespace) with
 * `ValueError: could not convert string to float: 'x'`; numbers and bools
 * convert; objects may define `__float__` or `__index__`.
 */
export function float(x: unknown): number {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "string") return floatFromString(x, x);
  if (typeof x === "bigint") return Number(x);
  if (x instanceof Uint8Array) return floatFromString(new TextDecoder("latin1").decode(x), x);
  if (typeof x === "object" && x !== null) {
    for (const name of ["__float__", "__index__"]) {
      const method: unknown = (x as Record<string, unknown>)[name];
      if (typeof method === "function") return float((method as () => unknown).call(x));
    }
  }
  throw new TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/** Python's `__index__` check for an int argument: `TypeError: 'float' object cannot be interpreted as an integer`. */
export function asIndex(x: number): number {
  if (!Number.isInteger(x)) throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
  return x;
}

/** Python `chr(i)` (`ValueError: chr() arg not in range(0x110000)`). */
export function chr(i: number): string {
  asIndex(i);
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

/**
 * Python `ord(c)` on a one-code-point string (or a 1-byte bytes object):
 * `TypeError: ord() expected a character, but string of length 2 found`.
 */
export function ord(c: string | Uint8Array): number {
  if (c instanceof Uint8Array) {
    if (c.length !== 1) throw new TypeError(`ord() expected a character, but string of length ${c.length} found`);
    return c[0]!;
  }
  if (typeof c !== "string") {
    throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  }
  const cp = c.codePointAt(0);
  const width = cp !== undefined && cp > 0xffff ? 2 : 1;
  if (cp === undefined || c.length !== width) {
    throw new TypeError(`ord() expected a character, but string of length ${codePointLength(c)} found`);
  }
  return cp;
}

function radixText(x: number, radix: number, prefix: string): string {
  asIndex(x);
  const abs = Math.abs(x);
  const digits = Number.isSafeInteger(abs) ? abs.toString(radix) : BigInt(abs).toString(radix);
  return (x < 0 ? "-" : "") + prefix + digits;
}

/** Python `bin(x)`: `'0b1010'`, `'-0b101'`. */
export function bin(x: number | boolean): string {
  return radixText(Number(x), 2, "0b");
}

/** Python `oct(x)`: `'0o17'`. */
export function oct(x: number | boolean): string {
  return radixText(Number(x), 8, "0o");
}

/** Python `hex(x)`: `'0xff'`, `'-0xff'`. */
export function hex(x: number | boolean): string {
  return radixText(Number(x), 16, "0x");
}
