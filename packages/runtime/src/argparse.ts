/**
 * Python's `argparse` on the npm `argparse` package (a line-by-line port of
 * CPython 3.9's argparse), with what differs from Python 3.11 put back:
 * the "options:" section title, Python's `int()`/`float()` conversions and
 * their "invalid int value: 'x'" errors, `in`-based `choices` with Python
 * reprs, `%(default)s` rendered with `str()` (floats print `30.0`), `None`
 * for absent values, output through the runtime's synchronous
 * stdout/stderr, and `SystemExit` instead of `process.exit`, so `finally`
 * blocks and `except SystemExit` keep working.
 */
import argparsePackage from "argparse";
import { contains } from "./containers.js";
import { Exception, SystemExit, TypeError, ValueError } from "./exceptions.js";
import { toPyException } from "./node-errors.js";
import { percentFormat } from "./percent-format.js";
import { type TextStream, stderr, stdout } from "./print.js";
import { repr, str } from "./repr.js";
import { argv } from "./sys.js";

/** Options of `add_argument` (Python's keyword arguments), plus the value's static type. */
export interface ArgumentOptions {
  action?: string | ActionClass;
  nargs?: number | string | null;
  const?: unknown;
  default?: unknown;
  type?: ((text: string) => unknown) | null;
  choices?: Iterable<unknown> | null;
  required?: boolean;
  help?: string | null;
  metavar?: string | readonly string[] | null;
  dest?: string | null;
  version?: string;
  /** The Python type of the stored values (`"float"`), for `%(default)s` and the Namespace repr. */
  hint?: string;
}

export interface ParserOptions {
  prog?: string | null;
  usage?: string | null;
  description?: string | null;
  epilog?: string | null;
  parents?: readonly ArgumentParser[];
  formatter_class?: HelpFormatterClass;
  prefix_chars?: string;
  fromfile_prefix_chars?: string | null;
  argument_default?: unknown;
  conflict_handler?: string;
  add_help?: boolean;
  allow_abbrev?: boolean;
  exit_on_error?: boolean;
}

export interface SubparsersOptions {
  title?: string | null;
  description?: string | null;
  prog?: string | null;
  dest?: string | null;
  required?: boolean;
  help?: string | null;
  metavar?: string | null;
}

export interface AddParserOptions extends ParserOptions {
  help?: string | null;
  aliases?: readonly string[];
}

/** An argparse action (what `add_argument` returns). */
export interface Action {
  dest: string;
  option_strings: string[];
  default: unknown;
  help: string | null;
  required: boolean;
}

/** `argparse.Action` subclasses passed as `action=` (opaque to translated code). */
export type ActionClass = abstract new (...args: never[]) => unknown;
/** `argparse.HelpFormatter` and its variants, passed as `formatter_class=`. */
export type HelpFormatterClass = abstract new (...args: never[]) => unknown;

export interface ArgumentContainer {
  add_argument(...args: [...names: string[], options: ArgumentOptions] | string[]): Action;
  add_argument_group(title?: string | null, description?: string | null): ArgumentContainer;
  add_mutually_exclusive_group(options?: { required?: boolean }): ArgumentContainer;
}

export interface SubParsers {
  add_parser(name: string, options?: AddParserOptions): ArgumentParser;
}

// ───────────── the npm package, typed as far as this module uses it ─────────────

interface LibAction extends Action {
  type: unknown;
  choices: unknown;
  nargs: unknown;
  const: unknown;
  metavar: unknown;
  pyHint?: string;
  _name_parser_map?: Record<string, LibParser>;
}
interface LibParser {
  prog: string;
  _actions: LibAction[];
  _optionals: { title: string };
  _defaults: Record<string, unknown>;
}
type LibParserClass = new (options: object) => LibParser & {
  add_argument(...args: unknown[]): LibAction;
  parse_known_args(args?: string[], namespace?: object): [object, string[]];
  _get_value(action: LibAction, text: string): unknown;
  _check_value(action: LibAction, value: unknown): void;
};
type LibFormatterClass = new (options: object) => { _prog: string; _get_help_string(action: LibAction): string };
interface ArgparseLib {
  ArgumentParser: LibParserClass;
  ArgumentError: new (action: LibAction | null, message: string) => Error;
  ArgumentTypeError: new (message: string) => Error;
  HelpFormatter: LibFormatterClass;
  RawDescriptionHelpFormatter: LibFormatterClass;
  RawTextHelpFormatter: LibFormatterClass;
  ArgumentDefaultsHelpFormatter: LibFormatterClass;
  MetavarTypeHelpFormatter: LibFormatterClass;
  BooleanOptionalAction: ActionClass;
  Action: ActionClass;
  Namespace: new (options?: object) => object;
  SUPPRESS: string;
  OPTIONAL: string;
  ZERO_OR_MORE: string;
  ONE_OR_MORE: string;
  REMAINDER: string;
}

const lib = argparsePackage as ArgparseLib;

export const SUPPRESS = lib.SUPPRESS;
export const OPTIONAL = lib.OPTIONAL;
export const ZERO_OR_MORE = lib.ZERO_OR_MORE;
export const ONE_OR_MORE = lib.ONE_OR_MORE;
export const REMAINDER = lib.REMAINDER;
export const BooleanOptionalAction: ActionClass = lib.BooleanOptionalAction;

/** Python `argparse.ArgumentTypeError`: raised by a `type=` function to reject a value with its own message. */
export class ArgumentTypeError extends Exception {}

/** Python `argparse.ArgumentError` (raised by `parse_args` when `exit_on_error=False`). */
export class ArgumentError extends Exception {}

/** Python `argparse.Namespace`: attributes, its repr, equality by attributes. */
export class Namespace {
  constructor(values: Record<string, unknown> = {}) {
    Object.assign(this, values);
  }

  /** `Namespace(a=1, b='x')` in attribute order, as Python 3.11 shows it. */
  __repr__(): string {
    const hints = namespaceHints.get(this) ?? new Map<string, string>();
    const entries = Object.entries(this);
    const parts = entries.map(([k, v]) => (/^[A-Za-z_]\w*$/.test(k) ? `${k}=${repr(v, hints.get(k))}` : null));
    const star = entries.filter(([k]) => !/^[A-Za-z_]\w*$/.test(k));
    const shown = parts.filter((p): p is string => p !== null);
    if (star.length > 0) shown.push(`**{${star.map(([k, v]) => `${repr(k)}: ${repr(v, hints.get(k))}`).join(", ")}}`);
    return `Namespace(${shown.join(", ")})`;
  }

  __eq__(other: unknown): boolean | undefined {
    if (!(other instanceof Namespace)) return undefined;
    const a = Object.entries(this);
    const b = new Map(Object.entries(other));
    return a.length === b.size && a.every(([k, v]) => b.has(k) && b.get(k) === v);
  }

  __contains__(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this, key);
  }
}

const namespaceHints = new WeakMap<object, Map<string, string>>();

// ───────────── formatters: help text expanded with Python's str() and %-formatting ─────────────

function pythonName(value: unknown): unknown {
  if (typeof value === "function" && value.name) return value.name;
  return value;
}

/** A value shown through `str()`/`repr()` with its static type (so `30.0` stays `30.0`). */
function hinted(value: unknown, hint: string | undefined): unknown {
  if (value === undefined) return null;
  if (!hint) return value;
  return { __str__: () => str(value, hint), __repr__: () => repr(value, hint) };
}

function expandHelp(formatter: { _prog: string; _get_help_string(action: LibAction): string }, action: LibAction): string {
  const params = new Map<string, unknown>();
  for (const [name, value] of Object.entries(action)) {
    if (value === lib.SUPPRESS || name === "pyHint" || name.startsWith("_")) continue;
    params.set(name, name === "default" || name === "const" ? hinted(value, action.pyHint) : pythonName(value === undefined ? null : value));
  }
  params.set("prog", formatter._prog);
  if (action.choices !== undefined && action.choices !== null) {
    params.set("choices", [...(action.choices as Iterable<unknown>)].map((c) => str(c)).join(", "));
  }
  return percentFormat(formatter._get_help_string(action), params);
}

function pythonFormatter(Base: LibFormatterClass): LibFormatterClass {
  return class extends Base {
    _expand_help(action: LibAction): string {
      return expandHelp(this, action);
    }
  };
}

export const HelpFormatter: HelpFormatterClass = pythonFormatter(lib.HelpFormatter);
export const RawDescriptionHelpFormatter: HelpFormatterClass = pythonFormatter(lib.RawDescriptionHelpFormatter);
export const RawTextHelpFormatter: HelpFormatterClass = pythonFormatter(lib.RawTextHelpFormatter);
export const ArgumentDefaultsHelpFormatter: HelpFormatterClass = pythonFormatter(lib.ArgumentDefaultsHelpFormatter);
export const MetavarTypeHelpFormatter: HelpFormatterClass = pythonFormatter(lib.MetavarTypeHelpFormatter);

// ───────────── the parser ─────────────

/** `sys.argv[0]` as Python saw it: the translated module stands for the `.py` script. */
function defaultProg(): string {
  const script = argv[0] ?? "";
  const base = script.slice(script.lastIndexOf("/") + 1);
  return base.replace(/\.(?:[cm]?js|[cm]?ts)$/, ".py");
}

function isStream(file: unknown): file is TextStream {
  return typeof file === "object" && file !== null && typeof (file as { write?: unknown }).write === "function";
}

function collectHints(parser: LibParser, into: Map<string, string>): Map<string, string> {
  for (const action of parser._actions) {
    if (action.pyHint) into.set(action.dest, action.pyHint);
    for (const sub of Object.values(action._name_parser_map ?? {})) collectHints(sub, into);
  }
  return into;
}

const LibParserBase: LibParserClass = lib.ArgumentParser;

/** Python `argparse.ArgumentParser`. */
export class ArgumentParser extends (LibParserBase as unknown as new (options: object) => object) {
  constructor(options: ParserOptions = {}) {
    const resolved: Record<string, unknown> = { ...options };
    if (resolved.prog === undefined || resolved.prog === null) resolved.prog = defaultProg();
    if (resolved.formatter_class === undefined) resolved.formatter_class = HelpFormatter;
    for (const key of Object.keys(resolved)) if (resolved[key] === null && key !== "argument_default") delete resolved[key];
    super(resolved);
    // Python 3.10 renamed the section
    (this as unknown as LibParser)._optionals.title = "options";
  }

  private get lib(): InstanceType<LibParserClass> {
    return this as unknown as InstanceType<LibParserClass>;
  }

  /** Python `parse_args(args=None, namespace=None)`; the result is typed by the translation. */
  parse_args<T extends object = Namespace>(args?: readonly string[] | null, namespace?: object | null): T {
    const [ns, extras] = this.parse_known_args<T>(args, namespace);
    if (extras.length > 0) this.error(`unrecognized arguments: ${extras.join(" ")}`);
    return ns;
  }

  /** Python `parse_known_args(args=None, namespace=None)`. */
  parse_known_args<T extends object = Namespace>(args?: readonly string[] | null, namespace?: object | null): [T, string[]] {
    const target = namespace ?? new Namespace();
    if (target instanceof Namespace) namespaceHints.set(target, collectHints(this as unknown as LibParser, new Map()));
    const [ns, extras] = LibParserBase.prototype.parse_known_args.call(this, [...(args ?? argv.slice(1))], target);
    for (const [key, value] of Object.entries(ns)) if (value === undefined) (ns as Record<string, unknown>)[key] = null;
    return [ns as T, extras];
  }

  /** `add_argument(*names, **options)`. */
  add_argument(...args: [...names: string[], options: ArgumentOptions] | string[]): Action {
    const last = args[args.length - 1];
    if (typeof last === "object" && last !== null) {
      const { hint, ...options } = last as ArgumentOptions;
      const action = LibParserBase.prototype.add_argument.call(this, ...args.slice(0, -1), stripNulls(options));
      if (hint) action.pyHint = hint;
      return action;
    }
    return LibParserBase.prototype.add_argument.call(this, ...args);
  }

  /** Python `error(message)`: usage and message on stderr, exit status 2. */
  error(message: string): never {
    this.print_usage(stderr);
    return this.exit(2, `${(this as unknown as LibParser).prog}: error: ${message}\n`);
  }

  /** Python `exit(status=0, message=None)`: raises SystemExit. */
  exit(status: number = 0, message?: string | null): never {
    if (message) stderr.write(message);
    throw new SystemExit(status);
  }

  print_usage(file?: TextStream | null): void {
    this._print_message(this.format_usage(), file ?? stdout);
  }

  print_help(file?: TextStream | null): void {
    this._print_message(this.format_help(), file ?? stdout);
  }

  format_usage(): string {
    return (LibParserBase.prototype as unknown as { format_usage(this: unknown): string }).format_usage.call(this);
  }

  format_help(): string {
    return (LibParserBase.prototype as unknown as { format_help(this: unknown): string }).format_help.call(this);
  }

  /** Python `set_defaults(**kwargs)`. */
  set_defaults(values: Record<string, unknown>): void {
    (LibParserBase.prototype as unknown as { set_defaults(this: unknown, v: object): void }).set_defaults.call(this, values);
  }

  /** Python `get_default(dest)`. */
  get_default(dest: string): unknown {
    const value = (LibParserBase.prototype as unknown as { get_default(this: unknown, d: string): unknown }).get_default.call(this, dest);
    return value === undefined ? null : value;
  }

  /** Python `add_subparsers(**options)`. */
  add_subparsers(options: SubparsersOptions = {}): SubParsers {
    const add = (LibParserBase.prototype as unknown as { add_subparsers(this: unknown, o: object): SubParsers }).add_subparsers;
    const subparsers = add.call(this, stripNulls(options));
    const addParser = subparsers.add_parser.bind(subparsers);
    subparsers.add_parser = (name: string, opts: AddParserOptions = {}) => addParser(name, stripNulls(opts));
    return subparsers;
  }

  add_argument_group(title?: string | null, description?: string | null): ArgumentContainer {
    const add = (LibParserBase.prototype as unknown as { add_argument_group(this: unknown, o: object): ArgumentContainer }).add_argument_group;
    return pythonContainer(add.call(this, stripNulls({ title, description })));
  }

  add_mutually_exclusive_group(options: { required?: boolean } = {}): ArgumentContainer {
    const add = (LibParserBase.prototype as unknown as { add_mutually_exclusive_group(this: unknown, o: object): ArgumentContainer })
      .add_mutually_exclusive_group;
    return pythonContainer(add.call(this, options));
  }

  /** Output goes through the runtime's streams (ordered with print()). */
  _print_message(message: string, file?: unknown): void {
    if (!message) return;
    const target = file === process.stdout ? stdout : file === process.stderr || file === undefined ? stderr : file;
    if (isStream(target)) target.write(message);
  }

  /** `type=` conversion with Python's error handling: ArgumentTypeError's message, or "invalid int value: 'x'". */
  _get_value(action: LibAction, text: string): unknown {
    const convert = action.type;
    if (convert === undefined || convert === null) return text;
    if (typeof convert !== "function") throw new lib.ArgumentError(action, `${repr(convert)} is not callable`);
    try {
      return (convert as (s: string) => unknown)(text);
    } catch (error) {
      const e = toPyException(error);
      if (e instanceof ArgumentTypeError) throw new lib.ArgumentError(action, str(e));
      if (e instanceof TypeError || e instanceof ValueError) {
        throw new lib.ArgumentError(action, `invalid ${convert.name || repr(convert)} value: ${repr(text)}`);
      }
      throw error;
    }
  }

  /** `choices` tested with Python's `in`, reported with Python reprs. */
  _check_value(action: LibAction, value: unknown): void {
    const choices = action.choices;
    if (choices === undefined || choices === null) return;
    if (!contains(choices, value)) {
      const shown = [...(choices as Iterable<unknown>)].map((c) => repr(c)).join(", ");
      throw new lib.ArgumentError(action, `invalid choice: ${repr(value)} (choose from ${shown})`);
    }
  }
}

/** Argument groups take the same options as the parser's add_argument (hints, None-as-absent). */
function pythonContainer(group: ArgumentContainer): ArgumentContainer {
  const addArgument = group.add_argument.bind(group);
  const addGroup = group.add_mutually_exclusive_group?.bind(group);
  group.add_argument = (...args: [...names: string[], options: ArgumentOptions] | string[]) => {
    const last = args[args.length - 1];
    if (typeof last !== "object" || last === null) return addArgument(...(args as string[]));
    const { hint, ...options } = last as ArgumentOptions;
    const action = addArgument(...(args.slice(0, -1) as string[]), stripNulls(options) as ArgumentOptions) as LibAction;
    if (hint) action.pyHint = hint;
    return action;
  };
  if (addGroup) group.add_mutually_exclusive_group = (options = {}) => pythonContainer(addGroup(options));
  return group;
}

/** Python passes `None` for "not given" in many options; the port expects them absent. */
function stripNulls<T extends object>(options: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === null && key !== "default" && key !== "const") continue;
    if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/** A `type=` converter made from a class or library callable, named as Python names it in "invalid X value". */
export function converter<T>(name: string, convert: (text: string) => T): (text: string) => T {
  Object.defineProperty(convert, "name", { value: name });
  return convert;
}
