/**
 * Python's `logging` module (CPython 3.11): the logger hierarchy
 * (`getLogger("a.b")` is one object per name, its parent the nearest
 * existing dotted ancestor, else the root), levels and effective levels,
 * propagation to the parents' handlers, `lastResort` when no handler exists,
 * `basicConfig` (a no-op once the root has handlers, unless `force`), and
 * the module-level `logging.info(...)` family, which configures the root
 * first like Python. Handlers and formatting live in logging-handlers.ts
 * and logging-records.ts; everything is re-exported here as the `logging`
 * namespace of the runtime.
 */
import { BaseException, TypeError, ValueError } from "./exceptions.js";
import { FileHandler, Handler, lastResort, type LogStream, settings, StreamHandler } from "./logging-handlers.js";
import { checkLevel, CRITICAL, DEBUG, ERROR, Formatter, INFO, levelNameOf, LogRecord, NOTSET, type RecordException, WARNING } from "./logging-records.js";

export { FileHandler, Handler, lastResort, NullHandler, settings, StreamHandler } from "./logging-handlers.js";
export type { LogStream } from "./logging-handlers.js";
export { addLevelName, CRITICAL, DEBUG, ERROR, FATAL, Formatter, getLevelName, INFO, LogRecord, NOTSET, WARN, WARNING } from "./logging-records.js";

/** Keyword arguments of a logging call, and the static type of its `%` arguments. */
export interface LogOptions {
  /** An exception, `true` for the exception being handled (Python's `sys.exc_info()`), or false/None. */
  readonly exc_info?: BaseException | boolean | null;
  readonly stack_info?: boolean;
  readonly stacklevel?: number;
  /** Extra record attributes (a dict). */
  readonly extra?: ReadonlyMap<string, unknown> | null;
  /** The static type of the arguments as a tuple (`tuple[str, float]`), so `%s` writes floats as Python does. */
  readonly hint?: string;
}

/** What `exc_info=` becomes on the record: true outside a handler is Python's `(None, None, None)`. */
function recordException(excInfo: LogOptions["exc_info"]): RecordException | null {
  if (excInfo instanceof BaseException) return { exception: excInfo };
  return excInfo === true ? { exception: null } : null;
}

/** Python `logging.Logger`. Made by `getLogger`, never directly. */
export class Logger {
  level: number;
  propagate = true;
  disabled = false;
  readonly handlers: Handler[] = [];

  constructor(
    readonly name: string,
    level: number | string = NOTSET,
  ) {
    this.level = checkLevel(level);
  }

  /** The nearest existing logger up the dotted name, else the root (null for the root). */
  get parent(): Logger | null {
    if (this === root) return null;
    let name = this.name;
    for (let dot = name.lastIndexOf("."); dot > 0; dot = name.lastIndexOf(".")) {
      name = name.slice(0, dot);
      const found = registry.get(name);
      if (found !== undefined) return found;
    }
    return root;
  }

  /** Python `setLevel(level)`: a number or a level name. */
  setLevel(level: number | string): void {
    this.level = checkLevel(level);
  }

  /** Python `getEffectiveLevel()`: the first level set up the hierarchy. */
  getEffectiveLevel(): number {
    for (let logger: Logger | null = this; logger !== null; logger = logger.parent) {
      if (logger.level !== NOTSET) return logger.level;
    }
    return NOTSET;
  }

  /** Python `isEnabledFor(level)`. */
  isEnabledFor(level: number): boolean {
    if (this.disabled || disabledLevel >= level) return false;
    return level >= this.getEffectiveLevel();
  }

  /** Python `addHandler(h)`: a handler is added once. */
  addHandler(handler: Handler): void {
    if (!this.handlers.includes(handler)) this.handlers.push(handler);
  }

  /** Python `removeHandler(h)`. */
  removeHandler(handler: Handler): void {
    const i = this.handlers.indexOf(handler);
    if (i >= 0) this.handlers.splice(i, 1);
  }

  /** Python `hasHandlers()`: whether this logger or a parent it propagates to has handlers. */
  hasHandlers(): boolean {
    for (let logger: Logger | null = this; logger !== null; logger = logger.propagate ? logger.parent : null) {
      if (logger.handlers.length > 0) return true;
    }
    return false;
  }

  /** Python `getChild(suffix)`. */
  getChild(suffix: string): Logger {
    return getLogger(this === root ? suffix : `${this.name}.${suffix}`);
  }

  debug(msg: unknown, ...args: unknown[]): void {
    this.logWith(DEBUG, {}, msg, ...args);
  }

  info(msg: unknown, ...args: unknown[]): void {
    this.logWith(INFO, {}, msg, ...args);
  }

  warning(msg: unknown, ...args: unknown[]): void {
    this.logWith(WARNING, {}, msg, ...args);
  }

  /** Python's deprecated alias of `warning`. */
  warn(msg: unknown, ...args: unknown[]): void {
    this.logWith(WARNING, {}, msg, ...args);
  }

  error(msg: unknown, ...args: unknown[]): void {
    this.logWith(ERROR, {}, msg, ...args);
  }

  /** Python `exception(msg)`: ERROR with the exception being handled (none known here: `NoneType: None`). */
  exception(msg: unknown, ...args: unknown[]): void {
    this.logWith(ERROR, { exc_info: true }, msg, ...args);
  }

  critical(msg: unknown, ...args: unknown[]): void {
    this.logWith(CRITICAL, {}, msg, ...args);
  }

  fatal(msg: unknown, ...args: unknown[]): void {
    this.logWith(CRITICAL, {}, msg, ...args);
  }

  /** Python `log(level, msg, *args)`. */
  log(level: number, msg: unknown, ...args: unknown[]): void {
    this.logWith(level, {}, msg, ...args);
  }

  /** A logging call with keyword arguments (`exc_info=`, `extra=`...) or typed arguments. */
  logWith(level: number, options: LogOptions, msg: unknown, ...args: unknown[]): void {
    if (typeof level !== "number" || !Number.isInteger(level)) {
      if (settings.raiseExceptions) throw new TypeError("level must be an integer");
      return;
    }
    if (!this.isEnabledFor(level)) return;
    const record = new LogRecord(this.name, level, msg, args, recordException(options.exc_info), {
      hint: options.hint,
      stackInfo: options.stack_info,
      stacklevel: options.stacklevel,
      extra: options.extra ?? undefined,
    });
    this.handle(record);
  }

  /** Python `handle(record)`: to the handlers of this logger and of the parents it propagates to. */
  handle(record: LogRecord): void {
    if (this.disabled) return;
    let found = 0;
    for (let logger: Logger | null = this; logger !== null; logger = logger.propagate ? logger.parent : null) {
      for (const handler of [...logger.handlers]) {
        found++;
        if (record.levelno >= handler.level) handler.handle(record);
      }
    }
    if (found === 0 && record.levelno >= lastResort.level) lastResort.handle(record);
  }

  __repr__(): string {
    const kind = this === root ? "RootLogger" : "Logger";
    return `<${kind} ${this.name} (${levelNameOf(this.getEffectiveLevel())})>`;
  }
}

/** Python `logging.root`: the root logger, level WARNING. */
export const root = new Logger("root", WARNING);

const registry = new Map<string, Logger>();

/** Python `logging.disable(level)`: the level at and below which every logger is silent. */
let disabledLevel = NOTSET;

/** Python `logging.disable(level=CRITICAL)`. */
export function disable(level: number = CRITICAL): void {
  disabledLevel = level;
}

/** Python `logging.getLogger(name=None)`: the root for no name (or "root"), else one logger per name. */
export function getLogger(name: string | null = null): Logger {
  if (name === null || name === "" || name === root.name) return root;
  if (typeof name !== "string") throw new TypeError("A logger name must be a string");
  let logger = registry.get(name);
  if (logger === undefined) {
    logger = new Logger(name);
    registry.set(name, logger);
  }
  return logger;
}

/** Keyword arguments of `logging.basicConfig()`. */
export interface BasicConfigOptions {
  readonly filename?: string | null;
  readonly filemode?: string;
  readonly format?: string;
  readonly datefmt?: string | null;
  readonly style?: string;
  readonly level?: number | string | null;
  readonly stream?: LogStream | null;
  readonly handlers?: Iterable<Handler> | null;
  readonly force?: boolean;
  readonly encoding?: string | null;
  readonly errors?: string | null;
}

/** Python `logging.basicConfig(**kwargs)` (3.11): configures the root once, unless `force=True`. */
export function basicConfig(options: BasicConfigOptions = {}): void {
  if (options.force === true) {
    for (const handler of [...root.handlers]) {
      root.removeHandler(handler);
      handler.close();
    }
  }
  if (root.handlers.length > 0) return;
  let handlers = options.handlers === undefined || options.handlers === null ? null : [...options.handlers];
  if (handlers === null) {
    if ("stream" in options && "filename" in options) throw new ValueError("'stream' and 'filename' should not be specified together");
  } else if ("stream" in options || "filename" in options) {
    throw new ValueError("'stream' or 'filename' should not be specified together with 'handlers'");
  }
  if (handlers === null) {
    const filename = options.filename ?? null;
    const mode = options.filemode ?? "a";
    if (filename !== null && filename !== "") {
      const errors = mode.includes("b") ? null : (options.errors === undefined ? "backslashreplace" : options.errors);
      handlers = [new FileHandler(filename, mode, options.encoding ?? null, false, errors)];
    } else {
      handlers = [new StreamHandler(options.stream ?? null)];
    }
  }
  const style = options.style ?? "%";
  if (style !== "%" && style !== "{" && style !== "$") throw new ValueError("Style must be one of: %,{,$");
  const formatter = new Formatter(options.format ?? "%(levelname)s:%(name)s:%(message)s", options.datefmt ?? null, style);
  for (const handler of handlers) {
    if (handler.formatter === null) handler.setFormatter(formatter);
    root.addHandler(handler);
  }
  if (options.level !== undefined && options.level !== null) root.setLevel(options.level);
}

/** Module-level calls configure the root first when it has no handlers, as Python's do. */
function viaRoot(level: number, options: LogOptions, msg: unknown, args: unknown[]): void {
  if (root.handlers.length === 0) basicConfig();
  root.logWith(level, options, msg, ...args);
}

/** Python `logging.debug(msg, *args)`. */
export function debug(msg: unknown, ...args: unknown[]): void {
  viaRoot(DEBUG, {}, msg, args);
}

/** Python `logging.info(msg, *args)`. */
export function info(msg: unknown, ...args: unknown[]): void {
  viaRoot(INFO, {}, msg, args);
}

/** Python `logging.warning(msg, *args)`. */
export function warning(msg: unknown, ...args: unknown[]): void {
  viaRoot(WARNING, {}, msg, args);
}

/** Python's deprecated `logging.warn`. */
export function warn(msg: unknown, ...args: unknown[]): void {
  viaRoot(WARNING, {}, msg, args);
}

/** Python `logging.error(msg, *args)`. */
export function error(msg: unknown, ...args: unknown[]): void {
  viaRoot(ERROR, {}, msg, args);
}

/** Python `logging.exception(msg, *args)`: ERROR with the exception being handled (none known here). */
export function exception(msg: unknown, ...args: unknown[]): void {
  viaRoot(ERROR, { exc_info: true }, msg, args);
}

/** Python `logging.critical(msg, *args)`. */
export function critical(msg: unknown, ...args: unknown[]): void {
  viaRoot(CRITICAL, {}, msg, args);
}

/** Python `logging.fatal(msg, *args)`. */
export function fatal(msg: unknown, ...args: unknown[]): void {
  viaRoot(CRITICAL, {}, msg, args);
}

/** Python `logging.log(level, msg, *args)`. */
export function log(level: number, msg: unknown, ...args: unknown[]): void {
  viaRoot(level, {}, msg, args);
}

/** A module-level logging call with keyword arguments (`exc_info=`, `extra=`...) or typed arguments. */
export function logWith(level: number, options: LogOptions, msg: unknown, ...args: unknown[]): void {
  viaRoot(level, options, msg, args);
}

/** Python `logging.shutdown()`: flushes and closes every handler of the root and the named loggers. */
export function shutdown(): void {
  for (const logger of [root, ...registry.values()]) {
    for (const handler of logger.handlers) {
      handler.flush();
      handler.close();
    }
  }
}
