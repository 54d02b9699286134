/**
 * The parts of Python's `os` module whose Node counterparts differ: directory
 * listings in the file system's own order (as `os.listdir` and `os.scandir`
 * return them, where `fs.readdirSync` sorts), `os.walk` (with in-place pruning
 * of `dirnames`), `os.stat` results with CPython's float timestamps,
 * `os.makedirs`, `os.chdir` errors naming the right path, and `os.environ`
 * as a dict kept in sync with the process environment.
 */
import * as fs from "node:fs";
import { FileExistsError, FileNotFoundError, OSError } from "./exceptions.js";
import { toPyException } from "./node-errors.js";
import { type StrPath, fspath, osCall, osCallFor } from "./os-errors.js";
import { exists, isdir, islink, pathJoin, pathSplit } from "./os-path.js";
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG, type StatResult, statResult } from "./os-stat.js";
import { stringRepr } from "./string-repr.js";

export { StatResult } from "./os-stat.js";

/** `os.stat(path)`. */
export function stat(path: StrPath): StatResult {
  const p = fspath(path);
  return statResult(osCall(() => fs.statSync(p, { bigint: true }), p));
}

/** `os.lstat(path)`: does not follow a final symlink. */
export function lstat(path: StrPath): StatResult {
  const p = fspath(path);
  return statResult(osCall(() => fs.lstatSync(p, { bigint: true }), p));
}

/** Reads a directory's entries in the order the file system returns them (`.` and `..` excluded). */
function readEntries(path: string): fs.Dirent[] {
  return osCall(() => {
    const dir = fs.opendirSync(path);
    const entries: fs.Dirent[] = [];
    try {
      for (let entry = dir.readSync(); entry !== null; entry = dir.readSync()) entries.push(entry);
    } finally {
      dir.closeSync();
    }
    return entries;
  }, path);
}

/** `os.listdir(path=".")`: the names in the directory, in the file system's order (like Python, unsorted). */
export function listdir(path: StrPath = "."): string[] {
  return readEntries(fspath(path)).map((e) => e.name);
}

/** `os.DirEntry`: one entry of `os.scandir()`. */
export class DirEntry {
  private lstatCache: StatResult | null = null;
  private statCache: StatResult | null = null;

  constructor(
    readonly name: string,
    readonly path: string,
    private readonly dirent: fs.Dirent,
  ) {}

  private typeFromDirent(): number | null {
    const d = this.dirent;
    if (d.isSymbolicLink()) return S_IFLNK;
    if (d.isDirectory()) return S_IFDIR;
    if (d.isFile()) return S_IFREG;
    if (d.isFIFO() || d.isSocket() || d.isCharacterDevice() || d.isBlockDevice()) return 0;
    return null;
  }

  /** `entry.is_symlink()`. */
  is_symlink(): boolean {
    const t = this.typeFromDirent();
    if (t !== null) return t === S_IFLNK;
    return (this.stat(false).st_mode & S_IFMT) === S_IFLNK;
  }

  private isType(type: number, followSymlinks: boolean): boolean {
    const t = this.typeFromDirent();
    if (t !== null && !(followSymlinks && t === S_IFLNK)) return t === type;
    try {
      return (this.stat(followSymlinks).st_mode & S_IFMT) === type;
    } catch (e) {
      if (e instanceof FileNotFoundError) return false;
      throw e;
    }
  }

  /** `entry.is_dir(*, follow_symlinks=True)`. */
  is_dir(follow_symlinks = true): boolean {
    return this.isType(S_IFDIR, follow_symlinks);
  }

  /** `entry.is_file(*, follow_symlinks=True)`. */
  is_file(follow_symlinks = true): boolean {
    return this.isType(S_IFREG, follow_symlinks);
  }

  /** `entry.stat(*, follow_symlinks=True)` (cached, like Python). */
  stat(follow_symlinks = true): StatResult {
    if (!follow_symlinks || this.typeFromDirent() !== S_IFLNK) {
      this.lstatCache ??= lstat(this.path);
      if (!follow_symlinks || (this.lstatCache.st_mode & S_IFMT) !== S_IFLNK) return this.lstatCache;
    }
    this.statCache ??= stat(this.path);
    return this.statCache;
  }

  /** `entry.inode()`. */
  inode(): number {
    return this.stat(false).st_ino;
  }

  __fspath__(): string {
    return this.path;
  }

  __repr__(): string {
    return `<DirEntry ${stringRepr(this.name)}>`;
  }
}

/** The iterator `os.scandir()` returns; a context manager (`with os.scandir(p) as it:`). */
export class ScandirIterator implements Iterable<DirEntry> {
  private dir: fs.Dir | null;

  constructor(private readonly root: string) {
    this.dir = osCall(() => fs.opendirSync(root), root);
  }

  *[Symbol.iterator](): Iterator<DirEntry> {
    while (this.dir !== null) {
      const dir = this.dir;
      const entry = osCall(() => dir.readSync(), this.root);
      if (entry === null) {
        this.close();
        return;
      }
      const path = this.root === "" || this.root.endsWith("/") ? this.root + entry.name : `${this.root}/${entry.name}`;
      yield new DirEntry(entry.name, path, entry);
    }
  }

  /** `it.close()`. */
  close(): void {
    if (this.dir !== null) {
      this.dir.closeSync();
      this.dir = null;
    }
  }

  __enter__(): this {
    return this;
  }

  __exit__(): boolean {
    this.close();
    return false;
  }
}

/** `os.scandir(path=".")`. */
export function scandir(path: StrPath = "."): ScandirIterator {
  return new ScandirIterator(fspath(path));
}

/** One `os.walk` step: `(dirpath, dirnames, filenames)`. */
export type WalkStep = readonly [string, string[], string[]];

/**
 * `os.walk(top, topdown=True, onerror=None, followlinks=False)`. Top-down,
 * the caller may prune or reorder `dirnames` in place before the walk
 * descends; errors listing a directory go to `onerror` (or are ignored).
 */
export function* walk(
  top: StrPath,
  topdown = true,
  onerror: ((error: OSError) => unknown) | null = null,
  followlinks = false,
): Generator<WalkStep, void, undefined> {
  yield* walkDir(fspath(top), topdown, onerror, followlinks);
}

function* walkDir(
  top: string,
  topdown: boolean,
  onerror: ((error: OSError) => unknown) | null,
  followlinks: boolean,
): Generator<WalkStep, void, undefined> {
  const dirs: string[] = [];
  const nondirs: string[] = [];
  const walkDirs: string[] = [];
  let entries: DirEntry[];
  try {
    entries = [...scandir(top)];
  } catch (e) {
    const error = toPyException(e);
    if (!(error instanceof OSError)) throw error;
    if (onerror !== null) onerror(error);
    return;
  }
  for (const entry of entries) {
    let isDir: boolean;
    try {
      isDir = entry.is_dir();
    } catch {
      isDir = false;
    }
    if (isDir) dirs.push(entry.name);
    else nondirs.push(entry.name);
    if (!topdown && isDir) {
      let walkInto = followlinks;
      if (!walkInto) {
        try {
          walkInto = !entry.is_symlink();
        } catch {
          walkInto = true;
        }
      }
      if (walkInto) walkDirs.push(entry.path);
    }
  }
  if (topdown) {
    yield [top, dirs, nondirs];
    for (const name of dirs) {
      const newPath = pathJoin(top, name);
      if (followlinks || !islink(newPath)) yield* walkDir(newPath, topdown, onerror, followlinks);
    }
  } else {
    for (const newPath of walkDirs) yield* walkDir(newPath, topdown, onerror, followlinks);
    yield [top, dirs, nondirs];
  }
}

/** `os.makedirs(name, mode=0o777, exist_ok=False)`. */
export function makedirs(name: StrPath, mode = 0o777, exist_ok = false): void {
  const path = fspath(name);
  let [head, tail] = pathSplit(path);
  if (!tail) [head, tail] = pathSplit(head);
  if (head && tail && !exists(head)) {
    try {
      makedirs(head, mode, exist_ok);
    } catch (e) {
      if (!(e instanceof FileExistsError)) throw e;
    }
    if (tail === ".") return;
  }
  try {
    osCall(() => fs.mkdirSync(path, { mode }), path);
  } catch (e) {
    if (!exist_ok || !(e instanceof OSError) || !isdir(path)) throw e;
  }
}

/** `os.removedirs(name)`: removes the leaf, then empty parents (stopping silently at the first failure). */
export function removedirs(name: StrPath): void {
  const path = fspath(name);
  osCall(() => fs.rmdirSync(path), path);
  let [head, tail] = pathSplit(path);
  if (!tail) [head, tail] = pathSplit(head);
  while (head && tail) {
    try {
      fs.rmdirSync(head);
    } catch {
      break;
    }
    [head, tail] = pathSplit(head);
  }
}

/** `os.chdir(path)` (Node's error would name the old directory). */
export function chdir(path: StrPath): void {
  const p = fspath(path);
  osCallFor(() => process.chdir(p), p);
}

/** `os.access(path, mode)`: False instead of an error. */
export function access(path: StrPath, mode: number): boolean {
  try {
    fs.accessSync(fspath(path), mode);
    return true;
  } catch {
    return false;
  }
}

/** `os.utime(path, times=None)`: `(atime, mtime)` in seconds, or now. */
export function utime(path: StrPath, times: readonly [number, number] | null = null): void {
  const p = fspath(path);
  const now = Date.now() / 1000;
  const [atime, mtime] = times ?? [now, now];
  osCall(() => fs.utimesSync(p, atime, mtime), p);
}

/**
 * `os.environ`: a dict (a `Map`) of the environment. Changes write through to
 * `process.env`, so child processes see them, as in Python.
 */
export class Environ extends Map<string, string> {
  constructor() {
    super();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) super.set(k, v);
  }

  override set(key: string, value: string): this {
    super.set(key, value);
    process.env[key] = value;
    return this;
  }

  override delete(key: string): boolean {
    delete process.env[key];
    return super.delete(key);
  }

  override clear(): void {
    for (const key of this.keys()) delete process.env[key];
    super.clear();
  }

  __repr__(): string {
    const items = [...this].map(([k, v]) => `${stringRepr(k)}: ${stringRepr(v)}`);
    return `environ({${items.join(", ")}})`;
  }
}

/** `os.environ`. */
export const environ: Map<string, string> = new Environ();
