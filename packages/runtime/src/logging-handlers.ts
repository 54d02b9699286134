/**
 * Python `logging` handlers: the `Handler` base (level, formatter, Python's
 * "--- Logging error ---" report when formatting or writing fails, after
 * which the program goes on), `StreamHandler` (default `sys.stderr`, written
 * through the runtime's standard streams so output interleaves with
 * `print` as in Python), `FileHandler` (opened at once, every record
 * written synchronously, so the file is complete whenever the script
 * stops), `NullHandler`, and `lastResort`, which prints bare WARNING+
 * messages to stderr when no handler exists anywhere.
 */
import { BaseException, NotImplementedError, RecursionError } from "./exceptions.js";
import { open } from "./files.js";
import { checkLevel, defaultFormatter, type Formatter, levelNameOf, type LogRecord, NOTSET, WARNING } from "./logging-records.js";
import { toPyException } from "./node-errors.js";
import { abspath } from "./os-path.js";
import { stderr, stdout } from "./print.js";
import { formatTraceback } from "./process-handlers.js";
import { repr } from "./repr.js";
import type { TextFile } from "./text-file.js";

/** What a `StreamHandler` writes to: `sys.stdout`, `sys.stderr`, an open text file, a `StringIO`. */
export interface LogStream {
  write(text: string): unknown;
  flush?(): void;
}

/** Python `logging.raiseExceptions`: whether handler errors are reported on stderr. */
export const settings = { raiseExceptions: true };

/** Python `logging.Handler`. Subclassing it in a translated script is not supported. */
export class Handler {
  level: number;
  formatter: Formatter | null = null;
  name: string | null = null;

  constructor(level: number | string = NOTSET) {
    this.level = checkLevel(level);
  }

  /** Python `setLevel(level)`: a number or a level name. */
  setLevel(level: number | string): void {
    this.level = checkLevel(level);
  }

  /** Python `setFormatter(fmt)`. */
  setFormatter(fmt: Formatter | null): void {
    this.formatter = fmt;
  }

  /** Python `format(record)`: with this handler's formatter, else `%(message)s`. */
  format(record: LogRecord): string {
    return (this.formatter ?? defaultFormatter).format(record);
  }

  /** Python `handle(record)`: emits the record (filters are not supported). */
  handle(record: LogRecord): boolean {
    this.emit(record);
    return true;
  }

  /** Python `emit(record)`: what a concrete handler does with a record. */
  emit(_record: LogRecord): void {
    throw new NotImplementedError("emit must be implemented by Handler subclasses");
  }

  /** Python `flush()`. */
  flush(): void {}

  /** Python `close()`. */
  close(): void {}

  /** Python `handleError(record)`: reports the exception being handled on stderr, then carries on. */
  handleError(record: LogRecord, error: BaseException): void {
    if (!settings.raiseExceptions) return;
    let text = "--- Logging error ---\n" + formatTraceback(error) + "Call stack:\n";
    text += `Message: ${repr(record.msg)}\nArguments: ${repr(record.args, "tuple")}\n`;
    stderr.write(text);
  }

  /** Formats and writes a record, reporting (not raising) what goes wrong, as Python's handlers do. */
  protected guarded(record: LogRecord, write: (text: string) => void): void {
    try {
      write(this.format(record));
    } catch (e) {
      const error = toPyException(e);
      if (error instanceof RecursionError) throw error;
      if (!(error instanceof BaseException)) throw e;
      this.handleError(record, error);
    }
  }

  __repr__(): string {
    return `<${this.constructor.name} (${levelNameOf(this.level)})>`;
  }
}

/** The name a stream shows in a handler's repr. */
function streamName(stream: LogStream): string {
  if (stream === stdout) return "<stdout>";
  if (stream === stderr) return "<stderr>";
  const name = (stream as { name?: unknown }).name;
  return typeof name === "string" ? name : "";
}

/** Python `logging.StreamHandler(stream=None)`: `sys.stderr` when no stream is given. */
export class StreamHandler extends Handler {
  stream: LogStream;
  terminator = "\n";

  constructor(stream: LogStream | null = null) {
    super();
    this.stream = stream ?? stderr;
  }

  override emit(record: LogRecord): void {
    this.guarded(record, (text) => {
      this.stream.write(text + this.terminator);
      this.flush();
    });
  }

  override flush(): void {
    this.stream.flush?.();
  }

  /** Python `setStream(stream)`: the previous stream, or null when it is the same. */
  setStream(stream: LogStream): LogStream | null {
    if (stream === this.stream) return null;
    const previous = this.stream;
    this.flush();
    this.stream = stream;
    return previous;
  }

  override __repr__(): string {
    const name = streamName(this.stream);
    return `<${this.constructor.name} ${name === "" ? "" : name + " "}(${levelNameOf(this.level)})>`;
  }
}

/** Python `logging.FileHandler(filename, mode='a', encoding=None, delay=False, errors=None)`. */
export class FileHandler extends StreamHandler {
  readonly baseFilename: string;
  readonly mode: string;
  readonly encoding: string | null;
  readonly errors: string | null;
  private file: TextFile | null;

  constructor(filename: string, mode = "a", encoding: string | null = null, delay = false, errors: string | null = null) {
    const path = abspath(filename);
    const file = delay ? null : open(path, mode, { encoding, errors });
    super(file ?? { write: () => 0 });
    this.baseFilename = path;
    this.mode = mode;
    this.encoding = encoding;
    this.errors = errors;
    this.file = file;
  }

  override emit(record: LogRecord): void {
    if (this.file === null) {
      this.file = open(this.baseFilename, this.mode, { encoding: this.encoding, errors: this.errors });
      this.stream = this.file;
    }
    super.emit(record);
  }

  override close(): void {
    this.file?.close();
    this.file = null;
  }

  override __repr__(): string {
    return `<${this.constructor.name} ${this.baseFilename} (${levelNameOf(this.level)})>`;
  }
}

/** Python `logging.NullHandler()`: swallows records (a library's "no output unless configured"). */
export class NullHandler extends Handler {
  override handle(_record: LogRecord): boolean {
    return true;
  }

  override emit(_record: LogRecord): void {}
}

/** Python's `_StderrHandler`: whatever `sys.stderr` is when a record comes. */
class StderrHandler extends StreamHandler {
  constructor(level: number) {
    super(stderr);
    this.level = level;
  }
}

/** Python `logging.lastResort`: bare WARNING+ messages to stderr when no handler exists anywhere. */
export const lastResort: Handler = new StderrHandler(WARNING);
