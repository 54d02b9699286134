/**
 * Method calls and calls on values whose type the compiler could not prove:
 * the method is chosen at run time from the value's Python type, the way
 * Python's attribute lookup would choose it. Only positional arguments are
 * dispatched (the compiler reports keyword arguments on such calls).
 */
import { DictView } from "./dict-views.js";
import { dictGet, dictPop, popitem, setdefault, update } from "./dicts.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { count, extend, index, insert, pop, remove } from "./list-methods.js";
import { typeName } from "./repr.js";
import { difference, intersection, union } from "./sets.js";
import { issubclass } from "./classes.js";
import { max, min, sortList } from "./sorting.js";
import { capitalize, casefold, lower, swapcase, title, upper } from "./string-case.js";
import { strFormat } from "./string-format.js";
import { center, expandtabs, join, ljust, lstrip, removeprefix, removesuffix, rjust, rstrip, strip, zfill } from "./string-methods.js";
import { isalnum, isalpha, isdecimal, isdigit, isidentifier, islower, isnumeric, isspace, istitle, isupper } from "./string-predicates.js";
import { endswith, find, replace, rfind, rindex, startswith, stringCount, stringIndex } from "./string-search.js";
import { partition, rpartition, rsplit, split, splitlines } from "./string-split.js";

type Method<T> = (self: T, ...args: never[]) => unknown;
type MethodTable<T> = Readonly<Record<string, Method<T>>>;

const STR_METHODS: MethodTable<string> = {
  capitalize, casefold, center, count: stringCount, endswith, expandtabs, find, index: stringIndex, isalnum, isalpha,
  isdecimal, isdigit, isidentifier, islower, isnumeric, isspace, istitle, isupper, join, ljust, lower, lstrip, partition,
  removeprefix, removesuffix, replace, rfind, rindex, rjust, rpartition, rsplit, rstrip, split, splitlines, startswith,
  strip, swapcase, title, upper, zfill,
  format: (s: string, ...args: unknown[]) => strFormat(s, args),
};

const LIST_METHODS: MethodTable<unknown[]> = {
  append: (l: unknown[], x: unknown) => {
    l.push(x);
    return null;
  },
  extend: (l: unknown[], items: Iterable<unknown>) => (extend(l, items), null),
  insert: (l: unknown[], i: number, x: unknown) => (insert(l, i, x), null),
  remove: (l: unknown[], x: unknown) => (remove(l, x), null),
  pop: (l: unknown[], i?: number) => pop(l, i),
  index: (l: unknown[], x: unknown) => index(l, x),
  count: (l: unknown[], x: unknown) => count(l, x),
  sort: (l: unknown[]) => (sortList(l), null),
  reverse: (l: unknown[]) => (l.reverse(), null),
  copy: (l: unknown[]) => l.slice(),
  clear: (l: unknown[]) => ((l.length = 0), null),
};

type AnyMap = Map<unknown, unknown>;
const DICT_METHODS: MethodTable<AnyMap> = {
  get: (m: AnyMap, key: unknown, fallback: unknown = null) => dictGet(m, key, fallback),
  setdefault: (m: AnyMap, key: unknown, fallback: unknown = null) => setdefault(m, key, fallback),
  pop: (m: AnyMap, ...rest: unknown[]) => (rest.length < 2 ? dictPop(m, rest[0]) : dictPop(m, rest[0], rest[1])),
  popitem: (m: AnyMap) => popitem(m),
  update: (m: AnyMap, other?: Iterable<readonly [unknown, unknown]>) => (update(m, other), null),
  keys: (m: AnyMap) => new DictView(m, "keys"),
  values: (m: AnyMap) => new DictView(m, "values"),
  items: (m: AnyMap) => new DictView(m, "items"),
  copy: (m: AnyMap) => new (m.constructor as new (entries: Iterable<[unknown, unknown]>) => AnyMap)(m.entries()),
  clear: (m: AnyMap) => (m.clear(), null),
};

type AnySet = Set<unknown>;
const SET_METHODS: MethodTable<AnySet> = {
  add: (s: AnySet, x: unknown) => (s.add(x), null),
  discard: (s: AnySet, x: unknown) => (s.delete(x), null),
  union: (s: AnySet, ...others: Iterable<unknown>[]) => union(s, ...others),
  intersection: (s: AnySet, ...others: Iterable<unknown>[]) => intersection(s, ...others),
  difference: (s: AnySet, ...others: Iterable<unknown>[]) => difference(s, ...others),
  copy: (s: AnySet) => new Set(s),
  clear: (s: AnySet) => (s.clear(), null),
};

function tableMethod(obj: unknown, name: string): ((...args: unknown[]) => unknown) | null {
  const pick = <T>(table: MethodTable<T>, self: T) => {
    const m = Object.prototype.hasOwnProperty.call(table, name) ? (table[name] as unknown as (self: T, ...args: unknown[]) => unknown) : undefined;
    return m ? (...args: unknown[]) => m(self, ...args) : null;
  };
  if (typeof obj === "string") return pick(STR_METHODS, obj);
  if (Array.isArray(obj)) return pick(LIST_METHODS, obj);
  if (obj instanceof Map) return pick(DICT_METHODS, obj);
  if (obj instanceof Set) return pick(SET_METHODS, obj);
  return null;
}

/**
 * `obj.name(*args)` for a value of unknown type: an object's own method
 * (translated classes, runtime classes such as Counter) first, then the
 * builtin type's method; AttributeError as Python raises it otherwise.
 */
export function callMethod(obj: unknown, name: string, ...args: unknown[]): unknown {
  const own = ownMethod(obj, name);
  if (own) return own.apply(obj, args);
  const method = tableMethod(obj, name);
  if (method) return method(...args);
  throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

/** A method an object defines itself (a translated class, a runtime class); not JavaScript's own Map/Set/Array methods. */
function ownMethod(obj: unknown, name: string): ((...args: unknown[]) => unknown) | null {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return null;
  const method: unknown = (obj as Record<string, unknown>)[name];
  if (typeof method !== "function") return null;
  const builtin = obj instanceof Map ? Map.prototype : obj instanceof Set ? Set.prototype : null;
  if (builtin && method === (builtin as unknown as Record<string, unknown>)[name]) return null;
  return method as (...args: unknown[]) => unknown;
}

/** `f(*args)` for a callable of unknown type: translated classes are constructed, functions called. */
export function callValue(fn: unknown, ...args: unknown[]): unknown {
  if (typeof fn !== "function") throw new TypeError(`'${typeName(fn)}' object is not callable`);
  if (/^class\b/.test(Function.prototype.toString.call(fn))) return new (fn as new (...a: unknown[]) => unknown)(...args);
  return (fn as (...a: unknown[]) => unknown)(...args);
}

/** `max` as a value (`apply(max, 3, 9)`): one argument is an iterable, several are compared. */
export function maxOf(...args: unknown[]): unknown {
  return args.length === 1 ? max(args[0] as Iterable<unknown>) : max(args);
}

/** `min` as a value: one argument is an iterable, several are compared. */
export function minOf(...args: unknown[]): unknown {
  return args.length === 1 ? min(args[0] as Iterable<unknown>) : min(args);
}

/** `issubclass(cls, classinfo)` where classinfo may be a tuple of classes, with Python's TypeErrors. */
export function issubclassOf(cls: unknown, classinfo: unknown): boolean {
  if (typeof cls !== "function") throw new TypeError("issubclass() arg 1 must be a class");
  const classes = Array.isArray(classinfo) ? classinfo : [classinfo];
  for (const c of classes) {
    if (typeof c !== "function") throw new TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  return issubclass(cls as new (...a: never[]) => unknown, ...(classes as Array<new (...a: never[]) => unknown>));
}
