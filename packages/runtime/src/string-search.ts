/**
 * Python's searching `str` methods: `find`, `rfind`, `index`, `rindex`,
 * `count`, `startswith`, `endswith`, `replace`, with Python's optional
 * `start`/`end` slice bounds (negative, None, out of range) counted in code
 * points, and Python's results for empty substrings.
 */
import { codePointLength, codePointOffset, codePoints, hasSurrogates, unitOffset } from "./code-points.js";
import { TypeError, ValueError } from "./exceptions.js";
import { typeName } from "./repr.js";

type Bound = number | null | undefined;

/** CPython `ADJUST_INDICES`: clamps optional start/end like a slice. */
function adjust(length: number, start: Bound, end: Bound): [number, number] {
  let s = start ?? 0;
  let e = end ?? length;
  if (e > length) e = length;
  else if (e < 0) {
    e += length;
    if (e < 0) e = 0;
  }
  if (s < 0) {
    s += length;
    if (s < 0) s = 0;
  }
  return [s, e];
}

/** Python `s.find(sub[, start[, end]])`: lowest index or -1. */
export function find(s: string, sub: string, start?: Bound, end?: Bound): number {
  const surrogates = hasSurrogates(s);
  const length = surrogates ? codePointLength(s) : s.length;
  const subLength = surrogates ? codePointLength(sub) : sub.length;
  const [st, en] = adjust(length, start, end);
  if (en - st < subLength) return -1;
  if (!surrogates) {
    const found = s.indexOf(sub, st);
    return found < 0 || found + sub.length > en ? -1 : found;
  }
  const unitEnd = unitOffset(s, en);
  const found = s.indexOf(sub, unitOffset(s, st));
  return found < 0 || found + sub.length > unitEnd ? -1 : codePointOffset(s, found);
}

/** Python `s.rfind(sub[, start[, end]])`: highest index or -1. */
export function rfind(s: string, sub: string, start?: Bound, end?: Bound): number {
  const surrogates = hasSurrogates(s);
  const length = surrogates ? codePointLength(s) : s.length;
  const subLength = surrogates ? codePointLength(sub) : sub.length;
  const [st, en] = adjust(length, start, end);
  if (en - st < subLength) return -1;
  const unitStart = surrogates ? unitOffset(s, st) : st;
  const unitEnd = surrogates ? unitOffset(s, en) : en;
  const found = s.lastIndexOf(sub, unitEnd - sub.length);
  if (found < unitStart) return -1;
  return surrogates ? codePointOffset(s, found) : found;
}

/** Python `s.index(sub[, start[, end]])` (`ValueError: substring not found`). */
export function stringIndex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const found = find(s, sub, start, end);
  if (found < 0) throw new ValueError("substring not found");
  return found;
}

/** Python `s.rindex(sub[, start[, end]])` (`ValueError: substring not found`). */
export function rindex(s: string, sub: string, start?: Bound, end?: Bound): number {
  const found = rfind(s, sub, start, end);
  if (found < 0) throw new ValueError("substring not found");
  return found;
}

/** Python `s.count(sub[, start[, end]])`: non-overlapping occurrences (`len + 1` for `""`). */
export function stringCount(s: string, sub: string, start?: Bound, end?: Bound): number {
  const surrogates = hasSurrogates(s);
  const length = surrogates ? codePointLength(s) : s.length;
  const [st, en] = adjust(length, start, end);
  if (st > length || en < st) return 0;
  if (sub === "") return en - st + 1;
  const unitEnd = surrogates ? unitOffset(s, en) : en;
  let pos = surrogates ? unitOffset(s, st) : st;
  let count = 0;
  for (;;) {
    const found = s.indexOf(sub, pos);
    if (found < 0 || found + sub.length > unitEnd) return count;
    count++;
    pos = found + sub.length;
  }
}

function tailMatch(s: string, affix: string, start: Bound, end: Bound, atEnd: boolean): boolean {
  const surrogates = hasSurrogates(s) || hasSurrogates(affix);
  const length = surrogates ? codePointLength(s) : s.length;
  const affixLength = surrogates ? codePointLength(affix) : affix.length;
  const [st, en] = adjust(length, start, end);
  const last = en - affixLength;
  if (last < st) return false;
  if (affixLength === 0) return true;
  const from = surrogates ? unitOffset(s, atEnd ? last : st) : atEnd ? last : st;
  return s.startsWith(affix, from);
}

function affixes(method: string, affix: unknown): readonly string[] {
  if (typeof affix === "string") return [affix];
  if (Array.isArray(affix)) {
    for (const item of affix) {
      if (typeof item !== "string") {
        throw new TypeError(`tuple for ${method} must only contain str, not ${typeName(item)}`);
      }
    }
    return affix as readonly string[];
  }
  throw new TypeError(`${method} first arg must be str or a tuple of str, not ${typeName(affix)}`);
}

/** Python `s.startswith(prefix[, start[, end]])`; `prefix` may be a tuple of strings. */
export function startswith(s: string, prefix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  for (const p of affixes("startswith", prefix)) if (tailMatch(s, p, start, end, false)) return true;
  return false;
}

/** Python `s.endswith(suffix[, start[, end]])`; `suffix` may be a tuple of strings. */
export function endswith(s: string, suffix: string | readonly string[], start?: Bound, end?: Bound): boolean {
  for (const p of affixes("endswith", suffix)) if (tailMatch(s, p, start, end, true)) return true;
  return false;
}

/**
 * Python `s.replace(old, new[, count])`: replacement text is literal (no `$`
 * patterns); an empty `old` inserts `new` between code points.
 */
export function replace(s: string, old: string, replacement: string, count = -1): string {
  if (count < 0) count = Number.POSITIVE_INFINITY;
  if (count === 0) return s;
  if (old === "") {
    const chars = codePoints(s);
    let out = "";
    let inserted = 0;
    for (const ch of chars) {
      if (inserted < count) {
        out += replacement;
        inserted++;
      }
      out += ch;
    }
    if (inserted < count) out += replacement;
    return out;
  }
  if (count === Number.POSITIVE_INFINITY) return s.split(old).join(replacement);
  let out = "";
  let pos = 0;
  for (let done = 0; done < count; done++) {
    const found = s.indexOf(old, pos);
    if (found < 0) break;
    out += s.slice(pos, found) + replacement;
    pos = found + old.length;
  }
  return out + s.slice(pos);
}
