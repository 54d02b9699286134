/**
 * Types of `logging`, typeshed-style: `getLogger()` returns a
 * `logging.Logger`, handlers and formatters are classes of their own (a
 * `StreamHandler` is a `Handler`), and `tsTypes` names the runtime classes
 * that stand for them in type positions (`logger: logging.Logger` →
 * `LoggingLogger`).
 */
import type { ClassDeclaration, TsTypeMapping } from "@py2ts/core";

/** The keyword arguments every logging call takes after `msg, *args`. */
export const LOG_KEYWORDS = "exc_info: object = None, stack_info: bool = False, stacklevel: int = 1, extra: dict[str, object] | None = None";
/** `(msg, *args, **keywords)` of `info()`, `error()`... */
export const LOG_CALL = `(msg: object, *args: object, ${LOG_KEYWORDS}) -> None`;
/** `(level, msg, *args, **keywords)` of `log()`. */
export const LEVEL_LOG_CALL = `(level: int, msg: object, *args: object, ${LOG_KEYWORDS}) -> None`;

/** The logging calls by Python name, with the level they log at (`log` takes it as an argument). */
export const LEVEL_METHODS: Readonly<Record<string, string>> = {
  debug: "DEBUG",
  info: "INFO",
  warning: "WARNING",
  warn: "WARNING",
  error: "ERROR",
  exception: "ERROR",
  critical: "CRITICAL",
  fatal: "CRITICAL",
};

export const LEVEL_CONSTANTS = ["CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET"] as const;

const LOGGING_CALLS: Record<string, string> = Object.fromEntries([
  ...Object.keys(LEVEL_METHODS).map((m) => [m, LOG_CALL]),
  ["log", LEVEL_LOG_CALL],
]);

export const LOGGING_VALUES: Readonly<Record<string, string>> = {
  "logging.getLogger": "(name: str | None = None) -> logging.Logger",
  "logging.basicConfig":
    "(*, filename: str | None = None, filemode: str = 'a', format: str | None = None, datefmt: str | None = None, style: str = '%', level: int | str | None = None, stream: object = None, handlers: list[logging.Handler] | None = None, force: bool = False, encoding: str | None = None, errors: str | None = None) -> None",
  "logging.getLevelName": "(level: int | str) -> str | int",
  "logging.addLevelName": "(level: int, levelName: str) -> None",
  "logging.disable": "(level: int = 50) -> None",
  "logging.shutdown": "() -> None",
  "logging.StreamHandler": "(stream: object = None) -> logging.StreamHandler",
  "logging.FileHandler": "(filename: str, mode: str = 'a', encoding: str | None = None, delay: bool = False, errors: str | None = None) -> logging.FileHandler",
  "logging.NullHandler": "() -> logging.NullHandler",
  "logging.Formatter": "(fmt: str | None = None, datefmt: str | None = None, style: str = '%', validate: bool = True) -> logging.Formatter",
  "logging.root": "logging.Logger",
  "logging.lastResort": "logging.Handler",
  ...Object.fromEntries(LEVEL_CONSTANTS.map((c) => [`logging.${c}`, "int"])),
  ...Object.fromEntries(Object.entries(LOGGING_CALLS).map(([m, sig]) => [`logging.${m}`, sig])),
};

const HANDLER_ATTRIBUTES: Readonly<Record<string, string>> = { level: "int", formatter: "logging.Formatter | None", name: "str | None" };
const HANDLER_METHODS: Readonly<Record<string, string>> = {
  setLevel: "(level: int | str) -> None",
  setFormatter: "(fmt: logging.Formatter | None) -> None",
  flush: "() -> None",
  close: "() -> None",
};
const STREAM_ATTRIBUTES: Readonly<Record<string, string>> = { ...HANDLER_ATTRIBUTES, stream: "object", terminator: "str" };
const STREAM_METHODS: Readonly<Record<string, string>> = { ...HANDLER_METHODS, setStream: "(stream: object) -> object" };

/** Every member is declared on each class (not inherited), so the member tables know them all. */
export const LOGGING_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  "logging.Logger": {
    attributes: {
      name: "str",
      level: "int",
      propagate: "bool",
      disabled: "bool",
      handlers: "list[logging.Handler]",
      parent: "logging.Logger | None",
    },
    methods: {
      ...LOGGING_CALLS,
      setLevel: "(level: int | str) -> None",
      getEffectiveLevel: "() -> int",
      isEnabledFor: "(level: int) -> bool",
      addHandler: "(hdlr: logging.Handler) -> None",
      removeHandler: "(hdlr: logging.Handler) -> None",
      hasHandlers: "() -> bool",
      getChild: "(suffix: str) -> logging.Logger",
    },
  },
  "logging.Handler": { attributes: HANDLER_ATTRIBUTES, methods: HANDLER_METHODS },
  "logging.StreamHandler": { base: "logging.Handler", attributes: STREAM_ATTRIBUTES, methods: STREAM_METHODS },
  "logging.FileHandler": {
    base: "logging.StreamHandler",
    attributes: { ...STREAM_ATTRIBUTES, baseFilename: "str", mode: "str", encoding: "str | None" },
    methods: STREAM_METHODS,
  },
  "logging.NullHandler": { base: "logging.Handler", attributes: HANDLER_ATTRIBUTES, methods: HANDLER_METHODS },
  "logging.Formatter": { attributes: { datefmt: "str | None" } },
};

export const LOGGING_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  "logging.Logger": { module: "@py2ts/runtime", name: "LoggingLogger", args: [] },
  "logging.Handler": { module: "@py2ts/runtime", name: "LoggingHandler", args: [] },
  "logging.StreamHandler": { module: "@py2ts/runtime", name: "LoggingStreamHandler", args: [] },
  "logging.FileHandler": { module: "@py2ts/runtime", name: "LoggingFileHandler", args: [] },
  "logging.NullHandler": { module: "@py2ts/runtime", name: "LoggingNullHandler", args: [] },
  "logging.Formatter": { module: "@py2ts/runtime", name: "LoggingFormatter", args: [] },
};
