/**
 * Python's `tempfile` for scripts: `mkdtemp`, `mkstemp`, `gettempdir`,
 * `TemporaryDirectory` (removed by `cleanup()` / the end of a `with`) and
 * `NamedTemporaryFile` (removed on close unless `delete=False`). Names follow
 * Python's shape (`prefix` + 8 random characters + `suffix`, default prefix
 * `tmp`); the random part differs from run to run, as in Python.
 */
import { randomInt } from "node:crypto";
import * as fs from "node:fs";
import { tmpdir } from "node:os";
import { FileExistsError } from "./exceptions.js";
import { type BinaryFile, type TextFile, open, openBinary } from "./files.js";
import { type StrPath, fspath, osCall } from "./os-errors.js";
import { abspath, pathJoin } from "./os-path.js";

const CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_";

function randomName(): string {
  let out = "";
  for (let i = 0; i < 8; i++) out += CHARACTERS[randomInt(CHARACTERS.length)];
  return out;
}

/** Python `tempfile.gettempdir()`. */
export function gettempdir(): string {
  return tmpdir();
}

/** Tries names until one can be created (like Python, up to `TMP_MAX` attempts). */
function create<T>(suffix: string | null, prefix: string | null, dir: StrPath | null, make: (path: string) => T): T {
  const base = dir === null ? gettempdir() : fspath(dir);
  for (let attempt = 0; attempt < 10000; attempt++) {
    const path = abspath(pathJoin(base, `${prefix ?? "tmp"}${randomName()}${suffix ?? ""}`));
    try {
      return make(path);
    } catch (e) {
      if (e instanceof FileExistsError) continue;
      throw e;
    }
  }
  throw new FileExistsError(17, "No usable temporary file name found");
}

/** Python `tempfile.mkdtemp(suffix=None, prefix=None, dir=None)`: the new directory's absolute path. */
export function mkdtemp(suffix: string | null = null, prefix: string | null = null, dir: StrPath | null = null): string {
  return create(suffix, prefix, dir, (path) => {
    osCall(() => fs.mkdirSync(path, 0o700), path);
    return path;
  });
}

/** Python `tempfile.mkstemp(suffix=None, prefix=None, dir=None, text=False)`: `(fd, path)`. */
export function mkstemp(suffix: string | null = null, prefix: string | null = null, dir: StrPath | null = null): [number, string] {
  return create(suffix, prefix, dir, (path) => {
    const c = fs.constants;
    const fd = osCall(() => fs.openSync(path, c.O_RDWR | c.O_CREAT | c.O_EXCL, 0o600), path);
    return [fd, path] as [number, string];
  });
}

/** Python `tempfile.TemporaryDirectory(suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False)`. */
export class TemporaryDirectory {
  /** `td.name`: the directory's path. */
  readonly name: string;
  private removed = false;

  constructor(suffix: string | null = null, prefix: string | null = null, dir: StrPath | null = null, private readonly ignoreCleanupErrors = false) {
    this.name = mkdtemp(suffix, prefix, dir);
  }

  /** `td.cleanup()`: removes the directory and its contents (once). */
  cleanup(): void {
    if (this.removed) return;
    this.removed = true;
    try {
      fs.rmSync(this.name, { recursive: true, force: true });
    } catch (e) {
      if (!this.ignoreCleanupErrors) throw e;
    }
  }

  /** `with TemporaryDirectory() as name:` binds the path. */
  __enter__(): string {
    return this.name;
  }

  __exit__(..._args: unknown[]): boolean {
    this.cleanup();
    return false;
  }

  __repr__(): string {
    return `<TemporaryDirectory '${this.name}'>`;
  }
}

/** Keyword arguments of `NamedTemporaryFile`. */
export interface NamedTemporaryFileOptions {
  readonly encoding?: string | null;
  readonly newline?: string | null;
  readonly errors?: string | null;
  readonly suffix?: string | null;
  readonly prefix?: string | null;
  readonly dir?: StrPath | null;
  readonly delete?: boolean;
}

function deleteOnClose<F extends TextFile | BinaryFile>(file: F, path: string, remove: boolean): F {
  if (!remove) return file;
  const close = file.close.bind(file);
  file.close = () => {
    const wasOpen = !file.closed;
    close();
    if (wasOpen) fs.rmSync(path, { force: true });
  };
  return file;
}

function createFile(options: NamedTemporaryFileOptions): string {
  return create(options.suffix ?? null, options.prefix ?? null, options.dir ?? null, (path) => {
    const c = fs.constants;
    fs.closeSync(osCall(() => fs.openSync(path, c.O_RDWR | c.O_CREAT | c.O_EXCL, 0o600), path));
    return path;
  });
}

/** Python `tempfile.NamedTemporaryFile(mode)` for a text mode. */
export function namedTemporaryFile(mode: string, options: NamedTemporaryFileOptions = {}): TextFile {
  const path = createFile(options);
  const file = open(path, mode, { encoding: options.encoding ?? null, newline: options.newline ?? null, errors: options.errors ?? null });
  return deleteOnClose(file, path, options.delete ?? true);
}

/** Python `tempfile.NamedTemporaryFile(mode="w+b")` for a binary mode. */
export function namedTemporaryBinaryFile(mode = "w+b", options: NamedTemporaryFileOptions = {}): BinaryFile {
  const path = createFile(options);
  const file = openBinary(path, mode);
  return deleteOnClose(file, path, options.delete ?? true);
}
