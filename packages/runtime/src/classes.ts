/**
 * Class helpers for translated Python classes: `issubclass` over JS classes
 * (the built-in exceptions and user classes are JS classes with Python's
 * hierarchy).
 */

import { NotImplemented } from "./comparison.js";
import { AttributeError, ValueError } from "./exceptions.js";
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

/**
 * Python `obj.name = value` for an attribute the translation could not
 * declare: a class's `__setattr__` is honoured, otherwise the value is stored
 * on the object.
 */
export function setAttribute(obj: object, name: string, value: unknown): void {
  const hook: unknown = (obj as { __setattr__?: unknown }).__setattr__;
  if (typeof hook === "function") (hook as (n: string, v: unknown) => void).call(obj, name, value);
  else (obj as Record<string, unknown>)[name] = value;
}

function isClass(value: unknown): boolean {
  return typeof value === "function" && /^class[\s{]/.test(Function.prototype.toString.call(value));
}

type Compare = (this: unknown, other: unknown) => unknown;

/**
 * `@functools.total_ordering`: fills in the missing rich comparisons from the
 * one the class defines (`__lt__`, `__le__`, `__gt__` or `__ge__`) and `__eq__`,
 * exactly as CPython's functools does (NotImplemented passes through).
 */
export function totalOrdering(cls: { prototype: object }): void {
  const proto = cls.prototype as Record<string, Compare | undefined>;
  const eq = (self: unknown, other: unknown): boolean => {
    const method = (self as Record<string, Compare | undefined>).__eq__;
    return method ? method.call(self, other) === true : self === other;
  };
  const roots: Array<[string, Record<string, (op: Compare) => Compare>]> = [
    ["__lt__", {
      __gt__: (lt) => function (other) { const r = lt.call(this, other); return r === NotImplemented ? r : !r && !eq(this, other); },
      __le__: (lt) => function (other) { const r = lt.call(this, other); return r === NotImplemented ? r : Boolean(r) || eq(this, other); },
      __ge__: (lt) => function (other) { const r = lt.call(this, other); return r === NotImplemented ? r : !r; },
    }],
    ["__le__", {
      __ge__: (le) => function (other) { const r = le.call(this, other); return r === NotImplemented ? r : !r || eq(this, other); },
      __lt__: (le) => function (other) { const r = le.call(this, other); return r === NotImplemented ? r : Boolean(r) && !eq(this, other); },
      __gt__: (le) => function (other) { const r = le.call(this, other); return r === NotImplemented ? r : !r; },
    }],
    ["__gt__", {
      __lt__: (gt) => function (other) { const r = gt.call(this, other); return r === NotImplemented ? r : !r && !eq(this, other); },
      __ge__: (gt) => function (other) { const r = gt.call(this, other); return r === NotImplemented ? r : Boolean(r) || eq(this, other); },
      __le__: (gt) => function (other) { const r = gt.call(this, other); return r === NotImplemented ? r : !r; },
    }],
    ["__ge__", {
      __le__: (ge) => function (other) { const r = ge.call(this, other); return r === NotImplemented ? r : !r || eq(this, other); },
      __gt__: (ge) => function (other) { const r = ge.call(this, other); return r === NotImplemented ? r : Boolean(r) && !eq(this, other); },
      __lt__: (ge) => function (other) { const r = ge.call(this, other); return r === NotImplemented ? r : !r; },
    }],
  ];
  const root = roots.find(([name]) => typeof proto[name] === "function");
  if (!root) throw new ValueError("must define at least one ordering operation: < > <= >=");
  const [name, derived] = root;
  const op = proto[name]!;
  for (const [missing, make] of Object.entries(derived)) {
    if (typeof proto[missing] !== "function") Object.defineProperty(proto, missing, { value: make(op), writable: true, configurable: true });
  }
}
