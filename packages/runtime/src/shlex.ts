/**
 * Python's `shlex.split` (POSIX mode, whitespace-split, as `shlex.split`
 * configures its lexer), `shlex.join` and `shlex.quote`, ported from
 * CPython 3.11 with the same errors (`No closing quotation`, `No escaped
 * character`).
 */
import { ValueError } from "./exceptions.js";

const WHITESPACE = " \t\r\n";
const QUOTES = "'\"";

/** Python `shlex.split(s, comments=False, posix=True)` (POSIX mode only). */
export function shlexSplit(s: string, comments = false): string[] {
  const tokens: string[] = [];
  const chars = [...s];
  let i = 0;
  const next = (): string => (i < chars.length ? chars[i++]! : "");
  const skipLine = () => {
    while (i < chars.length && chars[i] !== "\n") i++;
    if (i < chars.length) i++;
  };
  const isComment = (c: string) => comments && c === "#";
  let state: string | null = " ";
  while (state !== null) {
    let token = "";
    let quoted = false;
    let escapedState = " ";
    for (;;) {
      const c = next();
      if (state === " ") {
        if (!c) {
          state = null;
          break;
        } else if (WHITESPACE.includes(c)) {
          if (token || quoted) break;
          continue;
        } else if (isComment(c)) {
          skipLine();
        } else if (c === "\\") {
          escapedState = "a";
          state = c;
        } else if (QUOTES.includes(c)) {
          state = c;
        } else {
          token = c;
          state = "a";
        }
      } else if (QUOTES.includes(state)) {
        quoted = true;
        if (!c) throw new ValueError("No closing quotation");
        if (c === state) state = "a";
        else if (c === "\\" && state === '"') {
          escapedState = state;
          state = c;
        } else token += c;
      } else if (state === "\\") {
        if (!c) throw new ValueError("No escaped character");
        if (QUOTES.includes(escapedState) && c !== state && c !== escapedState) token += state;
        token += c;
        state = escapedState;
      } else {
        // state "a": inside a word
        if (!c) {
          state = null;
          break;
        } else if (WHITESPACE.includes(c)) {
          state = " ";
          if (token || quoted) break;
          continue;
        } else if (isComment(c)) {
          skipLine();
          state = " ";
          if (token || quoted) break;
          continue;
        } else if (QUOTES.includes(c)) {
          state = c;
        } else if (c === "\\") {
          escapedState = "a";
          state = c;
        } else {
          token += c;
        }
      }
    }
    if (quoted || token !== "") tokens.push(token);
  }
  return tokens;
}

const UNSAFE = /[^\w@%+=:,./-]/;

/** Python `shlex.quote(s)`. */
export function shlexQuote(s: string): string {
  if (!s) return "''";
  if (!UNSAFE.test(s)) return s;
  return "'" + s.replace(/'/g, "'\"'\"'") + "'";
}

/** Python `shlex.join(split_command)`. */
export function shlexJoin(splitCommand: Iterable<string>): string {
  return Array.from(splitCommand, shlexQuote).join(" ");
}
