/**
 * The data side of Python's `logging`: level numbers and names
 * (`getLevelName`, `addLevelName`, the checks `setLevel` makes), the
 * `LogRecord` one logging call produces (message built with Python's `%`
 * formatting, caller information taken from the JavaScript stack as a best
 * effort), and `Formatter`, which renders a record with a `%`-style format
 * (`%(levelname)-8s %(asctime)s ...`) exactly as CPython 3.11 does.
 */
import * as nodePath from "node:path";
import { BaseException, KeyError, TypeError, ValueError } from "./exceptions.js";
import { formatTraceback } from "./process-handlers.js";
import { percentFormat } from "./percent-format.js";
import { repr, str } from "./repr.js";

export const CRITICAL = 50;
export const FATAL = CRITICAL;
export const ERROR = 40;
export const WARNING = 30;
export const WARN = WARNING;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const levelToName = new Map<number, string>([
  [CRITICAL, "CRITICAL"],
  [ERROR, "ERROR"],
  [WARNING, "WARNING"],
  [INFO, "INFO"],
  [DEBUG, "DEBUG"],
  [NOTSET, "NOTSET"],
]);
const nameToLevel = new Map<string, number>([
  ["CRITICAL", CRITICAL],
  ["FATAL", FATAL],
  ["ERROR", ERROR],
  ["WARN", WARNING],
  ["WARNING", WARNING],
  ["INFO", INFO],
  ["DEBUG", DEBUG],
  ["NOTSET", NOTSET],
]);

/** Python `logging.getLevelName(level)`: the name of a level number, the number of a level name, else `"Level x"`. */
export function getLevelName(level: number | string): string | number {
  if (typeof level === "number") {
    const name = levelToName.get(level);
    if (name !== undefined) return name;
  } else {
    const value = nameToLevel.get(level);
    if (value !== undefined) return value;
  }
  return `Level ${str(level)}`;
}

/** Python `logging.addLevelName(level, levelName)`. */
export function addLevelName(level: number, levelName: string): void {
  levelToName.set(level, levelName);
  nameToLevel.set(levelName, level);
}

/** Python's `_checkLevel`: a level number, or a registered level name. */
export function checkLevel(level: unknown): number {
  if (typeof level === "number" && Number.isInteger(level)) return level;
  if (typeof level === "boolean") return level ? 1 : 0;
  if (typeof level === "string") {
    const value = nameToLevel.get(level);
    if (value === undefined) throw new ValueError(`Unknown level: ${repr(level)}`);
    return value;
  }
  throw new TypeError(`Level not an integer or a valid string: ${repr(level)}`);
}

/** The name a record shows for its level (`levelname`). */
export function levelNameOf(level: number): string {
  return levelToName.get(level) ?? `Level ${level}`;
}

/** Where a logging call was made, as far as the JavaScript stack tells. */
interface Caller {
  pathname: string;
  lineno: number;
  funcName: string;
}

const RUNTIME_FILE = /[\\/](?:@py2ts[\\/]runtime|packages[\\/]runtime)[\\/](?:src|dist)[\\/]/;
const FRAME = /^\s+at (?:(.*?) \()?(?:file:\/\/)?([^()]+?):(\d+):\d+\)?$/;

/** The frames of a JavaScript stack outside the runtime and Node, innermost first. */
function scriptFrames(stack: string): Caller[] {
  const out: Caller[] = [];
  for (const raw of stack.split("\n")) {
    const match = FRAME.exec(raw);
    if (match === null) continue;
    const [, fn, file, line] = match;
    if (file!.startsWith("node:") || RUNTIME_FILE.test(file!)) continue;
    const funcName = fn === undefined || fn === "" || fn === "<anonymous>" ? "<module>" : fn.replace(/^(async |Object\.)/, "");
    out.push({ pathname: file!, lineno: Number(line), funcName });
  }
  return out;
}

/** Milliseconds since the epoch when the logging module was loaded (`relativeCreated` counts from it). */
const START_TIME = Date.now();

/** The exception a record carries: `null` is Python's `(None, None, None)` (exc_info=True outside a handler). */
export interface RecordException {
  readonly exception: BaseException | null;
}

/** Python `logging.LogRecord`: one event, with the fields formats name (`%(name)s`, `%(levelno)d`...). */
export class LogRecord {
  readonly levelname: string;
  readonly created: number;
  readonly msecs: number;
  readonly relativeCreated: number;
  readonly process: number = process.pid;
  readonly processName = "MainProcess";
  readonly thread = 1;
  readonly threadName = "MainThread";
  /** Set by `Formatter.format`. */
  message = "";
  /** Set by `Formatter.format` when the format shows the time. */
  asctime = "";
  /** The formatted exception, cached by the first formatter. */
  exc_text: string | null = null;
  /** Attributes given with `extra=`. */
  readonly extra: ReadonlyMap<string, unknown>;
  private readonly stack: string;
  private caller: Caller | null = null;

  constructor(
    readonly name: string,
    readonly levelno: number,
    readonly msg: unknown,
    readonly args: readonly unknown[],
    readonly exc_info: RecordException | null,
    options: { hint?: string | undefined; stackInfo?: boolean | undefined; stacklevel?: number | undefined; extra?: ReadonlyMap<string, unknown> | undefined } = {},
  ) {
    this.levelname = levelNameOf(levelno);
    const now = Date.now();
    this.created = now / 1000;
    this.msecs = now % 1000;
    this.relativeCreated = now - START_TIME;
    this.hint = options.hint;
    this.stacklevel = Math.max(options.stacklevel ?? 1, 1);
    const limit = globalThis.Error.stackTraceLimit;
    globalThis.Error.stackTraceLimit = 50;
    this.stack = new globalThis.Error().stack ?? "";
    globalThis.Error.stackTraceLimit = limit;
    this.stack_info = options.stackInfo === true ? this.formatStack() : null;
    this.extra = options.extra ?? new Map();
    for (const key of this.extra.keys()) {
      if (key === "message" || key === "asctime" || RECORD_FIELDS.has(key)) throw new KeyError(`Attempt to overwrite ${repr(key)} in LogRecord`);
    }
  }

  /** The static type of `args` (`tuple[str, float]`), so `%s` writes a float `1.0` as Python does. */
  readonly hint: string | undefined;
  private readonly stacklevel: number;
  /** `stack_info=True`: the call stack, formatted. */
  readonly stack_info: string | null;

  private frame(): Caller {
    if (this.caller === null) {
      const frames = scriptFrames(this.stack);
      this.caller = frames[Math.min(this.stacklevel - 1, frames.length - 1)] ?? { pathname: "(unknown file)", lineno: 0, funcName: "(unknown function)" };
    }
    return this.caller;
  }

  private formatStack(): string {
    const frames = scriptFrames(this.stack).reverse();
    return "Stack (most recent call last):\n" + frames.map((f) => `  File "${f.pathname}", line ${f.lineno}, in ${f.funcName}`).join("\n");
  }

  /** The script path of the call (the JavaScript file: best effort). */
  get pathname(): string {
    return this.frame().pathname;
  }

  /** The script's file name, with the Python extension (best effort). */
  get filename(): string {
    return nodePath.basename(this.pathname).replace(/\.(?:[cm]?js|[cm]?ts)$/, ".py");
  }

  /** The script's module name (best effort). */
  get module(): string {
    return nodePath.basename(this.pathname).replace(/\.[^.]*$/, "");
  }

  /** The line of the call in the JavaScript file (best effort). */
  get lineno(): number {
    return this.frame().lineno;
  }

  /** The calling function's name, `<module>` at top level (best effort). */
  get funcName(): string {
    return this.frame().funcName;
  }

  /** Python `record.getMessage()`: `str(msg) % args` when there are args. */
  getMessage(): string {
    const msg = str(this.msg);
    if (this.args.length === 0) return msg;
    const only = this.args[0];
    if (this.args.length === 1 && only instanceof Map && only.size > 0) return percentFormat(msg, only);
    return percentFormat(msg, this.args, this.hint);
  }

  /** The record's attributes by name, as `fmt % record.__dict__` sees them. */
  fields(): Map<string, unknown> {
    const fields = new Map<string, unknown>();
    for (const name of RECORD_FIELDS) fields.set(name, this.field(name));
    for (const [key, value] of this.extra) fields.set(key, value);
    return fields;
  }

  private field(name: string): unknown {
    switch (name) {
      case "name": return this.name;
      case "msg": return this.msg;
      case "args": return this.args;
      case "levelname": return this.levelname;
      case "levelno": return this.levelno;
      case "pathname": return this.pathname;
      case "filename": return this.filename;
      case "module": return this.module;
      case "exc_info": return this.exc_info;
      case "exc_text": return this.exc_text;
      case "stack_info": return this.stack_info;
      case "lineno": return this.lineno;
      case "funcName": return this.funcName;
      case "created": return this.created;
      case "msecs": return this.msecs;
      case "relativeCreated": return this.relativeCreated;
      case "thread": return this.thread;
      case "threadName": return this.threadName;
      case "processName": return this.processName;
      case "process": return this.process;
      case "message": return this.message;
      case "asctime": return this.asctime;
      default: return undefined;
    }
  }
}

const RECORD_FIELDS: ReadonlySet<string> = new Set([
  "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info", "exc_text",
  "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread", "threadName",
  "processName", "process", "message", "asctime",
]);

/** Python's check that a `%`-style format names at least one record field. */
const VALID_PERCENT_FORMAT = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** `time.strftime(fmt, time.localtime(seconds))` for the codes dates use. */
function localStrftime(seconds: number, format: string): string {
  const d = new Date(Math.floor(seconds) * 1000);
  const offset = -d.getTimezoneOffset();
  const codes: Record<string, () => string> = {
    Y: () => String(d.getFullYear()),
    y: () => pad2(d.getFullYear() % 100),
    m: () => pad2(d.getMonth() + 1),
    d: () => pad2(d.getDate()),
    e: () => String(d.getDate()).padStart(2, " "),
    H: () => pad2(d.getHours()),
    I: () => pad2(((d.getHours() + 11) % 12) + 1),
    M: () => pad2(d.getMinutes()),
    S: () => pad2(d.getSeconds()),
    p: () => (d.getHours() < 12 ? "AM" : "PM"),
    a: () => ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getDay()]!,
    A: () => ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][d.getDay()]!,
    b: () => MONTHS[d.getMonth()]!.slice(0, 3),
    B: () => MONTHS[d.getMonth()]!,
    j: () => String(Math.floor((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - Date.UTC(d.getFullYear(), 0, 1)) / 86400000) + 1).padStart(3, "0"),
    z: () => `${offset < 0 ? "-" : "+"}${pad2(Math.floor(Math.abs(offset) / 60))}${pad2(Math.abs(offset) % 60)}`,
    Z: () => new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName")?.value ?? "",
    s: () => String(Math.floor(seconds)),
    "%": () => "%",
  };
  codes["F"] = () => `${codes["Y"]!()}-${codes["m"]!()}-${codes["d"]!()}`;
  codes["T"] = () => `${codes["H"]!()}:${codes["M"]!()}:${codes["S"]!()}`;
  codes["D"] = () => `${codes["m"]!()}/${codes["d"]!()}/${codes["y"]!()}`;
  codes["R"] = () => `${codes["H"]!()}:${codes["M"]!()}`;
  codes["c"] = () => `${codes["a"]!()} ${codes["b"]!()} ${codes["e"]!()} ${codes["T"]!()} ${codes["Y"]!()}`;
  codes["x"] = codes["D"];
  codes["X"] = codes["T"];
  return format.replace(/%(.)/gs, (whole, code: string) => codes[code]?.() ?? whole);
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Python `logging.Formatter(fmt=None, datefmt=None, style='%', validate=True)`, `%` style only. */
export class Formatter {
  readonly _fmt: string;
  readonly datefmt: string | null;
  default_time_format = "%Y-%m-%d %H:%M:%S";
  default_msec_format: string | null = "%s,%03d";

  constructor(fmt: string | null = null, datefmt: string | null = null, style = "%", validate = true) {
    if (style !== "%") {
      if (style === "{" || style === "$") throw new ValueError(`py2ts: Formatter style '${style}' is not supported`);
      throw new ValueError("Style must be one of: %,{,$");
    }
    this._fmt = fmt ?? "%(message)s";
    this.datefmt = datefmt;
    if (validate && !VALID_PERCENT_FORMAT.test(this._fmt)) throw new ValueError(`Invalid format '${this._fmt}' for '%' style`);
  }

  /** Whether the format shows `%(asctime)`. */
  usesTime(): boolean {
    return this._fmt.includes("%(asctime)");
  }

  /** Python `formatTime`: local time by `datefmt`, else `2026-11-23 15:20:06,123`. */
  formatTime(record: LogRecord, datefmt: string | null = null): string {
    if (datefmt !== null && datefmt !== "") return localStrftime(record.created, datefmt);
    const s = localStrftime(record.created, this.default_time_format);
    return this.default_msec_format === null ? s : percentFormat(this.default_msec_format, [s, record.msecs]);
  }

  /** Python `formatException`: the traceback, without its final newline. */
  formatException(info: RecordException): string {
    const text = info.exception === null ? "NoneType: None\n" : formatTraceback(info.exception);
    return text.endsWith("\n") ? text.slice(0, -1) : text;
  }

  /** `fmt % record.__dict__`. */
  formatMessage(record: LogRecord): string {
    return percentFormat(this._fmt, record.fields());
  }

  /** Python `Formatter.format(record)`. */
  format(record: LogRecord): string {
    record.message = record.getMessage();
    if (this.usesTime()) record.asctime = this.formatTime(record, this.datefmt);
    let s = this.formatMessage(record);
    if (record.exc_info !== null && record.exc_text === null) record.exc_text = this.formatException(record.exc_info);
    if (record.exc_text !== null && record.exc_text !== "") {
      if (!s.endsWith("\n")) s += "\n";
      s += record.exc_text;
    }
    if (record.stack_info !== null) {
      if (!s.endsWith("\n")) s += "\n";
      s += record.stack_info;
    }
    return s;
  }

  __repr__(): string {
    return "<logging.Formatter object>";
  }
}

/** The formatter of handlers that have none (`%(message)s`). */
export const defaultFormatter = new Formatter();
