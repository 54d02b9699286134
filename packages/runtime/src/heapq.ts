/**
 * Python's `heapq` on arrays with Python's comparisons (`<` through the
 * runtime, so tuples compare item by item): a port of CPython's heapq.py,
 * including the IndexError of popping an empty heap and `nlargest`/
 * `nsmallest` with `key` (stable like Python's).
 */
import { lt } from "./comparison.js";
import { IndexError } from "./exceptions.js";
import { iterate } from "./iteration.js";
import { sorted } from "./sorting.js";

function siftdown<T>(heap: T[], start: number, pos: number): void {
  const item = heap[pos]!;
  while (pos > start) {
    const parentPos = (pos - 1) >> 1;
    const parent = heap[parentPos]!;
    if (lt(item, parent)) {
      heap[pos] = parent;
      pos = parentPos;
      continue;
    }
    break;
  }
  heap[pos] = item;
}

function siftup<T>(heap: T[], pos: number): void {
  const end = heap.length;
  const start = pos;
  const item = heap[pos]!;
  let child = 2 * pos + 1;
  while (child < end) {
    const right = child + 1;
    if (right < end && !lt(heap[child], heap[right])) child = right;
    heap[pos] = heap[child]!;
    pos = child;
    child = 2 * pos + 1;
  }
  heap[pos] = item;
  siftdown(heap, start, pos);
}

export function heappush<T>(heap: T[], item: T): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1);
}

export function heappop<T>(heap: T[]): T {
  if (heap.length === 0) throw new IndexError("index out of range");
  const last = heap.pop()!;
  if (heap.length === 0) return last;
  const top = heap[0]!;
  heap[0] = last;
  siftup(heap, 0);
  return top;
}

export function heapreplace<T>(heap: T[], item: T): T {
  if (heap.length === 0) throw new IndexError("index out of range");
  const top = heap[0]!;
  heap[0] = item;
  siftup(heap, 0);
  return top;
}

export function heappushpop<T>(heap: T[], item: T): T {
  if (heap.length > 0 && lt(heap[0], item)) {
    const top = heap[0]!;
    heap[0] = item;
    siftup(heap, 0);
    return top;
  }
  return item;
}

export function heapify<T>(heap: T[]): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
}

export function nsmallest<T>(n: number, source: Iterable<T>, key?: ((x: T) => unknown) | null): T[] {
  return sorted([...iterate(source)], key ? { key } : {}).slice(0, Math.max(n, 0));
}

export function nlargest<T>(n: number, source: Iterable<T>, key?: ((x: T) => unknown) | null): T[] {
  return sorted([...iterate(source)], key ? { key, reverse: true } : { reverse: true }).slice(0, Math.max(n, 0));
}

export function* merge<T>(...sources: Array<Iterable<T>>): Generator<T, void, undefined> {
  yield* sorted(sources.flatMap((s) => [...iterate(s)]));
}
