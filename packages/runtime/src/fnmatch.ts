/**
 * Python's `fnmatch` (CPython 3.11): shell-style patterns (`*`, `?`,
 * `[seq]`, `[!seq]`) compiled to regular expressions the way
 * `fnmatch.translate` does, so edge cases match (`[!]`, `[]-]`, reversed
 * ranges, an unclosed `[`). On POSIX `fnmatch` is case-sensitive, like
 * `fnmatchcase`.
 */
import { type StrPath, fspath } from "./os-errors.js";

type Piece = { star: true } | { star: false; python: string; js: string };

const PY_SPECIAL = /[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/;
/** Characters escaped outside a class (with the `u` flag, `-` must not be escaped there). */
const JS_SPECIAL = /[.*+?^${}()|[\]\\/]/;

function escapePython(c: string): string {
  return PY_SPECIAL.test(c) ? `\\${c}` : c;
}

function escapeJs(c: string): string {
  return JS_SPECIAL.test(c) ? `\\${c}` : c;
}

/** A bracket expression's body, for Python (`translate`) and for a JS class. */
function bracket(pat: string, start: number, end: number): { python: string; js: string } {
  let i = start;
  let chunks: string[];
  const stuff = pat.slice(i, end);
  if (!stuff.includes("-")) {
    chunks = [stuff];
  } else {
    chunks = [];
    let k = pat[i] === "!" ? i + 2 : i + 1;
    for (;;) {
      k = pat.indexOf("-", k);
      if (k < 0 || k >= end) break;
      chunks.push(pat.slice(i, k));
      i = k + 1;
      k = k + 3;
    }
    const chunk = pat.slice(i, end);
    if (chunk) chunks.push(chunk);
    else chunks[chunks.length - 1] += "-";
    for (let k2 = chunks.length - 1; k2 > 0; k2--) {
      if (chunks[k2 - 1]!.slice(-1) > chunks[k2]![0]!) {
        chunks[k2 - 1] = chunks[k2 - 1]!.slice(0, -1) + chunks[k2]!.slice(1);
        chunks.splice(k2, 1);
      }
    }
  }
  const single = chunks.length === 1 && !stuff.includes("-");
  let python = single
    ? stuff.replace(/\\/g, "\\\\")
    : chunks.map((s) => s.replace(/\\/g, "\\\\").replace(/-/g, "\\-")).join("-");
  python = python.replace(/([&~|])/g, "\\$1");
  // the same class for JS (u flag): escape what is special inside a class, keep range hyphens
  const jsChunk = (s: string) => [...s].map((c) => ("\\]^[-".includes(c) ? `\\${c}` : c)).join("");
  let js = single ? jsChunk(stuff) : chunks.map(jsChunk).join("-");
  if (python === "") return { python: "(?!)", js: "(?!)" };
  if (python === "!") return { python: ".", js: "." };
  if (python[0] === "!") {
    python = "^" + python.slice(1);
    js = "^" + js.slice(1);
  } else if (python[0] === "^" || python[0] === "[") {
    python = "\\" + python;
  }
  return { python: `[${python}]`, js: `[${js}]` };
}

function pieces(pat: string): Piece[] {
  const res: Piece[] = [];
  let i = 0;
  const n = pat.length;
  while (i < n) {
    const c = [...pat.slice(i, i + 2)][0]!;
    i += c.length;
    if (c === "*") {
      if (res.length === 0 || !res[res.length - 1]!.star) res.push({ star: true });
    } else if (c === "?") {
      res.push({ star: false, python: ".", js: "." });
    } else if (c === "[") {
      let j = i;
      if (j < n && pat[j] === "!") j++;
      if (j < n && pat[j] === "]") j++;
      while (j < n && pat[j] !== "]") j++;
      if (j >= n) {
        res.push({ star: false, python: "\\[", js: "\\[" });
      } else {
        res.push({ star: false, ...bracket(pat, i, j) });
        i = j + 1;
      }
    } else {
      res.push({ star: false, python: escapePython(c), js: escapeJs(c) });
    }
  }
  return res;
}

/** Python `fnmatch.translate(pat)`: the regular expression (Python syntax) for a pattern. */
export function fnmatchTranslate(pat: string): string {
  const inp = pieces(pat);
  let out = "";
  let i = 0;
  while (i < inp.length && !inp[i]!.star) out += (inp[i++] as { python: string }).python;
  while (i < inp.length) {
    i++;
    if (i === inp.length) {
      out += ".*";
      break;
    }
    let fixed = "";
    while (i < inp.length && !inp[i]!.star) fixed += (inp[i++] as { python: string }).python;
    out += i === inp.length ? `.*${fixed}` : `(?>.*?${fixed})`;
  }
  return `(?s:${out})\\Z`;
}

const compiled = new Map<string, RegExp>();

/** The pattern as a JS RegExp matching whole names (atomic groups emulated with lookahead + backreference). */
function compile(pat: string): RegExp {
  let re = compiled.get(pat);
  if (re !== undefined) return re;
  const inp = pieces(pat);
  let out = "";
  let group = 0;
  let i = 0;
  while (i < inp.length && !inp[i]!.star) out += (inp[i++] as { js: string }).js;
  while (i < inp.length) {
    i++;
    if (i === inp.length) {
      out += ".*";
      break;
    }
    let fixed = "";
    while (i < inp.length && !inp[i]!.star) fixed += (inp[i++] as { js: string }).js;
    if (i === inp.length) out += `.*${fixed}`;
    else {
      group++;
      out += `(?=(.*?${fixed}))\\${group}`;
    }
  }
  re = new RegExp(`^(?:${out})$`, "su");
  if (compiled.size > 32768) compiled.clear();
  compiled.set(pat, re);
  return re;
}

/** Python `fnmatch.fnmatchcase(name, pat)`. */
export function fnmatchcase(name: StrPath, pat: StrPath): boolean {
  return compile(fspath(pat)).test(fspath(name));
}

/** Python `fnmatch.fnmatch(name, pat)`: on POSIX, `os.path.normcase` changes nothing, so it is `fnmatchcase`. */
export function fnmatch(name: StrPath, pat: StrPath): boolean {
  return fnmatchcase(name, pat);
}

/** Python `fnmatch.filter(names, pat)`. */
export function fnmatchFilter(names: Iterable<StrPath>, pat: StrPath): string[] {
  const re = compile(fspath(pat));
  const out: string[] = [];
  for (const name of names) {
    const s = fspath(name);
    if (re.test(s)) out.push(s);
  }
  return out;
}
