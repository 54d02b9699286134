/**
 * Synchronous, complete writes and reads on file descriptors, as Python's
 * blocking stdio does them: retries partial writes and `EAGAIN` (a
 * non-blocking pipe), so output is never lost or reordered.
 */
import * as fs from "node:fs";

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Sleeps a few milliseconds without spinning (used while a pipe is full or empty). */
function shortSleep(ms: number): void {
  Atomics.wait(pause, 0, 0, ms);
}

function isAgain(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: unknown }).code === "EAGAIN";
}

/** Writes all of `text` (UTF-8) to `fd`. */
export function writeAll(fd: number, text: string): void {
  if (text === "") return;
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (e) {
      if (!isAgain(e)) throw e;
      shortSleep(1);
    }
  }
}

/** Reads up to `buffer.length` bytes from `fd`; 0 means end of file. */
export function readSome(fd: number, buffer: Buffer): number {
  for (;;) {
    try {
      return fs.readSync(fd, buffer, 0, buffer.length, null);
    } catch (e) {
      if (isAgain(e)) {
        shortSleep(1);
        continue;
      }
      if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "EOF") return 0;
      throw e;
    }
  }
}
