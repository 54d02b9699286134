import { type AnyExpr, type CallMappingHelpers, type MappedArguments, type NodeOf, type PyExpr, type ValueMapping, T, defineRule, parseSignature } from "@py2ts/core";
import { LEVEL_CONSTANTS, LEVEL_METHODS, LOGGING_CLASSES, LOGGING_VALUES } from "../declarations/logging";
import { type TranslateBuilder, keywordOnlyNames, mapDeclared, optionsObject, positionalArguments } from "../shared/declared-mappings";
import { HandledExceptions } from "../shared/handled-exceptions";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleVisitors } from "../shared/module-members";
import { receiverOf } from "../shared/runtime-namespace-calls";

/**
 * Python's `logging` onto the runtime's `logging` namespace, a port of
 * CPython 3.11's module: loggers keep their Python method names
 * (`log.info("x %s", a)` stays `log.info("x %s", a)`), handlers and
 * formatters are runtime classes. A call with keyword arguments
 * (`exc_info=`, `extra=`...) or with arguments whose `%s` rendering depends
 * on their static type (a float) becomes `log.logWith(level, { ... }, msg,
 * ...args)`. `exception()` and `exc_info=True` pass the exception of the
 * enclosing `except` explicitly. Handler subclasses, filters,
 * `logging.config` and `{`/`$` format styles are reported and stubbed.
 */

/** Record fields a translation can only guess (they describe the Python caller). */
const CALLER_FIELDS = ["funcName", "lineno", "module", "filename", "pathname"];

type Call = NodeOf<"Call">;

/** Reports the caller fields a literal format names. */
function reportCallerFields(format: string | null, node: PyExpr, h: CallMappingHelpers): void {
  if (format === null) return;
  for (const field of CALLER_FIELDS) {
    if (format.includes(`%(${field})`)) h.ctx.report({ messageId: "callerField", node, data: { field } });
  }
}

/** A `style=` other than `'%'`, or null when the call keeps the `%` style. */
function unsupportedStyle(args: MappedArguments): string | null {
  if (!args.has("style")) return null;
  const style = args.literalString("style");
  return style === "%" ? null : `style=${style === null ? "<computed>" : `'${style}'`}`;
}

/** `runtime.logging.name`. */
function member(h: CallMappingHelpers, name: string): AnyExpr {
  return h.b.member(h.runtime("logging"), name);
}

const handled = new WeakMap<object, HandledExceptions>();

/**
 * A logging call (`info`, `exception`, `log`...) on `target` (a logger, or
 * the runtime module for `logging.info`). `level` is the level constant, or
 * null for `log(level, ...)`.
 */
function logCall(method: string, level: string | null, target: (args: MappedArguments, h: CallMappingHelpers) => AnyExpr): TranslateBuilder {
  const withException = method === "exception";
  return () => (args, h) => {
    const { b } = h;
    const options: Array<[string, AnyExpr]> = [];
    const handledVar = handled.get(h.ctx)?.of(args.call);
    const excLiteral = args.has("exc_info") ? args.literalConstant("exc_info") : withException ? true : false;
    if (excLiteral === true) {
      h.ctx.report({ messageId: "traceback", node: args.call, data: {} });
      if (handledVar !== undefined) options.push(["exc_info", b.id(handledVar)]);
      else if (args.has("exc_info")) options.push(["exc_info", b.bool(true)]);
    } else if (excLiteral === undefined) {
      h.ctx.report({ messageId: "traceback", node: args.call, data: {} });
      options.push(["exc_info", args.required("exc_info")]);
    } else if (withException) {
      options.push(["exc_info", b.bool(false)]);
    }
    for (const name of ["stack_info", "stacklevel", "extra"]) if (args.has(name)) options.push([name, args.required(name)]);
    // the arguments' types matter only when one of them renders by its type (a float 2.0 is written "2.0")
    const types = args.varArgs.map((a) => h.ctx.types.of(a));
    if (!args.varArgs.some((a) => a.kind === "Starred") && types.some((t) => h.ctx.types.hint(t) !== null)) {
      const hint = h.ctx.types.hint(T.tuple(types));
      if (hint !== null) options.push(["hint", b.str(hint)]);
    }
    const msg = args.required("msg");
    const rest = args.rest();
    const receiver = target(args, h);
    if (options.length === 0) {
      return b.call(b.member(receiver, method), [...(level === null ? [args.required("level")] : []), msg, ...rest]);
    }
    const levelExpr = level === null ? args.required("level") : member(h, level);
    return b.call(b.member(receiver, "logWith"), [levelExpr, b.object(options), msg, ...rest]);
  };
}

const logCalls = (target: (args: MappedArguments, h: CallMappingHelpers) => AnyExpr): Record<string, TranslateBuilder> => ({
  ...Object.fromEntries(Object.entries(LEVEL_METHODS).map(([m, level]) => [m, logCall(m, level, target)])),
  log: logCall("log", null, target),
});

/** `new logging.Name(args...)` with the Python positional parameters. */
const construct = (name: string): TranslateBuilder => (signature) => (args, h) => h.b.new(member(h, name), positionalArguments(args, signature, h.b));

/** `logging.name(args...)`. */
const plain = (name: string): TranslateBuilder => (signature) => (args, h) => h.b.call(member(h, name), positionalArguments(args, signature, h.b));

const formatter: TranslateBuilder = (signature) => (args, h) => {
  const style = unsupportedStyle(args);
  if (style !== null) return h.ctx.stubExpr({ messageId: "unsupported", node: args.call, data: { what: `Formatter(${style})` } });
  reportCallerFields(args.literalString("fmt"), args.call, h);
  return h.b.new(member(h, "Formatter"), positionalArguments(args, signature, h.b));
};

const BASIC_CONFIG_OPTIONS = keywordOnlyNames(parseSignature(LOGGING_VALUES["logging.basicConfig"]!));

const basicConfig: TranslateBuilder = () => (args, h) => {
  const style = unsupportedStyle(args);
  if (style !== null) return h.ctx.stubExpr({ messageId: "unsupported", node: args.call, data: { what: `basicConfig(${style})` } });
  reportCallerFields(args.literalString("format"), args.call, h);
  const options = optionsObject(args, BASIC_CONFIG_OPTIONS, h.b);
  return h.b.call(member(h, "basicConfig"), options ? [options] : []);
};

/**
 * `getLogger(__name__)`: the module's name, `"__main__"` when it is the
 * script Node runs (as the `if __name__ == "__main__"` translation decides).
 */
const getLogger: TranslateBuilder = (signature) => (args, h) => {
  const name = args.py("name");
  if (name?.kind === "Name" && name.id === "__name__" && h.ctx.scope.binding(name) === null) {
    const { b } = h;
    const main = b.call(h.runtime("isMain"), [b.member(b.id("import.meta"), "url")]);
    return b.call(member(h, "getLogger"), [b.conditional(main, b.str("__main__"), b.str(h.ctx.file.moduleName))]);
  }
  return h.b.call(member(h, "getLogger"), positionalArguments(args, signature, h.b));
};

const moduleTarget = (_args: MappedArguments, h: CallMappingHelpers) => h.runtime("logging");

const calls = mapDeclared(LOGGING_VALUES, {
  "logging.getLogger": getLogger,
  "logging.basicConfig": basicConfig,
  "logging.getLevelName": plain("getLevelName"),
  "logging.addLevelName": plain("addLevelName"),
  "logging.disable": plain("disable"),
  "logging.shutdown": plain("shutdown"),
  "logging.StreamHandler": construct("StreamHandler"),
  "logging.FileHandler": construct("FileHandler"),
  "logging.NullHandler": construct("NullHandler"),
  "logging.Formatter": formatter,
  ...Object.fromEntries(Object.entries(logCalls(moduleTarget)).map(([m, build]) => [`logging.${m}`, build])),
});

const runtimeMember = (name: string): ValueMapping => (h) => h.b.member(h.runtime("logging"), name);

const values: Readonly<Record<string, ValueMapping>> = {
  ...Object.fromEntries(LEVEL_CONSTANTS.map((c) => [`logging.${c}`, runtimeMember(c)])),
  ...Object.fromEntries(["root", "lastResort", "Logger", "Handler", "StreamHandler", "FileHandler", "NullHandler", "Formatter", "LogRecord"].map((n) => [`logging.${n}`, runtimeMember(n)])),
};

/** The member tables take every member as declared on the class itself (no inherited, open members). */
const classes = libraryClassTables(
  Object.fromEntries(Object.entries(LOGGING_CLASSES).map(([name, { base: _base, ...decl }]) => [name, decl])),
  { "logging.Logger": { methods: logCalls(receiverOf) } },
);

/** Names of `logging` whose use means a feature the translation does not have. */
const UNSUPPORTED_NAMES: Readonly<Record<string, string>> = {
  "logging.Filter": "logging filters",
  "logging.config": "logging.config",
  "logging.config.dictConfig": "logging.config.dictConfig",
  "logging.config.fileConfig": "logging.config.fileConfig",
  "logging.handlers": "logging.handlers",
  "logging.setLoggerClass": "custom logger classes",
  "logging.setLogRecordFactory": "custom log records",
};

/** Whether a call may log the exception being handled (`exception()`, `exc_info=True`). */
function logsHandledException(call: Call, isLogger: (e: PyExpr) => boolean, resolve: (e: PyExpr) => string | null): boolean {
  const excInfo = call.keywords.find((k) => k.name === "exc_info")?.value;
  const wantsException = excInfo?.kind === "BoolLit" ? excInfo.value : excInfo === undefined && call.func.kind === "Attribute" && call.func.attr === "exception";
  if (!wantsException || call.func.kind !== "Attribute") return false;
  return (resolve(call.func) ?? "").startsWith("logging.") || isLogger(call.func.value);
}

export default defineRule({
  meta: {
    id: "stdlib/logging",
    description: "Translate logging (loggers, basicConfig, handlers, formatters) onto the runtime's port",
    // early: the module is scanned for except bodies, and logging subclasses reported, before the core rules translate them
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5300", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unmappedName: {
        code: "PY2TS5301",
        severity: "error",
        text: "{name} is not mapped to TypeScript",
        suggestion: "Port this use by hand, or add it to the runtime's logging port and the pack's declarations.",
      },
      unmappedMember: {
        code: "PY2TS5302",
        severity: "error",
        text: "{type}.{member} is not mapped to TypeScript",
        suggestion: "Port this use by hand, or add the member to the runtime class and the pack's declarations.",
      },
      unsupported: {
        code: "PY2TS2550",
        severity: "error",
        text: "{what} is not supported by the logging translation",
        suggestion: "Configure logging with basicConfig, StreamHandler/FileHandler and a '%'-style Formatter.",
      },
      callerField: {
        code: "PY2TS3551",
        severity: "warning",
        text: "%({field}) describes the Python caller: the translation shows the JavaScript caller's, as a best effort",
      },
      traceback: {
        code: "PY2TS3552",
        severity: "warning",
        text: "the logged traceback lists JavaScript frames; its last line (the exception) is Python's",
      },
    },
  },
  create: (ctx) => {
    const scanned = new HandledExceptions();
    handled.set(ctx, scanned);
    const isLogger = (e: PyExpr) => {
      const t = ctx.types.of(e);
      return t.kind === "named" && t.name === "logging.Logger";
    };
    const module = moduleVisitors(ctx, { modules: ["logging"], calls, values, delegated: Object.keys(UNSUPPORTED_NAMES) }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    /** `logging.config.dictConfig(...)`, `logging.Filter`...: reported and stubbed. */
    const unsupportedName = (path: { node: PyExpr; replaceWith(node: AnyExpr): void }): boolean => {
      const qname = ctx.resolve(path.node);
      if (qname === null) return false;
      const what = UNSUPPORTED_NAMES[qname] ?? Object.entries(UNSUPPORTED_NAMES).find(([n]) => qname.startsWith(`${n}.`))?.[1];
      if (what === undefined) return false;
      if (path.node.kind === "Name" && ctx.scope.binding(path.node)?.kind !== "import") return false;
      path.replaceWith(ctx.stubExpr({ messageId: "unsupported", node: path.node, data: { what } }));
      return true;
    };
    return {
      Module(path) {
        scanned.scan(path.node, ctx, (call) => logsHandledException(call, isLogger, (e) => ctx.resolve(e)));
      },
      ClassDef(path) {
        const base = path.node.bases.map((b) => ctx.resolve(b)).find((q) => q !== null && q.startsWith("logging."));
        if (base) path.replaceWith(ctx.stubStmt({ messageId: "unsupported", node: path.node, data: { what: `a subclass of ${base}` } }));
      },
      Call(path) {
        if (unsupportedName({ node: path.node.func, replaceWith: (n) => path.replaceWith(n) })) return;
        module.Call(path);
        if (path.node.kind === "Call") members.Call(path);
      },
      Name(path) {
        if (!unsupportedName(path)) module.Name(path);
      },
      Attribute(path) {
        if (unsupportedName(path)) return;
        module.Attribute(path);
        if (path.node.kind === "Attribute") members.Attribute(path);
      },
    };
  },
});
