/**
 * Python's `enum` module for translated enum classes: members are singleton
 * instances created in definition order (`enumMember`), looked up by value
 * (`Color(3)`) or name (`Color["RED"]`), iterated in order, with Python 3.11's
 * str/repr/format. `IntEnum` members compare and compute like their int
 * values; `Flag` members combine with `|`, `&`, `^`, `~`.
 */
import { eq, NotImplemented } from "./comparison.js";
import type { NotImplementedType } from "./comparison.js";
import { KeyError, TypeError, ValueError } from "./exceptions.js";
import { format } from "./format-spec.js";
import { repr, str } from "./repr.js";

/** `enum.auto()`: the next value, computed when the member is created. */
export const AUTO: unique symbol = Symbol("enum.auto");

type EnumClass<T extends Enum = Enum> = { prototype: T; name: string } & (abstract new (...args: never[]) => T);

const membersOf = new WeakMap<object, Enum[]>();

function list(cls: EnumClass): Enum[] {
  let found = membersOf.get(cls);
  if (!found) {
    found = [];
    membersOf.set(cls, found);
  }
  return found;
}

/** `enum.Enum`: the base of translated enum classes. */
export class Enum {
  /** The member's name (`_name_`). */
  readonly name: string;
  /** The member's value (`_value_`). */
  readonly value: unknown;

  constructor(name: string, value: unknown) {
    this.name = name;
    this.value = value;
  }

  get _name_(): string {
    return this.name;
  }

  get _value_(): unknown {
    return this.value;
  }

  __str__(): string {
    return `${this.constructor.name}.${this.name}`;
  }

  __repr__(): string {
    return `<${this.constructor.name}.${this.name}: ${repr(this.value)}>`;
  }

  __format__(spec: string): string {
    return format(this.__str__(), spec);
  }
}

/** `enum.ReprEnum` behaviour (IntEnum, StrEnum): str() and format() are the value's. */
export class IntEnum extends Enum {
  declare readonly value: number;
  override __str__(): string {
    return str(this.value);
  }
  override __format__(spec: string): string {
    return format(this.value, spec);
  }
  override valueOf(): number {
    return this.value;
  }
  __eq__(other: unknown): boolean {
    return eq(this.value, other instanceof Enum ? other.value : other);
  }
  __hash__(): number {
    return this.value;
  }
  __int__(): number {
    return this.value;
  }
  __index__(): number {
    return this.value;
  }
  __lt__(other: unknown): boolean | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value < o;
  }
  __le__(other: unknown): boolean | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value <= o;
  }
  __gt__(other: unknown): boolean | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value > o;
  }
  __ge__(other: unknown): boolean | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value >= o;
  }
  __add__(other: unknown): number | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value + o;
  }
  __radd__(other: unknown): number | NotImplementedType {
    return this.__add__(other);
  }
  __sub__(other: unknown): number | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value - o;
  }
  __mul__(other: unknown): number | NotImplementedType {
    const o = numberOf(other);
    return o === null ? NotImplemented : this.value * o;
  }
}

/** `enum.StrEnum` (3.11): members are their string values for str(), format() and ==. */
export class StrEnum extends Enum {
  declare readonly value: string;
  override __str__(): string {
    return this.value;
  }
  override __format__(spec: string): string {
    return format(this.value, spec);
  }
  override toString(): string {
    return this.value;
  }
  __eq__(other: unknown): boolean {
    return other instanceof Enum ? other === this : this.value === other;
  }
  __hash__(): string {
    return this.value;
  }
}

/** `class E(str, Enum)`: equal to the string value, but str()/format() stay `E.NAME` (Python 3.11). */
export class StrMixinEnum extends Enum {
  declare readonly value: string;
  __eq__(other: unknown): boolean {
    return other instanceof Enum ? other === this : this.value === other;
  }
  __hash__(): string {
    return this.value;
  }
}

function numberOf(x: unknown): number | null {
  if (typeof x === "number") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof IntEnum || x instanceof Flag) return x.value;
  return null;
}

/** `enum.Flag`: members are bits; combinations are pseudo-members created on demand. */
export class Flag extends Enum {
  declare readonly value: number;
  override __str__(): string {
    const names = this.canonical().map((m) => m.name);
    if (this.isMember()) return `${this.constructor.name}.${this.name}`;
    return names.length > 0 ? `${this.constructor.name}.${names.join("|")}` : `${this.constructor.name}(${this.value})`;
  }
  override __repr__(): string {
    const names = this.canonical().map((m) => m.name);
    if (names.length === 0) return `<${this.constructor.name}: ${this.value}>`;
    return `<${this.constructor.name}.${names.join("|")}: ${this.value}>`;
  }
  private isMember(): boolean {
    return list(this.constructor as EnumClass).includes(this);
  }
  /** The single-bit members contained in this value, in definition order. */
  canonical(): Flag[] {
    return (list(this.constructor as EnumClass) as Flag[]).filter((m) => isPowerOfTwo(m.value) && (this.value & m.value) === m.value);
  }
  __bool__(): boolean {
    return this.value !== 0;
  }
  __contains__(other: unknown): boolean {
    if (!(other instanceof Flag) || other.constructor !== this.constructor) {
      throw new TypeError(`unsupported operand type(s) for 'in': '${typeof other}' and '${this.constructor.name}'`);
    }
    return (this.value & other.value) === other.value;
  }
  __iter__(): Iterator<Flag> {
    return this.canonical()[Symbol.iterator]();
  }
  __len__(): number {
    return this.canonical().length;
  }
  __or__(other: Flag): Flag {
    return flagOf(this.constructor as EnumClass<Flag>, this.value | other.value);
  }
  __and__(other: Flag): Flag {
    return flagOf(this.constructor as EnumClass<Flag>, this.value & other.value);
  }
  __xor__(other: Flag): Flag {
    return flagOf(this.constructor as EnumClass<Flag>, this.value ^ other.value);
  }
  __invert__(): Flag {
    const all = (list(this.constructor as EnumClass) as Flag[]).reduce((acc, m) => acc | m.value, 0);
    return flagOf(this.constructor as EnumClass<Flag>, all & ~this.value);
  }
  __eq__(other: unknown): boolean {
    return other instanceof Flag && other.constructor === this.constructor && other.value === this.value;
  }
  __hash__(): number {
    return this.value;
  }
  override valueOf(): number {
    return this.value;
  }
}

function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}

const pseudo = new WeakMap<object, Map<number, Flag>>();

function flagOf(cls: EnumClass<Flag>, value: number): Flag {
  const member = (list(cls) as Flag[]).find((m) => m.value === value);
  if (member) return member;
  let cache = pseudo.get(cls);
  if (!cache) {
    cache = new Map();
    pseudo.set(cls, cache);
  }
  let found = cache.get(value);
  if (!found) {
    const all = (list(cls) as Flag[]).reduce((acc, m) => acc | m.value, 0);
    if ((value & ~all) !== 0) throw new ValueError(`${repr(value)} is not a valid ${cls.name}`);
    found = new (cls as unknown as new (name: string, value: unknown) => Flag)("", value);
    const names = found.canonical().map((m) => m.name);
    Object.defineProperty(found, "name", { value: names.length > 0 ? names.join("|") : null });
    cache.set(value, found);
  }
  return found;
}

/**
 * Creates the member `name = value` of an enum class (in definition order);
 * a value equal to an earlier member's makes an alias of it; `AUTO` takes the
 * next value (1, 2, 3... or the next bit for a Flag).
 */
export function enumMember<T extends Enum>(cls: EnumClass<T>, name: string, value: unknown): T {
  const members = list(cls) as T[];
  let v = value;
  if (v === AUTO) {
    const numbers = members.map((m) => m.value).filter((x): x is number => typeof x === "number");
    const last = numbers.length > 0 ? Math.max(...numbers) : 0;
    v = cls.prototype instanceof Flag ? (last === 0 ? 1 : 2 ** Math.floor(Math.log2(last) + 1)) : last + 1;
  }
  const alias = members.find((m) => eq(m.value, v));
  if (alias) return alias;
  const member = new (cls as unknown as new (name: string, value: unknown) => T)(name, v);
  members.push(member);
  return member;
}

/** The members of an enum class, in definition order (aliases excluded), as `list(Color)` gives them. */
export function enumMembers<T extends Enum>(cls: EnumClass<T>): T[] {
  return [...(list(cls) as T[])];
}

/** `Color(value)`: the member with this value, else `ValueError: 3 is not a valid Color`. */
export function enumLookup<T extends Enum>(cls: EnumClass<T>, value: unknown): T {
  if (value instanceof cls) return value as T;
  const member = (list(cls) as T[]).find((m) => eq(m.value, value));
  if (member) return member;
  if (cls.prototype instanceof Flag && typeof value === "number") return flagOf(cls as unknown as EnumClass<Flag>, value) as unknown as T;
  throw new ValueError(`${repr(value)} is not a valid ${cls.name}`);
}

/** `Color["RED"]`: the member with this name, else `KeyError: 'RED'`. */
export function enumByName<T extends Enum>(cls: EnumClass<T>, name: string): T {
  const member = (list(cls) as T[]).find((m) => m.name === name) ?? (cls as unknown as Record<string, unknown>)[name];
  if (member instanceof Enum) return member as T;
  throw new KeyError(name);
}

/** `@enum.unique`: ValueError when a member is an alias of another. */
export function enumUnique(cls: EnumClass, names: readonly string[]): void {
  const members = list(cls);
  const aliases = names.filter((n) => {
    const m = (cls as unknown as Record<string, Enum | undefined>)[n];
    return m !== undefined && m.name !== n && members.includes(m);
  });
  if (aliases.length > 0) {
    const detail = aliases.map((n) => `${n} -> ${(cls as unknown as Record<string, Enum>)[n]!.name}`).join(", ");
    throw new ValueError(`duplicate values found in <enum '${cls.name}'>: ${detail}`);
  }
}
