/**
 * Class helpers for translated Python classes: `issubclass` over JS classes
 * (the built-in exceptions and user classes are JS classes with Python's
 * hierarchy).
 */

import { AttributeError } from "./exceptions.js";
import { typeName } from "./repr.js";

type AnyClass = abstract new (...args: never[]) => unknown;

/** Python `issubclass(cls, classes)`: `cls` is one of `classes` or derives from one. */
export function issubclass(cls: AnyClass, ...classes: AnyClass[]): boolean {
  for (const base of classes) {
    if (cls === base || cls.prototype instanceof base) return true;
  }
  return false;
}

/**
 * Python attribute lookup for an attribute the translation cannot see
 * statically: an own or inherited property, else the class's
 * `__getattr__(name)`, else `AttributeError: 'C' object has no attribute 'x'`.
 * Methods come back bound to the object.
 */
export function getAttribute(obj: object, name: string): unknown {
  if (name in obj) {
    const value: unknown = (obj as Record<string, unknown>)[name];
    return typeof value === "function" && !isClass(value) ? (value as (...args: unknown[]) => unknown).bind(obj) : value;
  }
  const hook: unknown = (obj as { __getattr__?: unknown }).__getattr__;
  if (typeof hook === "function") return (hook as (n: string) => unknown).call(obj, name);
  throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
}

function isClass(value: unknown): boolean {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}
