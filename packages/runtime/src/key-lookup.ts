/**
 * Python key lookup on plain JS `Map`/`Set`: JS compares keys with
 * SameValueZero, Python with hash + `==`, so `1`, `1.0` and `True` are one
 * key and tuple keys (arrays) compare by value. A `KeyMap`/`KeySet` already
 * canonicalises keys; for plain collections these helpers fall back to the
 * other representation of a number/bool and to `==` for object keys.
 */
import { eq } from "./comparison.js";

/** The other JS representation of a Python number/bool key (`1` ~ `true`), if any. */
function alternateKey(key: unknown): unknown {
  if (key === true) return 1;
  if (key === false) return 0;
  if (key === 1) return true;
  if (key === 0) return false;
  return undefined;
}

/** The key actually stored in `collection` that equals `key` in Python's sense, or `NOT_FOUND`. */
export function storedKey(collection: ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>, key: unknown): unknown {
  if (collection.has(key)) return key;
  const alternate = alternateKey(key);
  if (alternate !== undefined) return collection.has(alternate) ? alternate : NOT_FOUND;
  if (typeof key !== "object" || key === null) return NOT_FOUND;
  for (const k of collection.keys()) if (eq(k, key)) return k;
  return NOT_FOUND;
}

/** Marker returned by `storedKey` when no equal key exists. */
export const NOT_FOUND: unique symbol = Symbol("not found");

/** Python `key in collection` for a dict (Map) or set. */
export function hasKey(collection: ReadonlyMap<unknown, unknown> | ReadonlySet<unknown>, key: unknown): boolean {
  return storedKey(collection, key) !== NOT_FOUND;
}
