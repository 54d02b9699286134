/**
 * Python's `pathlib.Path` on POSIX (`PosixPath`, CPython 3.11): a
 * `PurePosixPath` with the file-system methods, over the runtime's `os`,
 * `os.path` and `open`, and pathlib's glob selectors (`glob`/`rglob` match
 * hidden names and walk in the file system's order, as pathlib does). Method
 * names are Python's.
 */
import * as fs from "node:fs";
import { FileExistsError, FileNotFoundError, NotImplementedError, OSError, TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { type BinaryFile, type OpenOptions, type TextFile, open, openBinary } from "./files.js";
import { type StrPath, osCall } from "./os-errors.js";
import { exists, expanduser, isdir, isfile, islink, realpath, samefile } from "./os-path.js";
import { type StatResult, lstat, scandir, stat } from "./os.js";
import { fnmatchcase } from "./fnmatch.js";
import { PurePosixPath, parseParts, segmentOf } from "./pure-path.js";
import { typeName } from "./repr.js";
import { stringRepr } from "./string-repr.js";

/** `pathlib.Path` (a `PosixPath`). */
class PosixPath extends PurePosixPath {
  /** `Path.cwd()`. */
  static cwd(): PosixPath {
    return new PosixPath(process.cwd());
  }

  /** `Path.home()`. */
  static home(): PosixPath {
    return new PosixPath(expanduser("~"));
  }


  /** `p.stat()`. */
  stat(follow_symlinks = true): StatResult {
    return follow_symlinks ? stat(this.text) : lstat(this.text);
  }

  /** `p.lstat()`. */
  lstat(): StatResult {
    return lstat(this.text);
  }

  /** `p.exists()`. */
  exists(): boolean {
    return exists(this.text);
  }

  /** `p.is_file()`. */
  is_file(): boolean {
    return isfile(this.text);
  }

  /** `p.is_dir()`. */
  is_dir(): boolean {
    return isdir(this.text);
  }

  /** `p.is_symlink()`. */
  is_symlink(): boolean {
    return islink(this.text);
  }

  /** `p.samefile(other)`. */
  samefile(other: StrPath | PosixPath): boolean {
    return samefile(this.text, segmentOf(other));
  }

  /** `p.absolute()`: joined to the current directory, not normalised. */
  absolute(): PosixPath {
    return this._root ? this : new PosixPath(process.cwd(), this);
  }

  /** `p.resolve(strict=False)`. */
  resolve(strict = false): PosixPath {
    if (strict) osCall(() => fs.statSync(this.text), this.text);
    return new PosixPath(realpath(this.text));
  }

  /** `p.expanduser()`. */
  expanduser(): PosixPath {
    return new PosixPath(expanduser(this.text));
  }

  private child(name: string): PosixPath {
    return this.fromParts(this._root, [...this._parts, name]);
  }

  /** `p.iterdir()`: the entries in the file system's order. */
  *iterdir(): Generator<PosixPath, void, undefined> {
    for (const entry of scandir(this.text)) yield this.child(entry.name);
  }

  /** `p.glob(pattern)`. */
  *glob(pattern: string): Generator<PosixPath, void, undefined> {
    if (!pattern) throw new ValueError(`Unacceptable pattern: ${stringRepr(pattern)}`);
    const parsed = parseParts([pattern]);
    if (parsed.root) throw new NotImplementedError("Non-relative patterns are unsupported");
    const parts = [...parsed.parts];
    if (pattern.endsWith("/")) parts.push("");
    yield* select(this, parts);
  }

  /** `p.rglob(pattern)`: like `glob` with the pattern under a recursive `**` component. */
  *rglob(pattern: string): Generator<PosixPath, void, undefined> {
    const parsed = parseParts([pattern]);
    if (parsed.root) throw new NotImplementedError("Non-relative patterns are unsupported");
    const parts = ["**", ...parsed.parts];
    if (pattern.endsWith("/")) parts.push("");
    yield* select(this, parts);
  }

  /** `p.mkdir(mode=0o777, parents=False, exist_ok=False)`. */
  mkdir(mode = 0o777, parents = false, exist_ok = false): void {
    try {
      osCall(() => fs.mkdirSync(this.text, { mode }), this.text);
    } catch (e) {
      if (e instanceof FileNotFoundError && parents && this.parent !== this) {
        this.parent.mkdir(mode, true, true);
        this.mkdir(mode, false, exist_ok);
      } else if (!(e instanceof OSError) || !exist_ok || !this.is_dir()) {
        throw e;
      }
    }
  }

  /** `p.rmdir()`. */
  rmdir(): void {
    osCall(() => fs.rmdirSync(this.text), this.text);
  }

  /** `p.unlink(missing_ok=False)`. */
  unlink(missing_ok = false): void {
    try {
      osCall(() => fs.unlinkSync(this.text), this.text);
    } catch (e) {
      if (!(missing_ok && e instanceof FileNotFoundError)) throw e;
    }
  }

  /** `p.rename(target)`: returns the new path. */
  rename(target: StrPath | PosixPath): PosixPath {
    const t = segmentOf(target);
    osCall(() => fs.renameSync(this.text, t));
    return new PosixPath(t);
  }

  /** `p.replace(target)`. */
  replace(target: StrPath | PosixPath): PosixPath {
    return this.rename(target);
  }

  /** `p.touch(mode=0o666, exist_ok=True)`. */
  touch(mode = 0o666, exist_ok = true): void {
    if (exist_ok && exists(this.text)) {
      const now = new Date();
      osCall(() => fs.utimesSync(this.text, now, now), this.text);
      return;
    }
    if (!exist_ok && exists(this.text)) throw new FileExistsError(17, "File exists", this.text);
    fs.closeSync(osCall(() => fs.openSync(this.text, fs.constants.O_CREAT | fs.constants.O_WRONLY, mode), this.text));
  }

  /** `p.open(mode="r", ...)` in a text mode. */
  open(mode = "r", options: OpenOptions = {}): TextFile {
    return open(this.text, mode, options);
  }

  /** `p.open(mode)` in a binary mode. */
  openBinary(mode: string, options: OpenOptions = {}): BinaryFile {
    return openBinary(this.text, mode, options);
  }

  /** `p.read_text(encoding=None, errors=None)`. */
  read_text(encoding: string | null = null, errors: string | null = null): string {
    const f = open(this.text, "r", { encoding, errors });
    try {
      return f.read();
    } finally {
      f.close();
    }
  }

  /** `p.read_bytes()`. */
  read_bytes(): Uint8Array {
    const f = openBinary(this.text, "rb");
    try {
      return f.read();
    } finally {
      f.close();
    }
  }

  /** `p.write_text(data, encoding=None, errors=None, newline=None)`: returns the characters written. */
  write_text(data: string, encoding: string | null = null, errors: string | null = null, newline: string | null = null): number {
    if (typeof data !== "string") throw new PyTypeError(`data must be str, not ${typeName(data)}`);
    const f = open(this.text, "w", { encoding, errors, newline });
    try {
      return f.write(data);
    } finally {
      f.close();
    }
  }

  /** `p.write_bytes(data)`. */
  write_bytes(data: Uint8Array): number {
    const f = openBinary(this.text, "wb");
    try {
      return f.write(data);
    } finally {
      f.close();
    }
  }

  /** `p.chmod(mode)`. */
  chmod(mode: number): void {
    osCall(() => fs.chmodSync(this.text, mode), this.text);
  }

  /** `p.symlink_to(target)`. */
  symlink_to(target: StrPath | PosixPath): void {
    const t = segmentOf(target);
    osCall(() => fs.symlinkSync(t, this.text), this.text);
  }

  /** `p.readlink()`. */
  readlink(): PosixPath {
    return new PosixPath(osCall(() => fs.readlinkSync(this.text), this.text));
  }
}

/** pathlib's selectors: precise names, wildcards and `**`, in the file system's order; directories only before a further part. */
function* select(parent: PosixPath, parts: readonly string[]): Generator<PosixPath, void, undefined> {
  if (!parent.is_dir()) return;
  yield* selectFrom(parent, parts);
}

function isWildcard(pat: string): boolean {
  return /[*?[]/.test(pat);
}

function* selectFrom(parent: PosixPath, parts: readonly string[]): Generator<PosixPath, void, undefined> {
  if (parts.length === 0) {
    yield parent;
    return;
  }
  const [pat, ...rest] = parts as [string, ...string[]];
  const dironly = rest.length > 0;
  if (!pat) {
    yield parent;
    return;
  }
  if (pat === "**") {
    const yielded = new Set<string>();
    for (const start of iterateDirectories(parent)) {
      for (const p of selectFrom(start, rest)) {
        const key = p.toString();
        if (!yielded.has(key)) {
          yielded.add(key);
          yield p;
        }
      }
    }
    return;
  }
  if (pat.includes("**")) throw new ValueError("Invalid pattern: '**' can only be an entire path component");
  if (!isWildcard(pat)) {
    const path = parent.joinpath(pat);
    if (dironly ? path.is_dir() : path.exists()) yield* selectFrom(path, rest);
    return;
  }
  let entries;
  try {
    entries = [...scandir(parent.toString())];
  } catch {
    return;
  }
  for (const entry of entries) {
    if (dironly) {
      let isDir = false;
      try {
        isDir = entry.is_dir();
      } catch {
        isDir = false;
      }
      if (!isDir) continue;
    }
    if (fnmatchcase(entry.name, pat)) yield* selectFrom(parent.joinpath(entry.name), rest);
  }
}

function* iterateDirectories(parent: PosixPath): Generator<PosixPath, void, undefined> {
  yield parent;
  let entries;
  try {
    entries = [...scandir(parent.toString())];
  } catch {
    return;
  }
  for (const entry of entries) {
    let isDir = false;
    try {
      isDir = entry.is_dir(false);
    } catch {
      isDir = false;
    }
    if (isDir) yield* iterateDirectories(parent.joinpath(entry.name));
  }
}

/** `pathlib.Path(...)`: callable with or without `new` (so it also works as a converter, `type=Path`). */
export interface PathConstructor {
  new (...segments: Array<StrPath | PosixPath>): PosixPath;
  (...segments: Array<StrPath | PosixPath>): PosixPath;
  /** `Path.cwd()`. */
  cwd(): PosixPath;
  /** `Path.home()`. */
  home(): PosixPath;
  readonly prototype: PosixPath;
}

function PathFactory(...segments: Array<StrPath | PosixPath>): PosixPath {
  return new PosixPath(...segments);
}
PathFactory.prototype = PosixPath.prototype;
Object.defineProperty(PathFactory, "name", { value: "PosixPath" });

/** `pathlib.Path` (and `PosixPath`, `PurePath`, `PurePosixPath`). */
export const Path: PathConstructor = Object.assign(PathFactory, { cwd: () => PosixPath.cwd(), home: () => PosixPath.home() }) as unknown as PathConstructor;
export type Path = PosixPath;
