/**
 * Python set algebra and set methods on `Set` (and `KeySet`): `|`, `&`, `-`,
 * `^`, `<=`/`issubset`, `>=`/`issuperset`, `isdisjoint`, `remove`
 * (`KeyError`) and `pop`. Membership follows Python (`1 == True`, tuple
 * members by value); results are `KeySet`s when the left operand is one.
 */
import { KeyError } from "./exceptions.js";
import { KeySet } from "./keyed-collections.js";
import { hasKey, NOT_FOUND, storedKey } from "./key-lookup.js";
import { setItems } from "./set-order.js";

function emptyLike<T>(a: ReadonlySet<T>): Set<T> {
  return a instanceof KeySet ? new KeySet<T>() : new Set<T>();
}

function asSet<T>(items: Iterable<T>): ReadonlySet<T> {
  return items instanceof Set ? (items as ReadonlySet<T>) : new KeySet<T>(items);
}

function addMember<T>(s: Set<T>, item: T): void {
  if (!hasKey(s, item)) s.add(item);
}

/** Python `a | b | ...` / `a.union(*others)`. */
export function union<T>(a: ReadonlySet<T>, ...others: ReadonlyArray<Iterable<T>>): Set<T> {
  const out = emptyLike(a);
  for (const item of a) out.add(item);
  for (const other of others) for (const item of other) addMember(out, item);
  return out;
}

/** Python `a & b & ...` / `a.intersection(*others)`. */
export function intersection<T>(a: ReadonlySet<T>, ...others: ReadonlyArray<Iterable<T>>): Set<T> {
  let current: ReadonlySet<T> = a;
  for (const other of others) {
    const b = asSet(other);
    // CPython walks the smaller set and probes the larger one.
    const [small, large] = b.size > current.size ? [current, b] : [b, current];
    const out = emptyLike(a);
    for (const item of setItems(small)) if (hasKey(large, item)) addMember(out, item);
    current = out;
  }
  if (current === a) {
    const copy = emptyLike(a);
    for (const item of a) copy.add(item);
    return copy;
  }
  return current as Set<T>;
}

/** Python `a - b - ...` / `a.difference(*others)`. */
export function difference<T>(a: ReadonlySet<T>, ...others: ReadonlyArray<Iterable<T>>): Set<T> {
  const excluded = others.map(asSet);
  const out = emptyLike(a);
  for (const item of a) if (!excluded.some((b) => hasKey(b, item))) out.add(item);
  return out;
}

/** Python `a ^ b` / `a.symmetric_difference(b)`. */
export function symmetricDifference<T>(a: ReadonlySet<T>, b: Iterable<T>): Set<T> {
  const other = asSet(b);
  const out = emptyLike(a);
  for (const item of a) if (!hasKey(other, item)) out.add(item);
  for (const item of other) if (!hasKey(a, item)) addMember(out, item);
  return out;
}

/** Python `a <= b` / `a.issubset(b)`. */
export function isSubset<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  const other = asSet(b);
  if (a.size > other.size) return false;
  for (const item of a) if (!hasKey(other, item)) return false;
  return true;
}

/** Python `a >= b` / `a.issuperset(b)`. */
export function isSuperset<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  for (const item of b) if (!hasKey(a, item)) return false;
  return true;
}

/** Python `a.isdisjoint(b)`. */
export function isDisjoint<T>(a: ReadonlySet<T>, b: Iterable<T>): boolean {
  for (const item of b) if (hasKey(a, item)) return false;
  return true;
}

/** Python `s.remove(x)`: `KeyError: x` when missing. */
export function setRemove<T>(s: Set<T>, item: T): void {
  const stored = storedKey(s, item);
  if (stored === NOT_FOUND) throw new KeyError(item);
  s.delete(stored as T);
}

/** Python `s.discard(x)`: removes `x` if present. */
export function setDiscard<T>(s: Set<T>, item: T): void {
  const stored = storedKey(s, item);
  if (stored !== NOT_FOUND) s.delete(stored as T);
}

/**
 * Python `s.pop()`: removes and returns the first member in Python's
 * iteration order (`KeyError: 'pop from an empty set'`).
 */
export function setPop<T>(s: Set<T>): T {
  if (s.size === 0) throw new KeyError("pop from an empty set");
  const first = setItems(s)[0]!;
  s.delete(first);
  return first;
}
