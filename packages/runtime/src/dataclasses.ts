/**
 * Support for translated `@dataclass` classes: the generated methods
 * (`__repr__`, `__eq__`, ordering, `__hash__`), frozen instances, and the
 * `dataclasses` module functions (`asdict`, `astuple`, `replace`, `fields`,
 * `is_dataclass`). The compiler registers each dataclass with its fields.
 */
import { eq, ge, gt, le, lt, NotImplemented } from "./comparison.js";
import type { NotImplementedType } from "./comparison.js";
import { AttributeError, TypeError, ValueError } from "./exceptions.js";
import { keyOf } from "./hashing.js";
import { repr } from "./repr.js";

/** `dataclasses.FrozenInstanceError`. */
export class FrozenInstanceError extends AttributeError {}
Object.defineProperty(FrozenInstanceError, "__module__", { value: "dataclasses", configurable: true });

export interface DataclassField {
  name: string;
  /** Taken by `__init__` (positionally, in field order). */
  init: boolean;
  repr: boolean;
  compare: boolean;
  /** Runtime repr hint of the field's static type, or null. */
  hint: string | null;
}

/** `dataclasses.Field`: what `fields()` returns. */
export interface Field {
  readonly name: string;
}

type Constructor = abstract new (...args: never[]) => object;

const registry = new WeakMap<object, readonly DataclassField[]>();
const frozenClasses = new WeakSet<object>();

/** Records the fields of a dataclass (base fields first), as `@dataclass` does. */
export function registerDataclass(cls: Constructor, fields: readonly DataclassField[], frozen = false): void {
  registry.set(cls.prototype, fields);
  if (frozen) frozenClasses.add(cls.prototype);
}

/**
 * The end of a generated `__init__`: when `cls` is the most derived dataclass
 * of the object being built (`newTarget`), calls `__post_init__()` and, for a
 * frozen class, makes the fields read-only.
 */
export function finishDataclass(obj: object, cls: Constructor, newTarget: Constructor): void {
  let proto: object | null = newTarget.prototype as object;
  while (proto !== null && !registry.has(proto)) proto = Object.getPrototypeOf(proto) as object | null;
  if (proto !== cls.prototype) return;
  const post: unknown = (obj as { __post_init__?: unknown }).__post_init__;
  if (typeof post === "function") (post as () => void).call(obj);
  if (frozenClasses.has(cls.prototype)) freezeFields(obj);
}

function fieldsOf(obj: object): readonly DataclassField[] {
  const fields = registry.get(Object.getPrototypeOf(obj) as object);
  if (!fields) throw new TypeError("must be called with a dataclass type or instance");
  return fields;
}

function get(obj: object, name: string): unknown {
  return (obj as Record<string, unknown>)[name];
}

/** The generated `__repr__`: `Host(name='web1', port=22)`. */
export function dataclassRepr(obj: object): string {
  const parts = fieldsOf(obj)
    .filter((f) => f.repr)
    .map((f) => `${f.name}=${repr(get(obj, f.name), f.hint ?? undefined)}`);
  return `${obj.constructor.name}(${parts.join(", ")})`;
}

function compared(obj: object): unknown[] {
  return fieldsOf(obj)
    .filter((f) => f.compare)
    .map((f) => get(obj, f.name));
}

/** The generated `__eq__`: same class, equal compared fields. */
export function dataclassEq(a: object, b: unknown): boolean | NotImplementedType {
  if (typeof b !== "object" || b === null || b.constructor !== a.constructor) return NotImplemented;
  return eq(compared(a), compared(b));
}

const ORDER = { "<": lt, "<=": le, ">": gt, ">=": ge } as const;

/** The generated ordering methods (`order=True`): compared fields as tuples. */
export function dataclassOrder(a: object, b: unknown, op: keyof typeof ORDER): boolean | NotImplementedType {
  if (typeof b !== "object" || b === null || b.constructor !== a.constructor) return NotImplemented;
  return ORDER[op](compared(a), compared(b));
}

/** The generated `__hash__` (`frozen=True`): the hash of the compared fields. */
export function dataclassHash(obj: object): number {
  const key = JSON.stringify(compared(obj).map((v) => String(keyOf(v))));
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}

/** Makes the fields of a frozen dataclass instance read-only: assigning raises FrozenInstanceError. */
export function freezeFields(obj: object): void {
  for (const f of fieldsOf(obj)) {
    if (!Object.hasOwn(obj, f.name)) continue;
    const value = get(obj, f.name);
    Object.defineProperty(obj, f.name, {
      get: () => value,
      set: () => {
        throw new FrozenInstanceError(`cannot assign to field '${f.name}'`);
      },
      enumerable: true,
      configurable: false,
    });
  }
}

function isDataclassInstance(x: unknown): x is object {
  return typeof x === "object" && x !== null && registry.has(Object.getPrototypeOf(x) as object);
}

function deepValue(x: unknown, asTuple: boolean): unknown {
  if (isDataclassInstance(x)) {
    const entries = fieldsOf(x).map((f) => [f.name, deepValue(get(x, f.name), asTuple)] as const);
    return asTuple ? entries.map(([, v]) => v) : new Map<string, unknown>(entries);
  }
  if (Array.isArray(x)) return x.map((v) => deepValue(v, asTuple));
  if (x instanceof Map) return new Map([...x].map(([k, v]) => [deepValue(k, asTuple), deepValue(v, asTuple)]));
  if (x instanceof Set) return new Set([...x].map((v) => deepValue(v, asTuple)));
  return x;
}

/** `dataclasses.asdict(obj)`: fields to a dict, recursively (nested dataclasses, lists, dicts copied). */
export function asdict(obj: object): Map<string, unknown> {
  if (!isDataclassInstance(obj)) throw new TypeError("asdict() should be called on dataclass instances");
  return deepValue(obj, false) as Map<string, unknown>;
}

/** `dataclasses.astuple(obj)`. */
export function astuple(obj: object): unknown[] {
  if (!isDataclassInstance(obj)) throw new TypeError("astuple() should be called on dataclass instances");
  return deepValue(obj, true) as unknown[];
}

/** `dataclasses.replace(obj, **changes)`: a new instance with some init fields changed. */
export function dataclassReplace<T extends object>(obj: T, changes: ReadonlyMap<string, unknown>): T {
  const fields = fieldsOf(obj);
  for (const [name] of changes) {
    const field = fields.find((f) => f.name === name);
    if (field && !field.init) throw new ValueError(`field ${name} is declared with init=False, it cannot be specified with replace()`);
    if (!field) throw new TypeError(`${obj.constructor.name}.__init__() got an unexpected keyword argument '${name}'`);
  }
  const args = fields.filter((f) => f.init).map((f) => (changes.has(f.name) ? changes.get(f.name) : get(obj, f.name)));
  const ctor = obj.constructor as new (...args: unknown[]) => T;
  return new ctor(...args);
}

/** `dataclasses.fields(obj_or_class)`. */
export function fields(x: object): Field[] {
  const proto = typeof x === "function" ? (x as { prototype: object }).prototype : (Object.getPrototypeOf(x) as object);
  const list = registry.get(proto);
  if (!list) throw new TypeError("must be called with a dataclass type or instance");
  return list.map((f) => ({ name: f.name }));
}

/** `dataclasses.is_dataclass(x)`. */
export function isDataclass(x: unknown): boolean {
  if (typeof x === "function") return registry.has((x as { prototype: object }).prototype);
  return isDataclassInstance(x);
}
