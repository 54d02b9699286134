/**
 * What the inference knows about Python's builtins: the result types of
 * builtin functions and of the methods of str, list, dict, set, tuple, int
 * and float, and the builtin exception hierarchy.
 */
import {
  type ClassInfo,
  type PyType,
  T,
  iterationType,
  join,
  joinAll,
  withoutNone,
} from "./py-types";

export interface CallTypes {
  args: PyType[];
  keywords: Map<string, PyType>;
  /** Types of callables' results for `key=` style lambdas, when known. */
}

type Rule = (c: CallTypes) => PyType;

const elem = (t: PyType | undefined): PyType => (t ? iterationType(t) : T.unknown);
const numericJoin = (types: PyType[]): PyType => {
  const j = joinAll(types.map((t) => (t.kind === "bool" ? T.int : t)));
  return j.kind === "union" && j.members.every((m) => m.kind === "int" || m.kind === "float") ? T.float : j;
};

export const BUILTIN_FUNCTIONS: Record<string, Rule> = {
  print: () => T.none,
  len: () => T.int,
  abs: (c) => (c.args[0]?.kind === "bool" ? T.int : (c.args[0] ?? T.unknown)),
  int: () => T.int,
  float: () => T.float,
  str: () => T.str,
  bytes: () => T.bytes,
  repr: () => T.str,
  ascii: () => T.str,
  bool: () => T.bool,
  chr: () => T.str,
  ord: () => T.int,
  hex: () => T.str,
  oct: () => T.str,
  bin: () => T.str,
  format: () => T.str,
  input: () => T.str,
  hash: () => T.int,
  id: () => T.int,
  callable: () => T.bool,
  isinstance: () => T.bool,
  issubclass: () => T.bool,
  hasattr: () => T.bool,
  setattr: () => T.none,
  any: () => T.bool,
  all: () => T.bool,
  round: (c) => (c.args.length > 1 && c.args[1]?.kind !== "none" ? (c.args[0]?.kind === "int" ? T.int : T.float) : T.int),
  divmod: (c) => {
    const t = numericJoin(c.args);
    return T.tuple([t, t]);
  },
  pow: (c) => (c.args.some((a) => a.kind === "float") ? T.float : T.int),
  sum: (c) => {
    const item = elem(c.args[0]);
    const start = c.args[1] ?? c.keywords.get("start");
    return start ? numericJoin([item, start]) : item.kind === "bool" ? T.int : item.kind === "never" ? T.int : item;
  },
  min: (c) => minMax(c),
  max: (c) => minMax(c),
  sorted: (c) => T.list(elem(c.args[0])),
  reversed: (c) => T.iterator(elem(c.args[0])),
  list: (c) => T.list(c.args[0] ? elem(c.args[0]) : T.never),
  tuple: (c) => (c.args[0] ? T.tupleOf(elem(c.args[0])) : T.tuple([])),
  set: (c) => T.set(c.args[0] ? elem(c.args[0]) : T.never),
  frozenset: (c) => T.set(c.args[0] ? elem(c.args[0]) : T.never, true),
  dict: (c) => {
    const first = c.args[0];
    if (first?.kind === "dict") return first;
    if (first) {
      const pair = elem(first);
      if (pair.kind === "tuple" && pair.items.length === 2) return T.dict(pair.items[0]!, pair.items[1]!);
      return T.dict(T.unknown, T.unknown);
    }
    const values = [...c.keywords.values()];
    return T.dict(values.length ? T.str : T.never, joinAll(values));
  },
  range: () => T.iterator(T.int, "range"),
  slice: () => T.named("builtins.slice"),
  enumerate: (c) => T.iterator(T.tuple([T.int, elem(c.args[0])])),
  zip: (c) => T.iterator(T.tuple(c.args.map(elem))),
  map: (c) => {
    const fn = c.args[0];
    return T.iterator(fn?.kind === "callable" ? fn.returns : fn?.kind === "classObject" ? T.unknown : T.unknown);
  },
  filter: (c) => T.iterator(withoutNone(elem(c.args[1]))),
  iter: (c) => {
    // iter(callable, sentinel): the callable's results
    const source = c.args[0];
    if (c.args.length === 2) return T.iterator(source?.kind === "callable" ? source.returns : T.unknown);
    return T.iterator(elem(source));
  },
  next: (c) => (c.args[1] ? join(elem(c.args[0]), c.args[1]) : elem(c.args[0])),
  open: () => T.named("io.TextIOWrapper"),
  type: () => T.unknown,
  getattr: (c) => c.args[2] ?? T.unknown,
  vars: () => T.dict(T.str, T.unknown),
  super: () => T.unknown,
  exit: () => T.never,
  quit: () => T.never,
};

/** Class methods of builtin types, by `type.method`. */
export const BUILTIN_CLASS_METHODS: Record<string, Rule> = {
  "float.fromhex": () => T.float,
  "int.from_bytes": () => T.int,
  "dict.fromkeys": (c) => T.dict(elem(c.args[0]), c.args[1] ?? T.none),
  "str.maketrans": () => T.dict(T.int, T.unknown),
};

function minMax(c: CallTypes): PyType {
  const values = c.args.length === 1 ? elem(c.args[0]) : numericJoin(c.args);
  const dflt = c.keywords.get("default");
  return dflt ? join(values, dflt) : values;
}

type MethodRule = (receiver: PyType, c: CallTypes) => PyType;

const STR_METHODS: Record<string, MethodRule> = {
  ...Object.fromEntries(
    [
      "upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "swapcase", "casefold", "center", "ljust",
      "rjust", "zfill", "replace", "expandtabs", "removeprefix", "removesuffix", "format", "join", "format_map",
      "translate",
    ].map((m) => [m, () => T.str]),
  ),
  ...Object.fromEntries(
    [
      "startswith", "endswith", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
      "islower", "istitle", "isidentifier", "isascii", "isprintable",
    ].map((m) => [m, () => T.bool]),
  ),
  ...Object.fromEntries(["find", "rfind", "index", "rindex", "count"].map((m) => [m, () => T.int])),
  split: () => T.list(T.str),
  rsplit: () => T.list(T.str),
  splitlines: () => T.list(T.str),
  partition: () => T.tuple([T.str, T.str, T.str]),
  rpartition: () => T.tuple([T.str, T.str, T.str]),
  encode: () => T.bytes,
};

const LIST_METHODS: Record<string, MethodRule> = {
  append: () => T.none,
  extend: () => T.none,
  insert: () => T.none,
  remove: () => T.none,
  clear: () => T.none,
  sort: () => T.none,
  reverse: () => T.none,
  pop: (r) => iterationType(r),
  index: () => T.int,
  count: () => T.int,
  copy: (r) => r,
};

const DICT_METHODS: Record<string, MethodRule> = {
  get: (r, c) => {
    const value = r.kind === "dict" ? r.value : T.unknown;
    return c.args.length > 1 ? join(value, c.args[1]!) : T.optional(value);
  },
  keys: (r) => T.setView(r.kind === "dict" ? r.key : T.unknown),
  values: (r) => T.iterator(r.kind === "dict" ? r.value : T.unknown, "view"),
  items: (r) => T.setView(r.kind === "dict" ? T.tuple([r.key, r.value]) : T.unknown),
  pop: (r, c) => {
    const value = r.kind === "dict" ? r.value : T.unknown;
    return c.args.length > 1 ? join(value, c.args[1]!) : value;
  },
  popitem: (r) => (r.kind === "dict" ? T.tuple([r.key, r.value]) : T.unknown),
  setdefault: (r, c) => (r.kind === "dict" ? (r.value.kind === "never" ? (c.args[1] ?? T.none) : r.value) : T.unknown),
  update: () => T.none,
  clear: () => T.none,
  copy: (r) => r,
};

const SET_METHODS: Record<string, MethodRule> = {
  add: () => T.none,
  discard: () => T.none,
  remove: () => T.none,
  clear: () => T.none,
  update: () => T.none,
  pop: (r) => iterationType(r),
  copy: (r) => r,
  union: (r, c) => T.set(joinAll([iterationType(r), ...c.args.map(iterationType)])),
  intersection: (r) => r,
  difference: (r) => r,
  symmetric_difference: (r, c) => T.set(joinAll([iterationType(r), ...c.args.map(iterationType)])),
  issubset: () => T.bool,
  issuperset: () => T.bool,
  isdisjoint: () => T.bool,
};

const TUPLE_METHODS: Record<string, MethodRule> = { index: () => T.int, count: () => T.int };
const INT_METHODS: Record<string, MethodRule> = { bit_length: () => T.int, bit_count: () => T.int, as_integer_ratio: () => T.tuple([T.int, T.int]), to_bytes: () => T.bytes, is_integer: () => T.bool };
const FLOAT_METHODS: Record<string, MethodRule> = { is_integer: () => T.bool, hex: () => T.str, as_integer_ratio: () => T.tuple([T.int, T.int]) };
const BYTES_METHODS: Record<string, MethodRule> = { decode: () => T.str, hex: () => T.str };

const METHODS_BY_KIND: Partial<Record<PyType["kind"], Record<string, MethodRule>>> = {
  str: STR_METHODS,
  list: LIST_METHODS,
  dict: DICT_METHODS,
  set: SET_METHODS,
  tuple: TUPLE_METHODS,
  tupleOf: TUPLE_METHODS,
  int: INT_METHODS,
  bool: INT_METHODS,
  float: FLOAT_METHODS,
  bytes: BYTES_METHODS,
};

/** The result type of a builtin method call, or undefined when the receiver is not a builtin type. */
export function builtinMethodType(receiver: PyType, method: string, c: CallTypes): PyType | undefined {
  if (receiver.kind === "union") {
    // the members that have the method decide (a call on the others raises AttributeError in Python)
    const members = receiver.members.filter((m) => m.kind !== "none");
    const results = members.map((m) => builtinMethodType(m, method, c)).filter((r): r is PyType => r !== undefined);
    if (results.length === 0 || members.some((m) => m.kind === "unknown" || !METHODS_BY_KIND[m.kind])) return undefined;
    return joinAll(results);
  }
  return METHODS_BY_KIND[receiver.kind]?.[method]?.(receiver, c);
}

export function isBuiltinMethod(receiverKind: PyType["kind"], method: string): boolean {
  return Boolean(METHODS_BY_KIND[receiverKind]?.[method]);
}

// ───────────── builtin exceptions ─────────────

const EXCEPTION_TREE: Array<[string, string | null]> = [
  ["BaseException", null],
  ["SystemExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["Exception", "BaseException"],
  ["ArithmeticError", "Exception"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["EOFError", "Exception"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["FileNotFoundError", "OSError"],
  ["FileExistsError", "OSError"],
  ["PermissionError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["TimeoutError", "OSError"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["StopIteration", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["StopAsyncIteration", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["BufferError", "Exception"],
  ["MemoryError", "Exception"],
  ["ReferenceError", "Exception"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["SystemError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["InterruptedError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["Warning", "Exception"],
  ["UserWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
];

const EXCEPTION_ATTRIBUTES: Record<string, Array<[string, PyType]>> = {
  BaseException: [["args", T.tupleOf(T.unknown)]],
  SystemExit: [["code", T.unknown]],
  OSError: [["errno", T.int], ["strerror", T.str], ["filename", T.unknown]],
  StopIteration: [["value", T.unknown]],
};

function buildExceptionClasses(): Map<string, ClassInfo> {
  const out = new Map<string, ClassInfo>();
  for (const [name, base] of EXCEPTION_TREE) {
    const cls: ClassInfo = {
      qualifiedName: `builtins.${name}`,
      name,
      def: null,
      bases: base ? [out.get(base)!] : [],
      attributes: new Map(EXCEPTION_ATTRIBUTES[name] ?? []),
      classAttributes: new Map(),
      methods: new Map(),
    };
    out.set(name, cls);
  }
  // exception chaining, set by `raise ... from ...` and by raising while handling
  const base = out.get("BaseException")!;
  const optionalException = join({ kind: "instance", cls: base }, T.none);
  base.attributes.set("__cause__", optionalException);
  base.attributes.set("__context__", optionalException);
  base.attributes.set("__suppress_context__", T.bool);
  return out;
}

export const BUILTIN_EXCEPTIONS: ReadonlyMap<string, ClassInfo> = buildExceptionClasses();

export const BUILTIN_NAMES = new Set([
  ...Object.keys(BUILTIN_FUNCTIONS),
  ...BUILTIN_EXCEPTIONS.keys(),
  "object", "NotImplemented", "Ellipsis", "__name__", "__file__", "__doc__",
]);
