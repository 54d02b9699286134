/**
 * Python's `repr()`, `str()`, `ascii()` and `type(x).__name__` for values in
 * py2ts's run-time representation (see docs/runtime.md). Where int/float or
 * list/tuple cannot be told apart at run time, an optional hint gives the
 * static Python type (`repr(x, "tuple[str, float]")`).
 */
import { floatRepr } from "./float-format.js";
import { HASHABLE_HINT, Hint, itemHint, parseHint, resolveHint, UNKNOWN_HINT } from "./hints.js";
import { dunder, isPlainObject } from "./protocols.js";
import { setItems } from "./set-order.js";
import { bytesRepr, escapeNonAscii, stringRepr } from "./string-repr.js";

export { floatRepr } from "./float-format.js";

/** Whether a function value is an ES class (Python class object). */
export function isClass(f: unknown): f is abstract new (...args: never[]) => unknown {
  return typeof f === "function" && /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/**
 * `repr(int)` of an integral number: plain decimal digits, also beyond the
 * range where JS switches to exponent notation (`10**22`).
 */
export function intRepr(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  return floatRepr(n);
}

/**
 * Renders a number as the Python int or float it stands for. Without a hint,
 * an integral value within +-2**53 is an int, anything else a float
 * (`-0.0` is always a float).
 */
function numberRepr(n: number, hint: Hint): string {
  if (hint.kind === "float") return floatRepr(n);
  if (hint.kind === "int" && Number.isInteger(n)) return Object.is(n, -0) ? "0" : intRepr(n);
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) return String(n);
  return floatRepr(n);
}

const addresses = new WeakMap<object, string>();
let nextAddress = 0x7f3a2c001000;

/** A stable fake `0x...` address for identity-based reprs. */
export function fakeAddress(x: object): string {
  let address = addresses.get(x);
  if (address === undefined) {
    address = "0x" + nextAddress.toString(16);
    nextAddress += 0x50;
    addresses.set(x, address);
  }
  return address;
}

/** The Python module a class is reported in (`__main__` unless it has its own static `__module__`). */
export function moduleOf(cls: object): string {
  if (!Object.hasOwn(cls, "__module__")) return "__main__";
  const module: unknown = (cls as { __module__?: unknown }).__module__;
  return typeof module === "string" ? module : "__main__";
}

/** `<class 'ValueError'>` / `<class '__main__.Foo'>`. */
function classRepr(cls: { readonly name: string }): string {
  const module = moduleOf(cls);
  return module === "builtins" ? `<class '${cls.name}'>` : `<class '${module}.${cls.name}'>`;
}

function functionRepr(f: { readonly name: string }): string {
  if (isClass(f)) return classRepr(f);
  return `<function ${f.name === "" ? "<lambda>" : f.name} at ${fakeAddress(f)}>`;
}

function instanceRepr(x: object): string {
  const ctor: unknown = (x as { constructor?: unknown }).constructor;
  const name = typeof ctor === "function" && ctor.name !== "" ? ctor.name : "object";
  const module = typeof ctor === "function" ? moduleOf(ctor) : "builtins";
  const qualified = module === "builtins" ? name : `${module}.${name}`;
  return `<${qualified} object at ${fakeAddress(x)}>`;
}

class ReprContext {
  private readonly active = new Set<object>();

  enter(x: object): boolean {
    if (this.active.has(x)) return false;
    this.active.add(x);
    return true;
  }

  leave(x: object): void {
    this.active.delete(x);
  }
}

function render(x: unknown, hint: Hint, ctx: ReprContext | undefined): string {
  switch (typeof x) {
    case "string":
      return stringRepr(x);
    case "number":
      return numberRepr(x, resolveHint(hint, x));
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
    case "bigint":
      return x.toString();
    case "function":
      return functionRepr(x);
    case "symbol":
      return x.toString();
    case "object":
      break;
  }
  if (x === null) return "None";
  if (x instanceof Uint8Array) return bytesRepr(x);
  const reprMethod = dunder(x, "__repr__");
  if (reprMethod !== undefined) return String(reprMethod.call(x));
  const resolved = resolveHint(hint, x);
  if (Array.isArray(x)) return renderContainer(x, resolved, ctx ?? new ReprContext(), renderArray);
  if (x instanceof Map) return renderContainer(x, resolved, ctx ?? new ReprContext(), renderMap);
  if (x instanceof Set) return renderContainer(x, resolved, ctx ?? new ReprContext(), renderSet);
  if (isPlainObject(x)) return renderContainer(x, resolved, ctx ?? new ReprContext(), renderRecord);
  return instanceRepr(x);
}

function renderContainer<T extends object>(
  x: T,
  hint: Hint,
  ctx: ReprContext,
  body: (x: T, hint: Hint, ctx: ReprContext) => string,
): string {
  if (!ctx.enter(x)) {
    if (!Array.isArray(x)) return "{...}";
    return hint.kind === "tuple" || hint.kind === "tupleOf" || hint.kind === "hashable" ? "(...)" : "[...]";
  }
  try {
    return body(x, hint, ctx);
  } finally {
    ctx.leave(x);
  }
}

function renderArray(items: readonly unknown[], hint: Hint, ctx: ReprContext): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) parts.push(render(items[i], itemHint(hint, i), ctx));
  if (hint.kind === "tuple" || hint.kind === "tupleOf" || hint.kind === "hashable") {
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
  }
  return `[${parts.join(", ")}]`;
}

function renderMap(map: ReadonlyMap<unknown, unknown>, hint: Hint, ctx: ReprContext): string {
  const keyHint = hint.kind === "dict" && hint.key.kind !== "unknown" ? hint.key : HASHABLE_HINT;
  const valueHint = hint.kind === "dict" ? hint.value : UNKNOWN_HINT;
  const parts: string[] = [];
  for (const [key, value] of map) parts.push(`${render(key, keyHint, ctx)}: ${render(value, valueHint, ctx)}`);
  return `{${parts.join(", ")}}`;
}

function renderRecord(record: Record<string, unknown>, hint: Hint, ctx: ReprContext): string {
  const valueHint = hint.kind === "dict" ? hint.value : UNKNOWN_HINT;
  const parts: string[] = [];
  for (const key of Object.keys(record)) parts.push(`${stringRepr(key)}: ${render(record[key], valueHint, ctx)}`);
  return `{${parts.join(", ")}}`;
}

function renderSet(set: ReadonlySet<unknown>, hint: Hint, ctx: ReprContext): string {
  const memberHint = hint.kind === "set" && hint.item.kind !== "unknown" ? hint.item : HASHABLE_HINT;
  const frozen = (hint.kind === "set" && hint.frozen) || hint.kind === "hashable";
  if (set.size === 0) return frozen ? "frozenset()" : "set()";
  const parts: string[] = [];
  for (const member of setItems(set)) parts.push(render(member, memberHint, ctx));
  return frozen ? `frozenset({${parts.join(", ")}})` : `{${parts.join(", ")}}`;
}

/** Python `repr(x)`; `hint` is the static Python type when known (`"float"`, `"tuple[int, str]"`). */
export function repr(x: unknown, hint?: string): string {
  return render(x, parseHint(hint), undefined);
}

/** `repr(x)` with an already parsed hint (for the formatting helpers). */
export function reprHinted(x: unknown, hint: Hint): string {
  return render(x, hint, undefined);
}

/**
 * Python `str(x)`: strings unchanged, `__str__` when the object has one,
 * otherwise `repr(x)` (containers render their items with repr).
 */
export function str(x: unknown, hint?: string): string {
  return strHinted(x, parseHint(hint));
}

/** `str(x)` with an already parsed hint (for the formatting helpers). */
export function strHinted(x: unknown, hint: Hint): string {
  if (typeof x === "string") return x;
  if (typeof x === "object" && x !== null) {
    const strMethod = dunder(x, "__str__");
    if (strMethod !== undefined) return String(strMethod.call(x));
    if (dunder(x, "__repr__") === undefined && !isPlainObject(x)) {
      const toString = (x as { toString?: unknown }).toString;
      if (typeof toString === "function" && toString !== Object.prototype.toString && !isBuiltinContainer(x)) {
        return String(toString.call(x));
      }
    }
  }
  return render(x, hint, undefined);
}

function isBuiltinContainer(x: object): boolean {
  return Array.isArray(x) || x instanceof Map || x instanceof Set || x instanceof Uint8Array;
}

/** Python `ascii(x)`: `repr(x)` with every non-ASCII character escaped. */
export function ascii(x: unknown, hint?: string): string {
  if (typeof x === "string") return stringRepr(x, true);
  return escapeNonAscii(repr(x, hint));
}

/**
 * `type(x).__name__`: `int`, `float`, `str`, `bool`, `NoneType`, `list`
 * (`tuple` with a tuple hint), `dict`, `set`, `bytes`, `function`, `type`,
 * or the class name of an instance.
 */
export function typeName(x: unknown, hint?: string): string {
  switch (typeof x) {
    case "number": {
      const h = resolveHint(parseHint(hint), x);
      if (h.kind === "float") return "float";
      if (h.kind === "int") return "int";
      return Number.isSafeInteger(x) && !Object.is(x, -0) ? "int" : "float";
    }
    case "bigint":
      return "int";
    case "string":
      return "str";
    case "boolean":
      return "bool";
    case "undefined":
      return "NoneType";
    case "function":
      return isClass(x) ? "type" : "function";
    case "symbol":
      return "object";
    case "object":
      break;
  }
  if (x === null) return "NoneType";
  if (Array.isArray(x)) {
    const h = resolveHint(parseHint(hint), x);
    return h.kind === "tuple" || h.kind === "tupleOf" ? "tuple" : "list";
  }
  if (x instanceof Uint8Array) return "bytes";
  // a generator function's result (a translated genexp or `def` with yield)
  if (Object.prototype.toString.call(x) === "[object Generator]") return "generator";
  if (x instanceof Map || isPlainObject(x)) return "dict";
  if (x instanceof Set) {
    const h = resolveHint(parseHint(hint), x);
    return h.kind === "set" && h.frozen ? "frozenset" : "set";
  }
  // runtime classes standing for a Python type of another name (`dict_keys`) say so
  const own: unknown = (x as { __typename__?: unknown }).__typename__;
  if (typeof own === "string") return own;
  const ctor: unknown = (x as { constructor?: unknown }).constructor;
  return typeof ctor === "function" && ctor.name !== "" ? ctor.name : "object";
}
