/**
 * Python's `str.is*()` predicates with Python's Unicode semantics (e.g.
 * `'²'.isdigit()` is true but `'²'.isdecimal()` is false, `'一'.isnumeric()`
 * is true). All are false for the empty string except `isascii` and
 * `isprintable`.
 */
import {
  isAlphaChar,
  isDecimalCode,
  isDigitCode,
  isLowerChar,
  isNumericCode,
  isSpaceCode,
  isTitleChar,
  isUpperChar,
} from "./char-classes.js";
import { isPrintableCodePoint } from "./string-repr.js";

function every(s: string, test: (cp: number, ch: string) => boolean): boolean {
  if (s === "") return false;
  for (const ch of s) if (!test(ch.codePointAt(0)!, ch)) return false;
  return true;
}

/** Python `s.isdecimal()`: Unicode decimal digits (category Nd). */
export function isdecimal(s: string): boolean {
  return every(s, (cp) => isDecimalCode(cp));
}

/** Python `s.isdigit()`: decimals plus other digits (`'²'`, `'①'`). */
export function isdigit(s: string): boolean {
  return every(s, (cp) => isDigitCode(cp));
}

/** Python `s.isnumeric()`: digits plus numeric characters (`'½'`, `'一'`). */
export function isnumeric(s: string): boolean {
  return every(s, (cp) => isNumericCode(cp));
}

/** Python `s.isalpha()`: letters (categories Lu, Ll, Lt, Lm, Lo). */
export function isalpha(s: string): boolean {
  return every(s, (_cp, ch) => isAlphaChar(ch));
}

/** Python `s.isalnum()`: each character is alphabetic or numeric. */
export function isalnum(s: string): boolean {
  return every(s, (cp, ch) => isAlphaChar(ch) || isNumericCode(cp));
}

/** Python `s.isspace()`. */
export function isspace(s: string): boolean {
  return every(s, (cp) => isSpaceCode(cp));
}

/** Python `s.isupper()`: at least one cased character and no lowercase or titlecase ones. */
export function isupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isLowerChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isUpperChar(ch)) cased = true;
  }
  return cased;
}

/** Python `s.islower()`: at least one cased character and no uppercase or titlecase ones. */
export function islower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) return false;
    if (!cased && isLowerChar(ch)) cased = true;
  }
  return cased;
}

/** Python `s.istitle()`: uppercase only after uncased characters, lowercase only after cased ones. */
export function istitle(s: string): boolean {
  let cased = false;
  let previousCased = false;
  for (const ch of s) {
    if (isUpperChar(ch) || isTitleChar(ch)) {
      if (previousCased) return false;
      previousCased = true;
      cased = true;
    } else if (isLowerChar(ch)) {
      if (!previousCased) return false;
      previousCased = true;
      cased = true;
    } else {
      previousCased = false;
    }
  }
  return cased;
}

const XID_START = /^[\p{XID_Start}_]$/u;
const XID_CONTINUE = /^\p{XID_Continue}$/u;

/** Python `s.isidentifier()`. */
export function isidentifier(s: string): boolean {
  if (s === "") return false;
  let first = true;
  for (const ch of s) {
    if (!(first ? XID_START : XID_CONTINUE).test(ch)) return false;
    first = false;
  }
  return true;
}

/** Python `s.isascii()` (true for `""`). */
export function isascii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** Python `s.isprintable()` (true for `""`). */
export function isprintable(s: string): boolean {
  for (const ch of s) if (!isPrintableCodePoint(ch.codePointAt(0)!)) return false;
  return true;
}
