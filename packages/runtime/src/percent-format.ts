/**
 * Python's printf-style string formatting, `fmt % args` (CPython
 * `PyUnicode_Format`): conversions `%s %r %a %d %i %u %o %x %X %e %E %f %F
 * %g %G %c %%`, flags `- + space # 0`, width and precision (also `*`),
 * `%(name)s` with a mapping, a single value vs a tuple of values, and the
 * exact TypeError/ValueError messages.
 */
import { codePointLength } from "./code-points.js";
import { KeyError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { formatExponent, formatFixed, formatGeneral } from "./float-format.js";
import { Hint, itemHint, parseHint, resolveHint, UNKNOWN_HINT } from "./hints.js";
import { isNumeric as isNumber, isPlainObject } from "./protocols.js";
import { reprHinted, strHinted, typeName } from "./repr.js";
import { escapeNonAscii } from "./string-repr.js";

interface Flags {
  left: boolean;
  plus: boolean;
  space: boolean;
  alternate: boolean;
  zero: boolean;
}

/** Argument source: a tuple's items, a single value, or a mapping for `%(key)` specs. */
class Arguments {
  private index: number;
  private length: number;
  private current: unknown;
  private currentHint: Hint;

  constructor(
    private readonly items: readonly unknown[] | null,
    single: unknown,
    private readonly hint: Hint,
    readonly mapping: ReadonlyMap<unknown, unknown> | Record<string, unknown> | null,
  ) {
    this.current = single;
    this.currentHint = hint;
    if (items !== null) {
      this.index = 0;
      this.length = items.length;
    } else {
      this.index = -2;
      this.length = -1;
    }
  }

  /** `getnextarg`: the next positional value and its hint. */
  next(): [unknown, Hint] {
    if (this.index < this.length) {
      const i = this.index++;
      if (this.length < 0) return [this.current, this.currentHint];
      return [this.items![i], itemHint(this.hint, i)];
    }
    throw new TypeError("not enough arguments for format string");
  }

  /** Switches to the value of `%(key)`: it becomes the one argument of this spec. */
  useKey(key: string): void {
    const mapping = this.mapping;
    let value: unknown;
    if (mapping instanceof Map) {
      if (!mapping.has(key)) throw new KeyError(key);
      value = mapping.get(key);
    } else if (mapping !== null && Object.hasOwn(mapping, key)) {
      value = (mapping as Record<string, unknown>)[key];
    } else {
      throw new KeyError(key);
    }
    this.current = value;
    this.currentHint = this.hint.kind === "dict" ? this.hint.value : UNKNOWN_HINT;
    this.length = -1;
    this.index = -2;
  }

  /** True when positional arguments were left over (`not all arguments converted`). */
  hasUnused(): boolean {
    return this.mapping === null && this.index < this.length;
  }
}

function isMapping(x: unknown): x is ReadonlyMap<unknown, unknown> | Record<string, unknown> {
  return x instanceof Map || isPlainObject(x);
}

function pad(body: string, width: number, left: boolean): string {
  const length = codePointLength(body);
  if (width <= length) return body;
  return left ? body + " ".repeat(width - length) : " ".repeat(width - length) + body;
}

/** Lays out `[sign][prefix][digits]` with width, `-` and `0` flags like `formatlong`/`formatfloat`. */
function layoutNumber(sign: string, prefix: string, digits: string, width: number, flags: Flags): string {
  const length = sign.length + prefix.length + digits.length;
  if (width <= length) return sign + prefix + digits;
  if (flags.left) return sign + prefix + digits + " ".repeat(width - length);
  if (flags.zero) return sign + prefix + "0".repeat(width - length) + digits;
  return " ".repeat(width - length) + sign + prefix + digits;
}

function signOf(negative: boolean, flags: Flags): string {
  return negative ? "-" : flags.plus ? "+" : flags.space ? " " : "";
}

function formatInteger(value: unknown, hint: Hint, conversion: string, flags: Flags, width: number, precision: number): string {
  let n: number;
  if (conversion === "d" || conversion === "i" || conversion === "u") {
    if (!isNumber(value)) throw new TypeError(`%${conversion} format: a real number is required, not ${typeName(value)}`);
    n = Number(value);
    if (n !== n) throw new ValueError("cannot convert float NaN to integer");
    if (!Number.isFinite(n)) throw new OverflowError("cannot convert float infinity to integer");
    n = Math.trunc(n) + 0;
  } else {
    const isFloat = typeof value === "number" && (!Number.isInteger(value) || resolveHint(hint, value).kind === "float");
    if (!isNumber(value) || isFloat) {
      throw new TypeError(`%${conversion} format: an integer is required, not ${typeName(value, hintText(hint))}`);
    }
    n = Number(value);
  }
  const radix = conversion === "o" ? 8 : conversion === "x" || conversion === "X" ? 16 : 10;
  const abs = Math.abs(n);
  let digits = Number.isSafeInteger(abs) ? abs.toString(radix) : BigInt(abs).toString(radix);
  if (conversion === "X") digits = digits.toUpperCase();
  if (precision > digits.length) digits = "0".repeat(precision - digits.length) + digits;
  const prefix = flags.alternate && radix !== 10 ? "0" + conversion : "";
  return layoutNumber(signOf(n < 0, flags), prefix, digits, width, flags);
}

function hintText(hint: Hint): string | undefined {
  return hint.kind === "float" ? "float" : hint.kind === "int" ? "int" : undefined;
}

function formatFloatConversion(value: unknown, conversion: string, flags: Flags, width: number, precision: number): string {
  if (!isNumber(value)) {
    throw new TypeError(`must be real number, not ${typeName(value)}`);
  }
  const x = Number(value);
  const p = precision < 0 ? 6 : precision;
  const upper = conversion === "E" || conversion === "F" || conversion === "G";
  let body: string;
  if (x !== x) body = upper ? "NAN" : "nan";
  else if (!Number.isFinite(x)) body = upper ? "INF" : "inf";
  else if (conversion === "e" || conversion === "E") body = formatExponent(x, p, upper, flags.alternate);
  else if (conversion === "f" || conversion === "F") body = formatFixed(x, p, flags.alternate);
  else body = formatGeneral(x, p, upper, flags.alternate, false);
  const negative = x < 0 || Object.is(x, -0);
  return layoutNumber(signOf(negative && x === x, flags), "", body, width, flags);
}

function formatChar(value: unknown, flags: Flags, width: number): string {
  let ch: string;
  if (typeof value === "string" && Array.from(value).length === 1) {
    ch = value;
  } else if (typeof value === "number" && Number.isInteger(value)) {
    if (value < 0 || value > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    ch = String.fromCodePoint(value);
  } else {
    throw new TypeError("%c requires int or char");
  }
  return pad(ch, width, flags.left);
}

const CONVERSIONS = "sradiuoxXeEfFgGc";

/**
 * Python `fmt % args`. `args` is a tuple (array), a single value, or a
 * mapping (Map or plain object) for `%(name)s`. An array is taken as a tuple
 * unless `hint` (the static type of `args`) says it is a list; the hint's
 * item types also decide how `%s` renders numbers (`"tuple[str, float]"`).
 */
export function percentFormat(fmt: string, args: unknown, hint?: string): string {
  const parsedHint = resolveHint(parseHint(hint), args);
  const isTuple =
    Array.isArray(args) && parsedHint.kind !== "list" && parsedHint.kind !== "set" && parsedHint.kind !== "dict";
  const mapping = !Array.isArray(args) && typeof args !== "string" && isMapping(args) ? args : null;
  const source = new Arguments(isTuple ? (args as readonly unknown[]) : null, args, parsedHint, mapping);
  let out = "";
  let pos = 0;
  const n = fmt.length;
  while (pos < n) {
    const percent = fmt.indexOf("%", pos);
    if (percent < 0) {
      out += fmt.slice(pos);
      break;
    }
    out += fmt.slice(pos, percent);
    pos = percent + 1;
    if (pos >= n) throw new ValueError("incomplete format");
    if (fmt[pos] === "(") {
      if (mapping === null) throw new TypeError("format requires a mapping");
      let depth = 1;
      const keyStart = ++pos;
      while (pos < n && depth > 0) {
        if (fmt[pos] === "(") depth++;
        else if (fmt[pos] === ")") depth--;
        pos++;
      }
      if (depth > 0) throw new ValueError("incomplete format key");
      source.useKey(fmt.slice(keyStart, pos - 1));
    }
    const flags: Flags = { left: false, plus: false, space: false, alternate: false, zero: false };
    for (; pos < n; pos++) {
      const c = fmt[pos];
      if (c === "-") flags.left = true;
      else if (c === "+") flags.plus = true;
      else if (c === " ") flags.space = true;
      else if (c === "#") flags.alternate = true;
      else if (c === "0") flags.zero = true;
      else break;
    }
    let width = -1;
    if (fmt[pos] === "*") {
      const [w] = source.next();
      if (typeof w !== "number" || !Number.isInteger(w)) throw new TypeError("* wants int");
      width = w;
      if (width < 0) {
        flags.left = true;
        width = -width;
      }
      pos++;
    } else {
      const start = pos;
      while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") pos++;
      if (pos > start) width = Number(fmt.slice(start, pos));
    }
    let precision = -1;
    if (fmt[pos] === ".") {
      pos++;
      if (fmt[pos] === "*") {
        const [p] = source.next();
        if (typeof p !== "number" || !Number.isInteger(p)) throw new TypeError("* wants int");
        precision = Math.max(p, 0);
        pos++;
      } else {
        const start = pos;
        while (pos < n && fmt[pos]! >= "0" && fmt[pos]! <= "9") pos++;
        precision = pos > start ? Number(fmt.slice(start, pos)) : 0;
      }
    }
    while (pos < n && (fmt[pos] === "h" || fmt[pos] === "l" || fmt[pos] === "L")) pos++;
    if (pos >= n) throw new ValueError("incomplete format");
    const conversion = fmt[pos]!;
    const codePoint = fmt.codePointAt(pos)!;
    pos += codePoint > 0xffff ? 2 : 1;
    if (conversion === "%") {
      out += "%";
      continue;
    }
    if (!CONVERSIONS.includes(conversion)) {
      const shown = codePoint >= 31 && codePoint <= 126 ? conversion : "?";
      const index = Array.from(fmt.slice(0, pos)).length - 1;
      throw new ValueError(`unsupported format character '${shown}' (0x${codePoint.toString(16)}) at index ${index}`);
    }
    const [value, valueHint] = source.next();
    out += convert(conversion, value, valueHint, flags, width, precision);
  }
  if (source.hasUnused()) throw new TypeError("not all arguments converted during string formatting");
  return out;
}

function convert(conversion: string, value: unknown, hint: Hint, flags: Flags, width: number, precision: number): string {
  switch (conversion) {
    case "s":
    case "r":
    case "a": {
      let body = conversion === "s" ? strHinted(value, hint) : reprHinted(value, hint);
      if (conversion === "a") body = escapeNonAscii(body);
      if (precision >= 0) body = Array.from(body).slice(0, precision).join("");
      return pad(body, width, flags.left);
    }
    case "c":
      return formatChar(value, flags, width);
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X":
      return formatInteger(value, hint, conversion, flags, width, precision);
    default:
      return formatFloatConversion(value, conversion, flags, width, precision);
  }
}
