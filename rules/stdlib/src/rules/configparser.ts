import { type AnyExpr, type CallMappingHelpers, type MappedArguments, type NodeOf, type ValueMapping, defineRule, parseSignature, withoutNone } from "@py2ts/core";
import { CONFIGPARSER_CLASSES, CONFIGPARSER_ERRORS, CONFIGPARSER_VALUES } from "../declarations/configparser";
import { type TranslateBuilder, keywordOnlyNames, mapDeclared } from "../shared/declared-mappings";
import { type ClassMembers, libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { moduleVisitors } from "../shared/module-members";
import { namespaceCall, receiverOf } from "../shared/runtime-namespace-calls";

/** Constructor keywords the runtime takes in its options object. */
const PARSER_OPTION_NAMES = ["allow_no_value", ...keywordOnlyNames(parseSignature(CONFIGPARSER_VALUES["configparser.ConfigParser"]!))].filter(
  (n) => n !== "converters",
);
/** Constructor arguments the port has no equivalent for. */
const UNSUPPORTED_ARGUMENTS = ["dict_type", "converters"];

const runtimeClass = (h: CallMappingHelpers, name: string): AnyExpr => h.b.member(h.runtime("configparser"), name);

/** `ConfigParser(defaults, allow_no_value=..., ...)` → `new configparser.ConfigParser(defaults, { allow_no_value: ... })`. */
const parserConstructor =
  (cls: string): TranslateBuilder =>
  () =>
  (args, h) => {
    const unsupported = UNSUPPORTED_ARGUMENTS.find((name) => args.has(name));
    if (unsupported) {
      return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: `configparser.${cls}`, argument: unsupported } });
    }
    const expr = namespaceCall(args, h, runtimeClass(h, cls), { positional: ["defaults"], options: PARSER_OPTION_NAMES });
    if (expr.kind !== "TsCall") return expr;
    if (expr.args.length > 1 && !args.has("defaults")) expr.args[0] = h.b.null();
    return h.b.new(expr.callee, expr.args);
  };

const newRuntime =
  (cls: string): TranslateBuilder =>
  () =>
  (_args, h) =>
    h.b.new(runtimeClass(h, cls), []);

const calls = mapDeclared(CONFIGPARSER_VALUES, {
  "configparser.ConfigParser": parserConstructor("ConfigParser"),
  "configparser.RawConfigParser": parserConstructor("RawConfigParser"),
  "configparser.Interpolation": newRuntime("Interpolation"),
  "configparser.BasicInterpolation": newRuntime("BasicInterpolation"),
  "configparser.ExtendedInterpolation": newRuntime("ExtendedInterpolation"),
});

const member = (name: string): ValueMapping => (h) => h.b.member(h.runtime("configparser"), name);

const values: Readonly<Record<string, ValueMapping>> = {
  "configparser.DEFAULTSECT": member("DEFAULTSECT"),
  "configparser.MAX_INTERPOLATION_DEPTH": member("MAX_INTERPOLATION_DEPTH"),
  "configparser.ConfigParser": member("ConfigParser"),
  "configparser.RawConfigParser": member("RawConfigParser"),
  "configparser.SectionProxy": member("SectionProxy"),
  "configparser.Interpolation": member("Interpolation"),
  "configparser.BasicInterpolation": member("BasicInterpolation"),
  "configparser.ExtendedInterpolation": member("ExtendedInterpolation"),
  ...Object.fromEntries(CONFIGPARSER_ERRORS.map((e) => [`configparser.${e}`, member(e)])),
};

/** `recv.method(positional..., { keyword options })`: Python's keyword-only parameters as the runtime's options object. */
const withOptions =
  (positional: readonly string[], options: readonly string[]): ((method: string) => TranslateBuilder) =>
  (method) =>
  () =>
  (args: MappedArguments, h: CallMappingHelpers) =>
    namespaceCall(args, h, h.b.member(receiverOf(args, h), method), { positional, options });

const parserGetter = withOptions(["section", "option"], ["raw", "vars", "fallback"]);
const proxyGetter = withOptions(["option", "fallback"], ["raw", "vars"]);

const PARSER_MEMBERS: ClassMembers = {
  methods: {
    get: parserGetter("get"),
    getint: parserGetter("getint"),
    getfloat: parserGetter("getfloat"),
    getboolean: parserGetter("getboolean"),
    items: withOptions(["section"], ["raw", "vars"])("items"),
  },
};

const classes = libraryClassTables(
  Object.fromEntries(Object.entries(CONFIGPARSER_CLASSES).filter(([, decl]) => decl.base === undefined)),
  {
    "configparser.ConfigParser": PARSER_MEMBERS,
    "configparser.RawConfigParser": PARSER_MEMBERS,
    "configparser.SectionProxy": {
      methods: {
        get: proxyGetter("get"),
        getint: proxyGetter("getint"),
        getfloat: proxyGetter("getfloat"),
        getboolean: proxyGetter("getboolean"),
      },
    },
  },
);

const PARSER_OR_PROXY = new Set(["configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SectionProxy"]);

/**
 * `configparser` onto the runtime's port of CPython's module
 * (`runtime.configparser`): `ConfigParser`/`RawConfigParser` and their
 * methods, section proxies (`cfg["web"]["port"]`, `"k" in sec`,
 * `sec.getint("port")`), the interpolation classes and the exceptions with
 * CPython's messages. Keyword-only arguments (`fallback=`, `raw=`, `vars=`,
 * the constructor's options) become an options object. `dict_type=` and
 * `converters=` have no equivalent and are reported; so is every other name
 * of the module (`LegacyInterpolation`, `ConverterMapping`...).
 */
export default defineRule({
  meta: {
    id: "stdlib/configparser",
    description: "Translate configparser parsers, section proxies and exceptions",
    // before core/subscript, which would index a proxy with the untyped generic `subscript()`
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5290", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unmappedName: {
        code: "PY2TS5291",
        severity: "error",
        text: "{name} is not mapped to TypeScript",
        suggestion: "Port this use by hand, or extend the runtime's configparser port and the stdlib rule pack.",
      },
      unmappedMember: { code: "PY2TS5292", severity: "error", text: "{type}.{member} is not mapped to TypeScript" },
      unsupportedArgument: {
        code: "PY2TS5293",
        severity: "error",
        text: "{name}: the argument '{argument}' has no equivalent in the runtime's configparser",
        suggestion: "Values are always strings in insertion-ordered Maps; convert them where they are read.",
      },
    },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["configparser"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    const isParserOrProxy = (e: NodeOf<"Subscript">["value"]) => {
      const t = withoutNone(ctx.types.of(e));
      return t.kind === "named" && PARSER_OR_PROXY.has(t.name);
    };
    return {
      ...moduleAndClassVisitors(module, members),
      /** `cfg["web"]`, `sec["port"]`: the runtime objects' `__getitem__` (KeyError like Python). */
      Subscript(path) {
        const { node } = path;
        if (node.index.kind === "Slice" || !isParserOrProxy(node.value)) return;
        path.replaceWith(ctx.at(node).methodCall(ctx.lower(node.value), "__getitem__", [ctx.lower(node.index)]));
      },
    };
  },
});
