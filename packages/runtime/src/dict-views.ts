/**
 * Python's dict views (`d.keys()`, `d.values()`, `d.items()`) for values
 * whose type the compiler could not prove: live views over the `Map` that
 * iterate like Python, know their `len` and membership, print as
 * `dict_keys(['a'])`, and (keys and items) take the set operators
 * `| & - ^` on either side, as CPython's views do.
 */
import { eq } from "./comparison.js";
import { TypeError } from "./exceptions.js";
import { KeySet } from "./keyed-collections.js";
import { hasKey } from "./key-lookup.js";
import { repr } from "./repr.js";
import { difference, intersection, symmetricDifference, union } from "./sets.js";

export type DictViewKind = "keys" | "values" | "items";

export class DictView<T> implements Iterable<T> {
  constructor(
    readonly mapping: ReadonlyMap<unknown, unknown>,
    readonly kind: DictViewKind,
  ) {}

  /** The Python type name (`dict_keys`), for `typeName` and error messages. */
  get __typename__(): string {
    return `dict_${this.kind}`;
  }

  [Symbol.iterator](): Iterator<T> {
    const m = this.mapping;
    const source = this.kind === "keys" ? m.keys() : this.kind === "values" ? m.values() : m.entries();
    return source as Iterator<T>;
  }

  __len__(): number {
    return this.mapping.size;
  }

  __contains__(item: unknown): boolean {
    if (this.kind === "keys") return hasKey(this.mapping, item);
    for (const member of this) if (eq(member, item)) return true;
    return false;
  }

  __repr__(): string {
    const show = (x: unknown): string => (this.kind === "items" ? `(${(x as unknown[]).map((part) => repr(part)).join(", ")})` : repr(x));
    return `dict_${this.kind}([${[...this].map(show).join(", ")}])`;
  }

  __eq__(other: unknown): boolean {
    if (this.kind === "values") return this === other;
    const mine = this.asSet();
    const theirs = other instanceof DictView && other.kind !== "values" ? other.asSet() : other instanceof Set ? other : null;
    if (theirs === null) return false;
    return mine.size === theirs.size && [...mine].every((x) => hasKey(theirs, x));
  }

  __sub__(other: Iterable<unknown>): Set<unknown> {
    return difference(this.asSet(), other);
  }
  __rsub__(other: Iterable<unknown>): Set<unknown> {
    return difference(new KeySet(other), this.asSet());
  }
  __and__(other: Iterable<unknown>): Set<unknown> {
    return intersection(this.asSet(), other);
  }
  __rand__(other: Iterable<unknown>): Set<unknown> {
    return intersection(new KeySet(other), this.asSet());
  }
  __or__(other: Iterable<unknown>): Set<unknown> {
    return union(this.asSet(), other);
  }
  __ror__(other: Iterable<unknown>): Set<unknown> {
    return union(new KeySet(other), this.asSet());
  }
  __xor__(other: Iterable<unknown>): Set<unknown> {
    return symmetricDifference(this.asSet(), other);
  }
  __rxor__(other: Iterable<unknown>): Set<unknown> {
    return symmetricDifference(new KeySet(other), this.asSet());
  }

  /** The view's members as a new set (keys and items views only). */
  private asSet(): Set<unknown> {
    if (this.kind === "values") throw new TypeError("unsupported operand type(s) for set operation: 'dict_values'");
    return new KeySet<unknown>(this);
  }
}
