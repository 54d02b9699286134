/**
 * Python `str` methods for stripping, padding and joining: `strip`,
 * `lstrip`, `rstrip` (Python whitespace or a set of characters),
 * `removeprefix`, `removesuffix`, `center` (with CPython's odd-margin
 * rule), `ljust`, `rjust`, `zfill`, `expandtabs`, `join`, and `s * n`.
 * The split, search, case and predicate methods live in `string-split.ts`,
 * `string-search.ts`, `string-case.ts` and `string-predicates.ts`.
 */
import { isSpaceCode } from "./char-classes.js";
import { codePointLength, hasSurrogates } from "./code-points.js";
import { TypeError } from "./exceptions.js";
import { typeName } from "./repr.js";

type Side = "both" | "left" | "right";

function stripWith(s: string, chars: string | null | undefined, side: Side): string {
  let start = 0;
  let end = s.length;
  if (chars === undefined || chars === null) {
    if (side !== "right") while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
    if (side !== "left") while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
    return s.slice(start, end);
  }
  if (!hasSurrogates(s) && !hasSurrogates(chars)) {
    if (side !== "right") while (start < end && chars.includes(s[start]!)) start++;
    if (side !== "left") while (end > start && chars.includes(s[end - 1]!)) end--;
    return s.slice(start, end);
  }
  const set = new Set(Array.from(chars));
  const items = Array.from(s);
  let first = 0;
  let last = items.length;
  if (side !== "right") while (first < last && set.has(items[first]!)) first++;
  if (side !== "left") while (last > first && set.has(items[last - 1]!)) last--;
  return items.slice(first, last).join("");
}

/** Python `s.strip(chars=None)`: removes Python whitespace, or any of `chars`, from both ends. */
export function strip(s: string, chars?: string | null): string {
  return stripWith(s, chars, "both");
}

/** Python `s.lstrip(chars=None)`. */
export function lstrip(s: string, chars?: string | null): string {
  return stripWith(s, chars, "left");
}

/** Python `s.rstrip(chars=None)`. */
export function rstrip(s: string, chars?: string | null): string {
  return stripWith(s, chars, "right");
}

/** Python `s.removeprefix(prefix)`. */
export function removeprefix(s: string, prefix: string): string {
  return prefix !== "" && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

/** Python `s.removesuffix(suffix)`. */
export function removesuffix(s: string, suffix: string): string {
  return suffix !== "" && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

function checkFill(fill: string): void {
  if (codePointLength(fill) !== 1) throw new TypeError("The fill character must be exactly one character long");
}

/** Python `s.center(width, fill=' ')`: an odd margin puts the extra character on the right unless the width is odd too. */
export function center(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const margin = width - codePointLength(s);
  if (margin <= 0) return s;
  const left = Math.floor(margin / 2) + (margin & width & 1);
  return fill.repeat(left) + s + fill.repeat(margin - left);
}

/** Python `s.ljust(width, fill=' ')`. */
export function ljust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const margin = width - codePointLength(s);
  return margin > 0 ? s + fill.repeat(margin) : s;
}

/** Python `s.rjust(width, fill=' ')`. */
export function rjust(s: string, width: number, fill = " "): string {
  checkFill(fill);
  const margin = width - codePointLength(s);
  return margin > 0 ? fill.repeat(margin) + s : s;
}

/** Python `s.zfill(width)`: zeros after a leading sign (`"-42".zfill(5) == "-0042"`). */
export function zfill(s: string, width: number): string {
  const fill = width - codePointLength(s);
  if (fill <= 0) return s;
  const sign = s[0];
  if (sign === "+" || sign === "-") return sign + "0".repeat(fill) + s.slice(1);
  return "0".repeat(fill) + s;
}

/** Python `s.expandtabs(tabsize=8)`: columns restart after `\n` and `\r`. */
export function expandtabs(s: string, tabsize = 8): string {
  let out = "";
  let column = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const spaces = tabsize - (column % tabsize);
        out += " ".repeat(spaces);
        column += spaces;
      }
    } else {
      out += ch;
      column++;
      if (ch === "\n" || ch === "\r") column = 0;
    }
  }
  return out;
}

/**
 * Python `sep.join(items)`: every item must be a str
 * (`TypeError: sequence item 1: expected str instance, int found`).
 */
export function join(sep: string, items: Iterable<unknown>): string {
  const parts = Array.isArray(items) ? (items as readonly unknown[]) : Array.from(items);
  for (let i = 0; i < parts.length; i++) {
    if (typeof parts[i] !== "string") {
      throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(parts[i])} found`);
    }
  }
  return parts.join(sep);
}

/** Python `s * n`: empty for `n <= 0`. */
export function strMultiply(s: string, n: number | boolean): string {
  const count = Number(n);
  if (!Number.isInteger(count)) throw new TypeError("can't multiply sequence by non-int of type 'float'");
  return count > 0 ? s.repeat(count) : "";
}
