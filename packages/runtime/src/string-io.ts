/**
 * Python's in-memory streams `io.StringIO` and `io.BytesIO`: a buffer with a
 * position, written and read like a file (writes overwrite from the position,
 * a write past the end pads with NULs, `getvalue()` returns everything).
 * StringIO positions count characters (code points), as in Python.
 */
import { OSError as OSError_, TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { typeName } from "./repr.js";

abstract class MemoryStream<T> {
  protected closedFlag = false;

  /** `f.closed`. */
  get closed(): boolean {
    return this.closedFlag;
  }

  protected check(): void {
    if (this.closedFlag) throw new ValueError("I/O operation on closed file.");
  }

  /** `f.close()`. */
  close(): void {
    this.closedFlag = true;
  }

  flush(): void {
    this.check();
  }

  readable(): boolean {
    this.check();
    return true;
  }

  writable(): boolean {
    this.check();
    return true;
  }

  seekable(): boolean {
    this.check();
    return true;
  }

  isatty(): boolean {
    this.check();
    return false;
  }

  __enter__(): this {
    this.check();
    return this;
  }

  __exit__(..._args: unknown[]): boolean {
    this.close();
    return false;
  }

  abstract readline(size?: number | null): T;
  protected abstract isEmpty(line: T): boolean;

  /** `f.readlines(hint=-1)`. */
  readlines(hint: number | null = -1): T[] {
    const lines: T[] = [];
    let total = 0;
    for (let line = this.readline(); !this.isEmpty(line); line = this.readline()) {
      lines.push(line);
      total += (line as { length: number }).length;
      if (hint !== null && hint > 0 && total >= hint) break;
    }
    return lines;
  }

  *[Symbol.iterator](): Iterator<T> {
    this.check();
    for (let line = this.readline(); !this.isEmpty(line); line = this.readline()) yield line;
  }
}

/** `io.StringIO(initial_value="", newline="\n")`. */
export class StringIO extends MemoryStream<string> {
  /** The contents, as an array of code points (positions count characters). */
  private chars: string[];
  private pos = 0;

  constructor(
    initialValue: string | null = "",
    private readonly newline: string | null = "\n",
  ) {
    super();
    if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) throw new ValueError(`illegal newline value: ${newline}`);
    this.chars = [...this.translateIn(initialValue ?? "")];
  }

  private translateIn(s: string): string {
    if (this.newline === null) return s.replace(/\r\n?/g, "\n");
    if (this.newline === "\r" || this.newline === "\r\n") return s.replace(/\n/g, this.newline);
    return s;
  }

  protected isEmpty(line: string): boolean {
    return line === "";
  }

  /** `f.getvalue()`. */
  getvalue(): string {
    this.check();
    return this.chars.join("");
  }

  /** `f.write(s)`: returns the number of characters written. */
  write(s: string): number {
    this.check();
    if (typeof s !== "string") throw new PyTypeError(`string argument expected, got '${typeName(s)}'`);
    const add = [...this.translateIn(s)];
    while (this.chars.length < this.pos) this.chars.push("\0");
    this.chars.splice(this.pos, add.length, ...add);
    this.pos += add.length;
    return [...s].length;
  }

  /** `f.writelines(lines)`. */
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }

  /** `f.read(size=-1)`. */
  read(size: number | null = -1): string {
    this.check();
    const end = size === null || size < 0 ? this.chars.length : Math.min(this.chars.length, this.pos + size);
    const out = this.pos < end ? this.chars.slice(this.pos, end).join("") : "";
    this.pos = Math.max(this.pos, end);
    return out;
  }

  /** `f.readline(size=-1)`. */
  readline(size: number | null = -1): string {
    this.check();
    const limit = size === null || size < 0 ? this.chars.length : Math.min(this.chars.length, this.pos + size);
    const sep = this.newline === null ? "\n" : this.newline;
    let i = this.pos;
    while (i < limit) {
      const c = this.chars[i++]!;
      if (sep === "") {
        if (c === "\n") break;
        if (c === "\r") {
          if (i < limit && this.chars[i] === "\n") i++;
          break;
        }
      } else if (sep === "\r\n") {
        if (c === "\r" && i < limit && this.chars[i] === "\n") {
          i++;
          break;
        }
      } else if (c === sep) {
        break;
      }
    }
    const out = this.pos < i ? this.chars.slice(this.pos, i).join("") : "";
    this.pos = Math.max(this.pos, i);
    return out;
  }

  /** `f.tell()`. */
  tell(): number {
    this.check();
    return this.pos;
  }

  /** `f.seek(pos, whence=0)`. */
  seek(pos: number, whence = 0): number {
    this.check();
    if (whence === 0) {
      if (pos < 0) throw new ValueError(`Negative seek position ${pos}`);
      this.pos = pos;
    } else if (whence === 1 || whence === 2) {
      if (pos !== 0) throw new OSError_(whence === 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
      if (whence === 2) this.pos = this.chars.length;
    } else {
      throw new ValueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
    }
    return this.pos;
  }

  /** `f.truncate(size=None)`. */
  truncate(size: number | null = null): number {
    this.check();
    const at = size ?? this.pos;
    if (at < 0) throw new ValueError(`Negative size value ${at}`);
    this.chars.length = Math.min(this.chars.length, at);
    return at;
  }

  __repr__(): string {
    return "<_io.StringIO object at 0x7f0000000000>";
  }
}


/** `io.BytesIO(initial_bytes=b"")`. */
export class BytesIO extends MemoryStream<Uint8Array> {
  private data: Buffer;
  private size: number;
  private pos = 0;

  constructor(initialBytes: Uint8Array | null = null) {
    super();
    this.data = Buffer.from(initialBytes ?? new Uint8Array());
    this.size = this.data.length;
  }

  protected isEmpty(line: Uint8Array): boolean {
    return line.length === 0;
  }

  /** `f.getvalue()`. */
  getvalue(): Uint8Array {
    this.check();
    return new Uint8Array(this.data.subarray(0, this.size));
  }

  /** `f.write(b)`. */
  write(b: Uint8Array): number {
    this.check();
    if (!(b instanceof Uint8Array)) throw new PyTypeError(`a bytes-like object is required, not '${typeName(b)}'`);
    const end = this.pos + b.length;
    if (end > this.data.length) {
      const grown = Buffer.alloc(Math.max(end, this.data.length * 2));
      this.data.copy(grown, 0, 0, this.size);
      this.data = grown;
    }
    if (this.pos > this.size) this.data.fill(0, this.size, this.pos);
    this.data.set(b, this.pos);
    this.pos = end;
    this.size = Math.max(this.size, end);
    return b.length;
  }

  writelines(lines: Iterable<Uint8Array>): void {
    for (const line of lines) this.write(line);
  }

  /** `f.read(size=-1)`. */
  read(size: number | null = -1): Uint8Array {
    this.check();
    const end = size === null || size < 0 ? this.size : Math.min(this.size, this.pos + size);
    const out = this.pos < end ? new Uint8Array(this.data.subarray(this.pos, end)) : new Uint8Array();
    this.pos = Math.max(this.pos, end);
    return out;
  }

  /** `f.readline(size=-1)`. */
  readline(size: number | null = -1): Uint8Array {
    this.check();
    const limit = size === null || size < 0 ? this.size : Math.min(this.size, this.pos + size);
    let i = this.pos;
    while (i < limit && this.data[i++] !== 0x0a);
    const out = this.pos < i ? new Uint8Array(this.data.subarray(this.pos, i)) : new Uint8Array();
    this.pos = Math.max(this.pos, i);
    return out;
  }

  tell(): number {
    this.check();
    return this.pos;
  }

  /** `f.seek(pos, whence=0)`. */
  seek(pos: number, whence = 0): number {
    this.check();
    const base = whence === 0 ? 0 : whence === 1 ? this.pos : whence === 2 ? this.size : NaN;
    if (Number.isNaN(base)) throw new ValueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
    if (whence === 0 && pos < 0) throw new ValueError(`negative seek value ${pos}`);
    this.pos = Math.max(0, base + pos);
    return this.pos;
  }

  truncate(size: number | null = null): number {
    this.check();
    const at = size ?? this.pos;
    if (at < 0) throw new ValueError(`negative size value ${at}`);
    this.size = Math.min(this.size, at);
    return at;
  }

  __repr__(): string {
    return "<_io.BytesIO object at 0x7f0000000000>";
  }
}
