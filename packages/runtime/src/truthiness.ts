/**
 * Python truthiness (`if x:`, `not x`, `bool(x)`, `and`/`or` operands).
 */

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
  const obj = x as { __bool__?: unknown; __len__?: unknown };
  if (typeof obj.__bool__ === "function") return (obj.__bool__ as () => unknown).call(x) === true;
  if (typeof obj.__len__ === "function") return Number((obj.__len__ as () => unknown).call(x)) !== 0;
  const proto: unknown = Object.getPrototypeOf(x);
  if (proto === Object.prototype || proto === null) return Object.keys(x).length > 0;
  return true;
}
