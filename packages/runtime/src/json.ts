/**
 * Python's `json` module: `dumps`/`dump` with Python's exact output (`", "`
 * and `": "` separators, `indent`, `sort_keys`, `ensure_ascii`, float repr,
 * `NaN`/`Infinity`), and `loads`/`load` with Python's decoder (objects become
 * insertion-ordered `Map`s, `NaN`/`Infinity` accepted) and its exact
 * `JSONDecodeError` messages.
 */
import { compareStrings } from "./comparison.js";
import { TypeError, ValueError } from "./exceptions.js";
import { floatRepr } from "./float-format.js";
import { type Hint, itemHint, parseHint, resolveHint, UNKNOWN_HINT } from "./hints.js";
import { typeName } from "./repr.js";

/** `json.JSONDecodeError(msg, doc, pos)`: `Expecting value: line 1 column 1 (char 0)`. */
export class JSONDecodeError extends ValueError {
  msg: string;
  doc: string;
  pos: number;
  lineno: number;
  colno: number;
  constructor(msg: string, doc: string, pos: number) {
    const before = doc.slice(0, pos);
    const lineno = before.split("\n").length;
    const colno = pos - (before.lastIndexOf("\n") + 1) + 1;
    super(`${msg}: line ${lineno} column ${colno} (char ${pos})`);
    this.msg = msg;
    this.doc = doc;
    this.pos = pos;
    this.lineno = lineno;
    this.colno = colno;
  }
}

export interface DumpsOptions {
  indent?: number | string | null;
  sort_keys?: boolean;
  ensure_ascii?: boolean;
  separators?: readonly [string, string] | null;
  default?: ((o: unknown) => unknown) | null;
  allow_nan?: boolean;
  /** The static Python type of the value (int and float are both JS numbers). */
  hint?: string;
}

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function encodeString(s: string, ensureAscii: boolean): string {
  const pattern = ensureAscii ? /["\\\x00-\x1f\u007f-\uffff]/g : /["\\\x00-\x1f]/g;
  return `"${s.replace(pattern, (ch) => ESCAPES[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}

function encodeFloat(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) throw new ValueError(`Out of range float values are not JSON compliant: ${floatRepr(x)}`);
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function encodeNumber(x: number, hint: Hint, allowNan: boolean): string {
  const resolved = resolveHint(hint, x);
  if (resolved.kind !== "float" && Number.isInteger(x) && !Object.is(x, -0)) return String(x).includes("e") ? BigInt(x).toString() : String(x);
  return encodeFloat(x, allowNan);
}

function encodeKey(key: unknown, hint: Hint, allowNan: boolean): string | null {
  if (typeof key === "string") return key;
  if (typeof key === "number") return encodeNumber(key, hint, allowNan);
  if (typeof key === "boolean") return key ? "true" : "false";
  if (key === null || key === undefined) return "null";
  return null;
}

class Encoder {
  private readonly indent: string | null;
  private readonly itemSep: string;
  private readonly keySep: string;
  private readonly seen = new Set<object>();

  constructor(private readonly o: DumpsOptions) {
    this.indent = o.indent === null || o.indent === undefined ? null : typeof o.indent === "number" ? " ".repeat(Math.max(0, o.indent)) : o.indent;
    const [itemSep, keySep] = o.separators ?? (this.indent === null ? [", ", ": "] : [",", ": "]);
    this.itemSep = itemSep;
    this.keySep = keySep;
  }

  encode(x: unknown, hint: Hint, level: number): string {
    const allowNan = this.o.allow_nan ?? true;
    if (x === null || x === undefined) return "null";
    if (x === true) return "true";
    if (x === false) return "false";
    if (typeof x === "string") return encodeString(x, this.o.ensure_ascii ?? true);
    if (typeof x === "number") return encodeNumber(x, hint, allowNan);
    if (typeof x === "bigint") return x.toString();
    if (Array.isArray(x)) return this.container(x, "[", "]", level, () => x.map((item, i) => this.encode(item, itemHint(hint, i), level + 1)));
    if (x instanceof Map) return this.container(x, "{", "}", level, () => this.entries(x, hint, level));
    if (this.o.default) return this.encode(this.o.default(x), UNKNOWN_HINT, level);
    throw new TypeError(`Object of type ${typeName(x)} is not JSON serializable`);
  }

  private entries(m: Map<unknown, unknown>, hint: Hint, level: number): string[] {
    const resolved = resolveHint(hint, m);
    const keyHint = resolved.kind === "dict" ? resolved.key : UNKNOWN_HINT;
    const valueHint = resolved.kind === "dict" ? resolved.value : UNKNOWN_HINT;
    let items = [...m.entries()];
    if (this.o.sort_keys) {
      items = items.sort(([a], [b]) => {
        if (typeof a === "string" && typeof b === "string") return compareStrings(a, b);
        if (typeof a === "number" && typeof b === "number") return a - b;
        throw new TypeError(`'<' not supported between instances of '${typeName(b)}' and '${typeName(a)}'`);
      });
    }
    const out: string[] = [];
    for (const [key, value] of items) {
      const text = encodeKey(key, keyHint, this.o.allow_nan ?? true);
      // an array used as a dict key is a tuple
      if (text === null) throw new TypeError(`keys must be str, int, float, bool or None, not ${Array.isArray(key) ? "tuple" : typeName(key)}`);
      out.push(encodeString(text, this.o.ensure_ascii ?? true) + this.keySep + this.encode(value, valueHint, level + 1));
    }
    return out;
  }

  private container(x: object, open: string, close: string, level: number, items: () => string[]): string {
    if (this.seen.has(x)) throw new ValueError("Circular reference detected");
    this.seen.add(x);
    try {
      const parts = items();
      if (parts.length === 0) return open + close;
      if (this.indent === null) return open + parts.join(this.itemSep) + close;
      const inner = "\n" + this.indent.repeat(level + 1);
      return open + inner + parts.join(this.itemSep + inner) + "\n" + this.indent.repeat(level) + close;
    } finally {
      this.seen.delete(x);
    }
  }
}

/** `json.dumps(obj, ...)`. */
export function dumps(obj: unknown, options: DumpsOptions = {}): string {
  return new Encoder(options).encode(obj, parseHint(options.hint), 0);
}

/** `json.dump(obj, fp, ...)`: writes `dumps(obj)` to a file object. */
export function dump(obj: unknown, fp: { write(s: string): unknown }, options: DumpsOptions = {}): void {
  fp.write(dumps(obj, options));
}

/** A decoded JSON value, as Python sees it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | Map<string, JsonValue>;

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;
const STRING_CHUNK = /[^"\\\x00-\x1f]*/y;

class Decoder {
  pos = 0;
  constructor(private readonly s: string) {}

  private fail(msg: string, pos = this.pos): never {
    throw new JSONDecodeError(msg, this.s, pos);
  }

  ws(): void {
    WS.lastIndex = this.pos;
    WS.exec(this.s);
    this.pos = WS.lastIndex;
  }

  value(): JsonValue {
    const s = this.s;
    const ch = s[this.pos];
    if (ch === '"') return this.string();
    if (ch === "{") return this.object();
    if (ch === "[") return this.array();
    for (const [word, value] of [["null", null], ["true", true], ["false", false], ["NaN", NaN], ["Infinity", Infinity], ["-Infinity", -Infinity]] as const) {
      if (s.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(s);
    if (m) {
      this.pos = NUMBER.lastIndex;
      return Number(m[0]);
    }
    return this.fail("Expecting value");
  }

  private string(): string {
    const s = this.s;
    const begin = this.pos;
    this.pos++;
    let out = "";
    for (;;) {
      STRING_CHUNK.lastIndex = this.pos;
      out += STRING_CHUNK.exec(s)![0];
      this.pos = STRING_CHUNK.lastIndex;
      const ch = s[this.pos];
      if (ch === undefined) this.fail("Unterminated string starting at", begin);
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch !== "\\") this.fail("Invalid control character at");
      const esc = s[this.pos + 1];
      if (esc === undefined) this.fail("Unterminated string starting at", begin);
      const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
      if (esc in simple) {
        out += simple[esc];
        this.pos += 2;
        continue;
      }
      if (esc !== "u") this.fail("Invalid \\escape", this.pos);
      const code = this.hex4(this.pos + 2);
      this.pos += 6;
      if (code >= 0xd800 && code <= 0xdbff && s.startsWith("\\u", this.pos)) {
        const low = this.hex4(this.pos + 2);
        if (low >= 0xdc00 && low <= 0xdfff) {
          out += String.fromCharCode(code, low);
          this.pos += 6;
          continue;
        }
      }
      out += String.fromCharCode(code);
    }
  }

  private hex4(at: number): number {
    const digits = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) this.fail("Invalid \\uXXXX escape", at - 1);
    return parseInt(digits, 16);
  }

  private object(): Map<string, JsonValue> {
    const out = new Map<string, JsonValue>();
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      return out;
    }
    for (;;) {
      if (this.s[this.pos] !== '"') this.fail("Expecting property name enclosed in double quotes");
      const key = this.string();
      this.ws();
      if (this.s[this.pos] !== ":") this.fail("Expecting ':' delimiter");
      this.pos++;
      this.ws();
      out.set(key, this.value());
      this.ws();
      const ch = this.s[this.pos];
      if (ch === "}") {
        this.pos++;
        return out;
      }
      if (ch !== ",") this.fail("Expecting ',' delimiter");
      this.pos++;
      this.ws();
      if (this.s[this.pos] !== '"') this.fail("Expecting property name enclosed in double quotes");
    }
  }

  private array(): JsonValue[] {
    const out: JsonValue[] = [];
    this.pos++;
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.ws();
      const ch = this.s[this.pos];
      if (ch === "]") {
        this.pos++;
        return out;
      }
      if (ch !== ",") this.fail("Expecting ',' delimiter");
      this.pos++;
      this.ws();
    }
  }
}

/** `json.loads(s)`. */
export function loads(s: string | Uint8Array): JsonValue {
  const text = typeof s === "string" ? s : new TextDecoder().decode(s);
  if (typeof s === "string" && s.startsWith("\ufeff")) throw new JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0);
  const d = new Decoder(text);
  d.ws();
  const value = d.value();
  d.ws();
  if (d.pos !== text.length) throw new JSONDecodeError("Extra data", text, d.pos);
  return value;
}

/** `json.load(fp)`: `loads(fp.read())`. */
export function load(fp: { read(): string }): JsonValue {
  return loads(fp.read());
}
