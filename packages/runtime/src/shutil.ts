/**
 * Python's `shutil` (CPython 3.11) for the operations scripts use: copying
 * files (`copyfile`, `copy`, `copy2` with metadata), trees (`copytree`,
 * `rmtree`), `move`, `which` and `disk_usage`, with Python's checks and
 * errors (`SameFileError`, `IsADirectoryError` naming the right path,
 * `rmtree` refusing symlinks and files, `move` refusing an existing target
 * inside a directory).
 */
import * as fs from "node:fs";
import { FileNotFoundError, IndexError, IsADirectoryError, OSError } from "./exceptions.js";
import { fnmatchFilter } from "./fnmatch.js";
import { type StrPath, fspath, osCall } from "./os-errors.js";
import { abspath, exists, isdir, islink, pathJoin, samefile } from "./os-path.js";
import { S_IFDIR, S_IFLNK, S_IFMT } from "./os-stat.js";
import { makedirs } from "./os.js";
import { repr } from "./repr.js";

/** `shutil.Error`. */
class Error extends OSError {}
Object.defineProperty(Error, "__module__", { value: "shutil" });

/** `shutil.SameFileError`. */
class SameFileError extends Error {}
Object.defineProperty(SameFileError, "__module__", { value: "shutil" });

export { Error as ShutilError, SameFileError };

function sameFile(src: string, dst: string): boolean {
  try {
    return samefile(src, dst);
  } catch {
    return false;
  }
}

function openFd(path: string, flags: string): number {
  const fd = osCall(() => fs.openSync(path, flags, 0o666), path);
  if (flags === "r" && fs.fstatSync(fd).isDirectory()) {
    fs.closeSync(fd);
    throw new IsADirectoryError(21, "Is a directory", path);
  }
  return fd;
}

/** `shutil.copyfile(src, dst, *, follow_symlinks=True)`: the contents only; returns dst. */
export function copyfile(src: StrPath, dst: StrPath, followSymlinks = true): string {
  const s = fspath(src);
  const d = fspath(dst);
  if (sameFile(s, d)) throw new SameFileError(`${repr(s)} and ${repr(d)} are the same file`);
  if (!followSymlinks && islink(s)) {
    osCall(() => fs.symlinkSync(fs.readlinkSync(s), d), d);
    return d;
  }
  const input = openFd(s, "r");
  try {
    let output: number;
    try {
      output = openFd(d, "w");
    } catch (e) {
      if (e instanceof IsADirectoryError && !exists(d)) throw new FileNotFoundError(`Directory does not exist: ${d}`);
      throw e;
    }
    try {
      const buffer = Buffer.alloc(1 << 16);
      for (let n = fs.readSync(input, buffer); n > 0; n = fs.readSync(input, buffer)) {
        let off = 0;
        while (off < n) off += fs.writeSync(output, buffer, off, n - off);
      }
    } finally {
      fs.closeSync(output);
    }
  } finally {
    fs.closeSync(input);
  }
  return d;
}

/** `shutil.copymode(src, dst)`: the permission bits. */
export function copymode(src: StrPath, dst: StrPath): void {
  const s = fspath(src);
  const d = fspath(dst);
  const mode = osCall(() => fs.statSync(s), s).mode & 0o7777;
  osCall(() => fs.chmodSync(d, mode), d);
}

/** `shutil.copystat(src, dst)`: permission bits and access/modification times. */
export function copystat(src: StrPath, dst: StrPath): void {
  const s = fspath(src);
  const d = fspath(dst);
  const st = osCall(() => fs.statSync(s, { bigint: true }), s);
  const seconds = (ns: bigint) => Number(ns) / 1e9;
  osCall(() => fs.utimesSync(d, seconds(st.atimeNs), seconds(st.mtimeNs)), d);
  osCall(() => fs.chmodSync(d, Number(st.mode) & 0o7777), d);
}

function intoDirectory(src: string, dst: string): string {
  return isdir(dst) ? pathJoin(dst, src.replace(/\/+$/, "").slice(src.replace(/\/+$/, "").lastIndexOf("/") + 1)) : dst;
}

/** `shutil.copy(src, dst)`: contents and permission bits; dst may be a directory. Returns the new file's path. */
export function copy(src: StrPath, dst: StrPath): string {
  const s = fspath(src);
  const d = intoDirectory(s, fspath(dst));
  copyfile(s, d);
  copymode(s, d);
  return d;
}

/** `shutil.copy2(src, dst)`: like `copy`, also keeping the timestamps. */
export function copy2(src: StrPath, dst: StrPath): string {
  const s = fspath(src);
  const d = intoDirectory(s, fspath(dst));
  copyfile(s, d);
  copystat(s, d);
  return d;
}

/** `shutil.ignore_patterns(*patterns)`: a copytree `ignore` callable. */
export function ignorePatterns(...patterns: string[]): (path: string, names: string[]) => Set<string> {
  return (_path, names) => new Set(patterns.flatMap((p) => fnmatchFilter(names, p)));
}

/** Keyword arguments of `shutil.copytree`. */
export interface CopytreeOptions {
  readonly symlinks?: boolean;
  readonly ignore?: ((path: string, names: string[]) => Iterable<string>) | null;
  readonly copy_function?: (src: string, dst: string) => unknown;
  readonly ignore_dangling_symlinks?: boolean;
  readonly dirs_exist_ok?: boolean;
}

/** `shutil.copytree(src, dst, ...)`: errors are collected and raised together as `shutil.Error`. */
export function copytree(src: StrPath, dst: StrPath, options: CopytreeOptions = {}): string {
  const s = fspath(src);
  const d = fspath(dst);
  const entries = osCall(() => {
    const dir = fs.opendirSync(s);
    const list: fs.Dirent[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) list.push(e);
    } finally {
      dir.closeSync();
    }
    return list;
  }, s);
  const ignored = new Set(options.ignore ? options.ignore(s, entries.map((e) => e.name)) : []);
  makedirs(d, 0o777, options.dirs_exist_ok ?? false);
  const copyFunction = options.copy_function ?? copy2;
  const errors: Array<[string, string, string]> = [];
  for (const entry of entries) {
    if (ignored.has(entry.name)) continue;
    const srcname = pathJoin(s, entry.name);
    const dstname = pathJoin(d, entry.name);
    try {
      if (entry.isSymbolicLink()) {
        const linkto = fs.readlinkSync(srcname);
        if (options.symlinks) {
          fs.symlinkSync(linkto, dstname);
        } else if (!exists(linkto) && options.ignore_dangling_symlinks) {
          continue;
        } else if (isdir(srcname)) {
          copytree(srcname, dstname, options);
        } else {
          copyFunction(srcname, dstname);
        }
      } else if (entry.isDirectory()) {
        copytree(srcname, dstname, options);
      } else {
        copyFunction(srcname, dstname);
      }
    } catch (e) {
      if (e instanceof Error) errors.push(...(e.args[0] as Array<[string, string, string]>));
      else if (e instanceof OSError) errors.push([srcname, dstname, e.__str__()]);
      else throw e;
    }
  }
  try {
    copystat(s, d);
  } catch (e) {
    if (!(e instanceof OSError)) throw e;
    errors.push([s, d, e.__str__()]);
  }
  if (errors.length > 0) throw new Error(errors);
  return d;
}

/** `shutil.rmtree(path, ignore_errors=False)`: refuses a symlink, raises NotADirectoryError for a file. */
export function rmtree(path: StrPath, ignoreErrors = false): void {
  const p = fspath(path);
  try {
    const mode = osCall(() => fs.lstatSync(p), p).mode & S_IFMT;
    if (mode === S_IFLNK) throw new OSError("Cannot call rmtree on a symbolic link");
    if (mode !== S_IFDIR) throw new OSError(20, "Not a directory", p);
    osCall(() => fs.rmSync(p, { recursive: true, force: false }), p);
  } catch (e) {
    if (!ignoreErrors) throw e;
  }
}

function destinationInSource(src: string, dst: string): boolean {
  const s = abspath(src).replace(/\/?$/, "/");
  const d = abspath(dst).replace(/\/?$/, "/");
  return d.startsWith(s);
}

/** `shutil.move(src, dst)`: a rename, or copy-and-delete across file systems; into dst when it is a directory. */
export function move(src: StrPath, dst: StrPath, copyFunction: (src: string, dst: string) => unknown = copy2): string {
  const s = fspath(src);
  const d = fspath(dst);
  let realDst = d;
  if (isdir(d)) {
    if (sameFile(s, d)) {
      osCall(() => fs.renameSync(s, d));
      return d;
    }
    const trimmed = s.replace(/\/+$/, "");
    realDst = pathJoin(d, trimmed.slice(trimmed.lastIndexOf("/") + 1));
    if (exists(realDst)) throw new Error(`Destination path '${realDst}' already exists`);
  }
  try {
    fs.renameSync(s, realDst);
  } catch {
    if (islink(s)) {
      const linkto = fs.readlinkSync(s);
      osCall(() => fs.symlinkSync(linkto, realDst), realDst);
      fs.unlinkSync(s);
    } else if (isdir(s)) {
      if (destinationInSource(s, d)) throw new Error(`Cannot move a directory '${s}' into itself '${d}'.`);
      copytree(s, realDst, { copy_function: copyFunction, symlinks: true });
      rmtree(s);
    } else {
      copyFunction(s, realDst);
      osCall(() => fs.unlinkSync(s), s);
    }
  }
  return realDst;
}

/** `shutil.which(cmd, mode=os.F_OK | os.X_OK, path=None)`: the executable's path, or None. */
export function which(cmd: StrPath, mode: number = fs.constants.F_OK | fs.constants.X_OK, path: string | null = null): string | null {
  const c = fspath(cmd);
  const usable = (p: string) => {
    try {
      fs.accessSync(p, mode);
      return !fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  };
  if (c.includes("/")) return usable(c) ? c : null;
  const search = path ?? process.env["PATH"] ?? "/bin:/usr/bin";
  const seen = new Set<string>();
  for (const dir of search.split(":")) {
    const normdir = dir === "" ? "." : dir;
    if (seen.has(normdir)) continue;
    seen.add(normdir);
    const name = pathJoin(dir, c);
    if (usable(name)) return name;
  }
  return null;
}

/** `shutil.disk_usage(path)`: `(total, used, free)` in bytes, as Python computes them from statvfs. */
export class DiskUsage {
  constructor(
    readonly total: number,
    readonly used: number,
    readonly free: number,
  ) {}

  __repr__(): string {
    return `usage(total=${this.total}, used=${this.used}, free=${this.free})`;
  }
}

export function diskUsage(path: StrPath): DiskUsage {
  const p = fspath(path);
  const st = osCall(() => fs.statfsSync(p), p);
  return new DiskUsage(st.blocks * st.bsize, (st.blocks - st.bfree) * st.bsize, st.bavail * st.bsize);
}

/** `os.terminal_size`: `(columns, lines)`. */
export class TerminalSize {
  constructor(
    readonly columns: number,
    readonly lines: number,
  ) {}

  __getitem__(i: number): number {
    const v = [this.columns, this.lines][i < 0 ? i + 2 : i];
    if (v === undefined) throw new IndexError("tuple index out of range");
    return v;
  }

  __len__(): number {
    return 2;
  }

  __repr__(): string {
    return `os.terminal_size(columns=${this.columns}, lines=${this.lines})`;
  }
}

/**
 * `shutil.get_terminal_size(fallback=(80, 24))`: `COLUMNS`/`LINES` from the
 * environment when set, else the size of the terminal on stdout, else the
 * fallback (a pipe, as under a test harness).
 */
export function getTerminalSize(fallback: readonly [number, number] = [80, 24]): TerminalSize {
  const env = (name: string): number => {
    const n = Number.parseInt(process.env[name] ?? "", 10);
    return Number.isNaN(n) ? 0 : n;
  };
  let columns = env("COLUMNS");
  let lines = env("LINES");
  if (columns <= 0 || lines <= 0) {
    const tty = process.stdout.isTTY ? process.stdout : null;
    const size = tty && tty.columns > 0 ? [tty.columns, tty.rows] : null;
    if (size === null || size[0] === 0 || size[1] === 0) {
      if (columns <= 0) columns = fallback[0];
      if (lines <= 0) lines = fallback[1];
    } else {
      if (columns <= 0) columns = size[0]!;
      if (lines <= 0) lines = size[1]!;
    }
  }
  return new TerminalSize(columns, lines);
}
