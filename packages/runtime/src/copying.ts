/**
 * Python's `copy.copy` and `copy.deepcopy`: lists, tuples, dicts (Maps,
 * including the collections classes), sets and instances of translated
 * classes are copied like Python (a deep copy keeps shared references shared
 * and cycles intact); strings, numbers, None and functions are returned as is.
 */
function cloneShell(x: object): object {
  if (x instanceof Map) return new (x.constructor as new () => Map<unknown, unknown>)();
  if (x instanceof Set) return new (x.constructor as new () => Set<unknown>)();
  if (Array.isArray(x)) return [];
  return Object.create(Object.getPrototypeOf(x) as object | null) as object;
}

function copyInto(target: object, source: object, each: (v: unknown) => unknown): object {
  if (source instanceof Map) for (const [k, v] of source) (target as Map<unknown, unknown>).set(each(k), each(v));
  else if (source instanceof Set) for (const v of source) (target as Set<unknown>).add(each(v));
  else if (Array.isArray(source)) for (const v of source) (target as unknown[]).push(each(v));
  for (const key of Object.keys(source)) {
    if (Array.isArray(source) && /^\d+$/.test(key)) continue;
    (target as Record<string, unknown>)[key] = each((source as Record<string, unknown>)[key]);
  }
  return target;
}

function copyable(x: unknown): x is object {
  return typeof x === "object" && x !== null && !(x instanceof Uint8Array) && !(x instanceof Date);
}

/** Python `copy.copy(x)`. */
export function copy<T>(x: T): T {
  if (!copyable(x)) return x;
  const own = (x as { __copy__?: () => T }).__copy__;
  if (typeof own === "function") return own.call(x);
  if (Object.isFrozen(x) && Array.isArray(x)) return x;
  return copyInto(cloneShell(x), x, (v) => v) as T;
}

/** Python `copy.deepcopy(x)`. */
export function deepcopy<T>(x: T, memo: Map<unknown, unknown> = new Map()): T {
  if (!copyable(x)) return x;
  if (memo.has(x)) return memo.get(x) as T;
  const own = (x as { __deepcopy__?: (m: Map<unknown, unknown>) => T }).__deepcopy__;
  if (typeof own === "function") return own.call(x, memo);
  const shell = cloneShell(x);
  memo.set(x, shell);
  return copyInto(shell, x, (v) => deepcopy(v, memo)) as T;
}
