/**
 * Python's `os.path` (posixpath, CPython 3.11), ported function by function.
 * Node's `node:path` differs on many edge cases (`join("a", "/b")` is `/b`
 * in Python, `dirname("a")` is `""`, `basename("a/")` is `""`, no
 * normalisation in `join`, `splitext(".bashrc")`), so translated code uses
 * these. The predicates (`exists`, `isfile`, ...) return False on any OS
 * error, like Python.
 */
import * as fs from "node:fs";
import { TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { compareStrings } from "./comparison.js";
import { type StrPath, fspath, osCall } from "./os-errors.js";
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, type StatResult, statResult } from "./os-stat.js";

const SEP = "/";

/** `os.path.isabs(p)`. */
export function isabs(p: StrPath): boolean {
  return fspath(p).startsWith(SEP);
}

/** `os.path.join(a, *p)`: an absolute component discards what precedes it; no normalisation. */
export function pathJoin(...parts: StrPath[]): string {
  if (parts.length === 0) throw new PyTypeError("join() missing 1 required positional argument: 'a'");
  let path = fspath(parts[0]);
  for (const part of parts.slice(1)) {
    const b = fspath(part);
    if (b.startsWith(SEP)) path = b;
    else if (path === "" || path.endsWith(SEP)) path += b;
    else path += SEP + b;
  }
  return path;
}

function stripTrailingSeps(head: string): string {
  if (head !== "" && head !== SEP.repeat(head.length)) return head.replace(/\/+$/, "");
  return head;
}

/** `os.path.split(p)`: `(head, tail)`; trailing slashes are stripped from head unless it is the root. */
export function pathSplit(p: StrPath): [string, string] {
  const s = fspath(p);
  const i = s.lastIndexOf(SEP) + 1;
  return [stripTrailingSeps(s.slice(0, i)), s.slice(i)];
}

/** `os.path.splitext(p)`: `(root, ext)`; leading dots of the last component are not an extension. */
export function splitext(p: StrPath): [string, string] {
  const s = fspath(p);
  const sepIndex = s.lastIndexOf(SEP);
  const dotIndex = s.lastIndexOf(".");
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) {
      if (s[i] !== ".") return [s.slice(0, dotIndex), s.slice(dotIndex)];
    }
  }
  return [s, ""];
}

/** `os.path.splitdrive(p)`: always `("", p)` on POSIX. */
export function splitdrive(p: StrPath): [string, string] {
  return ["", fspath(p)];
}

/** `os.path.basename(p)`: everything after the last slash (`""` for `"a/"`). */
export function basename(p: StrPath): string {
  const s = fspath(p);
  return s.slice(s.lastIndexOf(SEP) + 1);
}

/** `os.path.dirname(p)`: everything before the last slash (`""` for `"a"`). */
export function dirname(p: StrPath): string {
  const s = fspath(p);
  return stripTrailingSeps(s.slice(0, s.lastIndexOf(SEP) + 1));
}

/** `os.path.normpath(p)`: collapses `//`, `.` and `..` lexically (two leading slashes are kept). */
export function normpath(p: StrPath): string {
  const path = fspath(p);
  if (path === "") return ".";
  let initialSlashes = path.startsWith(SEP) ? 1 : 0;
  if (initialSlashes && path.startsWith("//") && !path.startsWith("///")) initialSlashes = 2;
  const comps: string[] = [];
  for (const comp of path.split(SEP)) {
    if (comp === "" || comp === ".") continue;
    if (comp !== ".." || (!initialSlashes && comps.length === 0) || (comps.length > 0 && comps[comps.length - 1] === "..")) {
      comps.push(comp);
    } else if (comps.length > 0) {
      comps.pop();
    }
  }
  const out = SEP.repeat(initialSlashes) + comps.join(SEP);
  return out || ".";
}

/** `os.path.normcase(p)`: unchanged on POSIX. */
export function normcase(p: StrPath): string {
  return fspath(p);
}

/** `os.path.abspath(p)`: `normpath(join(os.getcwd(), p))`. */
export function abspath(p: StrPath): string {
  let path = fspath(p);
  if (!isabs(path)) path = pathJoin(process.cwd(), path);
  return normpath(path);
}

/** `os.path.realpath(p)`: the canonical path, symlinks resolved (a missing tail is kept as is). */
export function realpath(p: StrPath): string {
  const [path] = joinRealpath("", fspath(p), new Map());
  return abspath(path);
}

function lstatMode(p: string): number | null {
  try {
    return fs.lstatSync(p).mode;
  } catch {
    return null;
  }
}

function joinRealpath(start: string, rest: string, seen: Map<string, string | null>): [string, boolean] {
  let path = start;
  if (isabs(rest)) {
    rest = rest.slice(1);
    path = SEP;
  }
  while (rest) {
    const cut = rest.indexOf(SEP);
    const name = cut < 0 ? rest : rest.slice(0, cut);
    rest = cut < 0 ? "" : rest.slice(cut + 1);
    if (name === "" || name === ".") continue;
    if (name === "..") {
      if (path) {
        const [head, tail] = pathSplit(path);
        path = tail === ".." ? pathJoin(head, "..", "..") : head;
      } else {
        path = "..";
      }
      continue;
    }
    const newpath = pathJoin(path, name);
    const mode = lstatMode(newpath);
    if (mode === null || (mode & S_IFMT) !== S_IFLNK) {
      path = newpath;
      continue;
    }
    if (seen.has(newpath)) {
      const cached = seen.get(newpath);
      if (cached !== null && cached !== undefined) {
        path = cached;
        continue;
      }
      return [pathJoin(newpath, rest), false];
    }
    seen.set(newpath, null);
    const [resolved, ok] = joinRealpath(path, fs.readlinkSync(newpath), seen);
    path = resolved;
    if (!ok) return [pathJoin(path, rest), false];
    seen.set(newpath, path);
  }
  return [path, true];
}

/** `os.path.commonprefix(list)`: the longest common leading string (code-point order for min/max). */
export function commonprefix(m: readonly string[]): string {
  if (m.length === 0) return "";
  let s1 = m[0]!;
  let s2 = m[0]!;
  for (const s of m) {
    if (compareStrings(s, s1) < 0) s1 = s;
    if (compareStrings(s, s2) > 0) s2 = s;
  }
  let i = 0;
  while (i < s1.length && s1[i] === s2[i]) i++;
  return s1.slice(0, i);
}

function commonPrefixLists(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** `os.path.relpath(path, start=os.curdir)`. */
export function relpath(path: StrPath, start?: StrPath | null): string {
  const p = fspath(path);
  if (p === "") throw new ValueError("no path specified");
  const startList = abspath(start ?? ".").split(SEP).filter((x) => x !== "");
  const pathList = abspath(p).split(SEP).filter((x) => x !== "");
  const i = commonPrefixLists(startList, pathList);
  const rel = [...Array<string>(startList.length - i).fill(".."), ...pathList.slice(i)];
  if (rel.length === 0) return ".";
  return pathJoin(rel[0]!, ...rel.slice(1));
}

/** `os.path.commonpath(paths)`: the longest common sub-path. */
export function commonpath(paths: readonly StrPath[]): string {
  if (paths.length === 0) throw new ValueError("commonpath() arg is an empty sequence");
  const strs = paths.map(fspath);
  const absolute = new Set(strs.map((p) => p.startsWith(SEP)));
  if (absolute.size > 1) throw new ValueError("Can't mix absolute and relative paths");
  const split = strs.map((p) => p.split(SEP).filter((c) => c !== "" && c !== "."));
  const cmp = (a: string[], b: string[]): number => {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const c = compareStrings(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  };
  let s1 = split[0]!;
  let s2 = split[0]!;
  for (const s of split) {
    if (cmp(s, s1) < 0) s1 = s;
    if (cmp(s, s2) > 0) s2 = s;
  }
  const common = s1.slice(0, commonPrefixLists(s1, s2));
  return (absolute.has(true) ? SEP : "") + common.join(SEP);
}

function statOrNull(p: unknown, follow: boolean): fs.Stats | null {
  let path: string;
  try {
    path = fspath(p);
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  try {
    return (follow ? fs.statSync : fs.lstatSync)(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** `os.path.exists(p)`: False for a broken symlink or any OS error. */
export function exists(p: StrPath): boolean {
  return statOrNull(p, true) !== null;
}

/** `os.path.lexists(p)`: True for a broken symlink too. */
export function lexists(p: StrPath): boolean {
  return statOrNull(p, false) !== null;
}

/** `os.path.isfile(p)`. */
export function isfile(p: StrPath): boolean {
  const st = statOrNull(p, true);
  return st !== null && (st.mode & S_IFMT) === S_IFREG;
}

/** `os.path.isdir(p)`. */
export function isdir(p: StrPath): boolean {
  const st = statOrNull(p, true);
  return st !== null && (st.mode & S_IFMT) === S_IFDIR;
}

/** `os.path.islink(p)`. */
export function islink(p: StrPath): boolean {
  const st = statOrNull(p, false);
  return st !== null && (st.mode & S_IFMT) === S_IFLNK;
}

function statOf(p: StrPath): StatResult {
  const path = fspath(p);
  return statResult(osCall(() => fs.statSync(path, { bigint: true }), path));
}

/** `os.path.getsize(p)`. */
export function getsize(p: StrPath): number {
  return statOf(p).st_size;
}

/** `os.path.getmtime(p)`: seconds as a float, like `os.stat(p).st_mtime`. */
export function getmtime(p: StrPath): number {
  return statOf(p).st_mtime;
}

/** `os.path.getatime(p)`. */
export function getatime(p: StrPath): number {
  return statOf(p).st_atime;
}

/** `os.path.getctime(p)`. */
export function getctime(p: StrPath): number {
  return statOf(p).st_ctime;
}

/** `os.path.samefile(a, b)`: same device and inode (raises if either is missing). */
export function samefile(a: StrPath, b: StrPath): boolean {
  const s1 = statOf(a);
  const s2 = statOf(b);
  return s1.st_ino === s2.st_ino && s1.st_dev === s2.st_dev;
}

/** `os.path.expanduser(p)`: `~` is `$HOME` (or the password database's home); `~user` that user's home. */
export function expanduser(p: StrPath): string {
  const path = fspath(p);
  if (!path.startsWith("~")) return path;
  let i = path.indexOf(SEP, 1);
  if (i < 0) i = path.length;
  let userhome: string | undefined;
  if (i === 1) {
    userhome = process.env["HOME"] ?? homeOf(null);
  } else {
    userhome = homeOf(path.slice(1, i));
  }
  if (userhome === undefined) return path;
  userhome = userhome.replace(/\/+$/, "");
  return userhome + path.slice(i) || SEP;
}

function homeOf(user: string | null): string | undefined {
  let passwd: string;
  try {
    passwd = fs.readFileSync("/etc/passwd", "utf8");
  } catch {
    return undefined;
  }
  const uid = typeof process.getuid === "function" ? process.getuid() : -1;
  for (const line of passwd.split("\n")) {
    const fields = line.split(":");
    if (fields.length < 7) continue;
    if (user === null ? Number(fields[2]) === uid : fields[0] === user) return fields[5];
  }
  return undefined;
}

/** `os.path.expandvars(p)`: `$name` and `${name}` from the environment; unknown names are left as is. */
export function expandvars(p: StrPath): string {
  const path = fspath(p);
  if (!path.includes("$")) return path;
  return path.replace(/\$([A-Za-z0-9_]+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith("{") && name.endsWith("}") ? name.slice(1, -1) : name;
    const value = process.env[key];
    return value === undefined ? whole : value;
  });
}
