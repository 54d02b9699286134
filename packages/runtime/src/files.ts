/**
 * Python's `open()` and its file objects, over synchronous Node file
 * descriptors. Text files decode with the codec and error handler given
 * (UTF-8 by default, as under a UTF-8 locale), translate newlines the way the
 * `newline` argument says (universal newlines by default), and count `read(n)`
 * in code points; binary files read and write `Uint8Array`s. Open errors are
 * Python's (`FileNotFoundError: [Errno 2] No such file or directory: 'x'`,
 * `IsADirectoryError` when reading a directory), and so are the mode and
 * argument checks. Writes go straight to the file (nothing is lost if the
 * script never closes it).
 */
import * as fs from "node:fs";
import { OSError, TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { CHUNK, FileBase, parseMode } from "./file-base.js";
import type { StrPath } from "./os-errors.js";
import { typeName } from "./repr.js";
import { stringRepr } from "./string-repr.js";
import { TextFile } from "./text-file.js";

export { UnsupportedOperation } from "./file-base.js";
export { TextFile } from "./text-file.js";

/** A file opened in binary mode (`io.BufferedReader` / `io.BufferedWriter`). */
export class BinaryFile extends FileBase implements Iterable<Uint8Array> {
  /** `f.read(size=-1)`. */
  read(size: number | null = -1): Uint8Array {
    if (size === null || size < 0) return this.readAllBytes();
    return this.readBytes(size);
  }

  /** `f.read1(size=-1)`. */
  read1(size: number | null = -1): Uint8Array {
    return this.read(size === null || size < 0 ? CHUNK : size);
  }

  /** `f.readline(size=-1)`: up to and including the next `\n`. */
  readline(size: number | null = -1): Uint8Array {
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = size !== null && size >= 0 ? Math.min(CHUNK, size - total) : CHUNK;
      if (want <= 0) break;
      const start = this.pos;
      const chunk = this.readBytes(want);
      if (chunk.length === 0) break;
      const nl = chunk.indexOf(0x0a);
      if (nl >= 0) {
        parts.push(chunk.subarray(0, nl + 1));
        if (nl + 1 < chunk.length) this.synced = false; // the descriptor read past the line
        this.pos = start + nl + 1;
        break;
      }
      parts.push(chunk);
      total += chunk.length;
    }
    return Buffer.concat(parts);
  }

  /** `f.readlines(hint=-1)`. */
  readlines(hint: number | null = -1): Uint8Array[] {
    const lines: Uint8Array[] = [];
    let total = 0;
    for (let line = this.readline(); line.length > 0; line = this.readline()) {
      lines.push(line);
      total += line.length;
      if (hint !== null && hint > 0 && total >= hint) break;
    }
    return lines;
  }

  *[Symbol.iterator](): Iterator<Uint8Array> {
    for (let line = this.readline(); line.length > 0; line = this.readline()) yield line;
  }

  /** `f.write(b)`: returns the number of bytes written. */
  write(b: Uint8Array): number {
    if (!(b instanceof Uint8Array)) throw new PyTypeError(`a bytes-like object is required, not '${typeName(b)}'`);
    this.writeBytes(b);
    return b.length;
  }

  /** `f.writelines(lines)`. */
  writelines(lines: Iterable<Uint8Array>): void {
    for (const line of lines) this.write(line);
  }

  /** `f.tell()`. */
  tell(): number {
    this.open();
    return this.pos;
  }

  /** `f.seek(offset, whence=0)`. */
  seek(offset: number, whence = 0): number {
    const fd = this.open();
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : whence === 2 ? fs.fstatSync(fd).size : NaN;
    if (Number.isNaN(base)) throw new ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    const target = base + offset;
    if (target < 0) throw new OSError(22, "Invalid argument");
    if (target !== this.pos) this.synced = false;
    this.pos = target;
    return target;
  }

  __repr__(): string {
    const kind = this.parsed.readable && this.parsed.writable ? "BufferedRandom" : this.parsed.readable ? "BufferedReader" : "BufferedWriter";
    const name = typeof this.name === "string" ? stringRepr(this.name) : String(this.name);
    return `<_io.${kind} name=${name}>`;
  }
}


/** Keyword arguments of `open()`. */
export interface OpenOptions {
  /** Accepted for compatibility; writes are never buffered. */
  readonly buffering?: number;
  /** Text mode only (default UTF-8). */
  readonly encoding?: string | null;
  /** Text mode only: `strict`, `replace`, `ignore`, `backslashreplace`, `surrogateescape`. */
  readonly errors?: string | null;
  /** Text mode only: `None` (universal newlines), `""`, `"\n"`, `"\r"` or `"\r\n"`. */
  readonly newline?: string | null;
}

/** Python `open(file, mode="r", ...)` for a text mode. */
export function open(file: StrPath | number, mode = "r", options: OpenOptions = {}): TextFile {
  const parsed = parseMode(mode);
  if (parsed.binary) throw new ValueError(`open(): binary mode '${mode}' where a text mode was expected`);
  if (options.buffering === 0) throw new ValueError("can't have unbuffered text I/O");
  return new TextFile(file, mode, parsed, options.encoding ?? null, options.errors ?? null, options.newline ?? null);
}

/** Python `open(file, mode)` for a binary mode (`"rb"`, `"wb"`, ...). */
export function openBinary(file: StrPath | number, mode: string, options: OpenOptions = {}): BinaryFile {
  const parsed = parseMode(mode);
  if (!parsed.binary) throw new ValueError(`open(): text mode '${mode}' where a binary mode was expected`);
  if (options.encoding != null) throw new ValueError("binary mode doesn't take an encoding argument");
  if (options.errors != null) throw new ValueError("binary mode doesn't take an errors argument");
  if (options.newline != null) throw new ValueError("binary mode doesn't take a newline argument");
  return new BinaryFile(file, parsed.normalized, parsed);
}

