/**
 * Python's `pathlib.Path` on POSIX (`PosixPath`, CPython 3.11): parsing and
 * joining (`/` is `joinpath`), the pure properties (`name`, `stem`,
 * `suffix`, `parent`, `parts`...), ordering and equality by parts, and the
 * file-system methods over the runtime's `os`, `os.path`, `open` and glob
 * selectors (`glob`/`rglob` match hidden names and walk in the file system's
 * order, as pathlib does). Method names are Python's.
 */
import * as fs from "node:fs";
import { FileExistsError, FileNotFoundError, NotImplementedError, OSError, TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { compareStrings } from "./comparison.js";
import { fnmatchcase } from "./fnmatch.js";
import { type BinaryFile, type OpenOptions, type TextFile, open, openBinary } from "./files.js";
import { type StrPath, fspath, osCall } from "./os-errors.js";
import { exists, expanduser, isdir, isfile, islink, realpath, samefile } from "./os-path.js";
import { type StatResult, lstat, scandir, stat } from "./os.js";
import { stringRepr } from "./string-repr.js";
import { typeName } from "./repr.js";

interface Parsed {
  root: string;
  parts: string[];
}

function splitRoot(part: string): [string, string] {
  if (part.startsWith("/")) {
    const stripped = part.replace(/^\/+/, "");
    return [part.length - stripped.length === 2 ? "//" : "/", stripped];
  }
  return ["", part];
}

/** pathlib's `parse_parts`: the last absolute segment wins; empty and `.` components vanish. */
function parseParts(segments: readonly string[]): Parsed {
  const parsed: string[] = [];
  let root = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    const part = segments[i]!;
    if (!part) continue;
    const [r, rel] = splitRoot(part);
    const pieces = rel.split("/");
    for (let j = pieces.length - 1; j >= 0; j--) {
      const x = pieces[j]!;
      if (x && x !== ".") parsed.push(x);
    }
    if (r) {
      root = r;
      break;
    }
  }
  if (root) parsed.push(root);
  parsed.reverse();
  return { root, parts: parsed };
}

function segmentOf(x: unknown): string {
  return x instanceof PosixPath ? x.toString() : fspath(x);
}

/** `pathlib.Path` (a `PosixPath`). */
class PosixPath {
  private readonly _root: string;
  private readonly _parts: readonly string[];
  private readonly text: string;

  constructor(...segments: Array<StrPath | PosixPath>) {
    const { root, parts } = parseParts(segments.map(segmentOf));
    this._root = root;
    this._parts = parts;
    this.text = root ? root + parts.slice(1).join("/") : parts.join("/") || ".";
  }

  private static fromParts(root: string, parts: readonly string[]): PosixPath {
    return root ? new PosixPath(root + parts.slice(1).join("/")) : new PosixPath(...(parts.length ? [parts.join("/")] : []));
  }

  /** `PosixPath.cwd()`. */
  static cwd(): PosixPath {
    return new PosixPath(process.cwd());
  }

  /** `PosixPath.home()`. */
  static home(): PosixPath {
    return new PosixPath(expanduser("~"));
  }

  toString(): string {
    return this.text;
  }

  __str__(): string {
    return this.text;
  }

  __fspath__(): string {
    return this.text;
  }

  __repr__(): string {
    return `PosixPath(${stringRepr(this.text)})`;
  }

  /** `p.as_posix()`. */
  as_posix(): string {
    return this.text;
  }

  __eq__(other: unknown): boolean {
    return other instanceof PosixPath && other._parts.length === this._parts.length && other._parts.every((p, i) => p === this._parts[i]);
  }

  __hash__(): string {
    return `\u0000path:${this._parts.join("\u0000")}`;
  }

  private compare(other: unknown): number {
    if (!(other instanceof PosixPath)) throw new PyTypeError(`'<' not supported between instances of 'PosixPath' and '${typeName(other)}'`);
    const n = Math.min(this._parts.length, other._parts.length);
    for (let i = 0; i < n; i++) {
      const c = compareStrings(this._parts[i]!, other._parts[i]!);
      if (c !== 0) return c;
    }
    return this._parts.length - other._parts.length;
  }

  __lt__(other: unknown): boolean {
    return this.compare(other) < 0;
  }

  __le__(other: unknown): boolean {
    return this.compare(other) <= 0;
  }

  __gt__(other: unknown): boolean {
    return this.compare(other) > 0;
  }

  __ge__(other: unknown): boolean {
    return this.compare(other) >= 0;
  }

  /** `p / other`. */
  __truediv__(other: StrPath | PosixPath): PosixPath {
    return this.joinpath(other);
  }

  /** `other / p`. */
  __rtruediv__(other: StrPath | PosixPath): PosixPath {
    return new PosixPath(other, this);
  }

  /** `p.joinpath(*others)`. */
  joinpath(...others: Array<StrPath | PosixPath>): PosixPath {
    return new PosixPath(this, ...others);
  }

  /** `p.parts`. */
  get parts(): readonly string[] {
    return this._parts;
  }

  /** `p.drive` (always empty on POSIX). */
  get drive(): string {
    return "";
  }

  /** `p.root`: `/` for an absolute path, else `""`. */
  get root(): string {
    return this._root;
  }

  /** `p.anchor`. */
  get anchor(): string {
    return this._root;
  }

  /** `p.name`: the final component (`""` for `/` and `.`). */
  get name(): string {
    if (this._parts.length === (this._root ? 1 : 0)) return "";
    return this._parts[this._parts.length - 1]!;
  }

  /** `p.suffix`. */
  get suffix(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(i) : "";
  }

  /** `p.suffixes`. */
  get suffixes(): string[] {
    const name = this.name;
    if (name.endsWith(".")) return [];
    return name.replace(/^\.+/, "").split(".").slice(1).map((s) => "." + s);
  }

  /** `p.stem`. */
  get stem(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(0, i) : name;
  }

  /** `p.parent`. */
  get parent(): PosixPath {
    if (this._parts.length === 1 && this._root) return this;
    return PosixPath.fromParts(this._root, this._parts.slice(0, -1));
  }

  /** `p.parents`: parent, grandparent... (up to `.` or the root). */
  get parents(): PosixPath[] {
    const out: PosixPath[] = [];
    const stop = this._root ? 1 : 0;
    for (let n = this._parts.length - 1; n >= stop; n--) out.push(PosixPath.fromParts(this._root, this._parts.slice(0, n)));
    return out;
  }

  /** `p.is_absolute()`. */
  is_absolute(): boolean {
    return this._root !== "";
  }

  /** `p.with_name(name)`. */
  with_name(name: string): PosixPath {
    if (!this.name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const parsed = parseParts([name]);
    if (!name || name.endsWith("/") || parsed.root || parsed.parts.length !== 1) throw new ValueError(`Invalid name ${stringRepr(name)}`);
    return PosixPath.fromParts(this._root, [...this._parts.slice(0, -1), name]);
  }

  /** `p.with_stem(stem)`. */
  with_stem(stem: string): PosixPath {
    return this.with_name(stem + this.suffix);
  }

  /** `p.with_suffix(suffix)`. */
  with_suffix(suffix: string): PosixPath {
    if (suffix.includes("/") || (suffix && !suffix.startsWith(".")) || suffix === ".") throw new ValueError(`Invalid suffix ${stringRepr(suffix)}`);
    const name = this.name;
    if (!name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const old = this.suffix;
    return PosixPath.fromParts(this._root, [...this._parts.slice(0, -1), (old ? name.slice(0, -old.length) : name) + suffix]);
  }

  /** `p.relative_to(*other)`. */
  relative_to(...other: Array<StrPath | PosixPath>): PosixPath {
    if (other.length === 0) throw new PyTypeError("need at least one argument");
    const to = new PosixPath(...other);
    const abs = this._root ? ["", this._root, ...this._parts.slice(1)] : [...this._parts];
    const toAbs = to._root ? ["", to._root, ...to._parts.slice(1)] : [...to._parts];
    const n = toAbs.length;
    const mismatch = n === 0 ? this._root !== "" : abs.length < n || toAbs.some((p, i) => abs[i] !== p);
    if (mismatch) {
      throw new ValueError(`${stringRepr(this.text)} is not in the subpath of ${stringRepr(to.text)} OR one path is relative and the other is absolute.`);
    }
    return PosixPath.fromParts(n === 1 ? this._root : "", abs.slice(n));
  }

  /** `p.is_relative_to(*other)`. */
  is_relative_to(...other: Array<StrPath | PosixPath>): boolean {
    try {
      this.relative_to(...other);
      return true;
    } catch (e) {
      if (e instanceof ValueError) return false;
      throw e;
    }
  }

  /** `p.match(pattern)`: matched from the right, component by component. */
  match(pattern: string): boolean {
    const pat = parseParts([pattern]);
    if (pat.parts.length === 0) throw new ValueError("empty pattern");
    if (pat.root && pat.root !== this._root) return false;
    let patParts = pat.parts;
    if (pat.root) {
      if (patParts.length !== this._parts.length) return false;
      patParts = patParts.slice(1);
    } else if (patParts.length > this._parts.length) {
      return false;
    }
    for (let i = 1; i <= patParts.length; i++) {
      if (!fnmatchcase(this._parts[this._parts.length - i]!, patParts[patParts.length - i]!)) return false;
    }
    return true;
  }

  // ── file system ──

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
    return PosixPath.fromParts(this._root, [...this._parts, name]);
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
