/**
 * Python's `configparser`: a port of CPython 3.11's `RawConfigParser`,
 * `ConfigParser` and `SectionProxy` (same parsing of sections, options,
 * multi-line values and comments; same lower-casing `optionxform`; same
 * DEFAULT-section inheritance), the `Interpolation`, `BasicInterpolation`
 * (`%(name)s`) and `ExtendedInterpolation` (`${section:name}`) classes, and
 * the exception hierarchy under `configparser.Error` with CPython's exact
 * messages. Dicts are `Map`s; keyword options of Python methods are an
 * options object. Not ported: `dict_type=`, `converters=`,
 * `LegacyInterpolation` (the rule pack reports them).
 */
import { float, int } from "./conversions.js";
import { AttributeError, Exception, KeyError, TypeError, ValueError } from "./exceptions.js";
import * as fs from "node:fs";
import { repr, str } from "./repr.js";
import { rstrip, strip } from "./string-methods.js";

export const DEFAULTSECT = "DEFAULT";
export const MAX_INTERPOLATION_DEPTH = 10;

type Value = string | null;
/** A section's options: option name → value (`null` for a valueless option). */
type SectionDict = Map<string, Value>;
/** A `vars=` mapping: a dict, or a plain object of keywords. */
export type VarsMapping = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

// ── exceptions ──

/** `configparser.Error`: `str(e)` is its `message`, which `ParsingError.append` extends. */
export class Error extends Exception {
  constructor(msg = "") {
    super(msg);
    this.message = msg;
  }
  override __str__(): string {
    return this.message;
  }
  override __repr__(): string {
    return this.message;
  }
}

/** `'[line %2d]'`-style right-aligned line numbers. */
function lineNumber(n: number): string {
  return String(n).padStart(2);
}

/** `While reading from 'f' [line  2]: ` or the bare `{what}` prefix of the duplicate errors. */
function duplicateMessage(what: "section" | "option", body: string, source: string | null, lineno: number | null): string {
  if (source === null) return `${what === "section" ? "Section" : "Option"} ${body}`;
  return `While reading from ${repr(source)}${lineno !== null ? ` [line ${lineNumber(lineno)}]` : ""}: ${what} ${body}`;
}

export class NoSectionError extends Error {
  readonly section: string;
  constructor(section: string) {
    super(`No section: ${repr(section)}`);
    this.section = section;
    this.args = [section];
  }
}

export class DuplicateSectionError extends Error {
  readonly section: string;
  readonly source: string | null;
  readonly lineno: number | null;
  constructor(section: string, source: string | null = null, lineno: number | null = null) {
    super(duplicateMessage("section", `${repr(section)} already exists`, source, lineno));
    this.section = section;
    this.source = source;
    this.lineno = lineno;
    this.args = [section, source, lineno];
  }
}

export class DuplicateOptionError extends Error {
  readonly section: string;
  readonly option: string;
  readonly source: string | null;
  readonly lineno: number | null;
  constructor(section: string, option: string, source: string | null = null, lineno: number | null = null) {
    super(duplicateMessage("option", `${repr(option)} in section ${repr(section)} already exists`, source, lineno));
    this.section = section;
    this.option = option;
    this.source = source;
    this.lineno = lineno;
    this.args = [section, option, source, lineno];
  }
}

export class NoOptionError extends Error {
  readonly option: string;
  readonly section: string;
  constructor(option: string, section: string) {
    super(`No option ${repr(option)} in section: ${repr(section)}`);
    this.option = option;
    this.section = section;
    this.args = [option, section];
  }
}

export class InterpolationError extends Error {
  readonly option: string;
  readonly section: string;
  constructor(option: string, section: string, msg: string) {
    super(msg);
    this.option = option;
    this.section = section;
    this.args = [option, section, msg];
  }
}

export class InterpolationMissingOptionError extends InterpolationError {
  readonly reference: string;
  constructor(option: string, section: string, rawval: string, reference: string) {
    super(
      option,
      section,
      `Bad value substitution: option ${repr(option)} in section ${repr(section)} contains an interpolation key ${repr(reference)} which is not a valid option name. Raw value: ${repr(rawval)}`,
    );
    this.reference = reference;
    this.args = [option, section, rawval, reference];
  }
}

export class InterpolationSyntaxError extends InterpolationError {}

export class InterpolationDepthError extends InterpolationError {
  constructor(option: string, section: string, rawval: string) {
    super(
      option,
      section,
      `Recursion limit exceeded in value substitution: option ${repr(option)} in section ${repr(section)} contains an interpolation key which cannot be substituted in ${MAX_INTERPOLATION_DEPTH} steps. Raw value: ${repr(rawval)}`,
    );
    this.args = [option, section, rawval];
  }
}

export class ParsingError extends Error {
  source: string;
  readonly errors: Array<[number, string]> = [];
  constructor(source: string) {
    super(`Source contains parsing errors: ${repr(source)}`);
    this.source = source;
    this.args = [source];
  }
  append(lineno: number, line: string): void {
    this.errors.push([lineno, line]);
    this.message += `\n\t[line ${lineNumber(lineno)}]: ${line}`;
  }
}

export class MissingSectionHeaderError extends ParsingError {
  readonly lineno: number;
  readonly line: string;
  constructor(filename: string, lineno: number, line: string) {
    super(filename);
    this.message = `File contains no section headers.\nfile: ${repr(filename)}, line: ${lineno}\n${repr(line)}`;
    this.lineno = lineno;
    this.line = line;
    this.args = [filename, lineno, line];
  }
}

// ── interpolation ──

/** The option values a value is interpolated from: vars, then the section, then DEFAULT. */
type Lookup = ReadonlyMap<string, Value>;

/** `configparser.Interpolation`: no interpolation (values are returned as stored). */
export class Interpolation {
  before_get(_parser: RawConfigParser, _section: string, _option: string, value: string, _defaults: Lookup): string {
    return value;
  }
  before_set(_parser: RawConfigParser, _section: string, _option: string, value: string): string {
    return value;
  }
  before_read(_parser: RawConfigParser, _section: string, _option: string, value: string): string {
    return value;
  }
  before_write(_parser: RawConfigParser, _section: string, _option: string, value: string): string {
    return value;
  }
}

/** Shared shape of the two `%`/`$` interpolations: escape doubling, a reference syntax, recursion. */
abstract class MarkerInterpolation extends Interpolation {
  protected abstract readonly marker: "%" | "$";
  /** The reference at the start of `rest` (`%(name)s`, `${s:name}`): [inner, length], or null. */
  protected abstract reference(rest: string): [string, number] | null;
  /** The value of a reference, with the section and lookup further references in it resolve in. */
  protected abstract resolve(parser: RawConfigParser, option: string, section: string, inner: string, map: Lookup, rawval: string, after: string): { value: string; option: string; section: string };
  /** The lookup a value found by a reference is itself interpolated with. */
  protected abstract nestedLookup(parser: RawConfigParser, section: string, map: Lookup): Lookup;
  /** The message of a marker followed by something else. */
  protected abstract badMarker(rest: string): string;

  override before_get(parser: RawConfigParser, section: string, option: string, value: string, defaults: Lookup): string {
    const accum: string[] = [];
    this.interpolateSome(parser, option, accum, value, section, defaults, 1);
    return accum.join("");
  }

  override before_set(_parser: RawConfigParser, _section: string, _option: string, value: string): string {
    const doubled = this.marker + this.marker;
    const stripped = this.stripReferences(value.split(doubled).join(""));
    const at = stripped.indexOf(this.marker);
    if (at >= 0) throw new ValueError(`invalid interpolation syntax in ${repr(value)} at position ${at}`);
    return value;
  }

  /** The text with every well-formed reference removed. */
  protected abstract stripReferences(text: string): string;

  private interpolateSome(parser: RawConfigParser, option: string, accum: string[], rest: string, section: string, map: Lookup, depth: number): void {
    const rawval = parser.get(section, option, { raw: true, fallback: rest }) ?? rest;
    if (depth > MAX_INTERPOLATION_DEPTH) throw new InterpolationDepthError(option, section, rawval);
    while (rest) {
      const p = rest.indexOf(this.marker);
      if (p < 0) {
        accum.push(rest);
        return;
      }
      if (p > 0) {
        accum.push(rest.slice(0, p));
        rest = rest.slice(p);
      }
      const c = rest.slice(1, 2);
      if (c === this.marker) {
        accum.push(this.marker);
        rest = rest.slice(2);
      } else if (c === (this.marker === "%" ? "(" : "{")) {
        const ref = this.reference(rest);
        if (ref === null) throw new InterpolationSyntaxError(option, section, `bad interpolation variable reference ${repr(rest)}`);
        rest = rest.slice(ref[1]);
        const found = this.resolve(parser, option, section, ref[0], map, rawval, rest);
        if (found.value.includes(this.marker)) {
          this.interpolateSome(parser, found.option, accum, found.value, found.section, this.nestedLookup(parser, found.section, map), depth + 1);
        } else accum.push(found.value);
      } else {
        throw new InterpolationSyntaxError(option, section, this.badMarker(rest));
      }
    }
  }
}

const BASIC_REFERENCE = /%\(([^)]+)\)s/y;

/** `configparser.BasicInterpolation`: `%(name)s` from the same section or DEFAULT; `%%` is `%`. */
export class BasicInterpolation extends MarkerInterpolation {
  protected readonly marker = "%" as const;
  protected reference(rest: string): [string, number] | null {
    BASIC_REFERENCE.lastIndex = 0;
    const m = BASIC_REFERENCE.exec(rest);
    return m ? [m[1]!, m[0].length] : null;
  }
  protected stripReferences(text: string): string {
    return text.replace(/%\(([^)]+)\)s/g, "");
  }
  protected resolve(parser: RawConfigParser, option: string, section: string, inner: string, map: Lookup, rawval: string) {
    const name = parser.optionxform(inner);
    const value = map.get(name);
    if (value === undefined) throw new InterpolationMissingOptionError(option, section, rawval, name);
    return { value: value ?? "None", option, section };
  }
  protected nestedLookup(_parser: RawConfigParser, _section: string, map: Lookup): Lookup {
    return map;
  }
  protected badMarker(rest: string): string {
    return `'%' must be followed by '%' or '(', found: ${repr(rest)}`;
  }
}

const EXTENDED_REFERENCE = /\$\{([^}]+)\}/y;

/** `configparser.ExtendedInterpolation`: `${name}` and `${section:name}`; `$$` is `$`. */
export class ExtendedInterpolation extends MarkerInterpolation {
  protected readonly marker = "$" as const;
  protected reference(rest: string): [string, number] | null {
    EXTENDED_REFERENCE.lastIndex = 0;
    const m = EXTENDED_REFERENCE.exec(rest);
    return m ? [m[1]!, m[0].length] : null;
  }
  protected stripReferences(text: string): string {
    return text.replace(/\$\{([^}]+)\}/g, "");
  }
  protected resolve(parser: RawConfigParser, option: string, section: string, inner: string, map: Lookup, rawval: string, after: string) {
    const path = inner.split(":");
    const missing = () => new InterpolationMissingOptionError(option, section, rawval, path.join(":"));
    if (path.length === 1) {
      const opt = parser.optionxform(path[0]!);
      const value = map.get(opt);
      if (value === undefined) throw missing();
      return { value: value ?? "None", option: opt, section };
    }
    if (path.length === 2) {
      const sect = path[0]!;
      const opt = parser.optionxform(path[1]!);
      let value: Value;
      try {
        value = parser.get(sect, opt, { raw: true });
      } catch (e) {
        if (e instanceof NoSectionError || e instanceof NoOptionError) throw missing();
        throw e;
      }
      return { value: value ?? "None", option: opt, section: sect };
    }
    throw new InterpolationSyntaxError(option, section, `More than one ':' found: ${repr(after)}` /* CPython shows the text after the reference */);
  }
  protected nestedLookup(parser: RawConfigParser, section: string): Lookup {
    return new Map(parser.items(section, { raw: true }));
  }
  protected badMarker(rest: string): string {
    return `'$' must be followed by '$' or '{', found: ${repr(rest)}`;
  }
}

// ── parser ──

export interface ParserOptions {
  allow_no_value?: boolean;
  delimiters?: readonly string[];
  comment_prefixes?: readonly string[] | null;
  inline_comment_prefixes?: readonly string[] | null;
  strict?: boolean;
  empty_lines_in_values?: boolean;
  default_section?: string;
  /** An interpolation object; `null` disables interpolation; omitted: the class's default. */
  interpolation?: Interpolation | null;
}

export interface GetOptions {
  raw?: boolean;
  vars?: VarsMapping | null;
}

/** A file object the parser writes to. */
export interface Writable {
  write(s: string): unknown;
}

const BOOLEAN_STATES: ReadonlyMap<string, boolean> = new Map([
  ["1", true],
  ["yes", true],
  ["true", true],
  ["on", true],
  ["0", false],
  ["no", false],
  ["false", false],
  ["off", false],
]);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}

/** `[header]` at the start of a stripped line (Python's `.` is "anything but \n"). */
const SECTION_HEADER = /^\[([^\n]+)\]/;

/** Python `str.isspace` of one character. */
function isSpace(c: string): boolean {
  return strip(c) === "";
}

function entriesOf(m: VarsMapping): Array<[string, unknown]> {
  return m instanceof Map ? [...(m as ReadonlyMap<string, unknown>).entries()] : Object.entries(m as Record<string, unknown>);
}

/** Lines of a text as Python's `io.StringIO(text)` yields them (split after each `\n`). */
function linesOf(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === "" ? [] : lines;
}

/** `configparser.RawConfigParser`: no interpolation by default; values are stored as given. */
export class RawConfigParser implements Iterable<string> {
  /** The interpolation used when none is passed (`ConfigParser`: `BasicInterpolation`). */
  protected defaultInterpolation(): Interpolation {
    return new Interpolation();
  }

  readonly default_section: string;
  protected readonly _sections = new Map<string, SectionDict>();
  protected readonly _defaults: SectionDict = new Map();
  protected readonly _proxies = new Map<string, SectionProxy>();
  protected readonly _delimiters: readonly string[];
  protected readonly _optcre: RegExp;
  protected readonly _comment_prefixes: readonly string[];
  protected readonly _inline_comment_prefixes: readonly string[];
  protected readonly _strict: boolean;
  protected readonly _allow_no_value: boolean;
  protected readonly _empty_lines_in_values: boolean;
  protected _interpolation: Interpolation;

  constructor(defaults: VarsMapping | null = null, options: ParserOptions = {}) {
    this.default_section = options.default_section ?? DEFAULTSECT;
    this._proxies.set(this.default_section, new SectionProxy(this, this.default_section));
    this._delimiters = [...(options.delimiters ?? ["=", ":"])];
    this._allow_no_value = options.allow_no_value ?? false;
    const delim = this._delimiters.map(escapeRegExp).join("|");
    this._optcre = this._allow_no_value
      ? new RegExp(`^([^\\n]*?)\\s*(?:(${delim})\\s*([^\\n]*))?$`)
      : new RegExp(`^([^\\n]*?)\\s*(${delim})\\s*([^\\n]*)$`);
    this._comment_prefixes = [...(options.comment_prefixes ?? (options.comment_prefixes === null ? [] : ["#", ";"]))];
    this._inline_comment_prefixes = [...(options.inline_comment_prefixes ?? [])];
    this._strict = options.strict ?? true;
    this._empty_lines_in_values = options.empty_lines_in_values ?? true;
    this._interpolation = options.interpolation === undefined ? this.defaultInterpolation() : (options.interpolation ?? new Interpolation());
    if (defaults && entriesOf(defaults).length > 0) this.readDefaults(defaults);
  }

  protected readDefaults(defaults: VarsMapping): void {
    for (const [key, value] of entriesOf(defaults)) this._defaults.set(this.optionxform(key), value === null ? null : str(value));
  }

  /** `optionxform(option)`: option names are lower-cased (override to change). */
  optionxform(optionstr: string): string {
    return optionstr.toLowerCase();
  }

  defaults(): Map<string, Value> {
    return this._defaults;
  }

  sections(): string[] {
    return [...this._sections.keys()];
  }

  add_section(section: string): void {
    if (section === this.default_section) throw new ValueError(`Invalid section name: ${repr(section)}`);
    if (this._sections.has(section)) throw new DuplicateSectionError(section);
    this._sections.set(section, new Map());
    this._proxies.set(section, new SectionProxy(this, section));
  }

  has_section(section: string): boolean {
    return this._sections.has(section);
  }

  options(section: string): string[] {
    const own = this._sections.get(section);
    if (own === undefined) throw new NoSectionError(section);
    const opts = new Map(own);
    for (const [k, v] of this._defaults) opts.set(k, v);
    return [...opts.keys()];
  }

  /** `read(filenames, encoding=None)`: the files read; files that cannot be opened are skipped. */
  read(filenames: string | Iterable<string>, encoding: string | null = null): string[] {
    const names = typeof filenames === "string" ? [filenames] : [...filenames];
    const readOk: string[] = [];
    for (const filename of names) {
      let text: string;
      try {
        text = readTextFile(filename, encoding);
      } catch {
        continue;
      }
      this._read(linesOf(text.replace(/\r\n?/g, "\n")), filename);
      readOk.push(filename);
    }
    return readOk;
  }

  /** `read_file(f, source=None)`: `f` yields lines; the source defaults to `f.name`, else `'<???>'`. */
  read_file(f: Iterable<string>, source: string | null = null): void {
    const named = (f as { name?: unknown }).name;
    this._read(f, source ?? (typeof named === "string" ? named : "<???>"));
  }

  read_string(string: string, source = "<string>"): void {
    this._read(linesOf(string), source);
  }

  /** `read_dict(dictionary, source='<dict>')`: sections → options → values (converted with `str()`). */
  read_dict(dictionary: ReadonlyMap<string, VarsMapping> | Readonly<Record<string, VarsMapping>>, source = "<dict>"): void {
    const added = new Set<string>();
    const entries = dictionary instanceof Map ? [...dictionary.entries()] : Object.entries(dictionary as Record<string, VarsMapping>);
    for (const [rawSection, keys] of entries) {
      const section = str(rawSection);
      try {
        this.add_section(section);
      } catch (e) {
        if (!(e instanceof DuplicateSectionError || e instanceof ValueError)) throw e;
        if (this._strict && added.has(section)) throw e;
      }
      added.add(section);
      for (const [rawKey, rawValue] of entriesOf(keys)) {
        const key = this.optionxform(str(rawKey));
        const value = rawValue === null ? null : str(rawValue);
        const id = JSON.stringify([section, key]);
        if (this._strict && added.has(id)) throw new DuplicateOptionError(section, key, source);
        added.add(id);
        this.set(section, key, value);
      }
    }
  }

  /** `get(section, option, *, raw=False, vars=None, fallback=_UNSET)`. */
  get(section: string, option: string, options?: GetOptions): string;
  get<F>(section: string, option: string, options: GetOptions & { fallback: F }): string | F;
  get<F>(section: string, option: string, options: GetOptions & { fallback?: F } = {}): string | F {
    const hasFallback = "fallback" in options;
    let d: Map<string, Value>;
    try {
      d = this.unifyValues(section, options.vars ?? null);
    } catch (e) {
      if (e instanceof NoSectionError && hasFallback) return options.fallback as F;
      throw e;
    }
    option = this.optionxform(option);
    if (!d.has(option)) {
      if (hasFallback) return options.fallback as F;
      throw new NoOptionError(option, section);
    }
    const value = d.get(option)!;
    if (options.raw || value === null) return value as string;
    return this._interpolation.before_get(this, section, option, value, d);
  }

  private getConverted<T, F>(section: string, option: string, convert: (value: string) => T, options: GetOptions & { fallback?: F }): T | F {
    try {
      return convert(this.get(section, option, { raw: options.raw ?? false, vars: options.vars ?? null }));
    } catch (e) {
      if ((e instanceof NoSectionError || e instanceof NoOptionError) && "fallback" in options) return options.fallback as F;
      throw e;
    }
  }

  getint(section: string, option: string, options?: GetOptions): number;
  getint<F>(section: string, option: string, options: GetOptions & { fallback: F }): number | F;
  getint<F>(section: string, option: string, options: GetOptions & { fallback?: F } = {}): number | F {
    return this.getConverted(section, option, (v) => int(v), options);
  }

  getfloat(section: string, option: string, options?: GetOptions): number;
  getfloat<F>(section: string, option: string, options: GetOptions & { fallback: F }): number | F;
  getfloat<F>(section: string, option: string, options: GetOptions & { fallback?: F } = {}): number | F {
    return this.getConverted(section, option, (v) => float(v), options);
  }

  getboolean(section: string, option: string, options?: GetOptions): boolean;
  getboolean<F>(section: string, option: string, options: GetOptions & { fallback: F }): boolean | F;
  getboolean<F>(section: string, option: string, options: GetOptions & { fallback?: F } = {}): boolean | F {
    return this.getConverted(section, option, (v) => this.convertToBoolean(v), options);
  }

  private convertToBoolean(value: string): boolean {
    const state = BOOLEAN_STATES.get(value.toLowerCase());
    if (state === undefined) throw new ValueError(`Not a boolean: ${value}`);
    return state;
  }

  /** `items()`: (name, proxy) pairs, DEFAULT first. */
  items(): Array<[string, SectionProxy]>;
  /** `items(section, raw=False, vars=None)`: the section's (option, value) pairs, defaults included. */
  items(section: string, options?: GetOptions): Array<[string, string]>;
  items(section?: string, options: GetOptions = {}): Array<[string, string]> | Array<[string, SectionProxy]> {
    if (section === undefined) return [...this].map((name) => [name, this.__getitem__(name)] as [string, SectionProxy]);
    const d = new Map(this._defaults);
    const own = this._sections.get(section);
    if (own !== undefined) for (const [k, v] of own) d.set(k, v);
    else if (section !== this.default_section) throw new NoSectionError(section);
    const origKeys = [...d.keys()];
    if (options.vars) for (const [key, value] of entriesOf(options.vars)) d.set(this.optionxform(key), value as Value);
    return origKeys.map((option) => {
      const value = d.get(option)!;
      return [option, (options.raw || value === null ? value : this._interpolation.before_get(this, section, option, value, d)) as string];
    });
  }

  has_option(section: string | null, option: string): boolean {
    if (!section || section === this.default_section) return this._defaults.has(this.optionxform(option));
    const own = this._sections.get(section);
    if (own === undefined) return false;
    option = this.optionxform(option);
    return own.has(option) || this._defaults.has(option);
  }

  set(section: string | null, option: string, value: string | null = null): void {
    if (value) value = this._interpolation.before_set(this, section ?? "", option, value);
    let sectdict: SectionDict;
    if (!section || section === this.default_section) sectdict = this._defaults;
    else {
      const own = this._sections.get(section);
      if (own === undefined) throw new NoSectionError(section);
      sectdict = own;
    }
    sectdict.set(this.optionxform(option), value);
  }

  /** `write(fp, space_around_delimiters=True)`: DEFAULT first, a blank line after each section. */
  write(fp: Writable, space_around_delimiters = true): void {
    const d = space_around_delimiters ? ` ${this._delimiters[0]} ` : this._delimiters[0]!;
    if (this._defaults.size > 0) this.writeSection(fp, this.default_section, this._defaults, d);
    for (const [name, options] of this._sections) this.writeSection(fp, name, options, d);
  }

  private writeSection(fp: Writable, name: string, items: SectionDict, delimiter: string): void {
    fp.write(`[${name}]\n`);
    for (const [key, raw] of items) {
      const value = raw === null ? null : this._interpolation.before_write(this, name, key, raw);
      const text = value !== null || !this._allow_no_value ? delimiter + str(value).replace(/\n/g, "\n\t") : "";
      fp.write(`${key}${text}\n`);
    }
    fp.write("\n");
  }

  remove_option(section: string | null, option: string): boolean {
    let sectdict: SectionDict;
    if (!section || section === this.default_section) sectdict = this._defaults;
    else {
      const own = this._sections.get(section);
      if (own === undefined) throw new NoSectionError(section);
      sectdict = own;
    }
    return sectdict.delete(this.optionxform(option));
  }

  remove_section(section: string): boolean {
    const existed = this._sections.delete(section);
    if (existed) this._proxies.delete(section);
    return existed;
  }

  /** `parser[name]`: the section's proxy (`KeyError` for an unknown section). */
  __getitem__(key: string): SectionProxy {
    if (key !== this.default_section && !this.has_section(key)) throw new KeyError(key);
    return this._proxies.get(key)!;
  }

  /** `parser[name] = {...}`: replaces the section's options. */
  __setitem__(key: string, value: VarsMapping): void {
    if (this.__contains__(key) && (this.__getitem__(key) as unknown) === value) return;
    if (key === this.default_section) this._defaults.clear();
    else this._sections.get(key)?.clear();
    this.read_dict(new Map([[key, value]]));
  }

  __delitem__(key: string): void {
    if (key === this.default_section) throw new ValueError("Cannot remove the default section.");
    if (!this.has_section(key)) throw new KeyError(key);
    this.remove_section(key);
  }

  __contains__(key: string): boolean {
    return key === this.default_section || this.has_section(key);
  }

  __len__(): number {
    return this._sections.size + 1;
  }

  *[Symbol.iterator](): Iterator<string> {
    yield this.default_section;
    yield* [...this._sections.keys()];
  }

  keys(): string[] {
    return [...this];
  }

  values(): SectionProxy[] {
    return [...this].map((k) => this.__getitem__(k));
  }

  /** vars → section → DEFAULT, as one lookup. */
  private unifyValues(section: string, vars: VarsMapping | null): Map<string, Value> {
    const own = this._sections.get(section);
    if (own === undefined && section !== this.default_section) throw new NoSectionError(section);
    const d = new Map(this._defaults);
    if (own) for (const [k, v] of own) d.set(k, v);
    if (vars) for (const [key, value] of entriesOf(vars)) d.set(this.optionxform(key), value === null ? null : str(value));
    return d;
  }

  private handleError(exc: ParsingError | null, fpname: string, lineno: number, line: string): ParsingError {
    const e = exc ?? new ParsingError(fpname);
    e.append(lineno, repr(line));
    return e;
  }

  /** CPython's `_read`: the line-by-line state machine. */
  protected _read(fp: Iterable<string>, fpname: string): void {
    const elementsAdded = new Set<string>();
    const pending = new Map<SectionDict, Map<string, string[] | null>>();
    let cursect: SectionDict | null = null;
    let sectname: string | null = null;
    let optname: string | null = null;
    let indentLevel = 0;
    let e: ParsingError | null = null;
    let lineno = 0;
    const valuesOf = (sect: SectionDict) => {
      let m = pending.get(sect);
      if (!m) pending.set(sect, (m = new Map()));
      return m;
    };
    for (const line of fp) {
      lineno += 1;
      let commentStart = Infinity;
      let inlinePrefixes = new Map<string, number>(this._inline_comment_prefixes.map((p) => [p, -1]));
      while (commentStart === Infinity && inlinePrefixes.size > 0) {
        const next = new Map<string, number>();
        for (const [prefix, index] of inlinePrefixes) {
          const at = line.indexOf(prefix, index + 1);
          if (at === -1) continue;
          next.set(prefix, at);
          if (at === 0 || (at > 0 && isSpace(line[at - 1]!))) commentStart = Math.min(commentStart, at);
        }
        inlinePrefixes = next;
      }
      for (const prefix of this._comment_prefixes) {
        if (strip(line).startsWith(prefix)) {
          commentStart = 0;
          break;
        }
      }
      const hasComment = commentStart !== Infinity;
      const value = strip(hasComment ? line.slice(0, commentStart) : line);
      if (!value) {
        if (this._empty_lines_in_values) {
          if (!hasComment && cursect !== null && optname) {
            const current = valuesOf(cursect).get(optname);
            if (current) current.push("");
          }
        } else indentLevel = Infinity;
        continue;
      }
      const firstNonSpace = /\S/.exec(line);
      const curIndentLevel = firstNonSpace ? firstNonSpace.index : 0;
      if (cursect !== null && optname && curIndentLevel > indentLevel) {
        const current = valuesOf(cursect).get(optname);
        if (!current) throw new AttributeError("'NoneType' object has no attribute 'append'");
        current.push(value);
        continue;
      }
      indentLevel = curIndentLevel;
      const header = SECTION_HEADER.exec(value);
      if (header) {
        sectname = header[1]!;
        const existing = this._sections.get(sectname);
        if (existing !== undefined) {
          if (this._strict && elementsAdded.has(`s:${sectname}`)) throw new DuplicateSectionError(sectname, fpname, lineno);
          cursect = existing;
          elementsAdded.add(`s:${sectname}`);
        } else if (sectname === this.default_section) {
          cursect = this._defaults;
        } else {
          cursect = new Map();
          this._sections.set(sectname, cursect);
          this._proxies.set(sectname, new SectionProxy(this, sectname));
          elementsAdded.add(`s:${sectname}`);
        }
        optname = null;
      } else if (cursect === null) {
        throw new MissingSectionHeaderError(fpname, lineno, line);
      } else {
        const mo = this._optcre.exec(value);
        if (mo) {
          const rawName = mo[1]!;
          const optval = mo[3];
          if (!rawName) e = this.handleError(e, fpname, lineno, line);
          optname = this.optionxform(rstrip(rawName));
          const id = JSON.stringify([sectname, optname]);
          if (this._strict && elementsAdded.has(id)) throw new DuplicateOptionError(sectname!, optname, fpname, lineno);
          elementsAdded.add(id);
          if (optval !== undefined) {
            valuesOf(cursect).set(optname, [strip(optval)]);
            cursect.set(optname, null);
          } else {
            valuesOf(cursect).set(optname, null);
            cursect.set(optname, null);
          }
        } else {
          e = this.handleError(e, fpname, lineno, line);
        }
      }
    }
    this.joinMultilineValues(pending);
    if (e) throw e;
  }

  private joinMultilineValues(pending: Map<SectionDict, Map<string, string[] | null>>): void {
    const all: Array<[string, SectionDict]> = [[this.default_section, this._defaults], ...this._sections];
    for (const [section, options] of all) {
      const lines = pending.get(options);
      if (!lines) continue;
      for (const [name, parts] of lines) {
        if (!options.has(name)) continue;
        const val = parts === null ? null : rstrip(parts.join("\n"));
        options.set(name, val === null ? null : this._interpolation.before_read(this, section, name, val));
      }
    }
  }
}

/** `configparser.ConfigParser`: `BasicInterpolation` by default; values must be strings. */
export class ConfigParser extends RawConfigParser {
  protected override defaultInterpolation(): Interpolation {
    return new BasicInterpolation();
  }

  override set(section: string | null, option: string, value: string | null = null): void {
    validateValueTypes(this, option, value);
    super.set(section, option, value);
  }

  protected override readDefaults(defaults: VarsMapping): void {
    const hold = this._interpolation;
    this._interpolation = new Interpolation();
    try {
      this.read_dict(new Map([[this.default_section, defaults]]));
    } finally {
      this._interpolation = hold;
    }
  }
}

function validateValueTypes(parser: RawConfigParser, option: unknown, value: unknown): void {
  if (typeof option !== "string") throw new TypeError("option keys must be strings");
  if (!(parser as unknown as { _allow_no_value: boolean })._allow_no_value || value) {
    if (typeof value !== "string") throw new TypeError("option values must be strings");
  }
}

/** Options of a proxy's getters: Python's keyword-only `raw=`/`vars=`. */
type ProxyGetter<T> = {
  (option: string, fallback?: null, options?: GetOptions): T | null;
  <F>(option: string, fallback: F, options?: GetOptions): T | F;
};

/** `parser[name]`: a live view of one section (mapping protocol, getters with `fallback=None`). */
export class SectionProxy implements Iterable<string> {
  readonly #parser: RawConfigParser;
  readonly #name: string;

  constructor(parser: RawConfigParser, name: string) {
    this.#parser = parser;
    this.#name = name;
  }

  get parser(): RawConfigParser {
    return this.#parser;
  }

  get name(): string {
    return this.#name;
  }

  __repr__(): string {
    return `<Section: ${this.#name}>`;
  }

  __getitem__(key: string): string {
    if (!this.#parser.has_option(this.#name, key)) throw new KeyError(key);
    return this.#parser.get(this.#name, key);
  }

  __setitem__(key: string, value: string): void {
    validateValueTypes(this.#parser, key, value);
    this.#parser.set(this.#name, key, value);
  }

  __delitem__(key: string): void {
    if (!(this.#parser.has_option(this.#name, key) && this.#parser.remove_option(this.#name, key))) throw new KeyError(key);
  }

  __contains__(key: string): boolean {
    return this.#parser.has_option(this.#name, key);
  }

  __len__(): number {
    return this.optionNames().length;
  }

  [Symbol.iterator](): Iterator<string> {
    return this.optionNames()[Symbol.iterator]();
  }

  keys(): string[] {
    return this.optionNames();
  }

  values(): string[] {
    return this.optionNames().map((k) => this.__getitem__(k));
  }

  items(): Array<[string, string]> {
    return this.optionNames().map((k) => [k, this.__getitem__(k)]);
  }

  private optionNames(): string[] {
    return this.#name !== this.#parser.default_section ? this.#parser.options(this.#name) : [...this.#parser.defaults().keys()];
  }

  /** `get(option, fallback=None, *, raw=False, vars=None)`. */
  readonly get: ProxyGetter<string> = <F>(option: string, fallback: F | null = null, options: GetOptions = {}) =>
    this.#parser.get(this.#name, option, { ...options, fallback });
  readonly getint: ProxyGetter<number> = <F>(option: string, fallback: F | null = null, options: GetOptions = {}) =>
    this.#parser.getint(this.#name, option, { ...options, fallback });
  readonly getfloat: ProxyGetter<number> = <F>(option: string, fallback: F | null = null, options: GetOptions = {}) =>
    this.#parser.getfloat(this.#name, option, { ...options, fallback });
  readonly getboolean: ProxyGetter<boolean> = <F>(option: string, fallback: F | null = null, options: GetOptions = {}) =>
    this.#parser.getboolean(this.#name, option, { ...options, fallback });
}

/** The text of a file, decoded (`utf-8` unless an encoding is given); throws when it cannot be read. */
function readTextFile(path: string, encoding: string | null): string {
  const enc = (encoding ?? "utf-8").toLowerCase().replace(/_/g, "-");
  const bytes = fs.readFileSync(path);
  return new TextDecoder(enc === "utf8" ? "utf-8" : enc).decode(bytes);
}
