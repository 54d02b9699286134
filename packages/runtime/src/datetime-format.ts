/**
 * `strftime` (the C library's codes in the C locale, as CPython on Linux
 * passes them to glibc, plus Python's `%f` and `%z`/`%Z`) and `strptime`
 * (a port of CPython's `_strptime`: the same regular expressions, case
 * insensitive, whitespace matching any run of whitespace, and the same
 * ValueError messages).
 */
import { ValueError } from "./exceptions.js";
import {
  DAY_ABBR,
  DAY_NAMES,
  MONTH_ABBR,
  MONTH_NAMES,
  dayOfYear,
  isoCalendar,
  isoToOrdinal,
  ordinalToYmd,
  pad,
  weekdayOf,
  ymdToOrdinal,
} from "./datetime-calendar.js";
import { repr } from "./repr.js";

/** What strftime needs of a date, time or datetime. */
export interface TimeFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** UTC offset in microseconds, or null for a naive value. */
  offsetMicroseconds: number | null;
  tzname: string | null;
}

/** `+HHMM[SS[.ffffff]]` (`sep` ":" for isoformat's `+HH:MM`). */
export function formatOffset(us: number, sep: string): string {
  const sign = us < 0 ? "-" : "+";
  let rest = Math.abs(us);
  const hours = Math.floor(rest / 3_600_000_000);
  rest -= hours * 3_600_000_000;
  const minutes = Math.floor(rest / 60_000_000);
  rest -= minutes * 60_000_000;
  const seconds = Math.floor(rest / 1_000_000);
  const micro = rest - seconds * 1_000_000;
  let out = `${sign}${pad(hours, 2)}${sep}${pad(minutes, 2)}`;
  if (seconds || micro) out += `${sep}${pad(seconds, 2)}`;
  if (micro) out += `.${pad(micro, 6)}`;
  return out;
}

function code(f: TimeFields, c: string, noPad: boolean): string | null {
  const p = (n: number, w: number) => (noPad ? String(n) : pad(n, w));
  const ordinal = ymdToOrdinal(f.year, f.month, f.day);
  const weekday = weekdayOf(ordinal);
  const yday = dayOfYear(f.year, f.month, f.day);
  switch (c) {
    case "a":
      return DAY_ABBR[weekday]!;
    case "A":
      return DAY_NAMES[weekday]!;
    case "b":
    case "h":
      return MONTH_ABBR[f.month - 1]!;
    case "B":
      return MONTH_NAMES[f.month - 1]!;
    case "c":
      return `${DAY_ABBR[weekday]} ${MONTH_ABBR[f.month - 1]} ${String(f.day).padStart(2, " ")} ${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.year}`;
    case "C":
      return p(Math.floor(f.year / 100), 2);
    case "d":
      return p(f.day, 2);
    case "D":
      return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`;
    case "e":
      return noPad ? String(f.day) : String(f.day).padStart(2, " ");
    case "f":
      return pad(f.microsecond, 6);
    case "F":
      return `${f.year}-${pad(f.month, 2)}-${pad(f.day, 2)}`;
    case "G":
      return String(isoCalendar(f.year, f.month, f.day)[0]);
    case "g":
      return p(isoCalendar(f.year, f.month, f.day)[0] % 100, 2);
    case "H":
      return p(f.hour, 2);
    case "I":
      return p(f.hour % 12 === 0 ? 12 : f.hour % 12, 2);
    case "j":
      return p(yday, 3);
    case "k":
      return String(f.hour).padStart(2, " ");
    case "l":
      return String(f.hour % 12 === 0 ? 12 : f.hour % 12).padStart(2, " ");
    case "m":
      return p(f.month, 2);
    case "M":
      return p(f.minute, 2);
    case "n":
      return "\n";
    case "p":
      return f.hour < 12 ? "AM" : "PM";
    case "r":
      return `${pad(f.hour % 12 === 0 ? 12 : f.hour % 12, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)} ${f.hour < 12 ? "AM" : "PM"}`;
    case "R":
      return `${pad(f.hour, 2)}:${pad(f.minute, 2)}`;
    case "S":
      return p(f.second, 2);
    case "t":
      return "\t";
    case "T":
    case "X":
      return `${pad(f.hour, 2)}:${pad(f.minute, 2)}:${pad(f.second, 2)}`;
    case "u":
      return String(weekday + 1);
    case "U":
      return p(Math.floor((yday + 6 - ((weekday + 1) % 7)) / 7), 2);
    case "V":
      return p(isoCalendar(f.year, f.month, f.day)[1], 2);
    case "w":
      return String((weekday + 1) % 7);
    case "W":
      return p(Math.floor((yday + 6 - weekday) / 7), 2);
    case "x":
      return `${pad(f.month, 2)}/${pad(f.day, 2)}/${pad(f.year % 100, 2)}`;
    case "y":
      return p(f.year % 100, 2);
    case "Y":
      return String(f.year);
    case "z":
      return f.offsetMicroseconds === null ? "" : formatOffset(f.offsetMicroseconds, "");
    case "Z":
      return f.tzname ?? "";
    case "%":
      return "%";
    default:
      return null;
  }
}

/** Python `strftime(format)`. */
export function strftime(f: TimeFields, format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== "%" || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    let c = format[i + 1]!;
    let noPad = false;
    if (c === "-" && i + 2 < format.length) {
      noPad = true;
      c = format[i + 2]!;
    }
    const text = code(f, c, noPad);
    if (text === null) {
      out += ch;
      continue;
    }
    out += text;
    i += noPad ? 2 : 1;
  }
  return out;
}

// ───────────── strptime ─────────────

const names = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map((s) => s.toLowerCase()).join("|");

const DIRECTIVES: Record<string, string> = {
  d: "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  G: "(?<G>\\d\\d\\d\\d)",
  j: "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  U: "(?<U>5[0-3]|[0-4]\\d|\\d)",
  w: "(?<w>[0-6])",
  u: "(?<u>[1-7])",
  V: "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(:?[0-5]\\d(\\.\\d{1,6})?)?|[Zz])",
  A: `(?<A>${names(DAY_NAMES)})`,
  a: `(?<a>${names(DAY_ABBR)})`,
  B: `(?<B>${names(MONTH_NAMES)})`,
  b: `(?<b>${names(MONTH_ABBR)})`,
  p: "(?<p>am|pm)",
  Z: "(?<Z>utc|gmt)",
  "%": "%",
};
DIRECTIVES["W"] = DIRECTIVES["U"]!.replace("?<U>", "?<W>");
const COMPOSITE: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S" };

function patternOf(format: string): RegExp {
  let out = "";
  const seen = new Set<string>();
  const expand = (fmt: string) => {
    for (let i = 0; i < fmt.length; i++) {
      const ch = fmt[i]!;
      if (ch === "%" && i + 1 < fmt.length) {
        const c = fmt[++i]!;
        if (COMPOSITE[c]) {
          expand(COMPOSITE[c]);
          continue;
        }
        const directive = DIRECTIVES[c];
        if (directive === undefined) {
          throw new ValueError(c === "\\" ? `'\\' is a bad directive in format '%\\'` : `'${c}' is a bad directive in format ${repr(format)}`);
        }
        if (seen.has(c) && c !== "%") throw new ValueError(`redefinition of group name '${c}'`);
        seen.add(c);
        out += directive;
      } else if (/\s/.test(ch)) {
        while (i + 1 < fmt.length && /\s/.test(fmt[i + 1]!)) i++;
        out += "\\s+";
      } else if (ch === "%") {
        throw new ValueError(`stray % in format ${repr(format)}`);
      } else {
        out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
      }
    }
  };
  expand(format);
  return new RegExp(`^(?:${out})`, "i");
}

/** The fields `strptime` found: a date and time, and the UTC offset (µs) when `%z` was given. */
export interface ParsedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  offsetMicroseconds: number | null;
}

function parseOffset(z: string): number {
  if (z.toUpperCase() === "Z") return 0;
  const m = /^([+-])(\d\d):?(\d\d)(?::?(\d\d)(?:\.(\d{1,6}))?)?$/.exec(z);
  if (!m) throw new ValueError(`Inconsistent use of : in ${z}`);
  const us = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1_000_000 + Number((m[5] ?? "").padEnd(6, "0"));
  return m[1] === "-" ? -us : us;
}

/** Python `_strptime`: the fields of `text` read with `format`, or ValueError. */
export function strptime(text: string, format: string): ParsedTime {
  const match = patternOf(format).exec(text);
  if (!match) throw new ValueError(`time data ${repr(text)} does not match format ${repr(format)}`);
  if (match[0].length !== text.length) throw new ValueError(`unconverted data remains: ${text.slice(match[0].length)}`);
  const g = match.groups ?? {};
  const lowerIndex = (list: readonly string[], v: string) => list.findIndex((n) => n.toLowerCase() === v.toLowerCase());
  let year = 1900;
  let month = 1;
  let day = 1;
  let hour = 0;
  if (g.y !== undefined) {
    year = Number(g.y);
    year += year <= 68 ? 2000 : 1900;
  }
  if (g.Y !== undefined) year = Number(g.Y);
  if (g.m !== undefined) month = Number(g.m);
  if (g.B !== undefined) month = lowerIndex(MONTH_NAMES, g.B) + 1;
  if (g.b !== undefined) month = lowerIndex(MONTH_ABBR, g.b) + 1;
  if (g.d !== undefined) day = Number(g.d);
  if (g.H !== undefined) hour = Number(g.H);
  if (g.I !== undefined) {
    hour = Number(g.I);
    const pm = (g.p ?? "").toLowerCase() === "pm";
    if (pm && hour !== 12) hour += 12;
    else if (!pm && hour === 12) hour = 0;
  }
  const minute = g.M !== undefined ? Number(g.M) : 0;
  let second = g.S !== undefined ? Number(g.S) : 0;
  if (second === 61) second = 59;
  const microsecond = g.f !== undefined ? Number(g.f.padEnd(6, "0")) : 0;
  const offsetMicroseconds = g.z !== undefined ? parseOffset(g.z) : null;
  // day of the year, or ISO year/week/weekday, fix the date
  if (g.j !== undefined) {
    [year, month, day] = ordinalToYmd(ymdToOrdinal(year, 1, 1) + Number(g.j) - 1);
  } else if (g.G !== undefined && g.V !== undefined && g.u !== undefined) {
    [year, month, day] = ordinalToYmd(isoToOrdinal(Number(g.G), Number(g.V), Number(g.u)));
  } else if ((g.G !== undefined || g.V !== undefined) && g.Y === undefined) {
    throw new ValueError("ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
  }
  return { year, month, day, hour, minute, second, microsecond, offsetMicroseconds };
}
