/**
 * Helpers for translated expressions that the core runtime modules do not
 * cover: in-place set update and the items of a mapping of unknown type.
 */
import { iterate } from "./iteration.js";
import { getAttribute } from "./classes.js";
import { AttributeError, TypeError } from "./exceptions.js";

/** `s.update(*others)`: adds every item of every iterable (a dict contributes its keys). */
export function setUpdate<T>(s: Set<T>, ...others: ReadonlyArray<Iterable<T> | ReadonlyMap<T, unknown>>): void {
  for (const other of others) for (const item of iterate(other) as Iterable<T>) s.add(item);
}

/** The `[key, value]` pairs of a mapping (`{**m}` where the type of `m` is not known statically). */
export function dictItems(m: unknown): Iterable<[unknown, unknown]> {
  if (m instanceof Map) return m.entries() as Iterable<[unknown, unknown]>;
  if (m !== null && typeof m === "object" && !Array.isArray(m) && Object.getPrototypeOf(m) === Object.prototype) {
    return Object.entries(m as Record<string, unknown>);
  }
  throw new TypeError(`'${describe(m)}' object is not a mapping`);
}

function describe(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (Array.isArray(x)) return "list";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  return "object";
}

/** `getattr(obj, name)` / `getattr(obj, name, default)`: AttributeError (or the default) for a missing attribute. */
export function getAttr(obj: unknown, name: string, ...fallback: [] | [unknown]): unknown {
  try {
    if (obj === null || obj === undefined || (typeof obj !== "object" && typeof obj !== "function")) {
      throw new AttributeError(`'${describe(obj)}' object has no attribute '${name}'`);
    }
    return getAttribute(obj, name);
  } catch (e) {
    if (fallback.length > 0 && e instanceof AttributeError) return fallback[0];
    throw e;
  }
}

/** `hasattr(obj, name)`: whether `getattr` would succeed. */
export function hasAttr(obj: unknown, name: string): boolean {
  const missing = Symbol("missing");
  return getAttr(obj, name, missing) !== missing;
}

/** `setattr(obj, name, value)`. */
export function setAttr(obj: unknown, name: string, value: unknown): void {
  if (obj === null || typeof obj !== "object") throw new AttributeError(`'${describe(obj)}' object has no attribute '${name}'`);
  (obj as Record<string, unknown>)[name] = value;
}
