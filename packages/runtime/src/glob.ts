/**
 * Python's `glob` (CPython 3.11), ported: the same walk over directories in
 * the file system's order (Python does not sort), hidden names matched only
 * by patterns starting with `.` (unless `include_hidden`), `**` only with
 * `recursive=True`, broken symlinks found by literal components.
 */
import * as fs from "node:fs";
import { fnmatchFilter } from "./fnmatch.js";
import { type StrPath, fspath } from "./os-errors.js";
import { isdir, lexists, pathJoin, pathSplit } from "./os-path.js";

const MAGIC = /[*?[]/;

function hasMagic(s: string): boolean {
  return MAGIC.test(s);
}

function isHidden(name: string): boolean {
  return name.startsWith(".");
}

function isRecursive(pattern: string): boolean {
  return pattern === "**";
}

function join(dirname: string, basename: string): string {
  if (!dirname || !basename) return dirname || basename;
  return pathJoin(dirname, basename);
}

function listNames(dirname: string, dironly: boolean): string[] {
  const out: string[] = [];
  let dir: fs.Dir;
  try {
    dir = fs.opendirSync(dirname || ".");
  } catch {
    return out;
  }
  try {
    for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) {
      if (!dironly) {
        out.push(entry.name);
        continue;
      }
      if (entry.isDirectory()) out.push(entry.name);
      else if (!entry.isFile() && isdir(join(dirname || ".", entry.name))) out.push(entry.name);
    }
  } catch {
    // a directory that cannot be read yields what was read
  } finally {
    dir.closeSync();
  }
  return out;
}

function glob0(dirname: string, basename: string): string[] {
  if (basename) return lexists(join(dirname, basename)) ? [basename] : [];
  return isdir(dirname) ? [basename] : [];
}

function glob1(dirname: string, pattern: string, dironly: boolean, includeHidden: boolean): string[] {
  let names = listNames(dirname, dironly);
  if (includeHidden || !isHidden(pattern)) names = names.filter((x) => includeHidden || !isHidden(x));
  return fnmatchFilter(names, pattern);
}

function* rlistdir(dirname: string, dironly: boolean, includeHidden: boolean): Generator<string> {
  for (const x of listNames(dirname, dironly)) {
    if (includeHidden || !isHidden(x)) {
      yield x;
      const path = dirname ? join(dirname, x) : x;
      for (const y of rlistdir(path, dironly, includeHidden)) yield join(x, y);
    }
  }
}

function* glob2(dirname: string, _pattern: string, dironly: boolean, includeHidden: boolean): Generator<string> {
  yield "";
  yield* rlistdir(dirname, dironly, includeHidden);
}

function* iglobInner(pathname: string, rootDir: string, recursive: boolean, dironly: boolean, includeHidden: boolean): Generator<string> {
  const [dirname, basename] = pathSplit(pathname);
  if (!hasMagic(pathname)) {
    if (basename) {
      if (lexists(join(rootDir, pathname))) yield pathname;
    } else if (isdir(join(rootDir, dirname))) {
      yield pathname;
    }
    return;
  }
  if (!dirname) {
    if (recursive && isRecursive(basename)) yield* glob2(rootDir, basename, dironly, includeHidden);
    else yield* glob1(rootDir, basename, dironly, includeHidden);
    return;
  }
  const dirs: Iterable<string> =
    dirname !== pathname && hasMagic(dirname) ? iglobInner(dirname, rootDir, recursive, true, includeHidden) : [dirname];
  for (const dir of dirs) {
    const full = join(rootDir, dir);
    let names: Iterable<string>;
    if (hasMagic(basename)) {
      names = recursive && isRecursive(basename) ? glob2(full, basename, dironly, includeHidden) : glob1(full, basename, dironly, includeHidden);
    } else {
      names = glob0(full, basename);
    }
    for (const name of names) yield pathJoin(dir, name);
  }
}

/** Python `glob.iglob(pathname, *, root_dir=None, recursive=False, include_hidden=False)`. */
export function* iglob(pathname: StrPath, rootDir: StrPath | null = null, recursive = false, includeHidden = false): Generator<string, void, undefined> {
  const pattern = fspath(pathname);
  const it = iglobInner(pattern, rootDir === null ? "" : fspath(rootDir), recursive, false, includeHidden);
  if (!pattern || (recursive && isRecursive(pattern.slice(0, 2)))) {
    const first = it.next();
    if (first.done) return;
    if (first.value) yield first.value;
  }
  yield* it;
}

/** Python `glob.glob(pathname, *, root_dir=None, recursive=False, include_hidden=False)`. */
export function glob(pathname: StrPath, rootDir: StrPath | null = null, recursive = false, includeHidden = false): string[] {
  return [...iglob(pathname, rootDir, recursive, includeHidden)];
}

/** Python `glob.escape(pathname)`: magic characters bracketed. */
export function globEscape(pathname: StrPath): string {
  return fspath(pathname).replace(/([*?[])/g, "[$1]");
}
