/**
 * Python's `operator` module: the operators as functions with Python's
 * semantics (runtime comparisons, `+` and `*` on any type, floor division and
 * modulo), and `itemgetter`/`attrgetter`/`methodcaller` returning a tuple for
 * several items like Python.
 */
import { floordiv as floorDivide, mod as modulo, pow as power, truediv as trueDivide } from "./arithmetic.js";
import { eq as equal, ge as greaterEqual, gt as greater, le as lessEqual, lt as less, ne as notEqual } from "./comparison.js";
import { contains as inContainer, subscript } from "./containers.js";
import { AttributeError } from "./exceptions.js";
import { add as plus, mul as times } from "./operators.js";
import { truthy } from "./truthiness.js";

export const lt = (a: unknown, b: unknown): boolean => less(a, b);
export const le = (a: unknown, b: unknown): boolean => lessEqual(a, b);
export const eq = (a: unknown, b: unknown): boolean => equal(a, b);
export const ne = (a: unknown, b: unknown): boolean => notEqual(a, b);
export const gt = (a: unknown, b: unknown): boolean => greater(a, b);
export const ge = (a: unknown, b: unknown): boolean => greaterEqual(a, b);
export const add = (a: unknown, b: unknown): unknown => plus(a, b);
export const concat = (a: unknown, b: unknown): unknown => plus(a, b);
export const mul = (a: unknown, b: unknown): unknown => times(a, b);
export const sub = (a: number, b: number): number => a - b;
export const truediv = (a: number, b: number): number => trueDivide(a, b);
export const floordiv = (a: number, b: number): number => floorDivide(a, b);
export const mod = (a: number, b: number): number => modulo(a, b);
export const pow = (a: number, b: number): number => power(a, b);
export const neg = (a: number): number => -a;
export const pos = (a: number): number => +a;
export const abs = (a: number): number => Math.abs(a);
export const not_ = (a: unknown): boolean => !truthy(a);
export const truth = (a: unknown): boolean => truthy(a);
export const contains = (container: unknown, item: unknown): boolean => inContainer(container, item);
export const getitem = (container: unknown, key: unknown): unknown => subscript(container, key);
export const is_ = (a: unknown, b: unknown): boolean => a === b;
export const is_not = (a: unknown, b: unknown): boolean => a !== b;

/** `itemgetter(k)` reads `x[k]`; `itemgetter(a, b)` a tuple `(x[a], x[b])`. */
export function itemgetter(...keys: unknown[]): (x: unknown) => unknown {
  if (keys.length === 1) return (x) => subscript(x, keys[0]);
  return (x) => keys.map((k) => subscript(x, k));
}

function readAttribute(x: unknown, path: string): unknown {
  let value = x;
  for (const name of path.split(".")) {
    if (value === null || value === undefined || !(name in Object(value))) {
      throw new AttributeError(`'${value === null || value === undefined ? "NoneType" : (value as object).constructor?.name ?? "object"}' object has no attribute '${name}'`);
    }
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

/** `attrgetter("a.b")` reads `x.a.b`; several names give a tuple. */
export function attrgetter(...names: string[]): (x: unknown) => unknown {
  if (names.length === 1) return (x) => readAttribute(x, names[0]!);
  return (x) => names.map((n) => readAttribute(x, n));
}

/** `methodcaller("name", *args)` calls `x.name(*args)`. */
export function methodcaller(name: string, ...args: unknown[]): (x: unknown) => unknown {
  return (x) => (readAttribute(x, name) as (...a: unknown[]) => unknown).apply(x, args);
}
