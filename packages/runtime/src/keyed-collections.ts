/**
 * `KeyMap` and `KeySet`: a `Map` and a `Set` that compare keys the way a
 * Python dict or set does (see `keyOf`): tuple keys (arrays) by value,
 * `1`, `1.0` and `True` as the same key (the first inserted key object is
 * kept, like Python), frozensets by members, `__hash__`/`__eq__` objects by
 * equality. Insertion order is preserved; they are real `Map`/`Set`
 * instances, so `instanceof Map`, `repr` and the other helpers treat them as
 * dict and set.
 */
import { keyOf } from "./hashing.js";

/** A Python dict whose keys may be tuples: `dict[tuple[str, int], V]`. */
export class KeyMap<K, V> extends Map<K, V> {
  /** Canonical key → the key object as first inserted. */
  readonly #keys = new Map<unknown, K>();

  constructor(entries?: Iterable<readonly [K, V]> | null) {
    super();
    if (entries !== undefined && entries !== null) {
      for (const [key, value] of entries) this.set(key, value);
    }
  }

  override get(key: K): V | undefined {
    return super.get(keyOf(key) as K);
  }

  override has(key: K): boolean {
    return super.has(keyOf(key) as K);
  }

  override set(key: K, value: V): this {
    const canonical = keyOf(key);
    if (!this.#keys.has(canonical)) this.#keys.set(canonical, key);
    super.set(canonical as K, value);
    return this;
  }

  override delete(key: K): boolean {
    const canonical = keyOf(key);
    this.#keys.delete(canonical);
    return super.delete(canonical as K);
  }

  override clear(): void {
    this.#keys.clear();
    super.clear();
  }

  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this);
  }

  override keys(): MapIterator<K> {
    return this.#keys.values();
  }

  override entries(): MapIterator<[K, V]> {
    const keys = this.#keys.entries();
    const getCanonical = (canonical: unknown): V => super.get(canonical as K)!;
    return mapIterator(keys, ([canonical, key]): [K, V] => [key, getCanonical(canonical)]);
  }

  override [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}

/** A Python set whose members may be tuples: `set[tuple[int, int]]`. */
export class KeySet<T> extends Set<T> {
  /** Canonical member → the member object as first inserted. */
  readonly #members = new Map<unknown, T>();

  constructor(members?: Iterable<T> | null) {
    super();
    if (members !== undefined && members !== null) {
      for (const member of members) this.add(member);
    }
  }

  override has(value: T): boolean {
    return this.#members.has(keyOf(value));
  }

  override add(value: T): this {
    const canonical = keyOf(value);
    if (!this.#members.has(canonical)) {
      this.#members.set(canonical, value);
      super.add(canonical as T);
    }
    return this;
  }

  override delete(value: T): boolean {
    const canonical = keyOf(value);
    super.delete(canonical as T);
    return this.#members.delete(canonical);
  }

  override clear(): void {
    this.#members.clear();
    super.clear();
  }

  override forEach(callback: (value: T, value2: T, set: Set<T>) => void, thisArg?: unknown): void {
    for (const member of this.#members.values()) callback.call(thisArg, member, member, this);
  }

  override values(): SetIterator<T> {
    return this.#members.values();
  }

  override keys(): SetIterator<T> {
    return this.#members.values();
  }

  override entries(): SetIterator<[T, T]> {
    return mapIterator(this.#members.values(), (member): [T, T] => [member, member]);
  }

  override [Symbol.iterator](): SetIterator<T> {
    return this.#members.values();
  }
}

/** A lazily mapped iterator (a generator, so it inherits the built-in iterator helpers where Node has them). */
function* mapIterator<A, B>(source: Iterator<A>, fn: (a: A) => B): Generator<B, undefined, unknown> {
  for (let step = source.next(); step.done !== true; step = source.next()) yield fn(step.value);
  return undefined;
}
