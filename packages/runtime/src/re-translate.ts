/**
 * Translation of Python `re` pattern syntax (str patterns, Python 3.11) into
 * JavaScript `RegExp` source with the `u` flag. Semantics that differ are
 * rewritten so the JavaScript pattern matches exactly what Python's does:
 * `\d`/`\w`/`\s` are Unicode classes as in Python, `.` excludes only `\n`,
 * `$` also matches before a final newline, `^`/`$` under MULTILINE only see
 * `\n`, `\b` uses Unicode word characters, `\Z` is end of string. Constructs
 * JavaScript cannot express (scoped inline flags, conditionals, atomic groups,
 * possessive quantifiers) raise `re.error` naming the construct, never match
 * differently.
 */
import { ValueError } from "./exceptions.js";

/** Python's `re` flag values. */
export const ReFlag = { I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, A: 256 } as const;

/** Python's `re.error` (`re.PatternError` in 3.13); a ValueError subclass. */
export class ReError extends ValueError {
  msg: string;
  pattern: string | null;
  pos: number | null;
  constructor(msg: string, pattern: string | null = null, pos: number | null = null) {
    super(pos === null ? msg : `${msg} at position ${pos}`);
    this.msg = msg;
    this.pattern = pattern;
    this.pos = pos;
  }
}
Object.defineProperty(ReError, "name", { value: "error" });

export interface TranslatedPattern {
  source: string;
  /** JavaScript flags (always includes `u`, plus `i`/`s`). */
  flags: string;
  /** Python flags after inline `(?aiLmsux)` groups are applied. */
  pyFlags: number;
  groups: number;
  groupIndex: Map<string, number>;
}

const WORD = String.raw`\p{L}\p{N}_`;
const SPACE = String.raw` \t\n\r\f\v\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const SYNTAX = new Set("^$\\.*+?()[]{}|/");

function literalChar(ch: string, inClass: boolean): string {
  if (SYNTAX.has(ch) || (inClass && ch === "-")) return "\\" + ch;
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, "0")}`;
  return ch;
}

function escapeOfCode(code: number, inClass: boolean): string {
  if (code > 0x10ffff) throw new Error("code point out of range");
  return code < 0x80 ? literalChar(String.fromCharCode(code), inClass) : `\\u{${code.toString(16)}}`;
}

class PatternTranslator {
  private pos = 0;
  private out = "";
  private groups = 0;
  private readonly groupIndex = new Map<string, number>();
  private readonly openGroups: number[] = [];
  /** Flags to restore when a scoped-flags group `(?a:...)` closes, by the position of its opening. */
  private readonly scopedFlags = new Map<number, number>();
  private flags: number;

  constructor(
    private readonly pattern: string,
    flags: number,
  ) {
    this.flags = flags;
  }

  private error(msg: string, pos = this.pos): never {
    throw new ReError(msg, this.pattern, pos);
  }

  private has(flag: number): boolean {
    return (this.flags & flag) !== 0;
  }

  private peek(offset = 0): string | undefined {
    return this.pattern[this.pos + offset];
  }

  translate(): TranslatedPattern {
    this.leadingFlags();
    let lastAtomStart = -1;
    while (this.pos < this.pattern.length) {
      const start = this.pos;
      const ch = this.pattern[this.pos]!;
      if (this.has(ReFlag.X) && this.skipVerbose()) continue;
      if ("*+?{".includes(ch)) {
        const quantifier = this.quantifier();
        if (quantifier !== null) {
          if (lastAtomStart < 0) this.error("nothing to repeat", start);
          this.out += quantifier;
          lastAtomStart = -1;
          continue;
        }
      }
      const atomOut = this.out.length;
      const atom = this.atom();
      lastAtomStart = atom ? atomOut : -1;
    }
    if (this.openGroups.length > 0) this.error("missing ), unterminated subpattern", this.openGroups[this.openGroups.length - 1]);
    let jsFlags = "u";
    if (this.has(ReFlag.I)) jsFlags += "i";
    if (this.has(ReFlag.S)) jsFlags += "s";
    return { source: this.out, flags: jsFlags, pyFlags: this.flags, groups: this.groups, groupIndex: this.groupIndex };
  }

  /** Global inline flags at the start: `(?i)`, `(?mx)`. */
  private leadingFlags(): void {
    const m = /^\(\?([aiLmsux]+)\)/.exec(this.pattern.slice(this.pos));
    if (!m) return;
    for (const f of m[1]!) this.flags |= ReFlag[f.toUpperCase() as keyof typeof ReFlag];
    this.pos += m[0].length;
    this.leadingFlags();
  }

  private skipVerbose(): boolean {
    const ch = this.pattern[this.pos]!;
    if (/\s/.test(ch)) {
      this.pos++;
      return true;
    }
    if (ch === "#") {
      while (this.pos < this.pattern.length && this.pattern[this.pos] !== "\n") this.pos++;
      return true;
    }
    return false;
  }

  /** A quantifier at the current position, or null when `{` is a literal. */
  private quantifier(): string | null {
    const ch = this.pattern[this.pos]!;
    let q: string;
    if (ch === "{") {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.pattern.slice(this.pos));
      if (!m || (m[1] === "" && m[2] === "")) return null;
      const min = m[1] === "" ? "0" : m[1]!;
      if (m[3] !== "" && Number(m[3]) < Number(min)) this.error("min repeat greater than max repeat", this.pos + 1);
      q = m[2] === "" ? `{${min}}` : `{${min},${m[3]}}`;
      this.pos += m[0].length;
    } else {
      q = ch;
      this.pos++;
    }
    if (this.peek() === "?") {
      q += "?";
      this.pos++;
    } else if (this.peek() === "+") {
      this.error("possessive quantifiers are not supported by the translation");
    }
    if (this.peek() !== undefined && "*+?".includes(this.peek()!)) this.error("multiple repeat");
    return q;
  }

  /** Emits one atom; returns whether it can be quantified. */
  private atom(): boolean {
    const ch = this.pattern[this.pos]!;
    switch (ch) {
      case "(":
        return this.group();
      case ")": {
        if (this.openGroups.length === 0) this.error("unbalanced parenthesis");
        const opened = this.openGroups.pop()!;
        const restore = this.scopedFlags.get(opened);
        if (restore !== undefined) {
          this.flags = restore;
          this.scopedFlags.delete(opened);
        }
        this.out += ")";
        this.pos++;
        return true;
      }
      case "[":
        this.characterClass();
        return true;
      case "\\":
        return this.escape(false);
      case ".":
        this.out += this.has(ReFlag.S) ? "[\\s\\S]" : "[^\\n]";
        this.pos++;
        return true;
      case "^":
        this.out += this.has(ReFlag.M) ? "(?:(?<![\\s\\S])|(?<=\\n))" : "(?<![\\s\\S])";
        this.pos++;
        return false;
      case "$":
        this.out += this.has(ReFlag.M) ? "(?=\\n|(?![\\s\\S]))" : "(?=\\n?(?![\\s\\S]))";
        this.pos++;
        return false;
      case "|":
        this.out += "|";
        this.pos++;
        return false;
      default: {
        const cp = this.pattern.codePointAt(this.pos)!;
        const text = String.fromCodePoint(cp);
        this.out += literalChar(text, false);
        this.pos += text.length;
        return true;
      }
    }
  }

  private group(): boolean {
    const start = this.pos;
    const rest = this.pattern.slice(this.pos);
    if (!rest.startsWith("(?")) {
      this.groups++;
      this.openGroups.push(start);
      this.out += "(";
      this.pos++;
      return true;
    }
    const named = /^\(\?P<([^>]*)>/.exec(rest);
    if (named) {
      const name = named[1]!;
      if (!/^[^\d\W]\w*$/u.test(name)) this.error(`bad character in group name '${name}'`, start + 4);
      if (this.groupIndex.has(name)) this.error(`redefinition of group name '${name}' as group ${this.groups + 1}; was group ${this.groupIndex.get(name)}`, start + 4);
      this.groups++;
      this.groupIndex.set(name, this.groups);
      this.openGroups.push(start);
      this.out += `(?<${name}>`;
      this.pos += named[0].length;
      return true;
    }
    const backref = /^\(\?P=([^)]*)\)/.exec(rest);
    if (backref) {
      const name = backref[1]!;
      if (!this.groupIndex.has(name)) this.error(`unknown group name '${name}'`, start + 4);
      this.out += `\\k<${name}>`;
      this.pos += backref[0].length;
      return true;
    }
    for (const [prefix, js] of [["(?:", "(?:"], ["(?=", "(?="], ["(?!", "(?!"], ["(?<=", "(?<="], ["(?<!", "(?<!"]] as const) {
      if (rest.startsWith(prefix)) {
        this.openGroups.push(start);
        this.out += js;
        this.pos += prefix.length;
        return prefix === "(?:";
      }
    }
    if (rest.startsWith("(?#")) {
      const close = this.pattern.indexOf(")", this.pos);
      if (close < 0) this.error("missing ), unterminated comment", start);
      this.pos = close + 1;
      return false;
    }
    if (/^\(\?[aiLmsux]*\)/.test(rest)) this.error("global flags not at the start of the expression", start);
    // flags the translation itself implements (ASCII classes, `.`, `^`/`$`, verbose) can be scoped; `i` is a flag of the whole JS regex
    const scoped = /^\(\?([asmxu]*)(?:-([smx]+))?:/.exec(rest);
    if (scoped && (scoped[1] || scoped[2])) {
      this.openGroups.push(start);
      this.scopedFlags.set(start, this.flags);
      for (const f of scoped[1]!) this.flags |= ReFlag[f.toUpperCase() as keyof typeof ReFlag];
      for (const f of scoped[2] ?? "") this.flags &= ~ReFlag[f.toUpperCase() as keyof typeof ReFlag];
      if (scoped[1]!.includes("u")) this.flags &= ~ReFlag.A;
      this.out += "(?:";
      this.pos += scoped[0].length;
      return true;
    }
    if (/^\(\?[-aiLmsux]+:/.test(rest)) this.error("scoped inline flags '(?flags:...)' other than a, s, m, x, u are not supported by the translation", start);
    if (rest.startsWith("(?(")) this.error("conditional groups are not supported by the translation", start);
    if (rest.startsWith("(?>")) this.error("atomic groups are not supported by the translation", start);
    this.error(`unknown extension ${rest.slice(0, 3)}`, start + 1);
  }

  private characterClass(): void {
    const start = this.pos;
    this.pos++;
    let body = "";
    if (this.peek() === "^") {
      body += "^";
      this.pos++;
    }
    let first = true;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.error("unterminated character set", start);
      if (ch === "]" && !first) break;
      first = false;
      const itemStart = this.pos;
      const low = this.classItem();
      if (this.peek() === "-" && this.peek(1) !== undefined && this.peek(1) !== "]") {
        this.pos++;
        const high = this.classItem();
        if (low.code === null || high.code === null) this.error(`bad character range ${this.pattern.slice(itemStart, this.pos)}`, itemStart);
        if (high.code < low.code) this.error(`bad character range ${this.pattern.slice(itemStart, this.pos)}`, itemStart);
        body += `${low.text}-${high.text}`;
      } else {
        body += low.text;
      }
    }
    this.pos++;
    this.out += `[${body}]`;
  }

  /** One member of a character class: a single character (with its code) or a class escape. */
  private classItem(): { text: string; code: number | null } {
    const ch = this.peek()!;
    if (ch === "\\") {
      const text = this.classEscape();
      const single = /^\\x([0-9a-f]{2})$|^\\u\{([0-9a-f]+)\}$/.exec(text);
      if (single) return { text, code: parseInt(single[1] ?? single[2]!, 16) };
      if (text.length === 1 || (text.length === 2 && text[0] === "\\" && !/[A-Za-z]/.test(text[1]!))) {
        return { text, code: text.codePointAt(text.length - 1)! };
      }
      if (text === "\\n" || text === "\\t" || text === "\\r" || text === "\\f" || text === "\\v") {
        return { text, code: { n: 10, t: 9, r: 13, f: 12, v: 11 }[text[1] as "n" | "t" | "r" | "f" | "v"] };
      }
      return { text, code: null };
    }
    const cp = this.pattern.codePointAt(this.pos)!;
    const text = String.fromCodePoint(cp);
    this.pos += text.length;
    return { text: literalChar(text, true), code: cp };
  }

  /** An escape inside a character class. */
  private classEscape(): string {
    const next = this.peek(1);
    if (next === undefined) this.error("bad escape (end of pattern)");
    const simple = this.commonEscape(true);
    if (simple !== null) return simple;
    switch (next) {
      case "b":
        this.pos += 2;
        return "\\x08";
      case "D":
      case "S":
      case "W":
        if (!this.has(ReFlag.A) && next !== "D") this.error(`\\${next} inside a character class is not supported by the translation`);
        this.pos += 2;
        return next === "D" ? (this.has(ReFlag.A) ? "\\D" : "\\P{Nd}") : `\\${next}`;
      default:
        if (/[A-Za-z0-9]/.test(next)) this.error(`bad escape \\${next}`);
        this.pos += 2;
        return literalChar(next, true);
    }
  }

  /** Escapes valid both inside and outside classes; null when not one of them. */
  private commonEscape(inClass: boolean): string | null {
    const next = this.peek(1)!;
    const ascii = this.has(ReFlag.A);
    const take = (n: number, s: string): string => {
      this.pos += n;
      return s;
    };
    switch (next) {
      case "d":
        return take(2, ascii ? (inClass ? "0-9" : "[0-9]") : "\\p{Nd}");
      case "w":
        return take(2, ascii ? (inClass ? "A-Za-z0-9_" : "[A-Za-z0-9_]") : inClass ? WORD : `[${WORD}]`);
      case "s":
        return take(2, ascii ? (inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]") : inClass ? SPACE : `[${SPACE}]`);
      case "n":
        return take(2, "\\n");
      case "t":
        return take(2, "\\t");
      case "r":
        return take(2, "\\r");
      case "f":
        return take(2, "\\f");
      case "v":
        return take(2, "\\v");
      case "a":
        return take(2, "\\x07");
      case "\\":
        return take(2, "\\\\");
      case "x": {
        const m = /^[0-9a-fA-F]{2}/.exec(this.pattern.slice(this.pos + 2));
        if (!m) this.error(`incomplete escape \\x${this.pattern.slice(this.pos + 2, this.pos + 4)}`);
        return take(4, escapeOfCode(parseInt(m[0], 16), inClass));
      }
      case "u":
      case "U": {
        const len = next === "u" ? 4 : 8;
        const digits = this.pattern.slice(this.pos + 2, this.pos + 2 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(digits)) this.error(`incomplete escape \\${next}${digits}`);
        const code = parseInt(digits, 16);
        if (code > 0x10ffff) this.error(`bad escape \\${next}${digits}`);
        return take(2 + len, escapeOfCode(code, inClass));
      }
      case "0": {
        const m = /^0[0-7]{0,2}/.exec(this.pattern.slice(this.pos + 1))!;
        return take(1 + m[0].length, escapeOfCode(parseInt(m[0], 8), inClass));
      }
      case "N":
        this.error("\\N{...} escapes are not supported by the translation");
      default:
        return null;
    }
  }

  /** An escape outside a class; returns whether it is quantifiable. */
  private escape(inClass: boolean): boolean {
    const next = this.peek(1);
    if (next === undefined) this.error("bad escape (end of pattern)");
    const common = this.commonEscape(inClass);
    if (common !== null) {
      this.out += common;
      return true;
    }
    const ascii = this.has(ReFlag.A);
    const w = ascii ? "[A-Za-z0-9_]" : `[${WORD}]`;
    switch (next) {
      case "D":
        this.out += ascii ? "[^0-9]" : "\\P{Nd}";
        break;
      case "W":
        this.out += ascii ? "[^A-Za-z0-9_]" : `[^${WORD}]`;
        break;
      case "S":
        this.out += ascii ? "[^ \\t\\n\\r\\f\\v]" : `[^${SPACE}]`;
        break;
      case "b":
        this.out += `(?:(?<=${w})(?!${w})|(?<!${w})(?=${w}))`;
        this.pos += 2;
        return false;
      case "B":
        this.out += `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
        this.pos += 2;
        return false;
      case "A":
        this.out += "(?<![\\s\\S])";
        this.pos += 2;
        return false;
      case "Z":
        this.out += "(?![\\s\\S])";
        this.pos += 2;
        return false;
      default: {
        if (/[1-9]/.test(next)) {
          const m = /^[1-9][0-9]?/.exec(this.pattern.slice(this.pos + 1))!;
          const n = Number(m[0]);
          if (n > this.groups || this.openGroups.length > 0 && n === this.groups) {
            if (n > this.groups) this.error(`invalid group reference ${n}`, this.pos + 1);
            this.error("cannot refer to an open group", this.pos);
          }
          this.out += `(?:\\${n})`;
          this.pos += 1 + m[0].length;
          return true;
        }
        if (/[A-Za-z0-9]/.test(next)) this.error(`bad escape \\${next}`);
        const cp = this.pattern.codePointAt(this.pos + 1)!;
        const text = String.fromCodePoint(cp);
        this.out += literalChar(text, false);
        this.pos += 1 + text.length;
        return true;
      }
    }
    this.pos += 2;
    return true;
  }
}

/** Translates a Python pattern; throws `ReError` for invalid or untranslatable patterns. */
export function translatePattern(pattern: string, flags = 0): TranslatedPattern {
  if ((flags & ReFlag.L) !== 0) throw new ReError("cannot use LOCALE flag with a str pattern");
  return new PatternTranslator(pattern, flags).translate();
}
