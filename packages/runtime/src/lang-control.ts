/**
 * Statements and functions: unpacking assignment targets (`a, b = x`,
 * `head, *rest = x`), the generator protocol (`send`, `throw`, `close`),
 * iterating an iterator without closing it, raising from an expression, and
 * the stand-in for code py2ts could not translate.
 */
import { BaseException, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { typeName } from "./repr.js";

function valuesOf(value: unknown): unknown[] {
  let items: Iterable<unknown>;
  try {
    items = iterate(value);
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
    throw error;
  }
  return Array.from(items);
}

/**
 * `a, b, c = value`: the items of any iterable (a dict's keys, a str's code
 * points), raising Python's `ValueError` when there are not exactly `count`.
 */
export function unpack<K>(value: ReadonlyMap<K, unknown>, count: number): K[];
export function unpack<T>(value: Iterable<T>, count: number): T[];
export function unpack(value: unknown, count: number): unknown[];
export function unpack(value: unknown, count: number): unknown[] {
  const items = valuesOf(value);
  if (items.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
  if (items.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
  return items;
}

/**
 * `a, *b, c = value`: `[before, starred, after]`, where `before` holds the
 * first `before` items, `after` the last `after` items and `starred` (a new
 * list) everything between; `ValueError` when there are fewer items than
 * `before + after`.
 */
export function unpackStarred<K>(value: ReadonlyMap<K, unknown>, before: number, after: number): [K[], K[], K[]];
export function unpackStarred<T>(value: Iterable<T>, before: number, after: number): [T[], T[], T[]];
export function unpackStarred(value: unknown, before: number, after: number): [unknown[], unknown[], unknown[]];
export function unpackStarred(value: unknown, before: number, after: number): [unknown[], unknown[], unknown[]] {
  const items = valuesOf(value);
  if (items.length < before + after) {
    throw new ValueError(`not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  return [items.slice(0, before), items.slice(before, items.length - after), items.slice(items.length - after)];
}

/**
 * An iterator as a `for...of` source that a `break` does not close. JS closes
 * a generator when a `for...of` over it exits early; Python leaves it
 * suspended, so a later loop or `next()` continues where the first stopped.
 */
export function keepOpen<T>(iterator: Iterator<T>): Iterable<T> {
  return {
    [Symbol.iterator]: () => ({ next: () => iterator.next() }),
  };
}

/**
 * `generator.send(value)`: resumes the generator with `value` as the result
 * of its `yield`; raises `StopIteration` (with the return value) when it ends.
 */
export function generatorSend<T, R, S>(generator: Generator<T, R, S>, value: S): T {
  const step = generator.next(value);
  if (step.done === true) throw step.value === undefined ? new StopIteration() : new StopIteration(step.value);
  return step.value;
}

/**
 * `generator.throw(exc)`: raises `exc` at the paused `yield`; returns the next
 * yielded value, or raises `StopIteration` when the generator ends.
 */
export function generatorThrow<T, R, S>(generator: Generator<T, R, S>, error: BaseException): T {
  const step = generator.throw(error);
  if (step.done === true) throw step.value === undefined ? new StopIteration() : new StopIteration(step.value);
  return step.value;
}

/** `generator.close()`: runs the generator's pending `finally` blocks and finishes it. */
export function generatorClose<T, R, S>(generator: Generator<T, R, S>): null {
  generator.return(undefined as unknown as R);
  return null;
}

/** Raises a Python exception where an expression is expected (`f() if ok else raise_(...)`). */
export function raiseError(error: BaseException): never {
  throw error;
}

/** The stand-in for code py2ts could not translate: raises when reached. */
export function unsupported(message: string): never {
  throw new NotTranslatedError(message);
}

/** Raised by code py2ts could not translate (its message names the diagnostic code). */
export class NotTranslatedError extends BaseException {}
