/**
 * Python's `csv` module: a port of CPython's `_csv.c` reader state machine
 * (quoted fields spanning lines, doubled quotes, escapechar,
 * skipinitialspace, strict) and writer (QUOTE_MINIMAL/ALL/NONNUMERIC/NONE,
 * `\r\n` line terminator, `""` for a row holding one empty field), with
 * `reader`, `writer`, `DictReader` and `DictWriter`, `line_num`, and
 * `csv.Error` messages. Values are written with Python's `str()`, guided by
 * the row's static type (`hint`), so a float `2.0` is written `2.0`.
 */
import { float } from "./conversions.js";
import { Exception, TypeError, ValueError } from "./exceptions.js";
import { parseHint, itemHint, type Hint } from "./hints.js";
import { repr, strHinted } from "./repr.js";

export const QUOTE_MINIMAL = 0;
export const QUOTE_ALL = 1;
export const QUOTE_NONNUMERIC = 2;
export const QUOTE_NONE = 3;

/** Python `csv.Error`. */
export class Error extends Exception {}

/** Format parameters (a dialect's attributes). */
export interface FormatOptions {
  dialect?: string | Dialect;
  delimiter?: string;
  quotechar?: string | null;
  escapechar?: string | null;
  doublequote?: boolean;
  skipinitialspace?: boolean;
  lineterminator?: string;
  quoting?: number;
  strict?: boolean;
}

export interface Dialect {
  delimiter: string;
  quotechar: string | null;
  escapechar: string | null;
  doublequote: boolean;
  skipinitialspace: boolean;
  lineterminator: string;
  quoting: number;
  strict: boolean;
}

const EXCEL: Dialect = { delimiter: ",", quotechar: '"', escapechar: null, doublequote: true, skipinitialspace: false, lineterminator: "\r\n", quoting: QUOTE_MINIMAL, strict: false };
const dialects = new Map<string, Dialect>([
  ["excel", EXCEL],
  ["excel-tab", { ...EXCEL, delimiter: "\t" }],
  ["unix", { ...EXCEL, lineterminator: "\n", quoting: QUOTE_ALL }],
]);

export function list_dialects(): string[] {
  return [...dialects.keys()];
}

export function register_dialect(name: string, options: FormatOptions = {}): void {
  dialects.set(name, dialectOf(options));
}

export function get_dialect(name: string): Dialect {
  const d = dialects.get(name);
  if (!d) throw new Error("unknown dialect");
  return d;
}

function dialectOf(options: FormatOptions): Dialect {
  const base = options.dialect === undefined ? EXCEL : typeof options.dialect === "string" ? get_dialect(options.dialect) : options.dialect;
  const d: Dialect = { ...base };
  for (const key of Object.keys(d) as Array<keyof Dialect>) {
    const value = options[key];
    if (value !== undefined) (d as unknown as Record<string, unknown>)[key] = value;
  }
  if (typeof d.delimiter !== "string" || [...d.delimiter].length !== 1) throw new TypeError('"delimiter" must be a 1-character string');
  if (d.quoting === QUOTE_NONE ? false : d.quotechar === null) throw new TypeError("quotechar must be set if quoting enabled");
  return d;
}

// ───────────── reading ─────────────

/** Python `csv.reader`: rows (lists of strings) from an iterable of lines. */
export class Reader implements IterableIterator<string[]> {
  readonly dialect: Dialect;
  /** Lines read from the source so far. */
  line_num = 0;
  private readonly lines: Iterator<string>;

  constructor(lines: Iterable<string>, options: FormatOptions = {}) {
    this.dialect = dialectOf(options);
    this.lines = lines[Symbol.iterator]();
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<string[]> {
    const d = this.dialect;
    let field = "";
    let fieldStarted = false;
    let numeric = false;
    let state: State = "startRecord";
    const fields: unknown[] = [];
    const save = () => {
      // QUOTE_NONNUMERIC: unquoted fields are floats
      fields.push(numeric ? float(field) : field);
      field = "";
      fieldStarted = false;
      numeric = false;
    };
    const add = (c: string) => {
      field += c;
      fieldStarted = true;
    };
    /** One character, or EOL (null) at the end of a line: CPython's parse_process_char. */
    const process = (c: string | null): void => {
      const newline = c === "\n" || c === "\r";
      switch (state) {
        case "startRecord":
          if (c === null) return;
          if (newline) {
            state = "eatCrnl";
            return;
          }
          state = "startField";
          process(c);
          return;
        case "startField":
          if (newline || c === null) {
            save();
            state = c === null ? "startRecord" : "eatCrnl";
          } else if (c === d.quotechar && d.quoting !== QUOTE_NONE) state = "inQuoted";
          else if (c === d.escapechar) state = "escaped";
          else if (c === " " && d.skipinitialspace) return;
          else if (c === d.delimiter) save();
          else {
            add(c);
            numeric = d.quoting === QUOTE_NONNUMERIC;
            state = "inField";
          }
          return;
        case "escaped":
          add(c === null ? "\n" : c);
          state = "inField";
          return;
        case "inField":
          if (newline || c === null) {
            save();
            state = c === null ? "startRecord" : "eatCrnl";
          } else if (c === d.escapechar) state = "escaped";
          else if (c === d.delimiter) {
            save();
            state = "startField";
          } else add(c);
          return;
        case "inQuoted":
          if (c === null) return;
          if (c === d.escapechar) state = "escapeInQuoted";
          else if (c === d.quotechar && d.quoting !== QUOTE_NONE) state = d.doublequote ? "quoteInQuoted" : "inField";
          else add(c);
          return;
        case "escapeInQuoted":
          add(c === null ? "\n" : c);
          state = "inQuoted";
          return;
        case "quoteInQuoted":
          if (c !== null && c === d.quotechar) {
            add(c);
            state = "inQuoted";
          } else if (c === d.delimiter) {
            save();
            state = "startField";
          } else if (newline || c === null) {
            save();
            state = c === null ? "startRecord" : "eatCrnl";
          } else if (!d.strict) {
            add(c);
            state = "inField";
          } else {
            throw new Error(`'${d.delimiter}' expected after '${d.quotechar}'`);
          }
          return;
        case "eatCrnl":
          if (newline) return;
          if (c === null) {
            state = "startRecord";
            return;
          }
          throw new Error("new-line character seen in unquoted field - do you need to open the file with newline=''?");
      }
    };
    do {
      const step = this.lines.next();
      if (step.done) {
        if (field !== "" || fieldStarted || (state as State) === "inQuoted") {
          if (d.strict) throw new Error("unexpected end of data");
          save();
          return { done: false, value: fields as string[] };
        }
        return { done: true, value: undefined };
      }
      const line = step.value;
      if (typeof line !== "string") {
        throw new Error(`iterator should return strings, not ${line === null ? "NoneType" : typeof line} (the file should be opened in text mode)`);
      }
      this.line_num++;
      for (const c of line) {
        if (c === "\0") throw new Error("line contains NUL");
        process(c);
      }
      process(null);
    } while ((state as State) !== "startRecord");
    return { done: false, value: fields as string[] };
  }
}

type State = "startRecord" | "startField" | "escaped" | "inField" | "inQuoted" | "escapeInQuoted" | "quoteInQuoted" | "eatCrnl";

export function reader(lines: Iterable<string>, options: FormatOptions = {}): Reader {
  return new Reader(lines, options);
}

/** Python `csv.DictReader`: rows as dicts keyed by the header (or `fieldnames`). */
/** Rows are typed `Map<string, string>` as Python code reads them; `restkey`/`restval` may store a list or None. */
export class DictReader implements IterableIterator<Map<string, string>> {
  readonly reader: Reader;
  private names: string[] | null;
  restkey: string | null;
  restval: string | null;

  constructor(lines: Iterable<string>, options: FormatOptions & { fieldnames?: readonly string[] | null; restkey?: string | null; restval?: string | null } = {}) {
    const { fieldnames, restkey, restval, ...format } = options;
    this.reader = new Reader(lines, format);
    this.names = fieldnames ? [...fieldnames] : null;
    this.restkey = restkey ?? null;
    this.restval = restval ?? null;
  }

  get line_num(): number {
    return this.reader.line_num;
  }

  /** The header row, read on first use. */
  get fieldnames(): string[] | null {
    if (this.names === null) {
      const first = this.reader.next();
      this.names = first.done ? null : first.value;
    }
    return this.names;
  }
  set fieldnames(names: string[] | null) {
    this.names = names;
  }

  [Symbol.iterator](): this {
    return this;
  }

  next(): IteratorResult<Map<string, string>> {
    const names = this.fieldnames;
    let step = this.reader.next();
    while (!step.done && step.value.length === 0) step = this.reader.next();
    if (step.done || names === null) return { done: true, value: undefined };
    const row = step.value;
    const out = new Map<string, string | string[] | null>();
    names.forEach((name, i) => {
      if (i < row.length) out.set(name, row[i]!);
    });
    if (row.length > names.length) out.set(this.restkey as string, row.slice(names.length));
    else for (const name of names.slice(row.length)) out.set(name, this.restval);
    return { done: false, value: out as Map<string, string> };
  }
}

// ───────────── writing ─────────────

/** Where rows go: a file object or `sys.stdout` (anything with `write`). */
export interface Writable {
  write(text: string): unknown;
}

function isNumber(x: unknown): boolean {
  return typeof x === "number" || typeof x === "bigint";
}

/** Python `csv.writer`. */
export class Writer {
  readonly dialect: Dialect;

  constructor(
    private readonly file: Writable,
    options: FormatOptions = {},
  ) {
    this.dialect = dialectOf(options);
  }

  private quote(field: string, forced: boolean, single: boolean): string {
    const d = this.dialect;
    let needsQuotes = forced || (single && field === "" && d.quoting !== QUOTE_NONE);
    let out = "";
    for (const c of field) {
      const special = c === d.delimiter || c === d.escapechar || c === d.quotechar || d.lineterminator.includes(c) || c === "\n" || c === "\r";
      if (special) {
        if (d.quoting === QUOTE_NONE) {
          if (d.escapechar === null) throw new Error("need to escape, but no escapechar set");
          out += d.escapechar + c;
          continue;
        }
        if (c === d.quotechar) {
          if (d.doublequote) out += c;
          else if (d.escapechar !== null) out += d.escapechar;
          else throw new Error("need to escape, but no escapechar set");
        } else if (c === d.escapechar && d.escapechar !== null) {
          out += d.escapechar;
        }
        needsQuotes = true;
      }
      out += c;
    }
    return needsQuotes ? `${d.quotechar}${out}${d.quotechar}` : out;
  }

  /** `writerow(row)`; `hint` is the row's Python type (`list[float]`, `tuple[str, int]`). */
  writerow(row: Iterable<unknown>, hint?: string): unknown {
    if (row === null || row === undefined || (typeof row !== "string" && typeof (row as { [Symbol.iterator]?: unknown })[Symbol.iterator] !== "function")) {
      throw new Error(`iterable expected, not ${row === null || row === undefined ? "NoneType" : typeof row}`);
    }
    const items = [...row];
    const parsed: Hint = parseHint(hint);
    const d = this.dialect;
    const fields = items.map((value, i) => {
      const text = value === null || value === undefined ? "" : strHinted(value, itemHint(parsed, i));
      const forced = d.quoting === QUOTE_ALL || (d.quoting === QUOTE_NONNUMERIC && !isNumber(value) && typeof value !== "boolean");
      return this.quote(text, forced, items.length === 1);
    });
    return this.file.write(fields.join(d.delimiter) + d.lineterminator);
  }

  /** `writerows(rows)`; `hint` is the Python type of `rows` (`list[tuple[str, float]]`). */
  writerows(rows: Iterable<Iterable<unknown>>, hint?: string): void {
    for (const row of rows) this.writerow(row, hint === undefined ? undefined : itemHintText(hint));
  }
}

/** The hint text of the items of a `list[...]` hint (for writerows). */
function itemHintText(hint: string): string | undefined {
  const m = /^(?:list|Iterator|tuple)\[(.*?)(?:, \.\.\.)?\]$/.exec(hint);
  return m ? m[1] : undefined;
}

export function writer(file: Writable, options: FormatOptions = {}): Writer {
  return new Writer(file, options);
}

/** Python `csv.DictWriter`. */
export class DictWriter {
  readonly writer: Writer;
  readonly fieldnames: string[];
  restval: unknown;
  extrasaction: string;

  constructor(file: Writable, fieldnames: Iterable<string>, options: FormatOptions & { restval?: unknown; extrasaction?: string } = {}) {
    const { restval, extrasaction, ...format } = options;
    this.fieldnames = [...fieldnames];
    this.restval = restval ?? "";
    this.extrasaction = (extrasaction ?? "raise").toLowerCase();
    if (this.extrasaction !== "raise" && this.extrasaction !== "ignore") {
      throw new ValueError(`extrasaction (${extrasaction}) must be 'raise' or 'ignore'`);
    }
    this.writer = new Writer(file, format);
  }

  writeheader(): unknown {
    return this.writer.writerow(this.fieldnames);
  }

  /** `writerow(rowdict)`; `hint` is the Python type of the values (`float`). */
  writerow(row: ReadonlyMap<string, unknown>, hint?: string): unknown {
    if (this.extrasaction === "raise") {
      const wrong = [...row.keys()].filter((k) => !this.fieldnames.includes(k));
      if (wrong.length > 0) throw new ValueError(`dict contains fields not in fieldnames: ${wrong.map((k) => repr(k)).join(", ")}`);
    }
    const values = this.fieldnames.map((name) => (row.has(name) ? row.get(name) : this.restval));
    return this.writer.writerow(values, hint === undefined ? undefined : `list[${hint}]`);
  }

  writerows(rows: Iterable<ReadonlyMap<string, unknown>>, hint?: string): void {
    for (const row of rows) this.writerow(row, hint);
  }
}
