/**
 * `collections.namedtuple` / `typing.NamedTuple` classes: instances are
 * arrays (so indexing, unpacking, iteration, `len`, comparison and equality
 * with plain tuples behave like Python tuples) with named read-only fields,
 * Python's repr (`Point(x=1, y=2)`), `_fields`, `_asdict()` and `_replace()`.
 */
import { repr } from "./repr.js";
import { TypeError } from "./exceptions.js";

export class NamedTuple<T = unknown> extends Array<T> {
  /** Array methods (`map`, `slice`, ...) give plain arrays, as tuple operations give plain tuples. */
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }

  /** The field names, in order (set by each translated class). */
  static _fields: readonly string[] = [];

  get _fields(): readonly string[] {
    return (this.constructor as typeof NamedTuple)._fields;
  }

  __repr__(): string {
    const parts = this._fields.map((f, i) => `${f}=${repr(this[i])}`);
    return `${this.constructor.name}(${parts.join(", ")})`;
  }

  /** `nt._asdict()`. */
  _asdict(): Map<string, unknown> {
    return new Map(this._fields.map((f, i) => [f, this[i]] as const));
  }

  /** `nt._replace(**changes)`. */
  _replace(changes: ReadonlyMap<string, unknown>): this {
    for (const [name] of changes) {
      if (!this._fields.includes(name)) throw new TypeError(`Got unexpected field names: [${repr(name)}]`);
    }
    const ctor = this.constructor as new (...args: unknown[]) => this;
    return new ctor(...this._fields.map((f, i) => (changes.has(f) ? changes.get(f) : this[i])));
  }
}
