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
import { IsADirectoryError, OSError, TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { fspath, osCall, type StrPath } from "./os-errors.js";
import { typeName } from "./repr.js";
import { stringRepr } from "./string-repr.js";
import { type Codec, checkErrors, decodeText, encodeText, lookupCodec } from "./text-codecs.js";

const CHUNK = 8192;

/** `io.UnsupportedOperation` (`not readable`, `not writable`). */
export class UnsupportedOperation extends OSError {}

interface ParsedMode {
  flags: number;
  readable: boolean;
  writable: boolean;
  append: boolean;
  binary: boolean;
  normalized: string;
}

function parseMode(mode: string): ParsedMode {
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
abstract class FileBase {
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

function codePointPrefix(text: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < text.length; k++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
  }
  return i;
}

/** A file opened in text mode (`io.TextIOWrapper`). */
export class TextFile extends FileBase implements Iterable<string> {
  /** `f.encoding`. */
  readonly encoding: string;
  /** `f.errors`. */
  readonly errors: string;
  private readonly codec: Codec;
  private readonly newline: string | null;
  /** Decoded text not yet returned, before newline translation. */
  private pending = "";
  /** Undecoded bytes (an incomplete sequence at a chunk end). */
  private leftover: Uint8Array = new Uint8Array(0);
  private eof = false;
  private atStart = true;

  constructor(file: StrPath | number, mode: string, parsed: ParsedMode, encoding: string | null, errors: string | null, newline: string | null) {
    const codec = lookupCodec(encoding ?? "utf-8");
    checkErrors(errors ?? "strict");
    if (newline !== null && !["", "\n", "\r", "\r\n"].includes(newline)) throw new ValueError(`illegal newline value: ${newline}`);
    super(file, mode, parsed);
    this.codec = codec;
    this.encoding = encoding ?? "UTF-8";
    this.errors = errors ?? "strict";
    this.newline = newline;
    this.atStart = this.pos === 0;
  }

  /** Reads and decodes one more chunk; false at end of file. */
  private fill(size = CHUNK): boolean {
    if (this.eof) return false;
    const chunk = this.readBytes(size);
    let bytes: Uint8Array = this.leftover.length ? Buffer.concat([this.leftover, chunk]) : chunk;
    if (chunk.length === 0) this.eof = true;
    if (this.atStart && this.codec === "utf-8-sig") {
      if (bytes.length < 3 && !this.eof && bytes.every((b, i) => b === [0xef, 0xbb, 0xbf][i])) {
        this.leftover = bytes;
        return true;
      }
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    }
    this.atStart = false;
    const codec = this.codec === "utf-8-sig" ? "utf-8" : this.codec;
    const { text, consumed } = decodeText(bytes, codec, this.errors, this.eof);
    this.leftover = bytes.slice(consumed);
    this.pending += text;
    return !this.eof || text !== "";
  }

  /** Translates newlines of `raw` for reading (only universal mode translates). */
  private translate(raw: string): string {
    return this.newline === null ? raw.replace(/\r\n?/g, "\n") : raw;
  }

  /** The end (exclusive) of the first line in `pending`, or -1 when more data is needed. */
  private lineEnd(): number {
    const p = this.pending;
    if (this.newline === null || this.newline === "") {
      const m = /\r\n|\r|\n/.exec(p);
      if (!m) return -1;
      if (m[0] === "\r" && m.index === p.length - 1 && !this.eof) return -1;
      return m.index + m[0].length;
    }
    const i = p.indexOf(this.newline);
    return i < 0 ? -1 : i + this.newline.length;
  }

  /** `f.read(size=-1)`: the whole rest, or up to `size` characters. */
  read(size: number | null = -1): string {
    this.checkReadable();
    if (size === null || size < 0) {
      const rest = this.readAllBytes();
      const bytes = this.leftover.length ? Buffer.concat([this.leftover, rest]) : rest;
      this.leftover = new Uint8Array(0);
      this.eof = true;
      let body: Uint8Array = bytes;
      if (this.atStart && this.codec === "utf-8-sig" && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
      this.atStart = false;
      const text = this.pending + decodeText(body, this.codec === "utf-8-sig" ? "utf-8" : this.codec, this.errors, true).text;
      this.pending = "";
      return this.translate(text);
    }
    for (;;) {
      const translated = this.translate(this.pending);
      const holdsCR = this.newline === null && this.pending.endsWith("\r") && !this.eof;
      const available = holdsCR ? translated.slice(0, -1) : translated;
      const cut = codePointPrefix(available, size);
      if (cut < available.length || [...available].length >= size || this.eof) {
        const taken = available.slice(0, cut);
        this.pending = this.untranslatedRest(taken);
        return taken;
      }
      if (!this.fill()) {
        this.eof = true;
      }
    }
  }

  /** What remains of `pending` after handing out `taken` (translated) text. */
  private untranslatedRest(taken: string): string {
    if (this.newline !== null) return this.pending.slice(taken.length);
    let i = 0;
    let k = 0;
    const p = this.pending;
    while (k < taken.length) {
      if (p[i] === "\r" && p[i + 1] === "\n") i += 2;
      else i += 1;
      k++;
    }
    return p.slice(i);
  }

  /** `f.readline(size=-1)`: the next line with its ending (`""` at end of file). */
  readline(size: number | null = -1): string {
    this.checkReadable();
    for (;;) {
      const end = this.lineEnd();
      let rawLine = end >= 0 ? this.pending.slice(0, end) : this.pending;
      if (end < 0 && !this.eof && this.newline === null && rawLine.endsWith("\r")) rawLine = rawLine.slice(0, -1);
      const line = this.translate(rawLine);
      if (size !== null && size >= 0) {
        const cut = codePointPrefix(line, size);
        if (cut < line.length) {
          const taken = line.slice(0, cut);
          this.pending = this.untranslatedRest(taken);
          return taken;
        }
      }
      if (end >= 0 || this.eof) {
        this.pending = this.pending.slice(rawLine.length);
        return line;
      }
      if (!this.fill()) this.eof = true;
    }
  }

  /** `f.readlines(hint=-1)`. */
  readlines(hint: number | null = -1): string[] {
    const lines: string[] = [];
    let total = 0;
    for (let line = this.readline(); line !== ""; line = this.readline()) {
      lines.push(line);
      total += [...line].length;
      if (hint !== null && hint > 0 && total >= hint) break;
    }
    return lines;
  }

  /** `for line in f`. */
  *[Symbol.iterator](): Iterator<string> {
    this.checkReadable();
    for (let line = this.readline(); line !== ""; line = this.readline()) yield line;
  }

  /** `f.write(s)`: returns the number of characters written. */
  write(s: string): number {
    if (typeof s !== "string") throw new PyTypeError(`write() argument must be str, not ${typeName(s)}`);
    this.checkWritable();
    this.dropReadAhead();
    const text = this.newline !== null && this.newline !== "" && this.newline !== "\n" ? s.replace(/\n/g, this.newline) : s;
    this.writeBytes(encodeText(text, this.codec === "utf-8-sig" && this.pos > 0 ? "utf-8" : this.codec, this.errors));
    return [...s].length;
  }

  /** `f.writelines(lines)`: no separators added. */
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }

  /** Rewinds the position over text read ahead but not returned (before a write or seek). */
  private dropReadAhead(): void {
    if (this.pending === "" && this.leftover.length === 0) return;
    this.pos = this.tell();
    this.synced = false;
    this.pending = "";
    this.leftover = new Uint8Array(0);
    this.eof = false;
  }

  /** `f.tell()`: the byte position of the next character to read. */
  tell(): number {
    this.open();
    const codec = this.codec === "utf-8-sig" ? "utf-8" : this.codec;
    return this.pos - this.leftover.length - encodeText(this.pending, codec, "surrogateescape").length;
  }

  /** `f.seek(offset, whence=0)`: text files allow only `seek(tell())`, `seek(0, 1)` and `seek(0, 2)`. */
  seek(offset: number, whence = 0): number {
    const fd = this.open();
    if (whence === 1 && offset !== 0) throw new UnsupportedOperation("can't do nonzero cur-relative seeks");
    if (whence === 2 && offset !== 0) throw new UnsupportedOperation("can't do nonzero end-relative seeks");
    if (whence === 0 && offset < 0) throw new ValueError(`negative seek position ${offset}`);
    const target = whence === 0 ? offset : whence === 1 ? this.tell() : fs.fstatSync(fd).size;
    if (target !== this.pos || this.pending !== "" || this.leftover.length > 0) this.synced = false;
    this.pos = target;
    this.pending = "";
    this.leftover = new Uint8Array(0);
    this.eof = false;
    this.atStart = target === 0;
    return target;
  }

  __repr__(): string {
    const name = typeof this.name === "string" ? stringRepr(this.name) : String(this.name);
    return `<_io.TextIOWrapper name=${name} mode=${stringRepr(this.mode)} encoding=${stringRepr(this.encoding)}>`;
  }
}

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
