/**
 * Python's `sorted()`, `list.sort()`, `min()` and `max()`: Python ordering
 * (`<` of `comparison.ts`), keys computed once per item, `reverse` that keeps
 * stability, CPython's exact sort algorithm (`timsort.ts`), and the
 * `ValueError: max() arg is an empty sequence` / `default` behaviour.
 */
import { compareStrings, gt, lt } from "./comparison.js";
import { ValueError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { timsort } from "./timsort.js";

/** Options of `sorted()` / `list.sort()`. */
export interface SortOptions<T> {
  /** Python `key=`: called once per item, in order. */
  readonly key?: ((item: T) => unknown) | null;
  /** Python `reverse=True`: descending, equal items keep their order. */
  readonly reverse?: boolean;
}

function numberLess(a: unknown, b: unknown): boolean {
  return (a as number) < (b as number);
}

function stringLess(a: unknown, b: unknown): boolean {
  return compareStrings(a as string, b as string) < 0;
}

/** The cheapest `<` that is exact for these keys (numbers, strings, or anything). */
function lessFor(keys: readonly unknown[]): (a: unknown, b: unknown) => boolean {
  if (keys.length === 0) return lt;
  const kind = typeof keys[0];
  if (kind !== "number" && kind !== "string") return lt;
  for (const key of keys) if (typeof key !== kind) return lt;
  return kind === "number" ? numberLess : stringLess;
}

/**
 * Python `list.sort(key=None, reverse=False)`: sorts `list` in place and
 * returns nothing. If a comparison raises, the list is left in the same
 * partial order as CPython leaves it.
 */
export function sortList<T>(list: T[], options?: SortOptions<T>): void {
  const key = options?.key ?? null;
  const reverse = options?.reverse === true;
  const keys: unknown[] = key === null ? list : list.map((item) => key(item));
  if (list.length < 2) return;
  if (reverse) {
    if (key !== null) keys.reverse();
    list.reverse();
  }
  try {
    timsort(keys, key === null ? null : list, lessFor(keys));
  } finally {
    if (reverse) list.reverse();
  }
}

/** Python `sorted(iterable, key=None, reverse=False)`: a new sorted list (stable; a dict gives its keys). */
export function sorted<K>(items: ReadonlyMap<K, unknown>, options?: SortOptions<K>): K[];
export function sorted<T>(items: Iterable<T>, options?: SortOptions<T>): T[];
export function sorted<T>(items: Iterable<T>, options?: SortOptions<T>): T[] {
  const list = Array.from(iterate(items as Iterable<unknown>)) as T[];
  sortList(list, options);
  return list;
}

/** Options of `min()` / `max()`. */
export interface MinMaxOptions<T, D> {
  readonly key?: ((item: T) => unknown) | null;
  /** Returned for an empty iterable instead of raising ValueError. */
  readonly default?: D;
}

function extreme<T, D>(
  name: "min" | "max",
  items: Iterable<T>,
  options: MinMaxOptions<T, D> | undefined,
  better: (candidate: unknown, best: unknown) => boolean,
): T | D {
  const key = options?.key ?? null;
  let found = false;
  let best: T | undefined;
  let bestKey: unknown;
  for (const item of iterate(items as Iterable<unknown>) as Iterable<T>) {
    const k = key === null ? item : key(item);
    if (!found) {
      found = true;
      best = item;
      bestKey = k;
    } else if (better(k, bestKey)) {
      best = item;
      bestKey = k;
    }
  }
  if (found) return best as T;
  if (options !== undefined && "default" in options) return options.default as D;
  throw new ValueError(`${name}() arg is an empty sequence`);
}

/**
 * Python `max(iterable, key=None, default=...)`: the first maximal item
 * (`ValueError: max() arg is an empty sequence` without a default).
 * For `max(a, b, c)` pass `[a, b, c]`.
 */
export function max<K, D = never>(items: ReadonlyMap<K, unknown>, options?: MinMaxOptions<K, D>): K | D;
export function max<T, D = never>(items: Iterable<T>, options?: MinMaxOptions<T, D>): T | D;
export function max<T, D>(items: Iterable<T>, options?: MinMaxOptions<T, D>): T | D {
  return extreme("max", items, options, gt);
}

/** Python `min(iterable, key=None, default=...)`: the first minimal item. */
export function min<K, D = never>(items: ReadonlyMap<K, unknown>, options?: MinMaxOptions<K, D>): K | D;
export function min<T, D = never>(items: Iterable<T>, options?: MinMaxOptions<T, D>): T | D;
export function min<T, D>(items: Iterable<T>, options?: MinMaxOptions<T, D>): T | D {
  return extreme("min", items, options, lt);
}
