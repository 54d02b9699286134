/**
 * Python's format-spec mini-language (`format(value, spec)`, f-string
 * `{x:spec}`, `str.format`): fill, align (`< > ^ =`), sign (`+ - space`),
 * `z`, `#`, `0`, width, `,`/`_` grouping, precision and the presentation types
 * `b c d e E f F g G n o s x X %`, with CPython's validation errors.
 */
import { codePointLength } from "./code-points.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { formatExponent, formatFixed, formatGeneral, formatShortest } from "./float-format.js";
import { Hint, parseHint, resolveHint } from "./hints.js";
import { dunder } from "./protocols.js";
import { intRepr, strHinted, typeName } from "./repr.js";

/** A parsed format spec (`[[fill]align][sign][z][#][0][width][grouping][.precision][type]`). */
export interface FormatSpec {
  readonly fill: string;
  readonly align: "<" | ">" | "=" | "^" | "";
  readonly sign: "+" | "-" | " " | "";
  readonly noNegativeZero: boolean;
  readonly alternate: boolean;
  readonly width: number;
  readonly grouping: "," | "_" | "";
  readonly precision: number;
  readonly type: string;
}

function isAlign(ch: string | undefined): ch is "<" | ">" | "=" | "^" {
  return ch === "<" || ch === ">" || ch === "=" || ch === "^";
}

function readInt(chars: readonly string[], pos: number): [number, number] {
  let value = 0;
  let end = pos;
  while (end < chars.length && chars[end]! >= "0" && chars[end]! <= "9") {
    value = value * 10 + (chars[end]!.charCodeAt(0) - 48);
    end++;
  }
  return [end === pos ? -1 : value, end];
}

/**
 * Parses a format spec like CPython's `parse_internal_render_format_spec`.
 * `typeLabel` names the value's type in error messages; `defaultAlign` is
 * `>` for numbers and `<` for strings (it decides what a leading `0` means);
 * `defaultType` is the presentation type when the spec has none (`s` for
 * str, `d` for int, none for float).
 */
export function parseFormatSpec(
  spec: string,
  typeLabel: string,
  defaultAlign: "<" | ">",
  defaultType = "",
): FormatSpec {
  const chars = Array.from(spec);
  let pos = 0;
  let fill = " ";
  let align: FormatSpec["align"] = "";
  let fillSpecified = false;
  if (chars.length >= 2 && isAlign(chars[1])) {
    fill = chars[0]!;
    align = chars[1];
    fillSpecified = true;
    pos = 2;
  } else if (chars.length >= 1 && isAlign(chars[0])) {
    align = chars[0];
    pos = 1;
  }
  let sign: FormatSpec["sign"] = "";
  const signChar = chars[pos];
  if (signChar === "+" || signChar === "-" || signChar === " ") {
    sign = signChar;
    pos++;
  }
  let noNegativeZero = false;
  if (chars[pos] === "z") {
    noNegativeZero = true;
    pos++;
  }
  let alternate = false;
  if (chars[pos] === "#") {
    alternate = true;
    pos++;
  }
  if (!fillSpecified && chars[pos] === "0") {
    fill = "0";
    if (align === "" && defaultAlign === ">") align = "=";
    pos++;
  }
  let width: number;
  [width, pos] = readInt(chars, pos);
  let grouping: FormatSpec["grouping"] = "";
  if (chars[pos] === ",") {
    grouping = ",";
    pos++;
  }
  if (chars[pos] === "_") {
    if (grouping !== "") throw new ValueError("Cannot specify both ',' and '_'.");
    grouping = "_";
    pos++;
  }
  if (chars[pos] === "," && grouping === "_") throw new ValueError("Cannot specify both ',' and '_'.");
  let precision = -1;
  if (chars[pos] === ".") {
    [precision, pos] = readInt(chars, pos + 1);
    if (precision < 0) throw new ValueError("Format specifier missing precision");
  }
  if (chars.length - pos > 1) {
    throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeLabel}'`);
  }
  const type = chars[pos] ?? defaultType;
  if (grouping !== "") {
    const allowed = "defgEGF%".includes(type) || (grouping === "_" && "boxX".includes(type));
    if (!allowed) {
      const shown = type >= " " && type < "\x7f" ? type : `\\x${type.charCodeAt(0).toString(16)}`;
      throw new ValueError(`Cannot specify '${grouping}' with '${shown}'.`);
    }
  }
  return { fill, align, sign, noNegativeZero, alternate, width, grouping, precision, type };
}

/**
 * Inserts group separators into `digits` (CPython's
 * `_PyUnicode_InsertThousandsGrouping`), zero-padding the digits to
 * `minWidth` characters when the spec asks for `0=` padding.
 */
function groupDigits(digits: string, minWidth: number, separator: string, groupSize: number): string {
  let remaining = digits.length;
  let width = Math.max(0, minWidth);
  const parts: string[] = [];
  let end = digits.length;
  const take = (len: number): void => {
    const chars = Math.max(0, Math.min(remaining, len));
    const zeros = Math.max(0, len - remaining);
    parts.push("0".repeat(zeros) + digits.slice(end - chars, end));
    end -= chars;
    remaining -= chars;
  };
  if (groupSize > 0) {
    for (;;) {
      const len = Math.min(groupSize, Math.max(remaining, width, 1));
      take(len);
      width -= len;
      if (remaining <= 0 && width <= 0) return parts.reverse().join(separator);
      width -= separator.length;
    }
  }
  take(Math.max(remaining, width, 1));
  return parts.reverse().join(separator);
}

function padText(text: string, spec: FormatSpec, defaultAlign: "<" | ">"): string {
  const length = codePointLength(text);
  const padding = spec.width - length;
  if (padding <= 0) return text;
  const align = spec.align === "" ? defaultAlign : spec.align;
  if (align === ">") return spec.fill.repeat(padding) + text;
  if (align === "^") {
    const left = padding >> 1;
    return spec.fill.repeat(left) + text + spec.fill.repeat(padding - left);
  }
  return text + spec.fill.repeat(padding);
}

/**
 * Lays out a formatted number: `[lpad][sign][prefix][spad][grouped digits][remainder][rpad]`
 * (CPython's `calc_number_widths` + `fill_number`). `remainder` holds the
 * decimal point, fraction, exponent and `%` after the integer digits.
 */
function layoutNumber(
  spec: FormatSpec,
  negative: boolean,
  prefix: string,
  digits: string,
  remainder: string,
  groupSize: number,
): string {
  const sign = negative ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  const nonDigit = sign.length + prefix.length + codePointLength(remainder);
  const minWidth = spec.fill === "0" && spec.align === "=" ? spec.width - nonDigit : 0;
  const separator = spec.grouping === "" ? "" : spec.grouping;
  const grouped = digits === "" ? "" : groupDigits(digits, minWidth, separator, spec.grouping === "" ? 0 : groupSize);
  const padding = spec.width - (nonDigit + grouped.length);
  let left = "";
  let middle = "";
  let right = "";
  if (padding > 0) {
    switch (spec.align === "" ? ">" : spec.align) {
      case "<":
        right = spec.fill.repeat(padding);
        break;
      case "^":
        left = spec.fill.repeat(padding >> 1);
        right = spec.fill.repeat(padding - (padding >> 1));
        break;
      case "=":
        middle = spec.fill.repeat(padding);
        break;
      case ">":
        left = spec.fill.repeat(padding);
        break;
    }
  }
  return left + sign + prefix + middle + grouped + remainder + right;
}

function unknownCode(type: string, typeLabel: string): ValueError {
  return new ValueError(`Unknown format code '${type}' for object of type '${typeLabel}'`);
}

/** Decimal/radix digits of `abs(n)` for an integral number, exact beyond 2**53. */
function integerDigits(n: number, radix: number): string {
  const abs = Math.abs(n);
  return Number.isSafeInteger(abs) ? abs.toString(radix) : BigInt(abs).toString(radix);
}

/** `format(int, spec)` (CPython `format_long_internal`). */
export function formatIntSpec(n: number, spec: FormatSpec, typeLabel = "int"): string {
  const type = spec.type === "" ? "d" : spec.type;
  if ("eEfFgG%".includes(type)) return formatFloatSpec(n, spec);
  if (spec.precision >= 0) throw new ValueError("Precision not allowed in integer format specifier");
  if (spec.noNegativeZero) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  if (type === "c") {
    if (spec.sign !== "") throw new ValueError("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) throw new ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (n < 0 || n > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
    return layoutNumber(spec, false, "", "", String.fromCodePoint(n), 3);
  }
  let radix: number;
  let prefix = "";
  switch (type) {
    case "d":
    case "n":
      radix = 10;
      break;
    case "b":
      radix = 2;
      prefix = "0b";
      break;
    case "o":
      radix = 8;
      prefix = "0o";
      break;
    case "x":
      radix = 16;
      prefix = "0x";
      break;
    case "X":
      radix = 16;
      prefix = "0X";
      break;
    default:
      throw unknownCode(type, typeLabel);
  }
  let digits = integerDigits(n, radix);
  if (type === "X") digits = digits.toUpperCase();
  const groupSize = radix === 10 ? 3 : 4;
  return layoutNumber(spec, n < 0, spec.alternate ? prefix : "", digits, "", groupSize);
}

/** Splits `"1234.5e+06"` into integer digits and the rest (`.5e+06`). */
function splitDigits(text: string): [string, string] {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  return [text.slice(0, i), text.slice(i)];
}

/** `format(float, spec)` (CPython `format_float_internal`). */
export function formatFloatSpec(x: number, spec: FormatSpec): string {
  let type = spec.type;
  let precision = spec.precision;
  const upper = type === "E" || type === "F" || type === "G";
  let value = x;
  let percent = false;
  switch (type) {
    case "":
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "n":
      break;
    case "%":
      percent = true;
      value = x * 100;
      type = "f";
      break;
    default:
      throw unknownCode(type, "float");
  }
  if (type === "n") type = "g";
  let negative = value < 0 || Object.is(value, -0);
  let body: string;
  if (value !== value) {
    body = upper ? "NAN" : "nan";
    negative = false;
  } else if (!Number.isFinite(value)) {
    body = upper ? "INF" : "inf";
  } else if (type === "") {
    body = precision < 0 ? formatShortest(value) : formatGeneral(value, precision, false, spec.alternate, true);
  } else {
    if (precision < 0) precision = 6;
    switch (type) {
      case "e":
      case "E":
        body = formatExponent(value, precision, upper, spec.alternate);
        break;
      case "f":
      case "F":
        body = formatFixed(value, precision, spec.alternate);
        break;
      default:
        body = formatGeneral(value, precision, upper, spec.alternate, false);
        break;
    }
  }
  if (percent) body += "%";
  if (negative && spec.noNegativeZero && Number.isFinite(value) && !/[1-9]/.test(body.replace(/e.*$/i, ""))) {
    negative = false;
  }
  const [digits, remainder] = splitDigits(body);
  return layoutNumber(spec, negative, "", digits, remainder, 3);
}

/** `format(str, spec)` (CPython `format_string_internal`). */
export function formatStrSpec(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") throw unknownCode(spec.type, "str");
  if (spec.sign !== "") throw new ValueError("Sign not allowed in string format specifier");
  if (spec.noNegativeZero) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  let text = s;
  if (spec.precision >= 0 && codePointLength(s) > spec.precision) {
    text = Array.from(s).slice(0, spec.precision).join("");
  }
  return padText(text, spec, "<");
}

/**
 * Python `format(value, spec)` / f-string `{value:spec}` for str, int, float,
 * bool, None and objects with `__format__`; `hint` says whether a number is a
 * Python int or float (`"float"`), else an integral number is an int.
 */
export function format(value: unknown, spec = "", hint?: string): string {
  return formatHinted(value, spec, parseHint(hint));
}

/** `format(value, spec)` with an already parsed hint (for `str.format`). */
export function formatHinted(value: unknown, spec: string, hint: Hint): string {
  const formatMethod = dunder(value, "__format__");
  if (formatMethod !== undefined) return String(formatMethod.call(value, spec));
  switch (typeof value) {
    case "string":
      return spec === "" ? value : formatStrSpec(value, parseFormatSpec(spec, "str", "<", "s"));
    case "number": {
      const h = resolveHint(hint, value);
      const isInt = h.kind === "int" || (h.kind !== "float" && Number.isSafeInteger(value) && !Object.is(value, -0));
      if (isInt && Number.isInteger(value)) {
        if (spec === "") return intRepr(value);
        return formatIntSpec(value, parseFormatSpec(spec, "int", ">", "d"));
      }
      return formatFloatSpec(value, parseFormatSpec(spec, "float", ">"));
    }
    case "boolean":
      if (spec === "") return value ? "True" : "False";
      return formatIntSpec(value ? 1 : 0, parseFormatSpec(spec, "bool", ">", "d"), "bool");
    case "bigint":
      return format(Number(value), spec, "int");
    default:
      break;
  }
  if (spec === "") return strHinted(value, hint);
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}
