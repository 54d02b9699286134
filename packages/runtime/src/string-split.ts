/**
 * Python's `str.split`, `str.rsplit`, `str.splitlines`, `str.partition` and
 * `str.rpartition`: whitespace splitting when no separator is given (runs of
 * Python whitespace, no empty strings), exact splitting on an explicit
 * separator, `maxsplit`, and all of Python's line boundaries.
 */
import { isSpaceCode } from "./char-classes.js";
import { ValueError } from "./exceptions.js";

function checkSeparator(sep: string): void {
  if (sep === "") throw new ValueError("empty separator");
}

function limitOf(maxsplit: number | undefined): number {
  return maxsplit === undefined || maxsplit < 0 ? Number.POSITIVE_INFINITY : maxsplit;
}

function splitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (limit-- > 0) {
    while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
    if (i === n) return out;
    const j = i++;
    while (i < n && !isSpaceCode(s.charCodeAt(i))) i++;
    out.push(s.slice(j, i));
  }
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  if (i < n) out.push(s.slice(i));
  return out;
}

function rsplitWhitespace(s: string, limit: number): string[] {
  const out: string[] = [];
  let i = s.length - 1;
  while (limit-- > 0) {
    while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
    if (i < 0) return out.reverse();
    const j = i--;
    while (i >= 0 && !isSpaceCode(s.charCodeAt(i))) i--;
    out.push(s.slice(i + 1, j + 1));
  }
  while (i >= 0 && isSpaceCode(s.charCodeAt(i))) i--;
  if (i >= 0) out.push(s.slice(0, i + 1));
  return out.reverse();
}

/**
 * Python `s.split(sep=None, maxsplit=-1)`: with `sep` null/undefined, splits
 * on runs of whitespace and drops empty strings (`"  a  b ".split() == ['a', 'b']`);
 * with a separator, keeps empty fields (`"a,,b".split(",") == ['a', '', 'b']`).
 * `ValueError: empty separator` for `""`.
 */
export function split(s: string, sep?: string | null, maxsplit?: number): string[] {
  const limit = limitOf(maxsplit);
  if (sep === undefined || sep === null) return splitWhitespace(s, limit);
  checkSeparator(sep);
  if (limit === Number.POSITIVE_INFINITY) return s.split(sep);
  const out: string[] = [];
  let start = 0;
  for (let count = 0; count < limit; count++) {
    const found = s.indexOf(sep, start);
    if (found < 0) break;
    out.push(s.slice(start, found));
    start = found + sep.length;
  }
  out.push(s.slice(start));
  return out;
}

/** Python `s.rsplit(sep=None, maxsplit=-1)`: like `split` but splits from the right. */
export function rsplit(s: string, sep?: string | null, maxsplit?: number): string[] {
  const limit = limitOf(maxsplit);
  if (sep === undefined || sep === null) return rsplitWhitespace(s, limit);
  checkSeparator(sep);
  if (limit === Number.POSITIVE_INFINITY) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  for (let count = 0; count < limit; count++) {
    const found = end - sep.length < 0 ? -1 : s.lastIndexOf(sep, end - sep.length);
    if (found < 0) break;
    out.push(s.slice(found + sep.length, end));
    end = found;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

/** Python's line boundaries for `splitlines`: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
}

/** Python `s.splitlines(keepends=False)`. */
export function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    const start = i;
    while (i < n && !isLineBreak(s.charCodeAt(i))) i++;
    let eol = i;
    if (i < n) {
      if (s.charCodeAt(i) === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a) i += 2;
      else i++;
      if (keepends) eol = i;
    }
    out.push(s.slice(start, eol));
  }
  return out;
}

/** Python `s.partition(sep)`: `[before, sep, after]`, or `[s, "", ""]` when not found. */
export function partition(s: string, sep: string): [string, string, string] {
  checkSeparator(sep);
  const found = s.indexOf(sep);
  if (found < 0) return [s, "", ""];
  return [s.slice(0, found), sep, s.slice(found + sep.length)];
}

/** Python `s.rpartition(sep)`: splits at the last occurrence, or `["", "", s]`. */
export function rpartition(s: string, sep: string): [string, string, string] {
  checkSeparator(sep);
  const found = s.lastIndexOf(sep);
  if (found < 0) return ["", "", s];
  return [s.slice(0, found), sep, s.slice(found + sep.length)];
}
