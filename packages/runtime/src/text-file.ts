/**
 * Python's text files (`io.TextIOWrapper`): decoding with the codec and error
 * handler given (UTF-8 by default), newline translation as the `newline`
 * argument says (universal newlines by default), `read(n)` in code points,
 * `tell()`/`seek()` by byte position.
 */
import * as fs from "node:fs";
import { TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { CHUNK, FileBase, type ParsedMode, UnsupportedOperation } from "./file-base.js";
import type { StrPath } from "./os-errors.js";
import { typeName } from "./repr.js";
import { stringRepr } from "./string-repr.js";
import { type Codec, checkErrors, decodeText, encodeText, lookupCodec } from "./text-codecs.js";

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

