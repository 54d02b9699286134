/**
 * Helpers the compiler's own translations rely on: throwing stubs for
 * untranslatable constructs, checked unpacking, and item assignment and
 * deletion on values whose static type is not known precisely.
 */
import { BaseException, KeyError, TypeError, ValueError } from "./exceptions.js";
import { NOT_FOUND, storedKey } from "./key-lookup.js";
import { iterate } from "./iteration.js";
import { dunder as method } from "./protocols.js";
import { typeName } from "./repr.js";
import { delAt, setAt } from "./sequences.js";

/**
 * Raised by the stub py2ts leaves where it could not translate a construct
 * (the message names the PY2TSxxxx diagnostic). It derives from
 * BaseException, not Exception, so an `except Exception:` in the translated
 * program cannot swallow it.
 */
export class Py2tsUnsupported extends BaseException {}

/** The throwing stub for an untranslatable construct; typed as the value it stands for (`never` by default, which fits anywhere). */
export function unsupported<T = never>(message: string): T {
  throw new Py2tsUnsupported(`py2ts could not translate this construct: ${message}`);
}

/**
 * Python's unpacking of an iterable into `count` targets (one of them starred
 * when `starIndex` is given), with Python's ValueError messages.
 */
export function unpack<K>(value: ReadonlyMap<K, unknown>, count: number, starIndex?: number): K[];
export function unpack<T>(value: Iterable<T>, count: number, starIndex?: number): T[];
export function unpack(value: unknown, count: number, starIndex?: number): unknown[];
export function unpack(value: unknown, count: number, starIndex?: number): unknown[] {
  // Python unpacks what iterating gives: a dict's keys, a str's characters
  let items: unknown[];
  try {
    items = Array.from(iterate(value));
  } catch (error) {
    if (error instanceof TypeError) throw new TypeError(`cannot unpack non-iterable ${typeName(value)} object`);
    throw error;
  }
  if (starIndex === undefined) {
    if (items.length < count) throw new ValueError(`not enough values to unpack (expected ${count}, got ${items.length})`);
    if (items.length > count) throw new ValueError(`too many values to unpack (expected ${count})`);
    return items;
  }
  if (items.length < count) throw new ValueError(`not enough values to unpack (expected at least ${count}, got ${items.length})`);
  return items;
}

/** Python `container[key] = value` for a value of unknown static type. */
export function setItem(container: unknown, key: unknown, value: unknown): void {
  if (Array.isArray(container)) {
    if (typeof key !== "number") throw new TypeError(`list indices must be integers or slices, not ${typeName(key)}`);
    setAt(container, key, value);
    return;
  }
  if (container instanceof Map) {
    const stored = storedKey(container, key);
    container.set(stored === NOT_FOUND ? key : stored, value);
    return;
  }
  if (typeof container === "object" && container !== null) {
    const setter = method(container, "__setitem__");
    if (setter !== undefined) {
      setter.call(container, key, value);
      return;
    }
  }
  throw new TypeError(`'${typeName(container)}' object does not support item assignment`);
}

/** Python `del container[key]` for dicts, lists and objects with `__delitem__`. */
export function delItem(container: unknown, key: unknown): void {
  if (Array.isArray(container)) {
    if (typeof key !== "number") throw new TypeError(`list indices must be integers or slices, not ${typeName(key)}`);
    delAt(container, key);
    return;
  }
  if (container instanceof Map) {
    const stored = storedKey(container, key);
    if (stored === NOT_FOUND) throw new KeyError(key);
    container.delete(stored);
    return;
  }
  if (typeof container === "object" && container !== null) {
    const deleter = method(container, "__delitem__");
    if (deleter !== undefined) {
      deleter.call(container, key);
      return;
    }
  }
  throw new TypeError(`'${typeName(container)}' object does not support item deletion`);
}
