/**
 * Class helpers for translated Python classes: `issubclass` over JS classes
 * (the built-in exceptions and user classes are JS classes with Python's
 * hierarchy).
 */

type AnyClass = abstract new (...args: never[]) => unknown;

/** Python `issubclass(cls, classes)`: `cls` is one of `classes` or derives from one. */
export function issubclass(cls: AnyClass, ...classes: AnyClass[]): boolean {
  for (const base of classes) {
    if (cls === base || cls.prototype instanceof base) return true;
  }
  return false;
}
