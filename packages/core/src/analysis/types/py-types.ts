/**
 * The static types the inference computes for Python expressions, and their
 * algebra (join, normalisation, printing as Python type syntax).
 */
import type { NodeOf } from "../../ir/nodes";

export interface ParamType {
  name: string;
  type: PyType;
  kind: "positional" | "positionalOnly" | "keywordOnly" | "varArgs" | "varKeywords";
  hasDefault: boolean;
}

export interface ClassInfo {
  /** Qualified name (`module.Class`, or `builtins.ValueError`). */
  qualifiedName: string;
  name: string;
  def: NodeOf<"ClassDef"> | null;
  bases: ClassInfo[];
  /** Instance attributes (assigned through `self.x = ...`) and their joined types. */
  attributes: Map<string, PyType>;
  /** Class-level attributes (assignments in the class body). */
  classAttributes: Map<string, PyType>;
  methods: Map<string, FunctionInfo>;
}

export interface FunctionInfo {
  qualifiedName: string;
  def: NodeOf<"FunctionDef"> | NodeOf<"Lambda">;
  params: ParamType[];
  returns: PyType;
  isGenerator: boolean;
  yields: PyType;
  /** For a generator: the join of the values passed to its `send()` (what a `yield` expression gives besides None). */
  sends?: PyType;
  /** The class it is a method of, and how it is bound. */
  owner: ClassInfo | null;
  methodKind: "function" | "method" | "staticmethod" | "classmethod" | "property";
}

export type PyType =
  | { kind: "int" }
  | { kind: "float" }
  | { kind: "bool" }
  | { kind: "str" }
  | { kind: "bytes" }
  | { kind: "none" }
  | { kind: "list"; item: PyType }
  | { kind: "tuple"; items: PyType[] }
  | { kind: "tupleOf"; item: PyType }
  /**
   * `flavor`: a library subclass of dict (`collections.Counter`, `collections.defaultdict`...), whose
   * runtime class is a `Map` that implements `__getitem__` (its own missing-key behaviour).
   */
  | { kind: "dict"; key: PyType; value: PyType; flavor?: string }
  | { kind: "set"; item: PyType; frozen: boolean }
  /** Lazy iterables: generators, map/zip/enumerate objects, dict views, ranges, file lines. */
  | {
      kind: "iterator";
      item: PyType;
      name: "generator" | "iterator" | "range" | "view";
      fn?: FunctionInfo;
      /** `d.keys()` and `d.items()`: views that take the set operators `| & - ^` (values views do not). */
      setLike?: true;
    }
  | { kind: "callable"; params: ParamType[] | null; returns: PyType; fn: FunctionInfo | null }
  | { kind: "instance"; cls: ClassInfo }
  | { kind: "classObject"; cls: ClassInfo }
  | { kind: "module"; name: string }
  /** A declared library type (`re.Match`, `io.TextIOWrapper`, ...), described by the type declarations. */
  | { kind: "named"; name: string; args: PyType[] }
  | { kind: "union"; members: PyType[] }
  | { kind: "unknown" }
  | { kind: "never" };

export const T = {
  int: { kind: "int" } as PyType,
  float: { kind: "float" } as PyType,
  bool: { kind: "bool" } as PyType,
  str: { kind: "str" } as PyType,
  bytes: { kind: "bytes" } as PyType,
  none: { kind: "none" } as PyType,
  unknown: { kind: "unknown" } as PyType,
  never: { kind: "never" } as PyType,
  list: (item: PyType): PyType => ({ kind: "list", item }),
  tuple: (items: PyType[]): PyType => ({ kind: "tuple", items }),
  tupleOf: (item: PyType): PyType => ({ kind: "tupleOf", item }),
  dict: (key: PyType, value: PyType, flavor?: string): PyType => (flavor ? { kind: "dict", key, value, flavor } : { kind: "dict", key, value }),
  set: (item: PyType, frozen = false): PyType => ({ kind: "set", item, frozen }),
  iterator: (item: PyType, name: "generator" | "iterator" | "range" | "view" = "iterator"): PyType => ({ kind: "iterator", item, name }),
  /** A keys or items view of a dict: iterable, and a set for `| & - ^`. */
  setView: (item: PyType): PyType => ({ kind: "iterator", item, name: "view", setLike: true }),
  named: (name: string, args: PyType[] = []): PyType => ({ kind: "named", name, args }),
  callable: (params: ParamType[] | null, returns: PyType, fn: FunctionInfo | null = null): PyType => ({ kind: "callable", params, returns, fn }),
  optional: (t: PyType): PyType => join(t, { kind: "none" }),
};

const MAX_UNION = 12;

/** A canonical string for a type; equal types have equal keys. */
export function typeKey(t: PyType): string {
  switch (t.kind) {
    case "list":
      return `list[${typeKey(t.item)}]`;
    case "tuple":
      return `tuple[${t.items.map(typeKey).join(",")}]`;
    case "tupleOf":
      return `tuple[${typeKey(t.item)},...]`;
    case "dict":
      return `${t.flavor ?? "dict"}[${typeKey(t.key)},${typeKey(t.value)}]`;
    case "set":
      return `${t.frozen ? "frozenset" : "set"}[${typeKey(t.item)}]`;
    case "iterator":
      return `${t.name}[${typeKey(t.item)}]`;
    case "callable":
      return `callable(${t.params ? t.params.map((p) => typeKey(p.type)).join(",") : "..."})->${typeKey(t.returns)}${t.fn ? "#" + t.fn.qualifiedName : ""}`;
    case "instance":
      return `instance:${t.cls.qualifiedName}`;
    case "classObject":
      return `class:${t.cls.qualifiedName}`;
    case "module":
      return `module:${t.name}`;
    case "named":
      return t.args.length ? `${t.name}[${t.args.map(typeKey).join(",")}]` : t.name;
    case "union":
      return t.members.map(typeKey).join("|");
    default:
      return t.kind;
  }
}

export function equalTypes(a: PyType, b: PyType): boolean {
  return a === b || typeKey(a) === typeKey(b);
}

function members(t: PyType): PyType[] {
  return t.kind === "union" ? t.members : [t];
}

function unionOf(types: PyType[]): PyType {
  const seen = new Map<string, PyType>();
  for (const t of types.flatMap(members)) {
    if (t.kind === "never") continue;
    if (t.kind === "unknown") return T.unknown;
    seen.set(typeKey(t), t);
  }
  const list = [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, t]) => t);
  if (list.length === 0) return T.never;
  if (list.length === 1) return list[0]!;
  if (list.length > MAX_UNION) return T.unknown;
  return { kind: "union", members: list };
}

/** Least upper bound, merging containers element-wise. */
export function join(a: PyType, b: PyType): PyType {
  if (a.kind === "never") return b;
  if (b.kind === "never") return a;
  if (a.kind === "unknown" || b.kind === "unknown") return T.unknown;
  if (equalTypes(a, b)) return a;
  if (a.kind === "list" && b.kind === "list") return T.list(join(a.item, b.item));
  // the same function seen in different rounds of the inference: its parameter and result types only grow
  if (a.kind === "callable" && b.kind === "callable" && a.fn !== null && a.fn === b.fn && a.params && b.params && a.params.length === b.params.length) {
    const bParams = b.params;
    return T.callable(a.params.map((p, i) => ({ ...p, type: join(p.type, bParams[i]!.type) })), join(a.returns, b.returns), a.fn);
  }
  if (a.kind === "set" && b.kind === "set" && a.frozen === b.frozen) return T.set(join(a.item, b.item), a.frozen);
  if (a.kind === "dict" && b.kind === "dict") {
    // refinements (`d[k] = v`) join a plain dict into a flavored one: the flavor stays; two flavors make a plain dict
    const flavor = a.flavor && b.flavor ? (a.flavor === b.flavor ? a.flavor : undefined) : (a.flavor ?? b.flavor);
    return T.dict(join(a.key, b.key), join(a.value, b.value), flavor);
  }
  if (a.kind === "iterator" && b.kind === "iterator") return T.iterator(join(a.item, b.item), a.name === b.name ? a.name : "iterator");
  if (a.kind === "tupleOf" && b.kind === "tupleOf") return T.tupleOf(join(a.item, b.item));
  if (a.kind === "named" && b.kind === "named" && a.name === b.name && a.args.length === b.args.length) {
    return T.named(a.name, a.args.map((t, i) => join(t, b.args[i]!)));
  }
  if (a.kind === "tuple" && b.kind === "tuple") {
    if (a.items.length === b.items.length) return T.tuple(a.items.map((t, i) => join(t, b.items[i]!)));
    return T.tupleOf(joinAll([...a.items, ...b.items]));
  }
  if ((a.kind === "tuple" && b.kind === "tupleOf") || (a.kind === "tupleOf" && b.kind === "tuple")) {
    const fixed = a.kind === "tuple" ? a : (b as Extract<PyType, { kind: "tuple" }>);
    const open = a.kind === "tupleOf" ? a : (b as Extract<PyType, { kind: "tupleOf" }>);
    return T.tupleOf(joinAll([open.item, ...fixed.items]));
  }
  if (a.kind === "union" || b.kind === "union") {
    // merge container members element-wise with their counterparts
    let result: PyType = T.never;
    for (const m of [...members(a), ...members(b)]) result = joinMember(result, m);
    return result;
  }
  return unionOf([a, b]);
}

function joinMember(acc: PyType, m: PyType): PyType {
  const list = members(acc);
  const sameShape = list.findIndex(
    (x) =>
      x.kind === m.kind &&
      (["list", "set", "dict", "iterator", "tupleOf"].includes(m.kind) || (x.kind === "callable" && m.kind === "callable" && x.fn !== null && x.fn === m.fn)),
  );
  if (sameShape >= 0) {
    const merged = join(list[sameShape]!, m);
    return unionOf([...list.slice(0, sameShape), merged, ...list.slice(sameShape + 1)]);
  }
  return unionOf([...list, m]);
}

export function joinAll(types: PyType[]): PyType {
  return types.reduce(join, T.never);
}

/** The type with `None` removed (what `x or y` keeps of x, or what `x is not None` proves). */
export function withoutNone(t: PyType): PyType {
  if (t.kind === "none") return T.never;
  if (t.kind !== "union") return t;
  return unionOf(t.members.filter((m) => m.kind !== "none"));
}

export function isOptional(t: PyType): boolean {
  return t.kind === "none" || (t.kind === "union" && t.members.some((m) => m.kind === "none"));
}

/** True when every member is one of the given kinds. */
export function isKind(t: PyType, ...kinds: PyType["kind"][]): boolean {
  return members(t).every((m) => kinds.includes(m.kind));
}

export function isNumeric(t: PyType): boolean {
  return t.kind !== "never" && isKind(t, "int", "float", "bool");
}

/** Element types of declared library classes (`iterates` in a pack's declarations), by qualified name. */
const DECLARED_ITERATION = new Map<string, PyType>();

/** Records what iterating a declared library class yields (called by the declaration registry). */
export function declareIteration(name: string, item: PyType): void {
  DECLARED_ITERATION.set(name, item);
}

/** The element type produced by iterating a value of this type. */
export function iterationType(t: PyType): PyType {
  switch (t.kind) {
    case "never":
      return T.never;
    case "list":
    case "set":
    case "iterator":
    case "tupleOf":
      return t.item;
    case "tuple":
      return joinAll(t.items);
    case "dict":
      return t.key;
    case "str":
      return T.str;
    case "bytes":
      return T.int;
    case "named":
      return DECLARED_ITERATION.get(t.name) ?? (t.name === "io.TextIOWrapper" ? T.str : T.unknown);
    case "instance":
      return instanceIteration(t.cls);
    case "classObject":
      // iterating an enum class gives its members
      return isSubclass(t.cls, "enum.Enum") ? { kind: "instance", cls: t.cls } : T.unknown;
    case "union":
      return joinAll(t.members.map(iterationType));
    case "never":
      return T.never; // nothing seen yet (the fixed point may still grow it)
    default:
      return T.unknown;
  }
}

function instanceIteration(cls: ClassInfo): PyType {
  // a named tuple iterates over its field values
  if (isSubclass(cls, "typing.NamedTuple")) {
    const values = [...cls.attributes.values()];
    return values.length > 0 ? joinAll(values) : T.unknown;
  }
  const iter = findMethod(cls, "__iter__");
  if (!iter) return T.unknown;
  if (iter.isGenerator) return iter.yields;
  return iterationType(iter.returns);
}

export function findMethod(cls: ClassInfo, name: string): FunctionInfo | null {
  const own = cls.methods.get(name);
  if (own) return own;
  for (const base of cls.bases) {
    const found = findMethod(base, name);
    if (found) return found;
  }
  return null;
}

export function findAttribute(cls: ClassInfo, name: string): PyType | null {
  const own = cls.attributes.get(name) ?? cls.classAttributes.get(name);
  if (own) return own;
  for (const base of cls.bases) {
    const found = findAttribute(base, name);
    if (found) return found;
  }
  return null;
}

export function isSubclass(cls: ClassInfo, qualifiedName: string): boolean {
  if (cls.qualifiedName === qualifiedName) return true;
  return cls.bases.some((b) => isSubclass(b, qualifiedName));
}

/** Python type syntax, as used in runtime hints and messages: `list[tuple[str, float]]`. */
export function formatType(t: PyType): string {
  switch (t.kind) {
    case "none":
      return "None";
    case "list":
      return `list[${formatType(t.item)}]`;
    case "tuple":
      return t.items.length === 0 ? "tuple[()]" : `tuple[${t.items.map(formatType).join(", ")}]`;
    case "tupleOf":
      return `tuple[${formatType(t.item)}, ...]`;
    case "dict":
      return `dict[${formatType(t.key)}, ${formatType(t.value)}]`;
    case "set":
      return `${t.frozen ? "frozenset" : "set"}[${formatType(t.item)}]`;
    case "iterator":
      return `Iterator[${formatType(t.item)}]`;
    case "callable":
      return "Callable";
    case "instance":
      return t.cls.name;
    case "classObject":
      return `type[${t.cls.name}]`;
    case "module":
      return "module";
    case "named":
      return t.name;
    case "union":
      return t.members.map(formatType).join(" | ");
    case "unknown":
    case "never":
      return "object";
    default:
      return t.kind;
  }
}

/** Whether rendering a value of this type needs a hint (it holds floats or tuples somewhere). */
export function needsReprHint(t: PyType): boolean {
  switch (t.kind) {
    case "float":
    case "tuple":
    case "tupleOf":
      return true;
    case "list":
    case "set":
    case "iterator":
      return needsReprHint(t.item);
    case "dict":
      return needsReprHint(t.key) || needsReprHint(t.value);
    case "union":
      return t.members.some(needsReprHint);
    default:
      return false;
  }
}
