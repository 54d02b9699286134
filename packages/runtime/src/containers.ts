/**
 * Python's generic container protocol on py2ts values: `len(x)`, `x in c`
 * and `c[key]` when the static type is not known precisely (str, list,
 * tuple, dict, set, bytes, range, plain objects and classes with
 * `__len__`/`__contains__`/`__getitem__`).
 */
import { eq } from "./comparison.js";
import { codePointLength } from "./code-points.js";
import { KeyError, TypeError } from "./exceptions.js";
import { hasKey, NOT_FOUND, storedKey } from "./key-lookup.js";
import { dunder as method, isPlainObject } from "./protocols.js";
import { typeName } from "./repr.js";
import { at } from "./sequences.js";

/**
 * Python `len(x)`: code points for str; length of arrays and bytes; size of
 * Map/Set; `__len__()`; key count of a plain object;
 * `TypeError: object of type 'int' has no len()` otherwise.
 */
export function len(x: unknown): number {
  if (typeof x === "string") return codePointLength(x);
  if (typeof x === "object" && x !== null) {
    if (Array.isArray(x) || x instanceof Uint8Array) return x.length;
    if (x instanceof Map || x instanceof Set) return x.size;
    const lenMethod = method(x, "__len__");
    if (lenMethod !== undefined) return Number(lenMethod.call(x));
    if (isPlainObject(x)) return Object.keys(x).length;
  }
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

function bytesContains(haystack: Uint8Array, item: unknown): boolean {
  if (typeof item === "number") return haystack.includes(item);
  if (item instanceof Uint8Array) {
    outer: for (let i = 0; i + item.length <= haystack.length; i++) {
      for (let j = 0; j < item.length; j++) if (haystack[i + j] !== item[j]) continue outer;
      return true;
    }
    return false;
  }
  throw new TypeError(`a bytes-like object is required, not '${typeName(item)}'`);
}

/**
 * Python `item in container`: substring test for str
 * (`TypeError: 'in <string>' requires string as left operand, not int`),
 * `==` (deep, `1 == True`) for lists/tuples, keys for dicts, members for sets,
 * `__contains__`, then iteration.
 */
export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") {
      throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (typeof container === "object" && container !== null) {
    if (Array.isArray(container)) {
      if (container.includes(item)) return true;
      if (typeof item === "string") return false;
      for (const element of container) if (Object.is(element, item) || eq(element, item)) return true;
      return false;
    }
    if (container instanceof Map || container instanceof Set) return hasKey(container, item);
    if (container instanceof Uint8Array) return bytesContains(container, item);
    const containsMethod = method(container, "__contains__");
    if (containsMethod !== undefined) return containsMethod.call(container, item) === true;
    if (isPlainObject(container)) return typeof item === "string" && Object.hasOwn(container, item);
    if (Symbol.iterator in container) {
      for (const element of container as Iterable<unknown>) if (Object.is(element, item) || eq(element, item)) return true;
      return false;
    }
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}

/**
 * Python `container[key]` for a value of unknown static type: sequences
 * index (see `at`), dicts look the key up (`KeyError`), objects use `__getitem__`.
 */
export function subscript(container: unknown, key: unknown): unknown {
  if (typeof container === "string" || Array.isArray(container) || container instanceof Uint8Array) {
    if (typeof key !== "number" && typeof key !== "boolean") {
      const kind = typeof container === "string" ? "str" : "list";
      if (kind === "str") throw new TypeError(`string indices must be integers, not '${typeName(key)}'`);
      throw new TypeError(`list indices must be integers or slices, not ${typeName(key)}`);
    }
    return typeof container === "string" ? at(container, Number(key)) : at(container as ArrayLike<unknown>, Number(key));
  }
  if (container instanceof Map) {
    const stored = storedKey(container, key);
    if (stored === NOT_FOUND) throw new KeyError(key);
    return container.get(stored);
  }
  if (typeof container === "object" && container !== null) {
    const getter = method(container, "__getitem__");
    if (getter !== undefined) return getter.call(container, key);
    if (isPlainObject(container)) {
      if (typeof key === "string" && Object.hasOwn(container, key)) return container[key];
      throw new KeyError(key);
    }
  }
  throw new TypeError(`'${typeName(container)}' object is not subscriptable`);
}
