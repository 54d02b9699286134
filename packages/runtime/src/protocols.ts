/**
 * How the runtime recognises Python protocols on JS values: dunder methods
 * (`__eq__`, `__len__`, ...) defined by translated classes, numbers (Python
 * int/float/bool), and plain object literals standing for dicts.
 */

/** A Python protocol method as found on an object. */
export type DunderMethod = (this: unknown, ...args: unknown[]) => unknown;

/** The method `name` (e.g. `"__eq__"`) of `x` if `x` is an object that defines it. */
export function dunder(x: unknown, name: string): DunderMethod | undefined {
  if (typeof x !== "object" || x === null) return undefined;
  const method: unknown = (x as Record<string, unknown>)[name];
  return typeof method === "function" ? (method as DunderMethod) : undefined;
}

/** A Python int, float or bool. */
export function isNumeric(x: unknown): x is number | boolean {
  return typeof x === "number" || typeof x === "boolean";
}

/** Whether `x` is a plain JS object literal (a dict with string keys). */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (typeof x !== "object" || x === null) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
