/**
 * Python strings are sequences of code points; JS strings of UTF-16 units.
 * These helpers convert lengths and indices for text outside the BMP (emoji),
 * with a fast path for the common case of strings without surrogates.
 */

const SURROGATE = /[\ud800-\udfff]/;

let lastString = "";
let lastHasSurrogates = false;

/** Whether `s` contains UTF-16 surrogates (then units and code points differ). Caches the last answer. */
export function hasSurrogates(s: string): boolean {
  if (s === lastString) return lastHasSurrogates;
  lastString = s;
  lastHasSurrogates = s.length > 0 && SURROGATE.test(s);
  return lastHasSurrogates;
}

/** Python `len(s)`: the number of code points. */
export function codePointLength(s: string): number {
  if (!hasSurrogates(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** The code points of `s` as separate strings (`list(s)`). */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

/** UTF-16 offset of code point index `cp` (0 <= cp <= len) in a string with surrogates. */
export function unitOffset(s: string, cp: number): number {
  if (!hasSurrogates(s)) return cp;
  let unit = 0;
  for (let i = 0; i < cp && unit < s.length; i++) {
    const c = s.charCodeAt(unit);
    unit += c >= 0xd800 && c <= 0xdbff && unit + 1 < s.length && isLow(s.charCodeAt(unit + 1)) ? 2 : 1;
  }
  return unit;
}

/** Code point index of UTF-16 offset `unit` in `s`. */
export function codePointOffset(s: string, unit: number): number {
  if (!hasSurrogates(s)) return unit;
  return codePointLength(s.slice(0, unit));
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
