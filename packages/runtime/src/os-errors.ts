/**
 * The boundary between Node's file-system calls and translated code: path
 * arguments accept `str` or an `os.PathLike` (a `pathlib.Path`), and a Node
 * error thrown by a call surfaces as the OSError subclass Python raises, with
 * Python's filename (`[Errno 2] No such file or directory: 'x'`).
 */
import { TypeError as PyTypeError } from "./exceptions.js";
import { toPyException } from "./node-errors.js";
import { typeName } from "./repr.js";

/** Python's `os.PathLike`: an object with `__fspath__()`. */
export interface PathLike {
  __fspath__(): string;
}

/** What Python's path functions accept: `str` or an `os.PathLike`. */
export type StrPath = string | PathLike;

function isPathLike(x: unknown): x is PathLike {
  return typeof x === "object" && x !== null && typeof (x as { __fspath__?: unknown }).__fspath__ === "function";
}

/** Python `os.fspath(p)`: the string form of a path (TypeError for anything else). */
export function fspath(p: unknown): string {
  if (typeof p === "string") return p;
  if (isPathLike(p)) return p.__fspath__();
  throw new PyTypeError(`expected str, bytes or os.PathLike object, not ${typeName(p)}`);
}

/**
 * Runs a Node file-system call; anything it throws is rethrown as the Python
 * exception (`filename` names the path when Node's error does not carry it).
 */
export function osCall<T>(fn: () => T, filename?: string): T {
  try {
    return fn();
  } catch (e) {
    throw toPyException(e, filename);
  }
}

/** Runs a call whose Node error would name the wrong path (`chdir`), forcing Python's filename(s). */
export function osCallFor<T>(fn: () => T, filename: string, filename2?: string): T {
  try {
    return fn();
  } catch (e) {
    if (typeof e === "object" && e !== null && typeof (e as { code?: unknown }).code === "string") {
      const plain = { code: (e as { code: string }).code, path: filename, dest: filename2, message: "" };
      throw toPyException(plain);
    }
    throw toPyException(e, filename);
  }
}
