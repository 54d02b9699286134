/**
 * Python's `itertools` as lazy generators with Python's semantics: `groupby`
 * groups consecutive equal keys (Python `==`) and invalidates a group when
 * the outer iterator advances, `islice` validates its arguments like Python,
 * `product`/`permutations`/`combinations` yield tuples in Python's order,
 * `accumulate` adds with Python's `+`, `tee` shares one source.
 */
import { eq } from "./comparison.js";
import { ValueError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { add } from "./operators.js";
import { truthy } from "./truthiness.js";

type Source<T> = Iterable<T> | ReadonlyMap<T, unknown>;

function items<T>(source: Source<T>): Iterable<T> {
  // a bare iterator (`iter(x)`), consumed in place
  if (typeof source === "object" && source !== null && !(Symbol.iterator in source) && typeof (source as { next?: unknown }).next === "function") {
    return { [Symbol.iterator]: () => source as unknown as Iterator<T> };
  }
  return iterate(source as Iterable<T>);
}

export function* count(start = 0, step = 1): Generator<number, void, undefined> {
  for (let n = start; ; n += step) yield n;
}

export function* cycle<T>(source: Source<T>): Generator<T, void, undefined> {
  const saved: T[] = [];
  for (const x of items(source)) {
    yield x;
    saved.push(x);
  }
  if (saved.length === 0) return;
  for (;;) yield* saved;
}

export function* repeat<T>(value: T, times?: number | null): Generator<T, void, undefined> {
  if (times === undefined || times === null) for (;;) yield value;
  for (let i = 0; i < times; i++) yield value;
}

export function* accumulate<T>(source: Source<T>, func?: ((a: T, b: T) => T) | null, options: { initial?: T | null } = {}): Generator<T, void, undefined> {
  const combine = func ?? ((a: T, b: T) => add(a, b) as T);
  let first = true;
  let total: T | undefined;
  if (options.initial !== undefined && options.initial !== null) {
    total = options.initial;
    first = false;
    yield total;
  }
  for (const x of items(source)) {
    total = first ? x : combine(total as T, x);
    first = false;
    yield total;
  }
}

export function* chain<T>(...sources: Array<Source<T>>): Generator<T, void, undefined> {
  for (const s of sources) yield* items(s);
}
chain.from_iterable = function* fromIterable<T>(sources: Iterable<Source<T>>): Generator<T, void, undefined> {
  for (const s of sources) yield* items(s);
};

export function* compress<T>(data: Source<T>, selectors: Iterable<unknown>): Generator<T, void, undefined> {
  const it = selectors[Symbol.iterator]();
  const values = items(data)[Symbol.iterator]();
  for (let r = values.next(); !r.done; r = values.next()) {
    const s = it.next();
    if (s.done) return;
    if (truthy(s.value)) yield r.value;
  }
}

export function* dropwhile<T>(predicate: (x: T) => unknown, source: Source<T>): Generator<T, void, undefined> {
  let dropping = true;
  for (const x of items(source)) {
    if (dropping && truthy(predicate(x))) continue;
    dropping = false;
    yield x;
  }
}

export function* takewhile<T>(predicate: (x: T) => unknown, source: Source<T>): Generator<T, void, undefined> {
  const it = items(source)[Symbol.iterator]();
  for (let r = it.next(); !r.done; r = it.next()) {
    if (!truthy(predicate(r.value))) return;
    yield r.value;
  }
}

export function* filterfalse<T>(predicate: ((x: T) => unknown) | null, source: Source<T>): Generator<T, void, undefined> {
  for (const x of items(source)) if (!truthy(predicate ? predicate(x) : x)) yield x;
}

export function* starmap<A extends unknown[], R>(func: (...args: A) => R, source: Iterable<A>): Generator<R, void, undefined> {
  for (const args of source) yield func(...([...args] as A));
}

function checkIndex(value: number | null | undefined, what: string): void {
  if (value !== null && value !== undefined && (!Number.isInteger(value) || value < 0)) {
    throw new ValueError(`${what} argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.`);
  }
}

/** `islice(it, stop)` or `islice(it, start, stop[, step])`. */
export function* islice<T>(source: Source<T>, ...args: Array<number | null>): Generator<T, void, undefined> {
  let start: number | null = 0;
  let stop: number | null;
  let step: number | null = 1;
  if (args.length <= 1) stop = args[0] ?? null;
  else [start, stop, step = 1] = args as [number | null, number | null, number | null];
  checkIndex(start, args.length <= 1 ? "Stop" : "Indices");
  checkIndex(stop, args.length <= 1 ? "Stop" : "Indices");
  if (step !== null && (!Number.isInteger(step) || step < 1)) throw new ValueError("Step for islice() must be a positive integer or None.");
  const from = start ?? 0;
  const by = step ?? 1;
  const it = items(source)[Symbol.iterator]();
  let next = from;
  for (let i = 0; stop === null || i < stop; i++) {
    const r = it.next();
    if (r.done) return;
    if (i === next) {
      yield r.value;
      next += by;
    }
  }
}

/** Consecutive items with equal keys: `[key, group]` pairs (CPython's algorithm; a group ends when the outer iterator advances). */
export function* groupby<T, K = T>(source: Source<T>, key?: ((x: T) => K) | null): Generator<readonly [K, Generator<T, void, undefined>], void, undefined> {
  const it = items(source)[Symbol.iterator]();
  const keyOf = key ?? ((x: T) => x as unknown as K);
  const NOTHING = Symbol("nothing");
  let targetKey: K | typeof NOTHING = NOTHING;
  let currentKey: K | typeof NOTHING = NOTHING;
  let currentValue: T | undefined;
  let id = {};
  const same = (a: K | typeof NOTHING, b: K | typeof NOTHING) => a !== NOTHING && b !== NOTHING && eq(a, b);
  function* grouper(target: K, mine: object): Generator<T, void, undefined> {
    while (id === mine && same(currentKey, target)) {
      yield currentValue as T;
      const r = it.next();
      if (r.done) return;
      currentValue = r.value;
      currentKey = keyOf(r.value);
    }
  }
  for (;;) {
    id = {};
    while (currentKey === NOTHING || targetKey === NOTHING ? currentKey === targetKey : same(currentKey, targetKey)) {
      const r = it.next();
      if (r.done) return;
      currentValue = r.value;
      currentKey = keyOf(r.value);
    }
    targetKey = currentKey;
    yield [currentKey as K, grouper(currentKey as K, id)] as const;
  }
}

export function* pairwise<T>(source: Source<T>): Generator<readonly [T, T], void, undefined> {
  let previous: { value: T } | null = null;
  for (const x of items(source)) {
    if (previous) yield [previous.value, x] as const;
    previous = { value: x };
  }
}

export function zip_longest<A, B, F = null>(a: Source<A>, b: Source<B>, options?: { fillvalue: F }): Generator<[A | F, B | F], void, undefined>;
export function zip_longest<A, B, C, F = null>(a: Source<A>, b: Source<B>, c: Source<C>, options?: { fillvalue: F }): Generator<[A | F, B | F, C | F], void, undefined>;
export function zip_longest(...args: unknown[]): Generator<unknown[], void, undefined>;
export function* zip_longest(...args: unknown[]): Generator<unknown[], void, undefined> {
  const last = args[args.length - 1];
  const hasFill = typeof last === "object" && last !== null && !(Symbol.iterator in last) && "fillvalue" in last;
  const fill = hasFill ? (last as { fillvalue: unknown }).fillvalue : null;
  const its = (hasFill ? args.slice(0, -1) : args).map((s) => items(s as Iterable<unknown>)[Symbol.iterator]());
  const done = its.map(() => false);
  if (its.length === 0) return;
  for (;;) {
    const row = its.map((it, i) => {
      if (done[i]) return fill;
      const r = it.next();
      if (r.done) {
        done[i] = true;
        return fill;
      }
      return r.value;
    });
    if (done.every(Boolean)) return;
    yield row;
  }
}

export function product<A>(a: Source<A>, options?: { repeat: number }): Generator<A[], void, undefined>;
export function product<A, B>(a: Source<A>, b: Source<B>): Generator<[A, B], void, undefined>;
export function product<A, B, C>(a: Source<A>, b: Source<B>, c: Source<C>): Generator<[A, B, C], void, undefined>;
export function product<A>(...args: Array<Source<A> | { repeat: number }>): Generator<A[], void, undefined>;
export function* product(...args: unknown[]): Generator<unknown[], void, undefined> {
  const last = args[args.length - 1];
  const hasRepeat = typeof last === "object" && last !== null && !(Symbol.iterator in last) && "repeat" in last;
  const times = hasRepeat ? (last as { repeat: number }).repeat : 1;
  const pools = (hasRepeat ? args.slice(0, -1) : args).map((s) => [...items(s as Iterable<unknown>)]);
  const all: unknown[][] = [];
  for (let i = 0; i < times; i++) all.push(...pools);
  let result: unknown[][] = [[]];
  for (const pool of all) result = result.flatMap((prefix) => pool.map((x) => [...prefix, x]));
  yield* result;
}

export function* permutations<T>(source: Source<T>, r?: number | null): Generator<T[], void, undefined> {
  const pool = [...items(source)];
  const n = pool.length;
  const size = r ?? n;
  if (size > n) return;
  const indices = [...Array(n).keys()];
  const cycles = Array.from({ length: size }, (_, i) => n - i);
  yield indices.slice(0, size).map((i) => pool[i]!);
  while (n > 0) {
    let i = size - 1;
    for (; i >= 0; i--) {
      cycles[i]! -= 1;
      if (cycles[i] === 0) {
        indices.push(...indices.splice(i, 1));
        cycles[i] = n - i;
      } else {
        const j = cycles[i]!;
        [indices[i], indices[n - j]] = [indices[n - j]!, indices[i]!];
        yield indices.slice(0, size).map((k) => pool[k]!);
        break;
      }
    }
    if (i < 0) return;
  }
}

export function* combinations<T>(source: Source<T>, r: number): Generator<T[], void, undefined> {
  const pool = [...items(source)];
  const n = pool.length;
  if (r > n) return;
  const indices = [...Array(r).keys()];
  yield indices.map((i) => pool[i]!);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === i + n - r) i--;
    if (i < 0) return;
    indices[i]! += 1;
    for (let j = i + 1; j < r; j++) indices[j] = indices[j - 1]! + 1;
    yield indices.map((k) => pool[k]!);
  }
}

export function* combinations_with_replacement<T>(source: Source<T>, r: number): Generator<T[], void, undefined> {
  const pool = [...items(source)];
  const n = pool.length;
  if (n === 0 && r > 0) return;
  const indices: number[] = Array(r).fill(0);
  yield indices.map((i) => pool[i]!);
  for (;;) {
    let i = r - 1;
    while (i >= 0 && indices[i] === n - 1) i--;
    if (i < 0) return;
    const v = indices[i]! + 1;
    for (let j = i; j < r; j++) indices[j] = v;
    yield indices.map((k) => pool[k]!);
  }
}

/** `tee(it, n)`: n independent iterators over one source. */
export function tee<T>(source: Source<T>, n = 2): Array<Generator<T, void, undefined>> {
  const it = items(source)[Symbol.iterator]();
  const buffers: T[][] = Array.from({ length: n }, () => []);
  let finished = false;
  const pull = () => {
    const r = it.next();
    if (r.done) finished = true;
    else for (const b of buffers) b.push(r.value);
  };
  return buffers.map((buffer) =>
    (function* (): Generator<T, void, undefined> {
      for (;;) {
        if (buffer.length === 0) {
          if (finished) return;
          pull();
          if (buffer.length === 0) return;
        }
        yield buffer.shift()!;
      }
    })(),
  );
}
