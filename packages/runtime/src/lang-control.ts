/**
 * Statements and functions: starred unpacking (`head, *rest = x`), the
 * generator protocol (`send`, `throw`, `close`), iterating an iterator
 * without closing it, raising from an expression, checked argument lists for
 * `f(*args)` and `f(**mapping)`, and reads of possibly unbound variables.
 */
import { BaseException, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
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
/**
 * A `for` over a dict or set whose body changes its size: Python raises
 * `RuntimeError: dictionary changed size during iteration` (`Set changed
 * size during iteration`) at the next step; JavaScript would walk on.
 */
export function* sizeGuarded<T>(container: { readonly size: number }, items: Iterable<T>, kind: "dictionary" | "Set"): Generator<T, void, undefined> {
  const size = container.size;
  for (const item of items) {
    if (container.size !== size) throw new RuntimeError(`${kind} changed size during iteration`);
    yield item;
  }
  if (container.size !== size) throw new RuntimeError(`${kind} changed size during iteration`);
}

/**
 * `f(a, *items)` where `items` fills named parameters: the items as an
 * argument list, checked like Python binds them (`f() missing 1 required
 * positional argument: 'port'`, `f() takes 3 positional arguments but 4 were
 * given`). `fixed` counts the arguments before the star; `names` are the
 * parameters the items may fill, the first `required` of them without default.
 */
export function spreadArguments<T extends readonly unknown[]>(
  items: Iterable<unknown>,
  call: { readonly qualname: string; readonly fixed: number; readonly names: readonly string[]; readonly required: number },
): T {
  const values = [...iterate(items)];
  const { qualname, fixed, names, required } = call;
  if (values.length > names.length) {
    const total = fixed + names.length;
    const optional = names.length - required;
    const takes = optional > 0 ? `from ${total - optional} to ${total} positional arguments` : `${total} positional argument${total === 1 ? "" : "s"}`;
    const given = fixed + values.length;
    throw new TypeError(`${qualname}() takes ${takes} but ${given} ${given === 1 ? "was" : "were"} given`);
  }
  if (values.length < required) {
    const missing = names.slice(values.length, required).map((n) => `'${n}'`);
    const list = missing.length === 1 ? missing[0]! : missing.length === 2 ? `${missing[0]} and ${missing[1]}` : `${missing.slice(0, -1).join(", ")}, and ${missing[missing.length - 1]}`;
    throw new TypeError(`${qualname}() missing ${missing.length} required positional argument${missing.length === 1 ? "" : "s"}: ${list}`);
  }
  return values as unknown as T;
}

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


function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function quotedNames(names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length <= 2) return quoted.join(" and ");
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/**
 * The positional arguments of a call whose `*iterable` fills named
 * parameters (`f(*args)`), checked the way Python binds them: `names` are
 * the positional parameters, the first `required` without default; extra
 * arguments are an error unless the function takes `*args`.
 */
export function positionalArgs(qualname: string, args: readonly unknown[], names: readonly string[], required: number, hasVarArgs: boolean): unknown[] {
  if (!hasVarArgs && args.length > names.length) {
    const takes = required < names.length ? `from ${required} to ${names.length} positional arguments` : plural(names.length, "positional argument");
    throw new TypeError(`${qualname}() takes ${takes} but ${args.length} ${args.length === 1 ? "was" : "were"} given`);
  }
  if (args.length < required) {
    const missing = names.slice(args.length, required);
    throw new TypeError(`${qualname}() missing ${plural(missing.length, "required positional argument")}: ${quotedNames(missing)}`);
  }
  return [...args];
}

/**
 * The `**kwargs` of a call built from keyword arguments and `**mapping`
 * arguments, in call order; a key given twice raises Python's TypeError.
 */
export function keywordArgs<V>(qualname: string, ...parts: Array<Iterable<readonly [string, V]> | ReadonlyMap<string, V>>): Map<string, V> {
  const out = new Map<string, V>();
  for (const part of parts) {
    for (const [key, value] of part) {
      if (typeof key !== "string") throw new TypeError(`keywords must be strings`);
      if (out.has(key)) throw new TypeError(`${qualname}() got multiple values for keyword argument '${key}'`);
      out.set(key, value);
    }
  }
  return out;
}

/**
 * A read of a variable that may not be assigned yet: a value is returned as
 * is; the runtime's unbound stand-in (`unboundName`) raises Python's
 * UnboundLocalError/NameError here, at the read, as Python does.
 */
export function bound<T>(value: T): T {
  if (typeof value === "function") Object.getPrototypeOf(value);
  return value;
}
