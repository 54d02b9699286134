/**
 * Python's `functools`: `reduce` (TypeError on an empty sequence without an
 * initial value), `partial` (positional arguments), `lru_cache`/`cache`
 * (memoised by Python key equality, with `cache_info()`/`cache_clear()`),
 * `wraps` (copies the wrapped function's name), `cmp_to_key`.
 */
import { TypeError } from "./exceptions.js";
import { keyOf } from "./hashing.js";
import { iterate } from "./iteration.js";

const NO_INITIAL = Symbol("no initial");

/** Python `functools.reduce(function, iterable[, initial])`. */
export function reduce<T, A = T>(fn: (acc: A, x: T) => A, source: Iterable<T>, initial: A | typeof NO_INITIAL = NO_INITIAL): A {
  let acc = initial;
  for (const x of iterate(source)) acc = acc === NO_INITIAL ? (x as unknown as A) : fn(acc, x);
  if (acc === NO_INITIAL) throw new TypeError("reduce() of empty iterable with no initial value");
  return acc;
}

/** Python `functools.partial(func, *args)`. */
export function partial<A extends unknown[], B extends unknown[], R>(fn: (...args: [...A, ...B]) => R, ...bound: A): (...rest: B) => R {
  return (...rest: B) => fn(...bound, ...rest);
}

export interface CacheInfo {
  hits: number;
  misses: number;
  maxsize: number | null;
  currsize: number;
  __repr__(): string;
}

export type Cached<F> = F & { cache_info(): CacheInfo; cache_clear(): void; __wrapped__: F };

/**
 * Python `functools.lru_cache(maxsize=128)` as a decorator factory; like
 * Python, a function in place of `maxsize` (`@lru_cache` without
 * parentheses) is decorated with the default size.
 */
export function lru_cache<A extends unknown[], R>(fn: (...args: A) => R): Cached<(...args: A) => R>;
export function lru_cache(maxsize?: number | null): <A extends unknown[], R>(fn: (...args: A) => R) => Cached<(...args: A) => R>;
export function lru_cache(
  maxsize: number | null | ((...args: never[]) => unknown) = 128,
): unknown {
  if (typeof maxsize === "function") return cachedBy(128)(maxsize as (...args: unknown[]) => unknown);
  return cachedBy(maxsize);
}

function cachedBy(maxsize: number | null): <A extends unknown[], R>(fn: (...args: A) => R) => Cached<(...args: A) => R> {
  return <A extends unknown[], R>(fn: (...args: A) => R) => {
    const store = new Map<unknown, R>();
    let hits = 0;
    let misses = 0;
    const cached = ((...args: A): R => {
      const key = keyOf(args);
      if (store.has(key)) {
        hits++;
        const value = store.get(key)!;
        store.delete(key);
        store.set(key, value);
        return value;
      }
      misses++;
      const value = fn(...args);
      store.set(key, value);
      if (maxsize !== null && store.size > Math.max(maxsize, 0)) store.delete(store.keys().next().value);
      return value;
    }) as Cached<(...args: A) => R>;
    cached.cache_info = () => {
      const info = { hits, misses, maxsize, currsize: store.size };
      return { ...info, __repr__: () => `CacheInfo(hits=${hits}, misses=${misses}, maxsize=${maxsize === null ? "None" : maxsize}, currsize=${store.size})` };
    };
    cached.cache_clear = () => {
      store.clear();
      hits = 0;
      misses = 0;
    };
    cached.__wrapped__ = fn;
    Object.defineProperty(cached, "name", { value: fn.name });
    return cached;
  };
}

/** Python `functools.cache`. */
export function cache<A extends unknown[], R>(fn: (...args: A) => R): Cached<(...args: A) => R> {
  return cachedBy(null)(fn);
}

/** Python `functools.wraps(wrapped)`: the wrapper takes the wrapped function's name. */
export function wraps(wrapped: { name: string }): <F extends object>(wrapper: F) => F {
  return (wrapper) => {
    Object.defineProperty(wrapper, "name", { value: wrapped.name });
    Object.defineProperty(wrapper, "__wrapped__", { value: wrapped, configurable: true });
    return wrapper;
  };
}

/** Python `functools.cmp_to_key(cmp)`: a key whose values compare through `cmp`. */
export function cmp_to_key<T>(cmp: (a: T, b: T) => number): (x: T) => { obj: T; __lt__(o: { obj: T }): boolean; __eq__(o: { obj: T }): boolean } {
  return (x) => ({ obj: x, __lt__: (o) => cmp(x, o.obj) < 0, __eq__: (o) => cmp(x, o.obj) === 0 });
}
