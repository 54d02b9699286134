/**
 * What text and binary file objects share: Python's mode parsing and
 * validation, opening with Python's errors (`IsADirectoryError` for a
 * directory), the position, closed and readable/writable checks, and raw
 * reads and writes on the descriptor.
 */
import * as fs from "node:fs";
import { IsADirectoryError, OSError, ValueError } from "./exceptions.js";
import { fspath, osCall, type StrPath } from "./os-errors.js";

export const CHUNK = 8192;

/** `io.UnsupportedOperation` (`not readable`, `not writable`). */
export class UnsupportedOperation extends OSError {}

export interface ParsedMode {
  flags: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
  binary: boolean;
  normalized: string;
}

export function parseMode(mode: string): ParsedMode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwxabt+".includes(c) || seen.has(c)) throw new ValueError(`invalid mode: '${mode}'`);
    seen.add(c);
  }
  const kinds = ["r", "w", "x", "a"].filter((c) => seen.has(c));
  if (seen.has("t") && seen.has("b")) throw new ValueError("can't have text and binary mode at once");
  if (kinds.length > 1) throw new ValueError("must have exactly one of create/read/write/append mode");
  if (kinds.length === 0) throw new ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
  const kind = kinds[0]!;
  const plus = seen.has("+");
  const c = fs.constants;
  const access = plus ? c.O_RDWR : kind === "r" ? c.O_RDONLY : c.O_WRONLY;
  const create = kind === "w" ? c.O_CREAT | c.O_TRUNC : kind === "x" ? c.O_CREAT | c.O_EXCL : kind === "a" ? c.O_CREAT | c.O_APPEND : 0;
  return {
    flags: access | create,
    readable: kind === "r" || plus,
    writable: kind !== "r" || plus,
    append: kind === "a",
    binary: seen.has("b"),
    normalized: kind + (plus ? "b+" : "b"),
  };
}

/** The state shared by text and binary files: the descriptor, position and mode checks. */
export abstract class FileBase {
  protected fd: number | null;
  protected pos = 0;
  /**
   * Whether the descriptor's own offset is `pos`: I/O then goes through the
   * offset (so a child process given `fileno()` continues where the script
   * stopped, and the script after it). After a seek, reads and writes are
   * positioned instead (Node has no lseek).
   */
  protected synced = true;
  /** `f.name`: the path (or descriptor) the file was opened with. */
  readonly name: string | number;
  /** `f.mode`. */
  readonly mode: string;
  protected readonly parsed: ParsedMode;

  constructor(file: StrPath | number, mode: string, parsed: ParsedMode) {
    this.parsed = parsed;
    this.mode = mode;
    if (typeof file === "number") {
      this.fd = file;
      this.name = file;
      return;
    }
    const path = fspath(file);
    this.name = path;
    const fd = osCall(() => fs.openSync(path, parsed.flags, 0o666), path);
    if (fs.fstatSync(fd).isDirectory()) {
      fs.closeSync(fd);
      throw new IsADirectoryError(21, "Is a directory", path);
    }
    this.fd = fd;
    if (parsed.append) this.pos = fs.fstatSync(fd).size;
  }

  /** `f.closed`. */
  get closed(): boolean {
    return this.fd === null;
  }

  protected open(): number {
    if (this.fd === null) throw new ValueError("I/O operation on closed file.");
    return this.fd;
  }

  protected checkReadable(): number {
    const fd = this.open();
    if (!this.parsed.readable) throw new UnsupportedOperation("not readable");
    return fd;
  }

  protected checkWritable(): number {
    const fd = this.open();
    if (!this.parsed.writable) throw new UnsupportedOperation("not writable");
    return fd;
  }

  /** Reads up to `n` bytes at the current position. */
  protected readBytes(n: number): Buffer {
    const fd = this.checkReadable();
    const buffer = Buffer.alloc(n);
    let got = 0;
    while (got < n) {
      const r = osCall(() => fs.readSync(fd, buffer, got, n - got, this.synced ? null : this.pos));
      if (r === 0) break;
      got += r;
      this.pos += r;
    }
    return buffer.subarray(0, got);
  }

  /** Reads everything from the current position. */
  protected readAllBytes(): Buffer {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = this.readBytes(Math.max(CHUNK, this.remainingHint()));
      if (chunk.length === 0) break;
      chunks.push(chunk);
    }
    return Buffer.concat(chunks);
  }

  private remainingHint(): number {
    try {
      return Math.max(0, fs.fstatSync(this.open()).size - this.pos + 1);
    } catch {
      return CHUNK;
    }
  }

  protected writeBytes(data: Uint8Array): void {
    const fd = this.checkWritable();
    let offset = 0;
    while (offset < data.length) {
      const position = this.parsed.append || this.synced ? null : this.pos;
      offset += osCall(() => fs.writeSync(fd, data, offset, data.length - offset, position));
    }
    this.pos = this.parsed.append ? fs.fstatSync(fd).size : this.pos + data.length;
  }

  /** `f.fileno()`. */
  fileno(): number {
    return this.open();
  }

  /** A child process wrote through the descriptor: later writes follow its output. */
  afterChildProcess(): void {
    if (this.fd !== null && this.synced && this.parsed.writable) this.pos = fs.fstatSync(this.fd).size;
  }

  /** `f.readable()`. */
  readable(): boolean {
    this.open();
    return this.parsed.readable;
  }

  /** `f.writable()`. */
  writable(): boolean {
    this.open();
    return this.parsed.writable;
  }

  /** `f.seekable()`. */
  seekable(): boolean {
    this.open();
    return true;
  }

  /** `f.isatty()`. */
  isatty(): boolean {
    return require_tty(this.open());
  }

  /** `f.flush()`: writes are not buffered. */
  flush(): void {
    this.open();
  }

  /** `f.close()`: idempotent. */
  close(): void {
    if (this.fd !== null) {
      const fd = this.fd;
      this.fd = null;
      fs.closeSync(fd);
    }
  }

  /** `f.truncate(size=None)`: cuts the file at `size` (default: the current position); returns the size. */
  truncate(size: number | null = null): number {
    const fd = this.checkWritable();
    const at = size ?? this.tell();
    osCall(() => fs.ftruncateSync(fd, at));
    return at;
  }

  abstract tell(): number;

  /** `with open(...) as f:` */
  __enter__(): this {
    this.open();
    return this;
  }

  /** Closes the file; never suppresses an exception. */
  __exit__(): boolean {
    this.close();
    return false;
  }
}

function require_tty(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}

