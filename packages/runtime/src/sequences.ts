/**
 * Python indexing and slicing on str (by code point), list/tuple (arrays)
 * and bytes: negative indices, `IndexError: list index out of range` and its
 * tuple/str/assignment variants, slices with negative steps and clamped
 * bounds, slice assignment (with the extended-slice size check) and `del`.
 */
import { hasSurrogates } from "./code-points.js";
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { typeName } from "./repr.js";

/** Which Python sequence type an array stands for, for error messages. */
export type SequenceKind = "list" | "tuple";

type Bound = number | null | undefined;

function indexTypeError(kind: string, i: unknown): TypeError {
  if (kind === "str") return new TypeError(`string indices must be integers, not '${typeName(i)}'`);
  return new TypeError(`${kind} indices must be integers or slices, not ${typeName(i)}`);
}

function outOfRange(kind: string): IndexError {
  return new IndexError(`${kind === "str" ? "string" : kind} index out of range`);
}

function strAt(s: string, i: number): string {
  if (!hasSurrogates(s)) {
    const idx = i < 0 ? i + s.length : i;
    if (idx >= 0 && idx < s.length) {
      if (!Number.isInteger(idx)) throw indexTypeError("str", i);
      return s[idx]!;
    }
    if (!Number.isInteger(i)) throw indexTypeError("str", i);
    throw outOfRange("str");
  }
  const chars = Array.from(s);
  const idx = i < 0 ? i + chars.length : i;
  if (!Number.isInteger(i)) throw indexTypeError("str", i);
  if (idx < 0 || idx >= chars.length) throw outOfRange("str");
  return chars[idx]!;
}

/**
 * Python `seq[i]`: negative indices count from the end; out of range raises
 * `IndexError: list index out of range` (`tuple`/`string` per `kind` or type).
 */
export function at(seq: string, i: number): string;
export function at<T>(seq: ArrayLike<T>, i: number, kind?: SequenceKind): T;
export function at<T>(seq: ArrayLike<T> | string, i: number, kind: SequenceKind = "list"): T | string {
  if (typeof seq === "string") return strAt(seq, i);
  const n = seq.length;
  const idx = i < 0 ? i + n : i;
  if (idx >= 0 && idx < n && Number.isInteger(idx)) return seq[idx]!;
  if (!Number.isInteger(i)) throw indexTypeError(kind, i);
  throw outOfRange(seq instanceof Uint8Array ? "index" : kind);
}

function assignmentIndex(list: ArrayLike<unknown>, i: number): number {
  const idx = i < 0 ? i + list.length : i;
  if (!Number.isInteger(i)) throw indexTypeError("list", i);
  if (idx < 0 || idx >= list.length) throw new IndexError("list assignment index out of range");
  return idx;
}

/** Python `list[i] = value` (`IndexError: list assignment index out of range`). */
export function setAt<T>(list: T[], i: number, value: T): void {
  list[assignmentIndex(list, i)] = value;
}

/** Python `del list[i]`. */
export function delAt(list: unknown[], i: number): void {
  list.splice(assignmentIndex(list, i), 1);
}

/** Normalised slice: start, stop, step and the number of selected items (CPython `PySlice_AdjustIndices`). */
export interface SliceIndices {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;
}

function toIndex(value: number): number {
  if (!Number.isInteger(value)) {
    throw new TypeError("slice indices must be integers or None or have an __index__ method");
  }
  return value;
}

/** `slice(start, stop, step).indices(length)` plus the slice length. */
export function sliceIndices(length: number, start?: Bound, stop?: Bound, step?: Bound): SliceIndices {
  const st = step === undefined || step === null ? 1 : toIndex(step);
  if (st === 0) throw new ValueError("slice step cannot be zero");
  const lower = st < 0 ? -1 : 0;
  const upper = st < 0 ? length - 1 : length;
  const clamp = (value: Bound, fallback: number): number => {
    if (value === undefined || value === null) return fallback;
    let v = toIndex(value);
    if (v < 0) {
      v += length;
      if (v < lower) v = lower;
    } else if (v > upper) {
      v = upper;
    }
    return v;
  };
  const a = clamp(start, st < 0 ? upper : lower);
  const b = clamp(stop, st < 0 ? lower : upper);
  let count = 0;
  if (st < 0) {
    if (b < a) count = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) {
    count = Math.floor((b - a - 1) / st) + 1;
  }
  return { start: a, stop: b, step: st, length: count };
}

function sliceArray<T>(items: ArrayLike<T>, start: Bound, stop: Bound, step: Bound): T[] {
  const { start: a, step: st, length } = sliceIndices(items.length, start, stop, step);
  if (st === 1) return Array.prototype.slice.call(items, a, a + length) as T[];
  const out = new Array<T>(length);
  for (let k = 0, i = a; k < length; k++, i += st) out[k] = items[i]!;
  return out;
}

/**
 * Python `seq[start:stop:step]` for str (code points), arrays and bytes:
 * bounds clamp, negative steps walk backwards, `ValueError: slice step cannot be zero`.
 */
/** A runtime sequence class that slices like Python (`Range`). */
export interface PythonSliceable<S> {
  slice(start?: Bound, stop?: Bound, step?: Bound): S;
}

export function slice(seq: string, start?: Bound, stop?: Bound, step?: Bound): string;
export function slice(seq: Uint8Array, start?: Bound, stop?: Bound, step?: Bound): Uint8Array;
export function slice<T>(seq: readonly T[], start?: Bound, stop?: Bound, step?: Bound): T[];
/** A sequence with Python's slicing of its own (`range`): `r[::-1]` is `r.slice(null, null, -1)`. */
export function slice<S extends PythonSliceable<S>>(seq: S, start?: Bound, stop?: Bound, step?: Bound): S;
export function slice<T>(seq: string | Uint8Array | readonly T[] | PythonSliceable<unknown>, start?: Bound, stop?: Bound, step?: Bound): unknown {
  if (!(typeof seq === "string" || seq instanceof Uint8Array || Array.isArray(seq))) return (seq as PythonSliceable<unknown>).slice(start, stop, step);
  if (typeof seq === "string") {
    if (!hasSurrogates(seq)) {
      const { start: a, step: st, length } = sliceIndices(seq.length, start, stop, step);
      if (st === 1) return seq.slice(a, a + length);
      let out = "";
      for (let k = 0, i = a; k < length; k++, i += st) out += seq[i];
      return out;
    }
    return sliceArray(Array.from(seq), start, stop, step).join("");
  }
  if (seq instanceof Uint8Array) return Uint8Array.from(sliceArray(seq, start, stop, step));
  return sliceArray(seq, start, stop, step);
}

/** Replaces `deleteCount` items at `start` by `items` without spreading huge arguments. */
function spliceItems<T>(list: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length < 10000) {
    list.splice(start, deleteCount, ...items);
    return;
  }
  const tail = list.slice(start + deleteCount);
  list.length = start;
  for (const item of items) list.push(item);
  for (const item of tail) list.push(item);
}

/**
 * Python `list[start:stop:step] = values`. A simple slice may change the
 * length; an extended slice needs exactly as many values as it selects
 * (`ValueError: attempt to assign sequence of size 2 to extended slice of size 3`).
 */
export function setSlice<T>(list: T[], start: Bound, stop: Bound, step: Bound, values: Iterable<T>): void {
  const items = Array.from(values);
  const { start: a, stop: b, step: st, length } = sliceIndices(list.length, start, stop, step);
  if (st === 1) {
    spliceItems(list, a, Math.max(0, b - a), items);
    return;
  }
  if (items.length !== length) {
    throw new ValueError(`attempt to assign sequence of size ${items.length} to extended slice of size ${length}`);
  }
  for (let k = 0, i = a; k < length; k++, i += st) list[i] = items[k]!;
}

/** Python `del list[start:stop:step]`. */
export function delSlice(list: unknown[], start?: Bound, stop?: Bound, step?: Bound): void {
  const { start: a, step: st, length } = sliceIndices(list.length, start, stop, step);
  if (length === 0) return;
  if (st === 1) {
    list.splice(a, length);
    return;
  }
  const removed = new Set<number>();
  for (let k = 0, i = a; k < length; k++, i += st) removed.add(i);
  let write = 0;
  for (let read = 0; read < list.length; read++) {
    if (!removed.has(read)) list[write++] = list[read];
  }
  list.length = write;
}
