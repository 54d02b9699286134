/**
 * Python's `re` module on JavaScript regular expressions: `compile`,
 * `search`/`match`/`fullmatch` (with pos/endpos), `findall` (tuples of
 * groups), `finditer`, `sub`/`subn` (Python replacement templates `\1`,
 * `\g<name>`, or a function of the match), `split` (captured groups kept),
 * `escape`, and Match objects (`group`, `groups`, `groupdict`, `start`,
 * `end`, `span`, `lastindex`, `lastgroup`, `expand`). Positions are Python
 * code-point offsets. Patterns are translated by `re-translate.ts`.
 */
import { IndexError, TypeError } from "./exceptions.js";
import { repr } from "./repr.js";
import { ReError, ReFlag, translatePattern, type TranslatedPattern } from "./re-translate.js";

export { ReError as error, ReFlag };
export const I = ReFlag.I;
export const IGNORECASE = ReFlag.I;
export const M = ReFlag.M;
export const MULTILINE = ReFlag.M;
export const S = ReFlag.S;
export const DOTALL = ReFlag.S;
export const X = ReFlag.X;
export const VERBOSE = ReFlag.X;
export const A = ReFlag.A;
export const ASCII = ReFlag.A;
export const U = ReFlag.U;
export const UNICODE = ReFlag.U;
export const NOFLAG = 0;

const hasSurrogates = (s: string): boolean => /[\uD800-\uDFFF]/.test(s);

/** UTF-16 offset → code-point offset. */
function toCodePoints(s: string, index: number): number {
  if (!hasSurrogates(s)) return index;
  let n = 0;
  for (let i = 0; i < index; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < index) i++;
    n++;
  }
  return n;
}

/** Code-point offset → UTF-16 offset (clamped to the string). */
function toUnits(s: string, cp: number): number {
  if (!hasSurrogates(s)) return Math.max(0, Math.min(cp, s.length));
  let i = 0;
  let n = 0;
  while (i < s.length && n < Math.max(0, cp)) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    n++;
  }
  return i;
}

type GroupKey = number | string;
type Replacement = string | ((m: Match) => string);

/** A Python match object. */
export class Match {
  readonly string: string;
  readonly re: Pattern;
  readonly pos: number;
  readonly endpos: number;
  readonly #m: RegExpExecArray;

  constructor(re: Pattern, string: string, m: RegExpExecArray, pos: number, endpos: number) {
    this.re = re;
    this.string = string;
    this.#m = m;
    this.pos = pos;
    this.endpos = endpos;
  }

  #index(g: GroupKey): number {
    if (typeof g === "number" && Number.isInteger(g) && g >= 0 && g <= this.re.groups) return g;
    if (typeof g === "string" && this.re.groupindex.has(g)) return this.re.groupindex.get(g)!;
    throw new IndexError("no such group");
  }

  /** `m.group(g)`: the group's text, or None when it did not take part. */
  group(): string;
  group(g: GroupKey): string | null;
  group(...gs: GroupKey[]): string | null | Array<string | null>;
  group(...gs: GroupKey[]): string | null | Array<string | null> {
    if (gs.length === 0) return this.#m[0];
    if (gs.length === 1) return this.#m[this.#index(gs[0]!)] ?? null;
    return gs.map((g) => this.#m[this.#index(g)] ?? null);
  }

  /** `m[g]`. */
  __getitem__(g: GroupKey): string | null {
    return this.group(g);
  }

  groups(): Array<string | null>;
  groups<D>(defaultValue: D): Array<string | D>;
  groups<D>(defaultValue: D | null = null): Array<string | D | null> {
    const out: Array<string | D | null> = [];
    for (let i = 1; i <= this.re.groups; i++) out.push(this.#m[i] ?? defaultValue);
    return out;
  }

  groupdict(): Map<string, string | null>;
  groupdict<D>(defaultValue: D): Map<string, string | D>;
  groupdict<D>(defaultValue: D | null = null): Map<string, string | D | null> {
    const out = new Map<string, string | D | null>();
    for (const [name, i] of this.re.groupindex) out.set(name, this.#m[i] ?? defaultValue);
    return out;
  }

  start(g: GroupKey = 0): number {
    return this.span(g)[0];
  }

  end(g: GroupKey = 0): number {
    return this.span(g)[1];
  }

  span(g: GroupKey = 0): [number, number] {
    const i = this.#index(g);
    const indices = this.#m.indices?.[i];
    if (!indices) return [-1, -1];
    return [toCodePoints(this.string, indices[0]), toCodePoints(this.string, indices[1])];
  }

  get lastindex(): number | null {
    let best: number | null = null;
    let bestEnd = -1;
    for (let i = 1; i <= this.re.groups; i++) {
      const indices = this.#m.indices?.[i];
      // Python's lastindex is the last group *closed*: the one ending last, outermost on ties
      if (indices && (indices[1] > bestEnd || best === null)) {
        best = i;
        bestEnd = indices[1];
      }
    }
    return best;
  }

  get lastgroup(): string | null {
    const last = this.lastindex;
    if (last === null) return null;
    for (const [name, i] of this.re.groupindex) if (i === last) return name;
    return null;
  }

  /** `m.expand(template)`: the template with group references substituted. */
  expand(template: string): string {
    return expandTemplate(parseTemplate(template, this.re), this);
  }

  __repr__(): string {
    const [s, e] = this.span();
    return `<re.Match object; span=(${s}, ${e}), match=${repr(this.#m[0]).slice(0, 50)}>`;
  }

  __bool__(): boolean {
    return true;
  }
}

/** A compiled Python pattern. */
export class Pattern {
  readonly pattern: string;
  readonly flags: number;
  readonly groups: number;
  readonly groupindex: Map<string, number>;
  readonly #translated: TranslatedPattern;
  readonly #search: RegExp;
  readonly #sticky: RegExp;

  constructor(pattern: string, flags = 0) {
    if (typeof pattern !== "string") throw new TypeError("first argument must be string or compiled pattern");
    const t = translatePattern(pattern, flags);
    this.pattern = pattern;
    this.flags = t.pyFlags | ((t.pyFlags & ReFlag.A) === 0 ? ReFlag.U : 0);
    this.groups = t.groups;
    this.groupindex = t.groupIndex;
    this.#translated = t;
    try {
      this.#search = new RegExp(t.source, `${t.flags}gd`);
      this.#sticky = new RegExp(t.source, `${t.flags}yd`);
    } catch (e) {
      throw new ReError(e instanceof Error ? e.message.replace(/^Invalid regular expression: /, "") : String(e), pattern);
    }
  }

  #exec(rx: RegExp, string: string, pos: number, endpos: number | null): Match | null {
    const end = endpos === null ? string.length : toUnits(string, endpos);
    const subject = end < string.length ? string.slice(0, end) : string;
    rx.lastIndex = toUnits(string, pos);
    if (rx.lastIndex > subject.length) return null;
    const m = rx.exec(subject);
    return m ? new Match(this, string, m, pos, endpos ?? toCodePoints(string, string.length)) : null;
  }

  search(string: string, pos = 0, endpos: number | null = null): Match | null {
    return this.#exec(this.#search, string, pos, endpos);
  }

  match(string: string, pos = 0, endpos: number | null = null): Match | null {
    return this.#exec(this.#sticky, string, pos, endpos);
  }

  fullmatch(string: string, pos = 0, endpos: number | null = null): Match | null {
    const t = this.#translated;
    const full = new RegExp(`(?:${t.source})(?![\\s\\S])`, `${t.flags}yd`);
    return this.#exec(full, string, pos, endpos);
  }

  /** All non-overlapping matches, Python's rules for empty matches. */
  *finditer(string: string, pos = 0, endpos: number | null = null): Generator<Match, void, undefined> {
    const end = endpos === null ? string.length : toUnits(string, endpos);
    const subject = end < string.length ? string.slice(0, end) : string;
    const rx = new RegExp(this.#search.source, this.#search.flags);
    rx.lastIndex = toUnits(string, pos);
    while (rx.lastIndex <= subject.length) {
      const m = rx.exec(subject);
      if (!m) return;
      yield new Match(this, string, m, pos, endpos ?? toCodePoints(string, string.length));
      if (m[0] === "") {
        const c = subject.charCodeAt(rx.lastIndex);
        rx.lastIndex += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      }
    }
  }

  findall(string: string, pos = 0, endpos: number | null = null): Array<string | string[]> {
    const out: Array<string | string[]> = [];
    for (const m of this.finditer(string, pos, endpos)) {
      if (this.groups === 0) out.push(m.group());
      else if (this.groups === 1) out.push(m.group(1) ?? "");
      else out.push(m.groups(""));
    }
    return out;
  }

  subn(repl: Replacement, string: string, count = 0): [string, number] {
    const template = typeof repl === "string" ? parseTemplate(repl, this) : null;
    let out = "";
    let last = 0;
    let n = 0;
    for (const m of this.finditer(string)) {
      if (count > 0 && n >= count) break;
      const [s, e] = m.span();
      out += sliceCp(string, last, s);
      out += template ? expandTemplate(template, m) : (repl as (m: Match) => string)(m);
      last = e;
      n++;
    }
    return [out + sliceCp(string, last, null), n];
  }

  sub(repl: Replacement, string: string, count = 0): string {
    return this.subn(repl, string, count)[0];
  }

  split(string: string, maxsplit = 0): Array<string | null> {
    const out: Array<string | null> = [];
    let last = 0;
    let n = 0;
    for (const m of this.finditer(string)) {
      if (maxsplit > 0 && n >= maxsplit) break;
      const [s, e] = m.span();
      out.push(sliceCp(string, last, s));
      out.push(...m.groups());
      last = e;
      n++;
    }
    out.push(sliceCp(string, last, null));
    return out;
  }

  __repr__(): string {
    const flagNames: string[] = [];
    const names: Array<[number, string]> = [
      [ReFlag.I, "re.IGNORECASE"],
      [ReFlag.M, "re.MULTILINE"],
      [ReFlag.S, "re.DOTALL"],
      [ReFlag.X, "re.VERBOSE"],
      [ReFlag.A, "re.ASCII"],
    ];
    for (const [bit, name] of names) if (this.flags & bit) flagNames.push(name);
    const text = repr(this.pattern);
    return flagNames.length ? `re.compile(${text}, ${flagNames.join("|")})` : `re.compile(${text})`;
  }
}

function sliceCp(s: string, from: number, to: number | null): string {
  return s.slice(toUnits(s, from), to === null ? undefined : toUnits(s, to));
}

type TemplatePart = string | number;

const TEMPLATE_ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", f: "\f", v: "\v", a: "\x07", b: "\b", "\\": "\\" };

/** Parses a Python replacement template into literal parts and group numbers. */
function parseTemplate(template: string, re: Pattern): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = "";
  const flush = () => {
    if (literal) parts.push(literal);
    literal = "";
  };
  const group = (n: number, pos: number) => {
    if (n > re.groups) throw new ReError(`invalid group reference ${n}`, template, pos);
    flush();
    parts.push(n);
  };
  for (let i = 0; i < template.length; i++) {
    const ch = template[i]!;
    if (ch !== "\\") {
      literal += ch;
      continue;
    }
    const next = template[i + 1];
    if (next === undefined) throw new ReError("bad escape (end of pattern)", template, i);
    if (next === "g") {
      const m = /^<([^>]*)>/.exec(template.slice(i + 2));
      if (!m) throw new ReError("missing <", template, i + 2);
      const name = m[1]!;
      if (/^\d+$/.test(name)) group(Number(name), i + 3);
      else if (re.groupindex.has(name)) group(re.groupindex.get(name)!, i + 3);
      else throw new IndexError(`unknown group name '${name}'`);
      i += 2 + m[0].length - 1;
      continue;
    }
    if (next === "0") {
      const m = /^0[0-7]{0,2}/.exec(template.slice(i + 1))!;
      literal += String.fromCharCode(parseInt(m[0], 8));
      i += m[0].length;
      continue;
    }
    if (/[1-9]/.test(next)) {
      const m = /^[1-9][0-9]?/.exec(template.slice(i + 1))!;
      group(Number(m[0]), i + 1);
      i += m[0].length;
      continue;
    }
    if (next in TEMPLATE_ESCAPES) {
      literal += TEMPLATE_ESCAPES[next];
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(next)) throw new ReError(`bad escape \\${next}`, template, i);
    literal += "\\" + next;
    i++;
  }
  flush();
  return parts;
}

function expandTemplate(parts: TemplatePart[], m: Match): string {
  return parts.map((p) => (typeof p === "string" ? p : (m.group(p) ?? ""))).join("");
}

const cache = new Map<string, Pattern>();

/** `re.compile(pattern, flags=0)` (a compiled pattern is returned as is). */
export function compile(pattern: string | Pattern, flags = 0): Pattern {
  if (pattern instanceof Pattern) {
    if (flags !== 0) throw new ReError("cannot process flags argument with a compiled pattern");
    return pattern;
  }
  const key = `${flags}:${pattern}`;
  let compiled = cache.get(key);
  if (!compiled) {
    compiled = new Pattern(pattern, flags);
    if (cache.size >= 512) cache.clear();
    cache.set(key, compiled);
  }
  return compiled;
}

export function search(pattern: string | Pattern, string: string, flags = 0): Match | null {
  return compile(pattern, flags).search(string);
}

export function match(pattern: string | Pattern, string: string, flags = 0): Match | null {
  return compile(pattern, flags).match(string);
}

export function fullmatch(pattern: string | Pattern, string: string, flags = 0): Match | null {
  return compile(pattern, flags).fullmatch(string);
}

export function findall(pattern: string | Pattern, string: string, flags = 0): Array<string | string[]> {
  return compile(pattern, flags).findall(string);
}

export function finditer(pattern: string | Pattern, string: string, flags = 0): Generator<Match, void, undefined> {
  return compile(pattern, flags).finditer(string);
}

export function sub(pattern: string | Pattern, repl: Replacement, string: string, count = 0, flags = 0): string {
  return compile(pattern, flags).sub(repl, string, count);
}

export function subn(pattern: string | Pattern, repl: Replacement, string: string, count = 0, flags = 0): [string, number] {
  return compile(pattern, flags).subn(repl, string, count);
}

export function split(pattern: string | Pattern, string: string, maxsplit = 0, flags = 0): Array<string | null> {
  return compile(pattern, flags).split(string, maxsplit);
}

const SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");

/** `re.escape(s)`: Python 3.7+ escapes only regex-special characters. */
export function escape(s: string): string {
  let out = "";
  for (const ch of s) out += SPECIAL.has(ch) ? "\\" + ch : ch;
  return out;
}

export function purge(): void {
  cache.clear();
}
