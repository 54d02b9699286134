/**
 * Python's `time.sleep` blocks the process, as Python's does (the script's
 * statements stay sequential: no timers, no async).
 */
import { ValueError } from "./exceptions.js";

const cell = new Int32Array(new SharedArrayBuffer(4));

/** Python `time.sleep(secs)`: blocks for `secs` seconds (ValueError for a negative value). */
export function sleep(secs: number): void {
  if (secs < 0) throw new ValueError("sleep length must be non-negative");
  if (Number.isNaN(secs)) throw new ValueError("Invalid value NaN (not a number)");
  const end = performance.now() + secs * 1000;
  for (let left = secs * 1000; left > 0; left = end - performance.now()) Atomics.wait(cell, 0, 0, left);
}
