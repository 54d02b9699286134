/**
 * Python dict methods on `Map` (and `KeyMap`): `d.get`, `d[k]` with
 * `KeyError: 'x'`, `setdefault`, `pop`, `popitem`, `update`, `dict.fromkeys`
 * and `d1 | d2`. Keys are compared like Python (`1`, `1.0`, `True` are one
 * key; a stored `None` value is kept and returned).
 */
import { KeyError, TypeError, ValueError } from "./exceptions.js";
import { KeyMap } from "./keyed-collections.js";
import { NOT_FOUND, storedKey } from "./key-lookup.js";
import { isPlainObject } from "./protocols.js";
import { typeName } from "./repr.js";

const NO_DEFAULT: unique symbol = Symbol("no default");

/** Python `d.get(key, default=None)`: a stored `None` is returned as such. */
export function dictGet<K, V>(m: ReadonlyMap<K, V>, key: K): V | null;
export function dictGet<K, V, D>(m: ReadonlyMap<K, V>, key: K, defaultValue: D): V | D;
export function dictGet<K, V, D>(m: ReadonlyMap<K, V>, key: K, defaultValue: D | null = null): V | D | null {
  if (m.has(key)) return m.get(key)!;
  const stored = storedKey(m, key);
  return stored === NOT_FOUND ? defaultValue : m.get(stored as K)!;
}

/**
 * Python `d[key]`: `KeyError: 'x'` when missing, unless the mapping defines
 * `__missing__` (Counter, defaultdict, user dict subclasses), which then answers.
 */
export function getItem<K, V>(m: ReadonlyMap<K, V>, key: K): V {
  if (m.has(key)) return m.get(key)!;
  const stored = storedKey(m, key);
  if (stored !== NOT_FOUND) return m.get(stored as K)!;
  const missing = (m as { __missing__?: unknown }).__missing__;
  if (typeof missing === "function") return (missing as (k: K) => V).call(m, key);
  throw new KeyError(key);
}

/** Python `d.setdefault(key, default=None)`: the existing value, or `default` after storing it. */
export function setdefault<K, V>(m: Map<K, V>, key: K, defaultValue: V): V {
  const stored = storedKey(m, key);
  if (stored !== NOT_FOUND) return m.get(stored as K)!;
  m.set(key, defaultValue);
  return defaultValue;
}

/** Python `d.pop(key[, default])`: `KeyError` when missing and no default is given. */
export function dictPop<K, V>(m: Map<K, V>, key: K): V;
export function dictPop<K, V, D>(m: Map<K, V>, key: K, defaultValue: D): V | D;
export function dictPop<K, V, D>(m: Map<K, V>, key: K, defaultValue: D | typeof NO_DEFAULT = NO_DEFAULT): V | D {
  const stored = storedKey(m, key);
  if (stored === NOT_FOUND) {
    if (defaultValue === NO_DEFAULT) throw new KeyError(key);
    return defaultValue;
  }
  const value = m.get(stored as K)!;
  m.delete(stored as K);
  return value;
}

/** Python `d.popitem()`: removes and returns the last inserted `[key, value]`. */
export function popitem<K, V>(m: Map<K, V>): [K, V] {
  let last: [K, V] | undefined;
  for (const entry of m) last = entry;
  if (last === undefined) throw new KeyError("popitem(): dictionary is empty");
  m.delete(last[0]);
  return last;
}

type Mapping<K, V> = ReadonlyMap<K, V> | (K extends string ? Readonly<Record<K, V>> : never);

/** The `[key, value]` pairs of a dict-like source: a Map, a plain object or an iterable of pairs. */
function pairsOf<K, V>(source: unknown): Iterable<readonly [K, V]> {
  if (source instanceof Map) return source as ReadonlyMap<K, V>;
  if (isPlainObject(source)) return Object.entries(source) as unknown as Array<[K, V]>;
  if (typeof source === "object" && source !== null && Symbol.iterator in source) {
    return checkedPairs<K, V>(source as Iterable<unknown>);
  }
  throw new TypeError(`'${typeName(source)}' object is not iterable`);
}

function* checkedPairs<K, V>(items: Iterable<unknown>): Generator<readonly [K, V]> {
  let index = 0;
  for (const item of items) {
    const pair = typeof item === "string" ? Array.from(item) : Array.isArray(item) ? item : null;
    if (pair === null) {
      throw new TypeError(`cannot convert dictionary update sequence element #${index} to a sequence`);
    }
    if (pair.length !== 2) {
      throw new ValueError(`dictionary update sequence element #${index} has length ${pair.length}; 2 is required`);
    }
    yield [pair[0] as K, pair[1] as V];
    index++;
  }
}

/**
 * Python `d.update(other, **kwargs)`: `other` is a Map, a plain object or an
 * iterable of `[key, value]` pairs; existing keys keep their position.
 */
export function update<K, V>(
  m: Map<K, V>,
  other?: Mapping<K, V> | Iterable<readonly [K, V]> | null,
  kwargs?: Readonly<Record<string, V>>,
): void {
  if (other !== undefined && other !== null) {
    for (const [key, value] of pairsOf<K, V>(other)) {
      const stored = storedKey(m, key);
      m.set(stored === NOT_FOUND ? key : (stored as K), value);
    }
  }
  if (kwargs !== undefined) for (const [key, value] of Object.entries(kwargs)) m.set(key as K, value);
}

/** Python `dict.fromkeys(keys, value=None)`. */
export function fromkeys<K>(keys: Iterable<K>): Map<K, null>;
export function fromkeys<K, V>(keys: Iterable<K>, value: V): Map<K, V>;
export function fromkeys<K, V>(keys: Iterable<K>, value: V | null = null): Map<K, V | null> {
  const m = new Map<K, V | null>();
  for (const key of keys) {
    const stored = storedKey(m, key);
    m.set(stored === NOT_FOUND ? key : (stored as K), value);
  }
  return m;
}

/** Python `a | b` for dicts: a new dict with `b`'s values winning (a `KeyMap` if `a` is one). */
export function dictMerge<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): Map<K, V> {
  const out = a instanceof KeyMap ? new KeyMap<K, V>(a) : new Map<K, V>(a);
  update(out, b);
  return out;
}
