/**
 * Python's iteration built-ins: `iter`, `next`, `list`, `enumerate`, `zip`
 * (and `zip(strict=True)`), `reversed`, `sum`, `any`, `all`. Iterating a
 * dict (Map) yields its keys and iterating a str its code points, as in
 * Python; objects may implement `__iter__` or `[Symbol.iterator]`.
 */
import { eq } from "./comparison.js";
import { StopIteration, TypeError, ValueError } from "./exceptions.js";
import { add } from "./operators.js";
import { dunder, isPlainObject } from "./protocols.js";
import { typeName } from "./repr.js";
import { setItems } from "./set-order.js";
import { truthy } from "./truthiness.js";

/** What Python's `for x in value` walks over, as a JS iterable (a dict's keys, a str's code points). */
export function iterate<K>(value: ReadonlyMap<K, unknown>): Iterable<K>;
export function iterate<T>(value: Iterable<T>): Iterable<T>;
export function iterate(value: unknown): Iterable<unknown>;
export function iterate(value: unknown): Iterable<unknown> {
  if (typeof value === "string") return value;
  if (typeof value === "object" && value !== null) {
    if (value instanceof Map) return value.keys();
    if (value instanceof Set) return setItems(value);
    const pyIter = dunder(value, "__iter__");
    if (pyIter !== undefined) {
      const it: unknown = pyIter.call(value);
      if (typeof it === "object" && it !== null && Symbol.iterator in it) return it as Iterable<unknown>;
      return { [Symbol.iterator]: () => it as Iterator<unknown> };
    }
    if (Symbol.iterator in value) return value as Iterable<unknown>;
    if (isPlainObject(value)) return Object.keys(value);
  }
  throw new TypeError(`'${typeName(value)}' object is not iterable`);
}

/** Python `iter(x)`: an iterator over `x` (keys for a dict). */
export function iter<K>(value: ReadonlyMap<K, unknown>): Iterator<K>;
export function iter<T>(value: Iterable<T>): Iterator<T>;
export function iter(value: unknown): Iterator<unknown> {
  return iterate(value)[Symbol.iterator]();
}

/**
 * Python `iter(callable, sentinel)`: calls `callable()` until a value equal
 * (Python's `==`) to `sentinel` comes back, e.g. `iter(lambda: f.read(4096), b"")`.
 */
export function* iterUntil<T>(callable: () => T, sentinel: unknown): Generator<T, void, undefined> {
  for (;;) {
    const value = callable();
    if (eq(value, sentinel)) return;
    yield value;
  }
}

const NO_DEFAULT: unique symbol = Symbol("no default");

/**
 * Python `next(iterator[, default])`: raises `StopIteration` (carrying a
 * generator's return value) when exhausted and no default is given.
 */
export function next<T>(iterator: Iterator<T>): T;
export function next<T, D>(iterator: Iterator<T>, defaultValue: D): T | D;
export function next<T, D>(iterator: Iterator<T>, defaultValue: D | typeof NO_DEFAULT = NO_DEFAULT): T | D {
  if (typeof iterator !== "object" || iterator === null || typeof iterator.next !== "function") {
    throw new TypeError(`'${typeName(iterator)}' object is not an iterator`);
  }
  const step = iterator.next();
  if (step.done !== true) return step.value;
  if (defaultValue !== NO_DEFAULT) return defaultValue;
  throw step.value === undefined ? new StopIteration() : new StopIteration(step.value);
}

/** Python `list(iterable)`: a new array (the keys of a dict, the code points of a str). */
export function list<K>(items: ReadonlyMap<K, unknown>): K[];
export function list<T>(items: Iterable<T>): T[];
export function list(items: unknown): unknown[] {
  return Array.from(iterate(items));
}

/** Python `enumerate(iterable, start=0)`: `[index, item]` pairs. */
export function enumerate<K>(items: ReadonlyMap<K, unknown>, start?: number): Generator<[number, K], void, undefined>;
export function enumerate<T>(items: Iterable<T>, start?: number): Generator<[number, T], void, undefined>;
export function* enumerate(items: unknown, start = 0): Generator<[number, unknown], void, undefined> {
  let i = start;
  for (const item of iterate(items)) yield [i++, item];
}

type Iterables<T extends readonly unknown[]> = { readonly [K in keyof T]: Iterable<T[K]> };

/**
 * Python `zip(*iterables)`: tuples until the shortest input ends (inputs are
 * advanced in order, so the first exhausted one stops the others, as in Python).
 */
export function* zip<T extends readonly unknown[]>(...iterables: Iterables<T>): Generator<T, void, undefined> {
  if (iterables.length === 0) return;
  const iterators = iterables.map((it) => iter(it as Iterable<unknown>));
  for (;;) {
    const row: unknown[] = [];
    for (const it of iterators) {
      const step = it.next();
      if (step.done === true) return;
      row.push(step.value);
    }
    yield row as unknown as T;
  }
}

/**
 * Python `zip(*iterables, strict=True)`: like `zip` but raises
 * `ValueError: zip() argument 2 is shorter than argument 1` (or `longer`,
 * `arguments 1-2`) when the lengths differ.
 */
export function* zipStrict<T extends readonly unknown[]>(...iterables: Iterables<T>): Generator<T, void, undefined> {
  if (iterables.length === 0) return;
  const iterators = iterables.map((it) => iter(it as Iterable<unknown>));
  for (;;) {
    const row: unknown[] = [];
    for (let i = 0; i < iterators.length; i++) {
      const step = iterators[i]!.next();
      if (step.done === true) {
        if (i > 0) {
          const plural = i === 1 ? " " : "s 1-";
          throw new ValueError(`zip() argument ${i + 1} is shorter than argument${plural}${i}`);
        }
        for (let j = 1; j < iterators.length; j++) {
          if (iterators[j]!.next().done !== true) {
            const plural = j === 1 ? " " : "s 1-";
            throw new ValueError(`zip() argument ${j + 1} is longer than argument${plural}${j}`);
          }
        }
        return;
      }
      row.push(step.value);
    }
    yield row as unknown as T;
  }
}

/**
 * Python `reversed(seq)`: lists, tuples, strings (code points), dicts (keys),
 * ranges and objects with `__reversed__` or `__len__`+`__getitem__`;
 * `TypeError: 'set' object is not reversible` otherwise.
 */
export function reversed<K>(seq: ReadonlyMap<K, unknown>): Iterator<K> & Iterable<K>;
export function reversed<T>(seq: Iterable<T>): Iterator<T> & Iterable<T>;
export function reversed(seq: unknown): Iterator<unknown> & Iterable<unknown> {
  if (typeof seq === "string") return Array.from(seq).reverse()[Symbol.iterator]();
  if (Array.isArray(seq) || seq instanceof Uint8Array) return reverseIndexed(seq);
  if (seq instanceof Map) return Array.from(seq.keys()).reverse()[Symbol.iterator]();
  if (typeof seq === "object" && seq !== null) {
    const custom = dunder(seq, "__reversed__");
    if (custom !== undefined) return asIterable(custom.call(seq) as Iterator<unknown>);
    const len = dunder(seq, "__len__");
    const getitem = dunder(seq, "__getitem__");
    if (len !== undefined && getitem !== undefined) {
      return (function* (): Generator<unknown, void, undefined> {
        for (let i = Number(len.call(seq)) - 1; i >= 0; i--) yield getitem.call(seq, i);
      })();
    }
  }
  throw new TypeError(`'${typeName(seq)}' object is not reversible`);
}

function* reverseIndexed(seq: ArrayLike<unknown>): Generator<unknown, void, undefined> {
  for (let i = seq.length - 1; i >= 0; i--) {
    if (i >= seq.length) continue;
    yield seq[i];
  }
}

function asIterable<T>(it: Iterator<T>): Iterator<T> & Iterable<T> {
  if (Symbol.iterator in it) return it as Iterator<T> & Iterable<T>;
  return Object.assign(it, { [Symbol.iterator]: () => it });
}

/**
 * Python `sum(iterable, start=0)`: adds left to right with Python's `+`
 * (numbers, lists, `__add__`/`__radd__`);
 * `TypeError: sum() can't sum strings [use ''.join(seq) instead]`.
 */
export function sum(items: Iterable<number | boolean>, start?: number): number;
export function sum<T>(items: Iterable<T>, start: T): T;
export function sum(items: Iterable<unknown>, start: unknown = 0): unknown {
  if (typeof start === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof Uint8Array) throw new TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
  let total = start;
  for (const item of iterate(items)) {
    total = typeof total === "number" && typeof item === "number" ? total + item : add(total, item);
  }
  return total;
}

/** Python `any(iterable)`: short-circuits on the first truthy item. */
export function any(items: Iterable<unknown> | ReadonlyMap<unknown, unknown>): boolean {
  for (const item of iterate(items)) if (truthy(item)) return true;
  return false;
}

/** Python `all(iterable)`: short-circuits on the first falsy item. */
export function all(items: Iterable<unknown> | ReadonlyMap<unknown, unknown>): boolean {
  for (const item of iterate(items)) if (!truthy(item)) return false;
  return true;
}
