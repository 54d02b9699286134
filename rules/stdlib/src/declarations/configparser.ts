/**
 * Types of `configparser`, typeshed-style: the parsers, their section
 * proxies, the interpolation classes and the exception hierarchy under
 * `configparser.Error`. A getter's result is joined with its `fallback`
 * (the type hooks read the call): `sec.get("k")` is `str | None`,
 * `cfg.getint("s", "k", fallback=0)` is `int`. Parsers and proxies are
 * generic in their values' type: `str`, or `str | None` for a parser made
 * with `allow_no_value=True` (a valueless option reads as None).
 */
import { type CallTypeHook, type ClassDeclaration, type NodeOf, type PyType, type TsTypeMapping, T, join, withoutNone } from "@py2ts/core";

const PARSER_OPTIONS =
  "allow_no_value: bool = False, *, delimiters: tuple[str, ...] = ('=', ':'), comment_prefixes: tuple[str, ...] | None = ('#', ';'), inline_comment_prefixes: tuple[str, ...] | None = None, strict: bool = True, empty_lines_in_values: bool = True, default_section: str = 'DEFAULT', interpolation: configparser.Interpolation | None = None, converters: object = None";
const PARSER_SIGNATURE = (cls: string) => `(defaults: dict[str, object] | None = None, dict_type: object = None, ${PARSER_OPTIONS}) -> ${cls}`;

const GET_KEYWORDS = "raw: bool = False, vars: dict[str, str] | None = None, fallback: object = None";

export const CONFIGPARSER_VALUES: Readonly<Record<string, string>> = {
  "configparser.ConfigParser": PARSER_SIGNATURE("configparser.ConfigParser"),
  "configparser.RawConfigParser": PARSER_SIGNATURE("configparser.RawConfigParser"),
  "configparser.Interpolation": "() -> configparser.Interpolation",
  "configparser.BasicInterpolation": "() -> configparser.BasicInterpolation",
  "configparser.ExtendedInterpolation": "() -> configparser.ExtendedInterpolation",
  "configparser.DEFAULTSECT": "str",
  "configparser.MAX_INTERPOLATION_DEPTH": "int",
};

/** Methods shared by `RawConfigParser` and `ConfigParser`. */
export const PARSER_METHODS: Readonly<Record<string, string>> = {
  read: "(filenames: str | list[str], encoding: str | None = None) -> list[str]",
  read_file: "(f: Iterable[str], source: str | None = None) -> None",
  read_string: "(string: str, source: str = '<string>') -> None",
  read_dict: "(dictionary: dict[str, dict[str, object]], source: str = '<dict>') -> None",
  sections: "() -> list[str]",
  has_section: "(section: str) -> bool",
  has_option: "(section: str | None, option: str) -> bool",
  options: "(section: str) -> list[str]",
  defaults: "() -> dict[str, Value]",
  add_section: "(section: str) -> None",
  set: "(section: str | None, option: str, value: str | None = None) -> None",
  remove_option: "(section: str | None, option: str) -> bool",
  remove_section: "(section: str) -> bool",
  get: `(section: str, option: str, *, ${GET_KEYWORDS}) -> Value`,
  getint: `(section: str, option: str, *, ${GET_KEYWORDS}) -> int`,
  getfloat: `(section: str, option: str, *, ${GET_KEYWORDS}) -> float`,
  getboolean: `(section: str, option: str, *, ${GET_KEYWORDS}) -> bool`,
  items: "(section: str, raw: bool = False, vars: dict[str, str] | None = None) -> list[tuple[str, Value]]",
  write: "(fp: object, space_around_delimiters: bool = True) -> None",
  optionxform: "(optionstr: str) -> str",
  keys: "() -> list[str]",
  __getitem__: "(key: str) -> configparser.SectionProxy[Value]",
  __contains__: "(key: str) -> bool",
  __len__: "() -> int",
};

const PROXY_GET_KEYWORDS = "*, raw: bool = False, vars: dict[str, str] | None = None";

const PARSER_CLASS: ClassDeclaration = { typeParams: ["Value"], methods: { ...PARSER_METHODS }, attributes: { default_section: "str" }, iterates: "str" };

const ERROR_ATTRIBUTES = { message: "str" };

export const CONFIGPARSER_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  "configparser.RawConfigParser": PARSER_CLASS,
  "configparser.ConfigParser": PARSER_CLASS,
  "configparser.SectionProxy": {
    typeParams: ["Value"],
    methods: {
      get: `(option: str, fallback: object = None, ${PROXY_GET_KEYWORDS}) -> str | None`,
      getint: `(option: str, fallback: object = None, ${PROXY_GET_KEYWORDS}) -> int | None`,
      getfloat: `(option: str, fallback: object = None, ${PROXY_GET_KEYWORDS}) -> float | None`,
      getboolean: `(option: str, fallback: object = None, ${PROXY_GET_KEYWORDS}) -> bool | None`,
      keys: "() -> list[str]",
      values: "() -> list[Value]",
      items: "() -> list[tuple[str, Value]]",
      __getitem__: "(key: str) -> Value",
      __contains__: "(key: str) -> bool",
      __len__: "() -> int",
    },
    attributes: { name: "str", parser: "configparser.ConfigParser" },
    iterates: "str",
  },
  "configparser.Interpolation": {},
  "configparser.BasicInterpolation": {},
  "configparser.ExtendedInterpolation": {},
  "configparser.Error": { base: "builtins.Exception", attributes: ERROR_ATTRIBUTES },
  "configparser.NoSectionError": { base: "configparser.Error", attributes: { ...ERROR_ATTRIBUTES, section: "str" } },
  "configparser.DuplicateSectionError": {
    base: "configparser.Error",
    attributes: { ...ERROR_ATTRIBUTES, section: "str", source: "str | None", lineno: "int | None" },
  },
  "configparser.DuplicateOptionError": {
    base: "configparser.Error",
    attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str", source: "str | None", lineno: "int | None" },
  },
  "configparser.NoOptionError": { base: "configparser.Error", attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str" } },
  "configparser.InterpolationError": { base: "configparser.Error", attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str" } },
  "configparser.InterpolationMissingOptionError": {
    base: "configparser.InterpolationError",
    attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str", reference: "str" },
  },
  "configparser.InterpolationSyntaxError": { base: "configparser.InterpolationError", attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str" } },
  "configparser.InterpolationDepthError": { base: "configparser.InterpolationError", attributes: { ...ERROR_ATTRIBUTES, section: "str", option: "str" } },
  "configparser.ParsingError": { base: "configparser.Error", attributes: { ...ERROR_ATTRIBUTES, source: "str", errors: "list[tuple[int, str]]" } },
  "configparser.MissingSectionHeaderError": {
    base: "configparser.ParsingError",
    attributes: { ...ERROR_ATTRIBUTES, source: "str", errors: "list[tuple[int, str]]", lineno: "int", line: "str" },
  },
};

/** The exception classes, by their Python name (`NoSectionError`). */
export const CONFIGPARSER_ERRORS = Object.keys(CONFIGPARSER_CLASSES)
  .filter((name) => CONFIGPARSER_CLASSES[name]!.base !== undefined)
  .map((name) => name.slice("configparser.".length));

const runtimeType = (name: string): TsTypeMapping => ({ module: "@py2ts/runtime", name, args: [] });

export const CONFIGPARSER_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  "configparser.ConfigParser": runtimeType("ConfigParser"),
  "configparser.RawConfigParser": runtimeType("RawConfigParser"),
  "configparser.SectionProxy": runtimeType("ConfigSectionProxy"),
  "configparser.Interpolation": runtimeType("ConfigInterpolation"),
  "configparser.BasicInterpolation": runtimeType("ConfigInterpolation"),
  "configparser.ExtendedInterpolation": runtimeType("ConfigInterpolation"),
  "configparser.Error": runtimeType("ConfigParserError"),
  ...Object.fromEntries(CONFIGPARSER_ERRORS.filter((e) => e !== "Error").map((e) => [`configparser.${e}`, runtimeType(`Config${e}`)])),
};

type Call = NodeOf<"Call">;

/** The `fallback` argument of a getter call: a keyword, or (section proxies) the second positional argument. */
function fallbackArgument(call: Call, positionalIndex: number | null) {
  const keyword = call.keywords.find((k) => k.name === "fallback");
  if (keyword) return keyword.value;
  return positionalIndex !== null ? (call.args[positionalIndex] ?? null) : null;
}

/** The value type of a parser or proxy receiver (`str | None` when the parser allows valueless options). */
function valueType(call: Call, q: Parameters<CallTypeHook>[1]): PyType {
  const receiver = call.func.kind === "Attribute" ? withoutNone(q.typeOf(call.func.value)) : null;
  return receiver?.kind === "named" && receiver.args[0] ? receiver.args[0] : T.str;
}

/** A parser getter: its value type, or that joined with the fallback's. */
const parserGetter =
  (value: PyType | null): CallTypeHook =>
  (call, q) => {
    const fallback = fallbackArgument(call, null);
    const v = value ?? valueType(call, q);
    return fallback ? join(v, q.typeOf(fallback)) : v;
  };

/** A proxy getter: `fallback=None` by default, so the value or None unless a fallback is passed. */
const proxyGetter =
  (value: PyType | null): CallTypeHook =>
  (call, q) => {
    const fallback = fallbackArgument(call, 1);
    return join(value ?? valueType(call, q), fallback ? q.typeOf(fallback) : T.none);
  };

/** `ConfigParser(allow_no_value=True)` reads valueless options as None; a computed flag may too. */
const parserType =
  (cls: string): CallTypeHook =>
  (call) => {
    const flag = call.keywords.find((k) => k.name === "allow_no_value")?.value ?? call.args[2];
    const plainStrings = flag === undefined || (flag.kind === "BoolLit" && !flag.value) || flag.kind === "NoneLit";
    return T.named(cls, [plainStrings ? T.str : T.optional(T.str)]);
  };

const GETTER_VALUES: ReadonlyArray<[string, PyType | null]> = [
  ["get", null],
  ["getint", T.int],
  ["getfloat", T.float],
  ["getboolean", T.bool],
];

export const CONFIGPARSER_TYPE_HOOKS: Readonly<Record<string, CallTypeHook>> = Object.fromEntries([
  ["configparser.ConfigParser", parserType("configparser.ConfigParser")],
  ["configparser.RawConfigParser", parserType("configparser.RawConfigParser")],
  ...GETTER_VALUES.flatMap(([m, t]) => [
    [`configparser.ConfigParser.${m}`, parserGetter(t)],
    [`configparser.RawConfigParser.${m}`, parserGetter(t)],
  ]),
  ...GETTER_VALUES.map(([m, t]) => [`configparser.SectionProxy.${m}`, proxyGetter(t)]),
]);
