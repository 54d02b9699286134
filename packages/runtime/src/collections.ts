/**
 * Python's `collections`: `Counter`, `defaultdict` and `OrderedDict` are
 * real `Map`s (through `KeyMap`, so tuple keys work) with Python's extra
 * methods and reprs, and `__missing__` for missing keys; `deque` is a
 * sequence with `maxlen`, `appendleft`/`popleft`, `rotate` and Python's
 * error messages.
 */
import { eq } from "./comparison.js";
import { IndexError, KeyError, ValueError } from "./exceptions.js";
import { KeyMap } from "./keyed-collections.js";
import { repr } from "./repr.js";

type CountSource<K> = Iterable<K> | ReadonlyMap<K, number> | null | undefined;

/** Python `collections.Counter`. */
export class Counter<K, V extends number = number> extends KeyMap<K, V> {
  constructor(source?: CountSource<K>) {
    super();
    this.update(source);
  }

  /** A missing key counts zero (and is not inserted). */
  __missing__(_key: K): V {
    return 0 as V;
  }

  __getitem__(key: K): V {
    return this.has(key) ? this.get(key)! : this.__missing__(key);
  }

  /** `c.update(iterable_or_mapping)`: adds counts. */
  update(source?: CountSource<K>): void {
    if (source === null || source === undefined) return;
    if (source instanceof Map) {
      for (const [key, n] of source as ReadonlyMap<K, number>) this.set(key, (this.__getitem__(key) + n) as V);
      return;
    }
    for (const key of source as Iterable<K>) this.set(key, (this.__getitem__(key) + 1) as V);
  }

  /** `c.subtract(iterable_or_mapping)`: subtracts counts (they may go negative). */
  subtract(source?: CountSource<K>): void {
    if (source === null || source === undefined) return;
    if (source instanceof Map) {
      for (const [key, n] of source as ReadonlyMap<K, number>) this.set(key, (this.__getitem__(key) - n) as V);
      return;
    }
    for (const key of source as Iterable<K>) this.set(key, (this.__getitem__(key) - 1) as V);
  }

  /** `c.most_common(n=None)`: by count, highest first; ties keep insertion order. */
  most_common(n: number | null = null): Array<[K, V]> {
    const items = [...this.entries()].sort((a, b) => b[1] - a[1]);
    return n === null ? items : items.slice(0, Math.max(0, n));
  }

  /** `c.elements()`: each key repeated by its (positive) count. */
  *elements(): Generator<K, void, undefined> {
    for (const [key, n] of this) for (let i = 0; i < n; i++) yield key;
  }

  total(): number {
    let sum = 0;
    for (const n of this.values()) sum += n;
    return sum;
  }

  copy(): Counter<K, V> {
    const c = new Counter<K, V>();
    for (const [k, v] of this) c.set(k, v);
    return c;
  }

  __repr__(): string {
    if (this.size === 0) return "Counter()";
    return `Counter(${repr(new Map(this.most_common()))})`;
  }
}

/** Python `collections.defaultdict`. */
export class DefaultDict<K, V> extends KeyMap<K, V> {
  readonly default_factory: (() => V) | null;
  readonly #factoryRepr: string;

  /** `factoryRepr` is how Python shows the factory (`<class 'list'>`). */
  constructor(factory: (() => V) | null, entries?: Iterable<readonly [K, V]> | null, factoryRepr?: string) {
    super(entries);
    this.default_factory = factory;
    this.#factoryRepr = factoryRepr ?? (factory === null ? "None" : repr(factory));
  }

  /** A missing key gets `default_factory()` stored and returned; KeyError without a factory. */
  __missing__(key: K): V {
    if (this.default_factory === null) throw new KeyError(key);
    const value = this.default_factory();
    this.set(key, value);
    return value;
  }

  __getitem__(key: K): V {
    return this.has(key) ? this.get(key)! : this.__missing__(key);
  }

  copy(): DefaultDict<K, V> {
    return new DefaultDict(this.default_factory, this, this.#factoryRepr);
  }

  __repr__(): string {
    return `defaultdict(${this.#factoryRepr}, ${repr(new Map(this.entries()))})`;
  }
}

/** Python `collections.OrderedDict` (3.11 repr). */
export class OrderedDict<K, V> extends KeyMap<K, V> {
  __getitem__(key: K): V {
    if (!this.has(key)) throw new KeyError(key);
    return this.get(key)!;
  }

  /** `od.move_to_end(key, last=True)`. */
  move_to_end(key: K, last = true): void {
    if (!this.has(key)) throw new KeyError(key);
    const value = this.get(key)!;
    if (last) {
      this.delete(key);
      this.set(key, value);
      return;
    }
    const rest = [...this.entries()].filter(([k]) => !eq(k, key));
    this.clear();
    this.set(key, value);
    for (const [k, v] of rest) this.set(k, v);
  }

  /** `od.popitem(last=True)`. */
  popitem(last = true): [K, V] {
    if (this.size === 0) throw new KeyError("dictionary is empty");
    const entries = [...this.entries()];
    const entry = last ? entries[entries.length - 1]! : entries[0]!;
    this.delete(entry[0]);
    return entry;
  }

  copy(): OrderedDict<K, V> {
    return new OrderedDict(this);
  }

  __repr__(): string {
    if (this.size === 0) return "OrderedDict()";
    return `OrderedDict(${repr([...this.entries()], "list[tuple[object, object]]")})`;
  }
}

/** Python `collections.deque`. */
export class Deque<T> implements Iterable<T> {
  #items: T[] = [];
  readonly maxlen: number | null;

  constructor(iterable?: Iterable<T> | null, maxlen: number | null = null) {
    if (maxlen !== null && maxlen < 0) throw new ValueError("maxlen must be non-negative");
    this.maxlen = maxlen;
    if (iterable) this.extend(iterable);
  }

  append(x: T): void {
    this.#items.push(x);
    if (this.maxlen !== null && this.#items.length > this.maxlen) this.#items.shift();
  }

  appendleft(x: T): void {
    this.#items.unshift(x);
    if (this.maxlen !== null && this.#items.length > this.maxlen) this.#items.pop();
  }

  extend(xs: Iterable<T>): void {
    for (const x of [...xs]) this.append(x);
  }

  extendleft(xs: Iterable<T>): void {
    for (const x of [...xs]) this.appendleft(x);
  }

  pop(): T {
    if (this.#items.length === 0) throw new IndexError("pop from an empty deque");
    return this.#items.pop()!;
  }

  popleft(): T {
    if (this.#items.length === 0) throw new IndexError("pop from an empty deque");
    return this.#items.shift()!;
  }

  rotate(n = 1): void {
    const len = this.#items.length;
    if (len <= 1) return;
    const k = ((n % len) + len) % len;
    if (k) this.#items = [...this.#items.slice(len - k), ...this.#items.slice(0, len - k)];
  }

  clear(): void {
    this.#items = [];
  }

  count(x: T): number {
    return this.#items.filter((y) => eq(x, y)).length;
  }

  index(x: T): number {
    const i = this.#items.findIndex((y) => eq(x, y));
    if (i < 0) throw new ValueError(`${repr(x)} is not in deque`);
    return i;
  }

  remove(x: T): void {
    const i = this.#items.findIndex((y) => eq(x, y));
    if (i < 0) throw new ValueError(`${repr(x)} is not in deque`);
    this.#items.splice(i, 1);
  }

  reverse(): void {
    this.#items.reverse();
  }

  copy(): Deque<T> {
    return new Deque(this.#items, this.maxlen);
  }

  #at(i: number): number {
    const j = i < 0 ? i + this.#items.length : i;
    if (!Number.isInteger(j) || j < 0 || j >= this.#items.length) throw new IndexError("deque index out of range");
    return j;
  }

  __getitem__(i: number): T {
    return this.#items[this.#at(i)]!;
  }

  __setitem__(i: number, x: T): void {
    this.#items[this.#at(i)] = x;
  }

  __delitem__(i: number): void {
    this.#items.splice(this.#at(i), 1);
  }

  __len__(): number {
    return this.#items.length;
  }

  __contains__(x: T): boolean {
    return this.#items.some((y) => eq(x, y));
  }

  __eq__(other: unknown): boolean {
    return other instanceof Deque && eq(this.#items, other.#items);
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#items[Symbol.iterator]();
  }

  __repr__(): string {
    const body = repr(this.#items);
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
}
