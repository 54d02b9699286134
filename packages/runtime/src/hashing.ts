/**
 * Python dict/set key identity for JS collections: `keyOf(x)` maps a value to
 * a canonical key that a JS `Map`/`Set` compares the way a Python dict
 * compares keys (hash + `==`): tuples (arrays) by value, `1`, `1.0` and `True`
 * as one key, frozensets by members, objects with `__hash__`/`__eq__` by
 * equality, other objects by identity.
 */
import { eq } from "./comparison.js";

/**
 * Canonical keys of tuples start with `\0t`; a string key that itself starts
 * with `\0` is prefixed with `\0s`, so no string can collide with a tuple.
 */
const TAG = "\u0000";

interface Hashable {
  __hash__(): unknown;
}

function isHashable(x: object): x is Hashable {
  return typeof (x as { __hash__?: unknown }).__hash__ === "function";
}

const identityIds = new WeakMap<object, number>();
let nextIdentity = 1;

function identityId(x: object): number {
  let id = identityIds.get(x);
  if (id === undefined) {
    id = nextIdentity++;
    identityIds.set(x, id);
  }
  return id;
}

interface BucketEntry {
  readonly ref: WeakRef<object>;
  readonly id: number;
}
const hashedIds = new WeakMap<object, number>();
const buckets = new Map<unknown, BucketEntry[]>();
let nextHashed = 1;

/**
 * An id shared by all live objects that are equal (`__eq__`) and have the same
 * `__hash__()`, like the dict slot Python would find for them.
 */
function hashedId(x: Hashable & object): number {
  const cached = hashedIds.get(x);
  if (cached !== undefined) return cached;
  const hash = x.__hash__();
  let bucket = buckets.get(hash);
  if (bucket === undefined) {
    bucket = [];
    buckets.set(hash, bucket);
  }
  let id: number | undefined;
  for (let i = bucket.length - 1; i >= 0; i--) {
    const other = bucket[i]!.ref.deref();
    if (other === undefined) {
      bucket.splice(i, 1);
    } else if (id === undefined && eq(x, other)) {
      id = bucket[i]!.id;
    }
  }
  if (id === undefined) {
    id = nextHashed++;
    bucket.push({ ref: new WeakRef(x), id });
  }
  hashedIds.set(x, id);
  return id;
}

/** A prefix-free text encoding of a value, used inside tuple keys. */
function encode(x: unknown): string {
  switch (typeof x) {
    case "number":
      return "n" + (x === 0 ? "0" : String(x)) + ";";
    case "boolean":
      return x ? "n1;" : "n0;";
    case "string":
      return "s" + x.length + ":" + x;
    case "bigint":
      return "n" + x.toString() + ";";
    case "undefined":
      return "z";
    case "function":
    case "symbol":
      return "o" + identityId(x as object) + ";";
    case "object":
      break;
  }
  if (x === null) return "z";
  if (Array.isArray(x)) {
    let out = "t" + x.length + "(";
    for (const item of x) out += encode(item);
    return out + ")";
  }
  if (x instanceof Set) {
    const members: string[] = [];
    for (const m of x) members.push(encode(m));
    members.sort();
    return "f" + members.length + "(" + members.join("") + ")";
  }
  if (x instanceof Uint8Array) return "b" + x.length + ":" + Array.prototype.join.call(x, ",") + ";";
  if (isHashable(x)) return "h" + hashedId(x) + ";";
  return "o" + identityId(x) + ";";
}

/**
 * The canonical JS key for a Python key: strings and numbers map to
 * themselves (booleans to 0/1, bigints to numbers when safe), tuples and
 * frozensets to tagged strings, objects with `__hash__` to an equality-class
 * tag, other objects to themselves.
 */
export function keyOf(x: unknown): unknown {
  switch (typeof x) {
    case "string":
      return x.length > 0 && x.charCodeAt(0) === 0 ? TAG + "s" + x : x;
    case "number":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "undefined":
      return null;
    case "bigint":
      return Number.isSafeInteger(Number(x)) ? Number(x) : TAG + encode(x);
    case "object":
      if (x === null) return null;
      if (Array.isArray(x) || x instanceof Set || x instanceof Uint8Array) return TAG + encode(x);
      if (isHashable(x)) return TAG + encode(x);
      return x;
    default:
      return x;
  }
}
