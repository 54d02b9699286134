/**
 * What the type inference knows of Python's `datetime` module: constructors,
 * class methods, methods and attributes of date/datetime/time/timedelta/
 * timezone, and the result types of their operators (`datetime - datetime`
 * is a timedelta, `datetime - timedelta` a datetime).
 */
import { type OperatorTypeHook, type PyType, T } from "@py2ts/core";

export const DATE = "datetime.date";
export const DATETIME = "datetime.datetime";
export const TIME = "datetime.time";
export const TIMEDELTA = "datetime.timedelta";
export const TIMEZONE = "datetime.timezone";
export const ISOCALENDAR = "datetime.IsoCalendarDate";
export const DATETIME_CLASSES = [DATE, DATETIME, TIME, TIMEDELTA, TIMEZONE];

const TZ = `${TIMEZONE} | None`;
const DATE_FIELDS = "year: int = None, month: int = None, day: int = None";
const TIME_FIELDS = `hour: int = None, minute: int = None, second: int = None, microsecond: int = None, tzinfo: ${TZ} = None`;

/** Constructors and class-level functions (called through the class). */
export const DATETIME_FUNCTIONS: Record<string, string> = {
  [DATE]: `(year: int, month: int, day: int) -> ${DATE}`,
  [DATETIME]: `(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, microsecond: int = 0, tzinfo: ${TZ} = None, *, fold: int = 0) -> ${DATETIME}`,
  [TIME]: `(hour: int = 0, minute: int = 0, second: int = 0, microsecond: int = 0, tzinfo: ${TZ} = None) -> ${TIME}`,
  [TIMEDELTA]: `(days: float = 0, seconds: float = 0, microseconds: float = 0, milliseconds: float = 0, minutes: float = 0, hours: float = 0, weeks: float = 0) -> ${TIMEDELTA}`,
  [TIMEZONE]: `(offset: ${TIMEDELTA}, name: str | None = None) -> ${TIMEZONE}`,
  [`${DATE}.today`]: `() -> ${DATE}`,
  [`${DATE}.fromisoformat`]: `(date_string: str) -> ${DATE}`,
  [`${DATE}.fromordinal`]: `(n: int) -> ${DATE}`,
  [`${DATE}.fromtimestamp`]: `(timestamp: float) -> ${DATE}`,
  [`${DATE}.fromisocalendar`]: `(year: int, week: int, day: int) -> ${DATE}`,
  [`${DATETIME}.now`]: `(tz: ${TZ} = None) -> ${DATETIME}`,
  [`${DATETIME}.today`]: `() -> ${DATETIME}`,
  [`${DATETIME}.utcnow`]: `() -> ${DATETIME}`,
  [`${DATETIME}.fromisoformat`]: `(date_string: str) -> ${DATETIME}`,
  [`${DATETIME}.strptime`]: `(date_string: str, format: str) -> ${DATETIME}`,
  [`${DATETIME}.fromtimestamp`]: `(timestamp: float, tz: ${TZ} = None) -> ${DATETIME}`,
  [`${DATETIME}.utcfromtimestamp`]: `(timestamp: float) -> ${DATETIME}`,
  [`${DATETIME}.fromordinal`]: `(n: int) -> ${DATETIME}`,
  [`${DATETIME}.combine`]: `(date: ${DATE}, time: ${TIME}, tzinfo: ${TZ} = None) -> ${DATETIME}`,
  [`${TIME}.fromisoformat`]: `(time_string: str) -> ${TIME}`,
};

/** Class attributes: `timezone.utc`, `date.min`, `MAXYEAR`... */
export const DATETIME_CONSTANTS: Record<string, string> = {
  "datetime.MINYEAR": "int",
  "datetime.MAXYEAR": "int",
  [`${TIMEZONE}.utc`]: TIMEZONE,
  ...Object.fromEntries([DATE, DATETIME, TIME, TIMEDELTA].flatMap((c) => [[`${c}.min`, c], [`${c}.max`, c]])),
  [`${DATE}.resolution`]: TIMEDELTA,
  [`${DATETIME}.resolution`]: TIMEDELTA,
  [`${TIMEDELTA}.resolution`]: TIMEDELTA,
};

const DATE_METHODS: Record<string, string> = {
  toordinal: "() -> int",
  weekday: "() -> int",
  isoweekday: "() -> int",
  // a tuple for the inference (slicing, tuple(), indexing); `.week`/`.year`/`.weekday` are read by the rule
  isocalendar: "() -> tuple[int, int, int]",
  isoformat: "() -> str",
  strftime: "(format: str) -> str",
  ctime: "() -> str",
  replace: `(${DATE_FIELDS}) -> ${DATE}`,
};

const DATETIME_METHODS: Record<string, string> = {
  ...DATE_METHODS,
  isoformat: `(sep: str = "T", timespec: str = "auto") -> str`,
  replace: `(${DATE_FIELDS}, ${TIME_FIELDS}, fold: int = None) -> ${DATETIME}`,
  date: `() -> ${DATE}`,
  time: `() -> ${TIME}`,
  timetz: `() -> ${TIME}`,
  utcoffset: `() -> ${TIMEDELTA} | None`,
  tzname: "() -> str | None",
  dst: `() -> ${TIMEDELTA} | None`,
  timestamp: "() -> float",
  astimezone: `(tz: ${TZ} = None) -> ${DATETIME}`,
};

const TIME_METHODS: Record<string, string> = {
  isoformat: `(timespec: str = "auto") -> str`,
  strftime: "(format: str) -> str",
  replace: `(${TIME_FIELDS}) -> ${TIME}`,
  utcoffset: `() -> ${TIMEDELTA} | None`,
  tzname: "() -> str | None",
};

export const DATETIME_METHOD_SIGNATURES: Record<string, Record<string, string>> = {
  [DATE]: DATE_METHODS,
  [DATETIME]: DATETIME_METHODS,
  [TIME]: TIME_METHODS,
  [TIMEDELTA]: { total_seconds: "() -> float" },
  [TIMEZONE]: { utcoffset: `(dt: object = None) -> ${TIMEDELTA}`, tzname: "(dt: object = None) -> str", dst: "(dt: object = None) -> None" },
};

const TIME_ATTRIBUTES = { hour: "int", minute: "int", second: "int", microsecond: "int", tzinfo: TZ, fold: "int" };
export const DATETIME_ATTRIBUTES: Record<string, Record<string, string>> = {
  [DATE]: { year: "int", month: "int", day: "int" },
  [DATETIME]: { year: "int", month: "int", day: "int", ...TIME_ATTRIBUTES },
  [TIME]: TIME_ATTRIBUTES,
  [TIMEDELTA]: { days: "int", seconds: "int", microseconds: "int" },
  [TIMEZONE]: {},
  [ISOCALENDAR]: { year: "int", week: "int", weekday: "int" },
};

export const datetimeDeclarations = {
  values: { ...DATETIME_FUNCTIONS, ...DATETIME_CONSTANTS },
  classes: {
    ...Object.fromEntries(
      DATETIME_CLASSES.map((c) => [c, { methods: DATETIME_METHOD_SIGNATURES[c], attributes: DATETIME_ATTRIBUTES[c] }]),
    ),
    [ISOCALENDAR]: { attributes: DATETIME_ATTRIBUTES[ISOCALENDAR], iterates: "int", methods: { __getitem__: "(index: int) -> int" } },
  },
};

function nameOf(t: PyType): string | null {
  return t.kind === "named" ? t.name : null;
}

const named = (name: string): PyType => T.named(name);

/** Python's result types of the datetime operators. */
const datetimeOperators: OperatorTypeHook = (op, left, right) => {
  // an operand not seen yet: nothing is known of the result yet either (unknown would stick)
  if (left.kind === "never" || right.kind === "never") return T.never;
  const l = nameOf(left);
  const r = nameOf(right);
  const numeric = (t: PyType) => t.kind === "int" || t.kind === "float" || t.kind === "bool";
  switch (op) {
    case "+":
      if ((l === DATE || l === DATETIME) && r === TIMEDELTA) return named(l);
      if (l === TIMEDELTA && (r === DATE || r === DATETIME)) return named(r);
      if (l === TIMEDELTA && r === TIMEDELTA) return named(TIMEDELTA);
      return undefined;
    case "-":
      if ((l === DATE || l === DATETIME) && r === TIMEDELTA) return named(l);
      if ((l === DATE && r === DATE) || (l === DATETIME && r === DATETIME) || (l === TIMEDELTA && r === TIMEDELTA)) return named(TIMEDELTA);
      return undefined;
    case "*":
      if ((l === TIMEDELTA && numeric(right)) || (r === TIMEDELTA && numeric(left))) return named(TIMEDELTA);
      return undefined;
    case "/":
      if (l === TIMEDELTA) return r === TIMEDELTA ? T.float : numeric(right) ? named(TIMEDELTA) : undefined;
      return undefined;
    case "//":
      if (l === TIMEDELTA) return r === TIMEDELTA ? T.int : numeric(right) ? named(TIMEDELTA) : undefined;
      return undefined;
    case "%":
      return l === TIMEDELTA && r === TIMEDELTA ? named(TIMEDELTA) : undefined;
    default:
      return undefined;
  }
};

export const datetimeOperatorTypeHooks: Record<string, OperatorTypeHook> = Object.fromEntries(DATETIME_CLASSES.map((c) => [c, datetimeOperators]));
