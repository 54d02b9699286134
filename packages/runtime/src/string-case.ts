/**
 * Python's case-changing `str` methods: `upper`, `lower`, `title`,
 * `capitalize`, `swapcase`, `casefold`, with full Unicode mappings
 * (`'ß'.upper() == 'SS'`, `'ǆ'.title() == 'ǅ'`, final sigma in `lower`).
 */
import { caseFoldChar, isCasedChar, isLowerChar, isUpperChar, toTitleChar } from "./char-classes.js";

const ASCII = /^[\x00-\x7f]*$/;
const isCased = isCasedChar;

/** Python `s.upper()` (full case mapping; same as JS `toUpperCase`). */
export function upper(s: string): string {
  return s.toUpperCase();
}

/** Python `s.lower()` (full case mapping with final sigma; same as JS `toLowerCase`). */
export function lower(s: string): string {
  return s.toLowerCase();
}

const CASE_IGNORABLE = /\p{Case_Ignorable}/u;

/**
 * Lower-cases the character at code point position `i` of `chars` with its
 * context: a capital sigma becomes final `ς` when a cased letter precedes it
 * and none follows (CPython `handle_capital_sigma`).
 */
function lowerInContext(chars: readonly string[], i: number): string {
  const ch = chars[i]!;
  if (ch !== "\u03a3") return ch.toLowerCase();
  let j = i - 1;
  while (j >= 0 && CASE_IGNORABLE.test(chars[j]!)) j--;
  let final = j >= 0 && isCased(chars[j]!);
  if (final) {
    let k = i + 1;
    while (k < chars.length && CASE_IGNORABLE.test(chars[k]!)) k++;
    final = k === chars.length || !isCased(chars[k]!);
  }
  return final ? "\u03c2" : "\u03c3";
}

/**
 * Python `s.title()`: a character following a cased character is lowered,
 * any other is title-cased (`"they're bill's".title() == "They'Re Bill'S"`).
 */
export function title(s: string): string {
  let out = "";
  let previousCased = false;
  if (ASCII.test(s)) {
    for (let i = 0; i < s.length; i++) {
      const ch = s[i]!;
      out += previousCased ? ch.toLowerCase() : ch.toUpperCase();
      previousCased = isCased(ch);
    }
    return out;
  }
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    out += previousCased ? lowerInContext(chars, i) : toTitleChar(ch);
    previousCased = isCased(ch);
  }
  return out;
}

/** Python `s.capitalize()`: first character title-cased, the rest lowered. */
export function capitalize(s: string): string {
  if (s === "") return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const chars = Array.from(s);
  let rest = "";
  for (let i = 1; i < chars.length; i++) rest += lowerInContext(chars, i);
  return toTitleChar(first) + rest;
}

/** Python `s.swapcase()`. */
export function swapcase(s: string): string {
  const chars = Array.from(s);
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (isUpperChar(ch)) out += lowerInContext(chars, i);
    else if (isLowerChar(ch)) out += ch.toUpperCase();
    else out += ch;
  }
  return out;
}

/** Python `s.casefold()` (full case folding: `'Straße'.casefold() == 'strasse'`). */
export function casefold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (const ch of s) out += caseFoldChar(ch);
  return out;
}
