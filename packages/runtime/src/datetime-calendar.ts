/**
 * The proleptic Gregorian calendar of Python's `datetime` (ported from
 * CPython's datetime.py): ordinals (0001-01-01 is day 1), month lengths,
 * weekdays, ISO weeks, and the C-locale names strftime/strptime use.
 */
import { ValueError } from "./exceptions.js";

export const MINYEAR = 1;
export const MAXYEAR = 9999;

export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const DAY_ABBR = DAY_NAMES.map((d) => d.slice(0, 3));
export const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const MONTH_ABBR = MONTH_NAMES.map((m) => m.slice(0, 3));

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0];
for (let m = 1; m <= 12; m++) DAYS_BEFORE_MONTH.push(DAYS_BEFORE_MONTH[m - 1]! + (m === 1 ? 0 : DAYS_IN_MONTH[m - 1]!));

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month]!;
}

function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month]! + (month > 2 && isLeap(year) ? 1 : 0);
}

/** Day of the year, 1-based (`%j`). */
export function dayOfYear(year: number, month: number, day: number): number {
  return daysBeforeMonth(year, month) + day;
}

export function ymdToOrdinal(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

const DI400Y = daysBeforeYear(401);
const DI100Y = daysBeforeYear(101);
const DI4Y = daysBeforeYear(5);

export function ordinalToYmd(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / DI400Y);
  n -= n400 * DI400Y;
  let year = n400 * 400 + 1;
  const n100 = Math.floor(n / DI100Y);
  n -= n100 * DI100Y;
  const n4 = Math.floor(n / DI4Y);
  n -= n4 * DI4Y;
  const n1 = Math.floor(n / 365);
  n -= n1 * 365;
  year += n100 * 100 + n4 * 4 + n1;
  if (n1 === 4 || n100 === 4) return [year - 1, 12, 31];
  const leap = n1 === 3 && (n4 !== 24 || n100 === 3);
  let month = (n + 50) >> 5;
  let preceding = DAYS_BEFORE_MONTH[month]! + (month > 2 && leap ? 1 : 0);
  if (preceding > n) {
    month -= 1;
    preceding -= DAYS_IN_MONTH[month]! + (month === 2 && leap ? 1 : 0);
  }
  return [year, month, n - preceding + 1];
}

/** Monday is 0. */
export function weekdayOf(ordinal: number): number {
  return (ordinal + 6) % 7;
}

function isoWeek1Monday(year: number): number {
  const firstDay = ymdToOrdinal(year, 1, 1);
  const firstWeekday = (firstDay + 6) % 7;
  let week1Monday = firstDay - firstWeekday;
  if (firstWeekday > 3) week1Monday += 7;
  return week1Monday;
}

/** `[ISO year, ISO week, ISO weekday]`. */
export function isoCalendar(year: number, month: number, day: number): [number, number, number] {
  const ordinal = ymdToOrdinal(year, month, day);
  let isoYear = year;
  let week1Monday = isoWeek1Monday(isoYear);
  let today = ordinal;
  let week = Math.floor((today - week1Monday) / 7);
  let weekday = (today - week1Monday) % 7;
  if (today - week1Monday < 0) {
    isoYear -= 1;
    week1Monday = isoWeek1Monday(isoYear);
    week = Math.floor((today - week1Monday) / 7);
    weekday = (today - week1Monday) % 7;
  } else if (week >= 52 && today >= isoWeek1Monday(isoYear + 1)) {
    isoYear += 1;
    week = 0;
    today = ordinal;
    weekday = (today - isoWeek1Monday(isoYear)) % 7;
  }
  return [isoYear, week + 1, weekday + 1];
}

/** The ordinal of an ISO year/week/weekday (`date.fromisocalendar`). */
export function isoToOrdinal(year: number, week: number, weekday: number): number {
  if (week < 1 || week > 53) throw new ValueError(`Invalid week: ${week}`);
  if (week === 53) {
    const firstWeekday = (ymdToOrdinal(year, 1, 1) + 6) % 7;
    if (!(firstWeekday === 3 || (firstWeekday === 2 && isLeap(year)))) throw new ValueError(`Invalid week: ${week}`);
  }
  if (weekday < 1 || weekday > 7) throw new ValueError(`Invalid weekday: ${weekday} (range is [1, 7])`);
  return isoWeek1Monday(year) + (week - 1) * 7 + (weekday - 1);
}

export function checkDate(year: number, month: number, day: number): void {
  for (const [name, v] of [["year", year], ["month", month], ["day", day]] as const) {
    if (!Number.isInteger(v)) throw new ValueError(`${name} must be an integer`);
  }
  if (year < MINYEAR || year > MAXYEAR) throw new ValueError(`year ${year} is out of range`);
  if (month < 1 || month > 12) throw new ValueError("month must be in 1..12");
  if (day < 1 || day > daysInMonth(year, month)) throw new ValueError("day is out of range for month");
}

export function checkTime(hour: number, minute: number, second: number, microsecond: number): void {
  if (hour < 0 || hour > 23 || !Number.isInteger(hour)) throw new ValueError("hour must be in 0..23");
  if (minute < 0 || minute > 59 || !Number.isInteger(minute)) throw new ValueError("minute must be in 0..59");
  if (second < 0 || second > 59 || !Number.isInteger(second)) throw new ValueError("second must be in 0..59");
  if (microsecond < 0 || microsecond > 999999 || !Number.isInteger(microsecond)) throw new ValueError("microsecond must be in 0..999999");
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}
