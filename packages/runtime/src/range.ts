/**
 * Python's `range` object: lazy, iterable, with `len`, indexing, slicing
 * (giving another range), `in`, `index`, `count`, equality as sequences and
 * the repr `range(0, 5)`.
 */
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { asIndex as requireInt } from "./conversions.js";
import { repr, typeName } from "./repr.js";
import { sliceIndices } from "./sequences.js";

/** A Python `range(start, stop, step)`. */
export class Range implements Iterable<number> {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  /** `len(r)`. */
  readonly length: number;

  constructor(start: number, stop: number, step = 1) {
    this.start = requireInt(start);
    this.stop = requireInt(stop);
    this.step = requireInt(step);
    if (step === 0) throw new ValueError("range() arg 3 must not be zero");
    if (step > 0) this.length = start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    else this.length = start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }

  [Symbol.iterator](): Iterator<number> {
    const { start, step, length } = this;
    let i = 0;
    return {
      next(): IteratorResult<number> {
        if (i < length) return { done: false, value: start + step * i++ };
        return { done: true, value: undefined };
      },
    };
  }

  /** `r[i]` (`IndexError: range object index out of range`). */
  at(i: number): number {
    if (!Number.isInteger(i)) throw new TypeError(`range indices must be integers or slices, not ${typeName(i)}`);
    const idx = i < 0 ? i + this.length : i;
    if (idx < 0 || idx >= this.length) throw new IndexError("range object index out of range");
    return this.start + this.step * idx;
  }

  /** `x in r`: arithmetic for ints (and integral floats/bools), never iterates. */
  includes(x: unknown): boolean {
    const n = typeof x === "boolean" ? Number(x) : x;
    if (typeof n !== "number" || !Number.isInteger(n)) return false;
    if (this.step > 0 ? n < this.start || n >= this.stop : n > this.start || n <= this.stop) return false;
    return (n - this.start) % this.step === 0;
  }

  /** `r.index(x)` (`ValueError: 7 is not in range`). */
  index(x: unknown): number {
    if (!this.includes(x)) throw new ValueError(`${repr(x)} is not in range`);
    return (Number(x) - this.start) / this.step;
  }

  /** `r.count(x)`. */
  count(x: unknown): number {
    return this.includes(x) ? 1 : 0;
  }

  /** `r[start:stop:step]`: another range (`range(1, 10, 2)[2:4] == range(5, 9, 2)`). */
  slice(start?: number | null, stop?: number | null, step?: number | null): Range {
    const s = sliceIndices(this.length, start, stop, step);
    return new Range(this.start + s.start * this.step, this.start + s.stop * this.step, s.step * this.step);
  }

  __len__(): number {
    return this.length;
  }

  __contains__(x: unknown): boolean {
    return this.includes(x);
  }

  __getitem__(i: number): number {
    return this.at(i);
  }

  __reversed__(): Iterator<number> {
    const last = this.start + (this.length - 1) * this.step;
    return new Range(last, last - this.length * this.step, -this.step)[Symbol.iterator]();
  }

  /** Ranges are equal when they describe the same sequence. */
  __eq__(other: unknown): boolean {
    if (!(other instanceof Range)) return false;
    if (this.length !== other.length) return false;
    if (this.length === 0) return true;
    if (this.start !== other.start) return false;
    return this.length === 1 || this.step === other.step;
  }

  __repr__(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

/**
 * Python `range(stop)` / `range(start, stop[, step])`
 * (`ValueError: range() arg 3 must not be zero`).
 */
export function range(start: number, stop?: number, step?: number): Range {
  return stop === undefined ? new Range(0, start, 1) : new Range(start, stop, step ?? 1);
}
