/**
 * Python's per-character Unicode predicates (`str.isspace`, `isdecimal`,
 * `isdigit`, `isnumeric`, `isalpha`...) and case mappings that JS lacks
 * (title case, case folding), shared by the parsing and string helpers.
 */
import { CASE_FOLD, DECIMAL_RANGES, DIGIT_RANGES, NUMERIC_RANGES, TITLE_CASE } from "./unicode-tables.js";

/** Whether a code point is Python whitespace (`str.isspace()`). */
export function isSpaceCode(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp >= 0x1c;
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

/** Parses a `"30-39,660-669"` range list into a flat sorted [start, end, ...] array. */
function parseRanges(text: string): Uint32Array {
  const parts = text.split(",");
  const out = new Uint32Array(parts.length * 2);
  parts.forEach((part, i) => {
    const dash = part.indexOf("-");
    const start = parseInt(dash < 0 ? part : part.slice(0, dash), 16);
    out[2 * i] = start;
    out[2 * i + 1] = dash < 0 ? start : parseInt(part.slice(dash + 1), 16);
  });
  return out;
}

/** Index of the range containing `cp` (as start index into `ranges`), or -1. */
function findRange(ranges: Uint32Array, cp: number): number {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < ranges[2 * mid]!) hi = mid - 1;
    else if (cp > ranges[2 * mid + 1]!) lo = mid + 1;
    else return 2 * mid;
  }
  return -1;
}

let decimalRanges: Uint32Array | undefined;
let digitRanges: Uint32Array | undefined;
let numericRanges: Uint32Array | undefined;

/** The value 0-9 of a decimal digit character (`unicodedata.decimal`), or -1. */
export function decimalValue(cp: number): number {
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (cp < 0x660) return -1;
  decimalRanges ??= parseRanges(DECIMAL_RANGES);
  const at = findRange(decimalRanges, cp);
  return at < 0 ? -1 : (cp - decimalRanges[at]!) % 10;
}

/** `str.isdecimal()` for one character. */
export function isDecimalCode(cp: number): boolean {
  return decimalValue(cp) >= 0;
}

/** `str.isdigit()` for one character (decimals plus superscripts, circled digits...). */
export function isDigitCode(cp: number): boolean {
  if (decimalValue(cp) >= 0) return true;
  if (cp < 0xb2) return false;
  digitRanges ??= parseRanges(DIGIT_RANGES);
  return findRange(digitRanges, cp) >= 0;
}

/** `str.isnumeric()` for one character (digits plus fractions, numerals...). */
export function isNumericCode(cp: number): boolean {
  if (isDigitCode(cp)) return true;
  if (cp < 0xbc) return false;
  numericRanges ??= parseRanges(NUMERIC_RANGES);
  return findRange(numericRanges, cp) >= 0;
}

const ALPHA = /^\p{L}$/u;
const LOWER = /^\p{Lowercase}$/u;
const UPPER = /^\p{Uppercase}$/u;
const TITLE = /^\p{Lt}$/u;

/** `str.isalpha()` for one character (categories Lu, Ll, Lt, Lm, Lo). */
export function isAlphaChar(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return ALPHA.test(ch);
}

/** Whether a character is lowercase in Python's sense (`Lowercase` property). */
export function isLowerChar(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a;
  return LOWER.test(ch);
}

/** Whether a character is uppercase in Python's sense (`Uppercase` property). */
export function isUpperChar(ch: string): boolean {
  const cp = ch.charCodeAt(0);
  if (cp < 0x80) return cp >= 0x41 && cp <= 0x5a;
  return UPPER.test(ch);
}

/** Whether a character is titlecase (category Lt, e.g. `ǅ`). */
export function isTitleChar(ch: string): boolean {
  return ch.charCodeAt(0) >= 0x80 && TITLE.test(ch);
}

/** Whether a character is cased (upper, lower or title case). */
export function isCasedChar(ch: string): boolean {
  return isLowerChar(ch) || isUpperChar(ch) || isTitleChar(ch);
}

/** Python's title-case mapping of one character (`'ǆ'` → `'ǅ'`, `'ß'` → `'Ss'`). */
export function toTitleChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch.toUpperCase();
  return TITLE_CASE[cp.toString(16)] ?? ch.toUpperCase();
}

/** Python's full case folding of one character (`'ß'` → `'ss'`, `'ς'` → `'σ'`). */
export function caseFoldChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) return ch.toLowerCase();
  return CASE_FOLD[cp.toString(16)] ?? ch.toLowerCase();
}
