/**
 * Python list (and tuple) methods whose JS counterparts differ: `pop`,
 * `remove`, `index`, `insert`, `count`, `extend`, and `seq * n`, with
 * Python's equality (`1 == 1.0 == True`, deep for containers) and messages.
 * `index` and `count` also accept a str (Python's `str.index`/`str.count`).
 */
import { eq } from "./comparison.js";
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { repr } from "./repr.js";
import type { SequenceKind } from "./sequences.js";
import { stringCount, stringIndex } from "./string-search.js";

/** Python's item test for lists: identity first, then `==`. */
function matches(item: unknown, x: unknown): boolean {
  return Object.is(item, x) || eq(item, x);
}

/**
 * Python `list.pop(i=-1)`: `IndexError: pop from empty list` /
 * `pop index out of range`.
 */
export function pop<T>(list: T[], i = -1): T {
  const n = list.length;
  if (n === 0) throw new IndexError("pop from empty list");
  const idx = i < 0 ? i + n : i;
  if (idx < 0 || idx >= n) throw new IndexError("pop index out of range");
  if (idx === n - 1) return list.pop()!;
  return list.splice(idx, 1)[0]!;
}

/** Python `list.remove(x)`: removes the first equal item (`ValueError: list.remove(x): x not in list`). */
export function remove<T>(list: T[], x: T): void {
  for (let i = 0; i < list.length; i++) {
    if (matches(list[i], x)) {
      list.splice(i, 1);
      return;
    }
  }
  throw new ValueError("list.remove(x): x not in list");
}

function clampBound(value: number | null | undefined, n: number, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (value < 0) return Math.max(0, value + n);
  return Math.min(value, n);
}

/**
 * Python `seq.index(x[, start[, end]])`: lists raise `ValueError: 3 is not in list`,
 * tuples (`kind` "tuple") `tuple.index(x): x not in tuple`; strings search substrings.
 */
export function index(seq: string, x: string, start?: number | null, end?: number | null): number;
export function index<T>(
  seq: readonly T[],
  x: T,
  start?: number | null,
  end?: number | null,
  kind?: SequenceKind,
): number;
export function index<T>(
  seq: readonly T[] | string,
  x: T | string,
  start?: number | null,
  end?: number | null,
  kind: SequenceKind = "list",
): number {
  if (typeof seq === "string") return stringIndex(seq, x as string, start, end);
  const n = seq.length;
  const to = clampBound(end, n, n);
  for (let i = clampBound(start, n, 0); i < to; i++) if (matches(seq[i], x)) return i;
  throw new ValueError(kind === "tuple" ? "tuple.index(x): x not in tuple" : `${repr(x)} is not in list`);
}

/** Python `seq.count(x)` (list/tuple: items equal to `x`; str: non-overlapping substrings). */
export function count(seq: string, x: string, start?: number | null, end?: number | null): number;
export function count<T>(seq: readonly T[], x: T): number;
export function count<T>(seq: readonly T[] | string, x: T | string, start?: number | null, end?: number | null): number {
  if (typeof seq === "string") return stringCount(seq, x as string, start, end);
  let n = 0;
  for (const item of seq) if (matches(item, x)) n++;
  return n;
}

/** Python `list.insert(i, x)`: the index is clamped, never an error. */
export function insert<T>(list: T[], i: number, x: T): void {
  const n = list.length;
  const idx = i < 0 ? Math.max(0, i + n) : Math.min(i, n);
  if (idx === n) list.push(x);
  else list.splice(idx, 0, x);
}

/** Python `list.extend(iterable)` (also `list += iterable`); extending a list with itself doubles it. */
export function extend<T>(list: T[], items: Iterable<T>): void {
  const values = items === list ? list.slice() : items;
  for (const item of values) list.push(item);
}

/**
 * Python `seq * n` for lists and tuples: the items are repeated by
 * reference (`[[0] * 3] * 2` shares the inner list, as in Python); `n <= 0` gives `[]`.
 */
export function repeat<T>(seq: readonly T[], n: number | boolean): T[] {
  const times = Number(n);
  if (!Number.isInteger(times)) throw new TypeError("can't multiply sequence by non-int of type 'float'");
  const out: T[] = [];
  for (let k = 0; k < times; k++) for (let i = 0; i < seq.length; i++) out.push(seq[i]!);
  return out;
}

/** Python `a == b` for two lists/tuples (element-wise `==`, deep). */
export function listEq(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!matches(a[i], b[i])) return false;
  return true;
}
