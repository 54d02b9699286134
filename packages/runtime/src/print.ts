/**
 * Python's `print()` and `sys.stdout` / `sys.stderr`: values rendered with
 * `str()`, joined by `sep`, terminated by `end`, written synchronously (and
 * completely) to the file descriptor, so output order matches Python and
 * nothing is lost when the process exits.
 */
import { isatty } from "node:tty";
import { codePointLength } from "./code-points.js";
import { writeAll } from "./fd-io.js";
import { TypeError } from "./exceptions.js";
import { keywordArgs } from "./lang-control.js";
import { str, typeName } from "./repr.js";

/** A writable text stream (`sys.stdout`, `sys.stderr`, an open file...). */
export interface TextStream {
  /** Writes `text`, returning the number of characters written (Python's `write`). */
  write(text: string): number;
  /** Python's `flush()`. */
  flush(): void;
}

/** A text stream writing straight to a file descriptor. */
export class FdTextStream implements TextStream {
  constructor(readonly fd: number) {}

  write(text: string): number {
    writeAll(this.fd, text);
    return codePointLength(text);
  }

  flush(): void {}

  /** Python's `fileno()`. */
  fileno(): number {
    return this.fd;
  }

  /** Python's `isatty()`. */
  isatty(): boolean {
    return isatty(this.fd);
  }
}

/** `sys.stdout`. */
export const stdout: TextStream = new FdTextStream(1);
/** `sys.stderr`. */
export const stderr: TextStream = new FdTextStream(2);

/** Python `print(*values)`: `str()` of each value, space separated, newline terminated, to stdout. */
export function print(...values: unknown[]): void {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += " ";
    const v = values[i];
    line += typeof v === "string" ? v : str(v);
  }
  stdout.write(line + "\n");
}

/** Keyword arguments of `print()`. */
export interface PrintOptions {
  /** Separator between values (`None` = `" "`). */
  readonly sep?: string | null;
  /** Written after the last value (`None` = `"\n"`). */
  readonly end?: string | null;
  /** Target stream (`None` = `sys.stdout`). */
  readonly file?: TextStream | null;
  /** Flush the stream after writing. */
  readonly flush?: boolean;
}

/** Python `print(*values, sep=..., end=..., file=..., flush=...)`. */
/**
 * The options of `print(..., **kwargs)`: keyword arguments and mappings merged
 * in call order (a repeated name is Python's TypeError), checked like
 * CPython checks them.
 */
export function printOptions(...parts: Array<Iterable<readonly [string, unknown]> | ReadonlyMap<string, unknown>>): PrintOptions {
  const merged = keywordArgs<unknown>("print", ...parts);
  const options: { sep?: string | null; end?: string | null; file?: TextStream | null } = {};
  for (const [name, value] of merged) {
    if (name === "sep" || name === "end") {
      if (value !== null && typeof value !== "string") throw new TypeError(`${name} must be None or a string, not ${typeName(value)}`);
      options[name] = value;
    } else if (name === "file") {
      options.file = value as TextStream | null;
    } else if (name !== "flush") {
      throw new TypeError(`'${name}' is an invalid keyword argument for print()`);
    }
  }
  return options;
}

export function printWith(options: PrintOptions, ...values: unknown[]): void {
  const sep = options.sep ?? " ";
  const end = options.end ?? "\n";
  const file = options.file ?? stdout;
  let text = "";
  for (let i = 0; i < values.length; i++) {
    if (i > 0) text += sep;
    const v = values[i];
    text += typeof v === "string" ? v : str(v);
  }
  file.write(text + end);
  if (options.flush === true) file.flush();
}
