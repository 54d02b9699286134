/**
 * Python's `input()` and `sys.stdin` (read, readline, readlines, line
 * iteration), reading file descriptor 0 synchronously with universal
 * newlines (`\r\n` and `\r` read as `\n`), as Python's text-mode stdin does.
 */
import { EOFError } from "./exceptions.js";
import { readSome } from "./fd-io.js";
import { stdout } from "./print.js";
import { str } from "./repr.js";

const CHUNK = 65536;

/** A readable text stream over a file descriptor, decoding UTF-8. */
export class FdTextReader implements Iterable<string> {
  private pending = "";
  private eof = false;
  private pendingCR = false;
  private readonly decoder = new TextDecoder("utf-8");
  private readonly buffer = Buffer.alloc(CHUNK);

  constructor(readonly fd: number) {}

  /** Reads one more chunk into `pending`; false at end of file. */
  private fill(): boolean {
    if (this.eof) return false;
    const n = readSome(this.fd, this.buffer);
    let text: string;
    if (n === 0) {
      this.eof = true;
      text = this.decoder.decode();
      if (this.pendingCR) {
        text = "\n" + text;
        this.pendingCR = false;
      }
    } else {
      text = this.decoder.decode(this.buffer.subarray(0, n), { stream: true });
      if (this.pendingCR) {
        text = "\r" + text;
        this.pendingCR = false;
      }
      if (text.endsWith("\r")) {
        this.pendingCR = true;
        text = text.slice(0, -1);
      }
    }
    this.pending += text.replace(/\r\n?/g, "\n");
    return text !== "" || !this.eof;
  }

  /** Python `readline()`: the next line with its `\n`, or `""` at end of file. */
  readline(): string {
    for (;;) {
      const nl = this.pending.indexOf("\n");
      if (nl >= 0) {
        const line = this.pending.slice(0, nl + 1);
        this.pending = this.pending.slice(nl + 1);
        return line;
      }
      if (!this.fill()) {
        const rest = this.pending;
        this.pending = "";
        return rest;
      }
    }
  }

  /** Python `read()`: everything up to end of file. */
  read(): string {
    while (this.fill());
    const all = this.pending;
    this.pending = "";
    return all;
  }

  /** Python `readlines()`. */
  readlines(): string[] {
    const lines: string[] = [];
    for (let line = this.readline(); line !== ""; line = this.readline()) lines.push(line);
    return lines;
  }

  /** `for line in sys.stdin`. */
  *[Symbol.iterator](): Iterator<string> {
    for (let line = this.readline(); line !== ""; line = this.readline()) yield line;
  }

  /** Python `fileno()`. */
  fileno(): number {
    return this.fd;
  }
}

/** `sys.stdin`. */
export const stdin = new FdTextReader(0);

/**
 * Python `input(prompt="")`: writes the prompt (no newline), reads one line
 * from stdin without its line ending; `EOFError: EOF when reading a line` at end of file.
 */
export function input(prompt?: unknown): string {
  if (prompt !== undefined) stdout.write(typeof prompt === "string" ? prompt : str(prompt));
  const line = stdin.readline();
  if (line === "") throw new EOFError("EOF when reading a line");
  return line.endsWith("\n") ? line.slice(0, -1) : line;
}
