/**
 * Python's `datetime` module: `date`, `time`, `datetime`, `timedelta` and
 * `timezone`, with Python's calendar, arithmetic (dunder methods the
 * translation calls), naive/aware rules and their TypeErrors, str/repr,
 * `isoformat`/`fromisoformat`, `strftime`/`strptime`, and local time through
 * the process's TZ (as Python's C library uses it).
 */
import { NotImplemented, type NotImplementedType } from "./comparison.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { MAXYEAR, MINYEAR, checkDate, checkTime, isoCalendar, isoToOrdinal, ordinalToYmd, pad, weekdayOf, ymdToOrdinal } from "./datetime-calendar.js";
import { type TimeFields, formatOffset, strftime, strptime } from "./datetime-format.js";
import { operandError, pyTypeName, timedelta, timezone } from "./datetime-timedelta.js";
import { repr } from "./repr.js";

export { MAXYEAR, MINYEAR, timedelta, timezone };

const US_PER_DAY = 86_400_000_000n;

/** Python `datetime.IsoCalendarDate`: a (year, week, weekday) tuple with names. */
export class IsoCalendarDate extends Array<number> {
  constructor(year: number, week: number, weekday: number) {
    super();
    this.push(year, week, weekday);
  }
  static override get [Symbol.species](): ArrayConstructor {
    return Array;
  }
  get year(): number {
    return this[0]!;
  }
  get week(): number {
    return this[1]!;
  }
  get weekday(): number {
    return this[2]!;
  }
  __repr__(): string {
    return `datetime.IsoCalendarDate(year=${this[0]}, week=${this[1]}, weekday=${this[2]})`;
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function invalidIso(text: string): ValueError {
  return new ValueError(`Invalid isoformat string: ${repr(text)}`);
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})-(\d{2})|(\d{2})(\d{2})|-?W(\d{2})(?:-?(\d))?)$/;
const ISO_TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?$/;
const ISO_OFFSET = /^(?:([Zz])|([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6}))?)?)?)$/;

function parseIsoDate(text: string, whole: string): [number, number, number] {
  const m = ISO_DATE.exec(text);
  if (!m) throw invalidIso(whole);
  if (m[6] !== undefined) return ordinalToYmd(isoToOrdinal(Number(m[1]), Number(m[6]), Number(m[7] ?? 1)));
  return [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
}

function parseIsoTime(text: string, whole: string): { h: number; m: number; s: number; us: number; tz: timezone | null } {
  const tzAt = text.search(/[Zz+-]/);
  const clock = tzAt >= 0 ? text.slice(0, tzAt) : text;
  const m = ISO_TIME.exec(clock);
  if (!m) throw invalidIso(whole);
  const us = m[4] ? Number(m[4].slice(0, 6).padEnd(6, "0")) : 0;
  let tz: timezone | null = null;
  if (tzAt >= 0) {
    const o = ISO_OFFSET.exec(text.slice(tzAt));
    if (!o) throw invalidIso(whole);
    if (o[1]) tz = timezone.utc;
    else {
      const magnitude = new timedelta(0, Number(o[5] ?? 0), Number((o[6] ?? "").padEnd(6, "0")), 0, Number(o[4] ?? 0), Number(o[3]));
      tz = o[2] === "-" ? new timezone(magnitude.__neg__()) : new timezone(magnitude);
      if (tz.offset.us === 0n) tz = timezone.utc;
    }
  }
  return { h: Number(m[1]), m: Number(m[2] ?? 0), s: Number(m[3] ?? 0), us, tz };
}

function offsetOf(tz: timezone | null): timedelta | null {
  return tz === null ? null : tz.utcoffset(null);
}

/** Python `datetime.date`. */
export class date {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {
    checkDate(year, month, day);
  }

  static fromordinal(n: number): date {
    if (n < 1 || n > ymdToOrdinal(MAXYEAR, 12, 31)) throw new ValueError(`ordinal must be >= 1`);
    return new date(...ordinalToYmd(n));
  }
  static fromisoformat(text: string): date {
    if (typeof text !== "string") throw new TypeError("fromisoformat: argument must be str");
    const [y, m, d] = parseIsoDate(text, text);
    try {
      return new date(y, m, d);
    } catch {
      throw invalidIso(text);
    }
  }
  static fromisocalendar(year: number, week: number, day: number): date {
    return date.fromordinal(isoToOrdinal(year, week, day));
  }
  static today(): date {
    const now = new Date();
    return new date(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  static fromtimestamp(t: number): date {
    const d = new Date(Math.floor(t * 1000));
    return new date(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }

  toordinal(): number {
    return ymdToOrdinal(this.year, this.month, this.day);
  }
  weekday(): number {
    return weekdayOf(this.toordinal());
  }
  isoweekday(): number {
    return this.weekday() + 1;
  }
  isocalendar(): IsoCalendarDate {
    return new IsoCalendarDate(...isoCalendar(this.year, this.month, this.day));
  }
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month, 2)}-${pad(this.day, 2)}`;
  }
  ctime(): string {
    return this.strftime("%a %b %e %H:%M:%S %Y");
  }
  replace(changes: { year?: number; month?: number; day?: number } = {}): date {
    return new date(changes.year ?? this.year, changes.month ?? this.month, changes.day ?? this.day);
  }
  protected fields(): TimeFields {
    return { year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0, microsecond: 0, offsetMicroseconds: null, tzname: null };
  }
  strftime(format: string): string {
    return strftime(this.fields(), format);
  }
  __format__(spec: string): string {
    return spec === "" ? this.__str__() : this.strftime(spec);
  }
  __str__(): string {
    return this.isoformat();
  }
  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
  __hash__(): string {
    return `date:${this.toordinal()}`;
  }

  protected dateKey(other: unknown): number | null {
    if (!(other instanceof date) || other instanceof datetime) return null;
    return this.toordinal() - other.toordinal();
  }
  __eq__(other: unknown): boolean | NotImplementedType {
    const k = this.dateKey(other);
    return k === null ? NotImplemented : k === 0;
  }
  __lt__(other: unknown): boolean | NotImplementedType {
    const k = this.dateKey(other);
    return k === null ? NotImplemented : k < 0;
  }
  __le__(other: unknown): boolean | NotImplementedType {
    const k = this.dateKey(other);
    return k === null ? NotImplemented : k <= 0;
  }
  __gt__(other: unknown): boolean | NotImplementedType {
    const k = this.dateKey(other);
    return k === null ? NotImplemented : k > 0;
  }
  __ge__(other: unknown): boolean | NotImplementedType {
    const k = this.dateKey(other);
    return k === null ? NotImplemented : k >= 0;
  }

  __add__(other: timedelta): date {
    if (!(other instanceof timedelta)) throw operandError("+", this, other);
    const ordinal = this.toordinal() + other.days;
    if (ordinal < 1 || ordinal > ymdToOrdinal(MAXYEAR, 12, 31)) throw new OverflowError("date value out of range");
    return date.fromordinal(ordinal);
  }
  __radd__(other: timedelta): date {
    return this.__add__(other);
  }
  /** `date - timedelta` is a date, `date - date` a timedelta. */
  __sub__(other: timedelta): date;
  __sub__(other: date): timedelta;
  __sub__(other: timedelta | date): date | timedelta {
    if (other instanceof timedelta) return this.__add__(other.__neg__());
    if (other instanceof date && !(other instanceof datetime)) return new timedelta(this.toordinal() - other.toordinal());
    throw operandError("-", this, other);
  }

  static readonly min: date = new date(MINYEAR, 1, 1);
  static readonly max: date = new date(MAXYEAR, 12, 31);
  static readonly resolution: timedelta = new timedelta(1);
}

/** Python `datetime.time`. */
export class time {
  constructor(
    readonly hour: number = 0,
    readonly minute: number = 0,
    readonly second: number = 0,
    readonly microsecond: number = 0,
    readonly tzinfo: timezone | null = null,
  ) {
    checkTime(hour, minute, second, microsecond);
  }

  static fromisoformat(text: string): time {
    const t = parseIsoTime(text, text);
    return new time(t.h, t.m, t.s, t.us, t.tz);
  }

  isoformat(timespec = "auto"): string {
    const offset = offsetOf(this.tzinfo);
    return timeText(this.hour, this.minute, this.second, this.microsecond, timespec) + (offset ? formatOffset(Number(offset.us), ":") : "");
  }
  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo);
  }
  tzname(): string | null {
    return this.tzinfo === null ? null : this.tzinfo.tzname(null);
  }
  replace(changes: { hour?: number; minute?: number; second?: number; microsecond?: number; tzinfo?: timezone | null } = {}): time {
    return new time(
      changes.hour ?? this.hour,
      changes.minute ?? this.minute,
      changes.second ?? this.second,
      changes.microsecond ?? this.microsecond,
      changes.tzinfo === undefined ? this.tzinfo : changes.tzinfo,
    );
  }
  strftime(format: string): string {
    const offset = offsetOf(this.tzinfo);
    return strftime(
      { year: 1900, month: 1, day: 1, hour: this.hour, minute: this.minute, second: this.second, microsecond: this.microsecond, offsetMicroseconds: offset ? Number(offset.us) : null, tzname: this.tzname() },
      format,
    );
  }
  __format__(spec: string): string {
    return spec === "" ? this.__str__() : this.strftime(spec);
  }
  __str__(): string {
    return this.isoformat();
  }
  __repr__(): string {
    const parts = [this.hour, this.minute];
    if (this.second || this.microsecond) parts.push(this.second);
    if (this.microsecond) parts.push(this.microsecond);
    const tz = this.tzinfo ? `, tzinfo=${repr(this.tzinfo)}` : "";
    return `datetime.time(${parts.join(", ")}${tz})`;
  }
  private key(): number {
    const offset = offsetOf(this.tzinfo);
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond - (offset ? Number(offset.us) : 0);
  }
  __hash__(): string {
    return `time:${this.key()}`;
  }
  private compare(other: unknown): number | null {
    if (!(other instanceof time)) return null;
    if ((this.tzinfo === null) !== (other.tzinfo === null)) throw new TypeError("can't compare offset-naive and offset-aware times");
    return this.key() - other.key();
  }
  __eq__(other: unknown): boolean | NotImplementedType {
    if (other instanceof time && (this.tzinfo === null) !== (other.tzinfo === null)) return false;
    const k = this.compare(other);
    return k === null ? NotImplemented : k === 0;
  }
  __lt__(other: unknown): boolean | NotImplementedType {
    const k = this.compare(other);
    return k === null ? NotImplemented : k < 0;
  }
  __le__(other: unknown): boolean | NotImplementedType {
    const k = this.compare(other);
    return k === null ? NotImplemented : k <= 0;
  }
  __gt__(other: unknown): boolean | NotImplementedType {
    const k = this.compare(other);
    return k === null ? NotImplemented : k > 0;
  }
  __ge__(other: unknown): boolean | NotImplementedType {
    const k = this.compare(other);
    return k === null ? NotImplemented : k >= 0;
  }

  static readonly min: time = new time(0, 0, 0, 0);
  static readonly max: time = new time(23, 59, 59, 999999);
}

function timeText(h: number, m: number, s: number, us: number, timespec: string): string {
  const hh = pad(h, 2);
  switch (timespec === "auto" ? (us ? "microseconds" : "seconds") : timespec) {
    case "hours":
      return hh;
    case "minutes":
      return `${hh}:${pad(m, 2)}`;
    case "seconds":
      return `${hh}:${pad(m, 2)}:${pad(s, 2)}`;
    case "milliseconds":
      return `${hh}:${pad(m, 2)}:${pad(s, 2)}.${pad(Math.floor(us / 1000), 3)}`;
    case "microseconds":
      return `${hh}:${pad(m, 2)}:${pad(s, 2)}.${pad(us, 6)}`;
    default:
      throw new ValueError("Unknown timespec value");
  }
}

/** Local time of a UTC instant (ms), through the process's TZ. */
function localParts(ms: number): [number, number, number, number, number, number] {
  const d = new Date(ms);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

/** Python `datetime.datetime`. */
export class datetime extends date {
  constructor(
    year: number,
    month: number,
    day: number,
    readonly hour: number = 0,
    readonly minute: number = 0,
    readonly second: number = 0,
    readonly microsecond: number = 0,
    readonly tzinfo: timezone | null = null,
    options: { fold?: number } = {},
  ) {
    super(year, month, day);
    checkTime(hour, minute, second, microsecond);
    this.fold = options.fold ?? 0;
  }
  readonly fold: number;

  /** Microseconds since 0001-01-01 00:00 of the wall clock (offset not applied). */
  private wallMicroseconds(): bigint {
    const seconds = ((this.toordinal() - 1) * 86400 + this.hour * 3600 + this.minute * 60 + this.second);
    return BigInt(seconds) * 1_000_000n + BigInt(this.microsecond);
  }
  private static fromWall(us: bigint, tz: timezone | null): datetime {
    const days = us / US_PER_DAY - (us % US_PER_DAY < 0n ? 1n : 0n);
    let rest = Number(us - days * US_PER_DAY);
    const ordinal = Number(days) + 1;
    if (ordinal < 1 || ordinal > ymdToOrdinal(MAXYEAR, 12, 31)) throw new OverflowError("date value out of range");
    const [y, m, d] = ordinalToYmd(ordinal);
    const micro = rest % 1_000_000;
    rest = (rest - micro) / 1_000_000;
    return new datetime(y, m, d, Math.floor(rest / 3600), Math.floor((rest % 3600) / 60), rest % 60, micro, tz);
  }
  /** The UTC instant in microseconds since 0001-01-01 (naive values as local time). */
  private instant(): bigint {
    const offset = this.utcoffset();
    if (offset) return this.wallMicroseconds() - offset.us;
    return BigInt(Math.round(this.timestamp() * 1e6)) + EPOCH_US;
  }

  static combine(d: date, t: time, tzinfo?: timezone | null): datetime {
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo === undefined ? t.tzinfo : tzinfo);
  }
  static override fromisoformat(text: string): datetime {
    if (typeof text !== "string") throw new TypeError("fromisoformat: argument must be str");
    const sepAt = text.length > 10 && /^\d{4}-\d{2}-\d{2}/.test(text) ? 10 : text.length > 8 && /^\d{8}[^\d]/.test(text) ? 8 : -1;
    const datePart = sepAt >= 0 ? text.slice(0, sepAt) : text;
    const [y, m, d] = parseIsoDate(datePart, text);
    const t = sepAt >= 0 ? parseIsoTime(text.slice(sepAt + 1), text) : { h: 0, m: 0, s: 0, us: 0, tz: null };
    try {
      return new datetime(y, m, d, t.h, t.m, t.s, t.us, t.tz);
    } catch {
      throw invalidIso(text);
    }
  }
  static strptime(text: string, format: string): datetime {
    const p = strptime(text, format);
    const tz = p.offsetMicroseconds === null ? null : p.offsetMicroseconds === 0 ? timezone.utc : new timezone(timedelta.fromMicroseconds(BigInt(p.offsetMicroseconds)));
    return new datetime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, tz);
  }
  static override fromtimestamp(t: number, tz: timezone | null = null): datetime {
    const us = BigInt(Math.round(t * 1e6));
    if (tz !== null) return datetime.fromWall(us + EPOCH_US + tz.utcoffset(null).us, tz);
    const secondsUs = us - ((us % 1_000_000n) + 1_000_000n) % 1_000_000n;
    const [y, m, d, hh, mm, ss] = localParts(Number(secondsUs / 1000n));
    return new datetime(y, m, d, hh, mm, ss, Number(us - secondsUs));
  }
  static utcfromtimestamp(t: number): datetime {
    return datetime.fromWall(BigInt(Math.round(t * 1e6)) + EPOCH_US, null);
  }
  static now(tz: timezone | null = null): datetime {
    return datetime.fromtimestamp(Date.now() / 1000, tz);
  }
  static override today(): datetime {
    return datetime.now();
  }
  static utcnow(): datetime {
    return datetime.utcfromtimestamp(Date.now() / 1000);
  }

  date(): date {
    return new date(this.year, this.month, this.day);
  }
  time(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond);
  }
  timetz(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, this.tzinfo);
  }
  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo);
  }
  tzname(): string | null {
    return this.tzinfo === null ? null : this.tzinfo.tzname(this);
  }
  dst(): null {
    return null;
  }
  timestamp(): number {
    const offset = this.utcoffset();
    if (offset) return Number(this.wallMicroseconds() - offset.us - EPOCH_US) / 1e6;
    const local = new Date(this.year, this.month - 1, this.day, this.hour, this.minute, this.second);
    if (this.year < 100) local.setFullYear(this.year);
    return local.getTime() / 1000 + this.microsecond / 1e6;
  }
  astimezone(tz: timezone | null = null): datetime {
    const target = tz ?? localTimezone(this);
    const instant = this.instant();
    return datetime.fromWall(instant + target.utcoffset(null).us, target);
  }
  override replace(
    changes: { year?: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; microsecond?: number; tzinfo?: timezone | null; fold?: number } = {},
  ): datetime {
    return new datetime(
      changes.year ?? this.year,
      changes.month ?? this.month,
      changes.day ?? this.day,
      changes.hour ?? this.hour,
      changes.minute ?? this.minute,
      changes.second ?? this.second,
      changes.microsecond ?? this.microsecond,
      changes.tzinfo === undefined ? this.tzinfo : changes.tzinfo,
      { fold: changes.fold ?? this.fold },
    );
  }
  override isoformat(sep = "T", timespec = "auto"): string {
    const offset = this.utcoffset();
    return `${super.isoformat()}${sep}${timeText(this.hour, this.minute, this.second, this.microsecond, timespec)}${offset ? formatOffset(Number(offset.us), ":") : ""}`;
  }
  override ctime(): string {
    return this.strftime("%a %b %e %H:%M:%S %Y");
  }
  protected override fields(): TimeFields {
    const offset = this.utcoffset();
    return {
      year: this.year,
      month: this.month,
      day: this.day,
      hour: this.hour,
      minute: this.minute,
      second: this.second,
      microsecond: this.microsecond,
      offsetMicroseconds: offset ? Number(offset.us) : null,
      tzname: this.tzname(),
    };
  }
  override __str__(): string {
    return this.isoformat(" ");
  }
  override __repr__(): string {
    const parts = [this.year, this.month, this.day, this.hour, this.minute];
    if (this.second || this.microsecond) parts.push(this.second);
    if (this.microsecond) parts.push(this.microsecond);
    const tz = this.tzinfo ? `, tzinfo=${repr(this.tzinfo)}` : "";
    return `datetime.datetime(${parts.join(", ")}${tz})`;
  }
  override __hash__(): string {
    return this.tzinfo ? `datetime:${this.wallMicroseconds() - this.utcoffset()!.us}` : `datetime:naive:${this.wallMicroseconds()}`;
  }

  /** The difference to another datetime in microseconds; TypeError across naive/aware. */
  private difference(other: datetime, what: string): bigint {
    const a = this.utcoffset();
    const b = other.utcoffset();
    if ((a === null) !== (b === null)) throw new TypeError(`can't ${what} offset-naive and offset-aware datetimes`);
    return this.wallMicroseconds() - (a?.us ?? 0n) - (other.wallMicroseconds() - (b?.us ?? 0n));
  }
  private order(other: unknown): number | null {
    if (!(other instanceof datetime)) {
      if (other instanceof date) throw new TypeError(`can't compare datetime.datetime to datetime.date`);
      return null;
    }
    const d = this.difference(other, "compare");
    return d === 0n ? 0 : d < 0n ? -1 : 1;
  }
  override __eq__(other: unknown): boolean | NotImplementedType {
    if (!(other instanceof datetime)) return other instanceof date ? false : NotImplemented;
    if ((this.tzinfo === null) !== (other.tzinfo === null)) return false;
    return this.order(other) === 0;
  }
  override __lt__(other: unknown): boolean | NotImplementedType {
    const k = this.order(other);
    return k === null ? NotImplemented : k < 0;
  }
  override __le__(other: unknown): boolean | NotImplementedType {
    const k = this.order(other);
    return k === null ? NotImplemented : k <= 0;
  }
  override __gt__(other: unknown): boolean | NotImplementedType {
    const k = this.order(other);
    return k === null ? NotImplemented : k > 0;
  }
  override __ge__(other: unknown): boolean | NotImplementedType {
    const k = this.order(other);
    return k === null ? NotImplemented : k >= 0;
  }

  override __add__(other: timedelta): datetime {
    if (!(other instanceof timedelta)) throw operandError("+", this, other);
    return datetime.fromWall(this.wallMicroseconds() + other.us, this.tzinfo);
  }
  override __radd__(other: timedelta): datetime {
    return this.__add__(other);
  }
  /** `datetime - timedelta` is a datetime, `datetime - datetime` a timedelta. */
  override __sub__(other: timedelta): datetime;
  override __sub__(other: datetime): timedelta;
  override __sub__(other: timedelta | date): date | timedelta;
  override __sub__(other: timedelta | date): datetime | timedelta {
    if (other instanceof timedelta) return this.__add__(other.__neg__());
    if (other instanceof datetime) return timedelta.fromMicroseconds(this.difference(other, "subtract"));
    throw operandError("-", this, other);
  }

  static override readonly min: datetime = new datetime(MINYEAR, 1, 1);
  static override readonly max: datetime = new datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999);
  static override readonly resolution: timedelta = new timedelta(0, 0, 1);
}

const EPOCH_US = BigInt(ymdToOrdinal(1970, 1, 1) - 1) * US_PER_DAY;

/** The system's UTC offset at a datetime's instant, as a timezone (Python's `astimezone()`). */
function localTimezone(dt: datetime): timezone {
  const seconds = dt.timestamp();
  const offsetMinutes = -new Date(Math.floor(seconds) * 1000).getTimezoneOffset();
  return new timezone(new timedelta(0, 0, 0, 0, offsetMinutes));
}

export { pyTypeName };
