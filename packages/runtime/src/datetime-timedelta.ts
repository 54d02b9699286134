/**
 * Python's `datetime.timedelta` and `datetime.timezone`: a duration kept as
 * an exact count of microseconds (normalised to days/seconds/microseconds
 * like Python, with `-1 day, 1:00:00` for negatives), and fixed-offset
 * timezones with Python's names and reprs.
 */
import { NotImplemented, type NotImplementedType } from "./comparison.js";
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { formatOffset } from "./datetime-format.js";
import { floatRepr, repr } from "./repr.js";

const US_PER_SECOND = 1_000_000n;
const US_PER_DAY = 86_400_000_000n;
const MAX_DAYS = 999_999_999n;

/** Round half to even of a ratio of bigints. */
function divRound(num: bigint, den: bigint): bigint {
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  let q = num / den;
  let r = num % den;
  if (r < 0n) {
    q -= 1n;
    r += den;
  }
  const twice = 2n * r;
  if (twice > den || (twice === den && q % 2n !== 0n)) q += 1n;
  return q;
}

/** A float as an exact ratio of bigints. */
function ratioOf(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) throw new ValueError(`cannot convert ${x} to an integer ratio`);
  if (Number.isInteger(x)) return [BigInt(x), 1n];
  let den = 1n;
  let v = x;
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return [BigInt(v), den];
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

export class timedelta {
  /** The exact duration in microseconds. */
  readonly us: bigint;

  constructor(days = 0, seconds = 0, microseconds = 0, milliseconds = 0, minutes = 0, hours = 0, weeks = 0) {
    let total = 0n;
    let fractional = 0;
    const parts: Array<[number, bigint]> = [
      [weeks, 7n * US_PER_DAY],
      [days, US_PER_DAY],
      [hours, 3600n * US_PER_SECOND],
      [minutes, 60n * US_PER_SECOND],
      [seconds, US_PER_SECOND],
      [milliseconds, 1000n],
      [microseconds, 1n],
    ];
    let den = 1n;
    let num = 0n;
    for (const [value, unit] of parts) {
      if (Number.isInteger(value)) total += BigInt(value) * unit;
      else {
        const [n, d] = ratioOf(value);
        num = num * d + n * unit * den;
        den *= d;
        fractional++;
      }
    }
    if (fractional > 0) total += divRound(num, den);
    this.us = timedelta.check(total);
  }

  /** `timedelta(hours=2, minutes=30)`: Python's keyword form. */
  static of(parts: { days?: number; seconds?: number; microseconds?: number; milliseconds?: number; minutes?: number; hours?: number; weeks?: number }): timedelta {
    return new timedelta(parts.days, parts.seconds, parts.microseconds, parts.milliseconds, parts.minutes, parts.hours, parts.weeks);
  }

  private static check(us: bigint): bigint {
    const days = floorDiv(us, US_PER_DAY);
    if (days > MAX_DAYS || days < -MAX_DAYS) throw new OverflowError(`days=${days}; must have magnitude <= 999999999`);
    return us;
  }

  static fromMicroseconds(us: bigint): timedelta {
    const td = new timedelta();
    (td as { us: bigint }).us = timedelta.check(us);
    return td;
  }

  get days(): number {
    return Number(floorDiv(this.us, US_PER_DAY));
  }
  get seconds(): number {
    return Number(floorDiv(this.us - BigInt(this.days) * US_PER_DAY, US_PER_SECOND));
  }
  get microseconds(): number {
    const r = this.us % US_PER_SECOND;
    return Number(r < 0n ? r + US_PER_SECOND : r);
  }

  total_seconds(): number {
    return Number(this.us) / 1e6;
  }

  __str__(): string {
    const days = this.days;
    const s = this.seconds;
    const hh = Math.floor(s / 3600);
    const mm = Math.floor((s % 3600) / 60);
    const ss = s % 60;
    let out = `${hh}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`;
    if (this.microseconds) out += `.${String(this.microseconds).padStart(6, "0")}`;
    if (days) out = `${days} day${Math.abs(days) !== 1 ? "s" : ""}, ${out}`;
    return out;
  }

  __repr__(): string {
    const parts: string[] = [];
    if (this.days) parts.push(`days=${this.days}`);
    if (this.seconds) parts.push(`seconds=${this.seconds}`);
    if (this.microseconds) parts.push(`microseconds=${this.microseconds}`);
    return `datetime.timedelta(${parts.length ? parts.join(", ") : "0"})`;
  }

  __format__(spec: string): string {
    if (spec !== "") throw new TypeError("unsupported format string passed to datetime.timedelta.__format__");
    return this.__str__();
  }

  __hash__(): string {
    return `timedelta:${this.us}`;
  }
  __bool__(): boolean {
    return this.us !== 0n;
  }

  __eq__(other: unknown): boolean | NotImplementedType {
    return other instanceof timedelta ? this.us === other.us : NotImplemented;
  }
  __lt__(other: unknown): boolean | NotImplementedType {
    return other instanceof timedelta ? this.us < other.us : NotImplemented;
  }
  __le__(other: unknown): boolean | NotImplementedType {
    return other instanceof timedelta ? this.us <= other.us : NotImplemented;
  }
  __gt__(other: unknown): boolean | NotImplementedType {
    return other instanceof timedelta ? this.us > other.us : NotImplemented;
  }
  __ge__(other: unknown): boolean | NotImplementedType {
    return other instanceof timedelta ? this.us >= other.us : NotImplemented;
  }

  __neg__(): timedelta {
    return timedelta.fromMicroseconds(-this.us);
  }
  __pos__(): timedelta {
    return this;
  }
  __abs__(): timedelta {
    return this.us < 0n ? this.__neg__() : this;
  }

  __add__(other: timedelta): timedelta {
    if (!(other instanceof timedelta)) throw operandError("+", this, other);
    return timedelta.fromMicroseconds(this.us + other.us);
  }
  /** `x + td` when x declined: a timedelta, date or datetime adds this duration. */
  __radd__(other: unknown): unknown {
    if (other instanceof timedelta) return this.__add__(other);
    const add = (other as { __add__?: (x: timedelta) => unknown } | null)?.__add__;
    if (typeof add === "function") return add.call(other, this);
    throw operandError("+", other, this);
  }
  __sub__(other: timedelta): timedelta {
    if (!(other instanceof timedelta)) throw operandError("-", this, other);
    return timedelta.fromMicroseconds(this.us - other.us);
  }

  /** `td * number` (a float product rounds half to even). */
  __mul__(factor: number): timedelta {
    if (typeof factor !== "number") throw operandError("*", this, factor);
    const [n, d] = ratioOf(factor);
    return timedelta.fromMicroseconds(divRound(this.us * n, d));
  }
  __rmul__(factor: number): timedelta {
    return this.__mul__(factor);
  }

  /** `td / td` is a float; `td / number` a timedelta. */
  __truediv__(other: timedelta): number;
  __truediv__(other: number): timedelta;
  __truediv__(other: timedelta | number): number | timedelta {
    if (other instanceof timedelta) {
      if (other.us === 0n) throw new ZeroDivisionError("division by zero");
      return Number(this.us) / Number(other.us);
    }
    if (typeof other !== "number") throw operandError("/", this, other);
    if (other === 0) throw new ZeroDivisionError("division by zero");
    const [n, d] = ratioOf(other);
    return timedelta.fromMicroseconds(divRound(this.us * d, n));
  }

  /** `td // td` is an int; `td // int` a timedelta. */
  __floordiv__(other: timedelta): number;
  __floordiv__(other: number): timedelta;
  __floordiv__(other: timedelta | number): number | timedelta {
    if (other instanceof timedelta) {
      if (other.us === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
      return Number(floorDiv(this.us, other.us));
    }
    if (!Number.isInteger(other)) throw operandError("//", this, other);
    if (other === 0) throw new ZeroDivisionError("integer division or modulo by zero");
    return timedelta.fromMicroseconds(floorDiv(this.us, BigInt(other)));
  }

  __mod__(other: timedelta): timedelta {
    if (!(other instanceof timedelta)) throw operandError("%", this, other);
    if (other.us === 0n) throw new ZeroDivisionError("integer division or modulo by zero");
    return timedelta.fromMicroseconds(this.us - floorDiv(this.us, other.us) * other.us);
  }

  __divmod__(other: timedelta): readonly [number, timedelta] {
    return [this.__floordiv__(other), this.__mod__(other)] as const;
  }

  static readonly min: timedelta = timedelta.fromMicroseconds(-MAX_DAYS * US_PER_DAY);
  static readonly max: timedelta = timedelta.fromMicroseconds(MAX_DAYS * US_PER_DAY + US_PER_DAY - 1n);
  static readonly resolution: timedelta = timedelta.fromMicroseconds(1n);
}

/** Python's type name of a value in operator errors (`datetime.timedelta`, `int`). */
export function pyTypeName(x: unknown): string {
  if (x === null || x === undefined) return "NoneType";
  if (typeof x === "number") return Number.isInteger(x) ? "int" : "float";
  if (typeof x === "string") return "str";
  if (typeof x === "boolean") return "bool";
  const name = (x as { constructor?: { name?: string } }).constructor?.name ?? "object";
  return ["timedelta", "date", "datetime", "time", "timezone"].includes(name) ? `datetime.${name}` : name;
}

export function operandError(op: string, a: unknown, b: unknown): TypeError {
  return new TypeError(`unsupported operand type(s) for ${op}: '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
}

/** Python `datetime.timezone`: a fixed UTC offset with an optional name. */
export class timezone {
  constructor(
    readonly offset: timedelta,
    readonly name: string | null = null,
  ) {
    if (!(offset instanceof timedelta)) throw new TypeError("timezone() argument 1 must be datetime.timedelta, not " + pyTypeName(offset));
    const day = 86_400_000_000n;
    if (offset.us <= -day || offset.us >= day) {
      throw new ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${repr(offset)}.`);
    }
  }

  static readonly utc: timezone = new timezone(new timedelta(0));

  utcoffset(_dt?: unknown): timedelta {
    return this.offset;
  }
  dst(_dt?: unknown): null {
    return null;
  }
  tzname(_dt?: unknown): string {
    if (this.name !== null) return this.name;
    if (this.offset.us === 0n) return "UTC";
    return `UTC${formatOffset(Number(this.offset.us), ":")}`;
  }

  __str__(): string {
    return this.tzname();
  }
  __repr__(): string {
    if (this === timezone.utc) return "datetime.timezone.utc";
    const name = this.name === null ? "" : `, ${repr(this.name)}`;
    return `datetime.timezone(${this.offset.__repr__()}${name})`;
  }
  __eq__(other: unknown): boolean | NotImplementedType {
    return other instanceof timezone ? this.offset.us === other.offset.us : NotImplemented;
  }
  __hash__(): string {
    return `timezone:${this.offset.us}`;
  }
}

/** `float` repr of a number for messages. */
export function numberText(x: number): string {
  return Number.isInteger(x) ? String(x) : floatRepr(x);
}
