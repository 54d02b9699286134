/**
 * Python's `str.format(*args, **kwargs)` (CPython's `unicode_format.h`):
 * literal text with `{{`/`}}`, automatic and manual field numbering,
 * `{0[1]}` / `{name.attr}` field paths, `!r`/`!s`/`!a` conversions and format
 * specs with nested replacement fields (`{:{width}.{prec}f}`), with CPython's
 * error messages.
 */
import { AttributeError, IndexError, KeyError, TypeError, ValueError } from "./exceptions.js";
import { formatHinted } from "./format-spec.js";
import { Hint, itemHint, parseHint, UNKNOWN_HINT } from "./hints.js";
import { dunder } from "./protocols.js";
import { reprHinted, strHinted, typeName } from "./repr.js";
import { escapeNonAscii } from "./string-repr.js";

/** Static Python types of the `str.format` arguments, so that floats render as floats. */
export interface StrFormatHints {
  readonly args?: ReadonlyArray<string | undefined>;
  readonly kwargs?: Readonly<Record<string, string>>;
}

type Kwargs = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

class FormatState {
  /** -1: not decided yet, 0: manual numbering, 1: automatic numbering. */
  private mode = -1;
  private next = 0;

  constructor(
    readonly args: readonly unknown[],
    readonly kwargs: Kwargs | undefined,
    readonly hints: StrFormatHints | undefined,
  ) {}

  autoIndex(): number {
    if (this.mode === 0) {
      throw new ValueError("cannot switch from manual field specification to automatic field numbering");
    }
    this.mode = 1;
    return this.next++;
  }

  manualIndex(): void {
    if (this.mode === 1) {
      throw new ValueError("cannot switch from automatic field numbering to manual field specification");
    }
    this.mode = 0;
  }
}

function keyword(state: FormatState, name: string): [unknown, Hint] {
  const kwargs = state.kwargs;
  let found = false;
  let value: unknown;
  if (kwargs instanceof Map) {
    found = kwargs.has(name);
    value = kwargs.get(name);
  } else if (kwargs !== undefined && Object.hasOwn(kwargs, name)) {
    found = true;
    value = (kwargs as Readonly<Record<string, unknown>>)[name];
  }
  if (!found) throw new KeyError(name);
  return [value, parseHint(state.hints?.kwargs?.[name])];
}

function positional(state: FormatState, index: number): [unknown, Hint] {
  if (index >= state.args.length) {
    throw new IndexError(`Replacement index ${index} out of range for positional args tuple`);
  }
  return [state.args[index], parseHint(state.hints?.args?.[index])];
}

const DIGITS = /^[0-9]+$/;

/** Python attribute access on a run-time value (`{obj.real}`, `{user.name}`). */
function getAttribute(value: unknown, name: string): unknown {
  if (typeof value === "number" || typeof value === "boolean") {
    if (name === "real" || name === "numerator") return Number(value);
    if (name === "imag") return 0;
    if (name === "denominator") return 1;
  } else if (typeof value === "object" && value !== null && name in value) {
    const attr: unknown = (value as Record<string, unknown>)[name];
    return typeof attr === "function" ? (attr as (...a: unknown[]) => unknown).bind(value) : attr;
  }
  throw new AttributeError(`'${typeName(value)}' object has no attribute '${name}'`);
}

/** Python `value[key]` as a format field path does it (`key` is an int when all digits). */
function getItem(value: unknown, key: string | number, hint: Hint): unknown {
  if (Array.isArray(value) || typeof value === "string") {
    const kind = typeof value === "string" ? "string" : hint.kind === "tuple" || hint.kind === "tupleOf" ? "tuple" : "list";
    if (typeof key === "string") {
      if (kind === "string") throw new TypeError("string indices must be integers, not 'str'");
      throw new TypeError(`${kind} indices must be integers or slices, not str`);
    }
    const items = typeof value === "string" ? Array.from(value) : value;
    if (key >= items.length) throw new IndexError(`${kind} index out of range`);
    return items[key];
  }
  if (value instanceof Map) {
    if (!value.has(key)) throw new KeyError(key);
    return value.get(key);
  }
  if (typeof value === "object" && value !== null) {
    const getter = dunder(value, "__getitem__");
    if (getter !== undefined) return getter.call(value, key);
    if (Object.hasOwn(value, String(key))) return (value as Record<string, unknown>)[String(key)];
    throw new KeyError(key);
  }
  throw new TypeError(`'${typeName(value)}' object is not subscriptable`);
}

/** Resolves a field name like `0[1].name` to its value (CPython `get_field_object`). */
function fieldValue(state: FormatState, name: string): [unknown, Hint] {
  let end = 0;
  while (end < name.length && name[end] !== "." && name[end] !== "[") end++;
  const first = name.slice(0, end);
  let value: unknown;
  let hint: Hint;
  if (first === "") {
    [value, hint] = positional(state, state.autoIndex());
  } else if (DIGITS.test(first)) {
    state.manualIndex();
    [value, hint] = positional(state, Number(first));
  } else {
    [value, hint] = keyword(state, first);
  }
  let pos = end;
  while (pos < name.length) {
    if (name[pos] === ".") {
      let stop = pos + 1;
      while (stop < name.length && name[stop] !== "." && name[stop] !== "[") stop++;
      const attr = name.slice(pos + 1, stop);
      if (attr === "") throw new ValueError("Empty attribute in format string");
      value = getAttribute(value, attr);
      hint = UNKNOWN_HINT;
      pos = stop;
    } else {
      const close = name.indexOf("]", pos + 1);
      if (close < 0) throw new ValueError("Missing ']' in format string");
      const text = name.slice(pos + 1, close);
      if (text === "") throw new ValueError("Empty attribute in format string");
      const key = DIGITS.test(text) ? Number(text) : text;
      value = getItem(value, key, hint);
      hint = hint.kind === "dict" ? hint.value : itemHint(hint, typeof key === "number" ? key : 0);
      pos = close + 1;
      if (pos < name.length && name[pos] !== "." && name[pos] !== "[") {
        throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
  }
  return [value, hint];
}

interface Field {
  readonly name: string;
  readonly conversion: string;
  readonly spec: string;
  readonly specNeedsExpanding: boolean;
  readonly end: number;
}

/** Parses the field starting after its `{` at `pos` (CPython `parse_field`). */
function parseField(fmt: string, pos: number): Field {
  const start = pos;
  let c = "";
  while (pos < fmt.length) {
    c = fmt[pos++]!;
    if (c === "{") throw new ValueError("unexpected '{' in field name");
    if (c === "[") {
      while (pos < fmt.length && fmt[pos] !== "]") pos++;
      continue;
    }
    if (c === "}" || c === ":" || c === "!") break;
  }
  const name = fmt.slice(start, pos - 1);
  if (c !== "!" && c !== ":") {
    if (c !== "}") throw new ValueError("expected '}' before end of string");
    return { name, conversion: "", spec: "", specNeedsExpanding: false, end: pos };
  }
  let conversion = "";
  if (c === "!") {
    if (pos >= fmt.length) throw new ValueError("end of string while looking for conversion specifier");
    conversion = String.fromCodePoint(fmt.codePointAt(pos)!);
    pos += conversion.length;
    if (pos < fmt.length) {
      const after = fmt[pos++];
      if (after === "}") return { name, conversion, spec: "", specNeedsExpanding: false, end: pos };
      if (after !== ":") throw new ValueError("expected ':' after conversion specifier");
    }
  }
  const specStart = pos;
  let depth = 1;
  let needsExpanding = false;
  while (pos < fmt.length) {
    const ch = fmt[pos++];
    if (ch === "{") {
      needsExpanding = true;
      depth++;
    } else if (ch === "}" && --depth === 0) {
      return { name, conversion, spec: fmt.slice(specStart, pos - 1), specNeedsExpanding: needsExpanding, end: pos };
    }
  }
  throw new ValueError("unmatched '{' in format spec");
}

function render(field: Field, state: FormatState, depth: number): string {
  const [value, hint] = fieldValue(state, field.name);
  const spec = field.specNeedsExpanding ? build(field.spec, state, depth - 1) : field.spec;
  switch (field.conversion) {
    case "":
      return formatHinted(value, spec, hint);
    case "r":
      return formatHinted(reprHinted(value, hint), spec, UNKNOWN_HINT);
    case "s":
      return formatHinted(strHinted(value, hint), spec, UNKNOWN_HINT);
    case "a":
      return formatHinted(escapeNonAscii(reprHinted(value, hint)), spec, UNKNOWN_HINT);
    default:
      throw new ValueError(`Unknown conversion specifier ${field.conversion}`);
  }
}

function build(fmt: string, state: FormatState, depth: number): string {
  if (depth <= 0) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let pos = 0;
  while (pos < fmt.length) {
    let i = pos;
    while (i < fmt.length && fmt[i] !== "{" && fmt[i] !== "}") i++;
    out += fmt.slice(pos, i);
    if (i >= fmt.length) break;
    const c = fmt[i]!;
    const atEnd = i + 1 >= fmt.length;
    if (c === "}" && (atEnd || fmt[i + 1] !== "}")) throw new ValueError("Single '}' encountered in format string");
    if (atEnd && c === "{") throw new ValueError("Single '{' encountered in format string");
    if (fmt[i + 1] === c) {
      out += c;
      pos = i + 2;
      continue;
    }
    const field = parseField(fmt, i + 1);
    out += render(field, state, depth);
    pos = field.end;
  }
  return out;
}

/**
 * Python `fmt.format(*args, **kwargs)`. `kwargs` may be a Map or a plain
 * object; `hints` optionally gives the static types of the arguments
 * (`{ args: ["float"] }`) so that `"{}".format(2.0)` renders `2.0`.
 */
export function strFormat(fmt: string, args: readonly unknown[], kwargs?: Kwargs, hints?: StrFormatHints): string {
  return build(fmt, new FormatState(args, kwargs, hints), 2);
}
