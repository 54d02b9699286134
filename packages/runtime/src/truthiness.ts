/**
 * Python truthiness (`if x:`, `not x`, `bool(x)`, `and`/`or` operands).
 */
import { dunder, isPlainObject } from "./protocols.js";

/**
 * `bool(x)`: False for `None`, `False`, `0`, `0.0`, `""`, empty list, tuple,
 * dict, set and bytes; `__bool__()` then `__len__()` for objects that define
 * them; True otherwise. Unlike JS, `NaN` is true.
 */
export function truthy(x: unknown): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x !== "";
    case "undefined":
      return false;
    case "bigint":
      return x !== 0n;
    case "function":
    case "symbol":
      return true;
    case "object":
      break;
  }
  if (x === null) return false;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof Map || x instanceof Set) return x.size > 0;
  if (x instanceof Uint8Array) return x.length > 0;
  const bool = dunder(x, "__bool__");
  if (bool !== undefined) return bool.call(x) === true;
  const len = dunder(x, "__len__");
  if (len !== undefined) return Number(len.call(x)) !== 0;
  if (isPlainObject(x)) return Object.keys(x).length > 0;
  return true;
}
