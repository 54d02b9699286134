/**
 * Python's built-in exception hierarchy as JS classes.
 *
 * Every class keeps Python's constructor arguments in `args` and renders like
 * CPython: `str(e)` is `''` for no argument, `str(arg)` for one and the repr
 * of the args tuple for more; `repr(e)` is `ValueError('x')`. `message`
 * (read by Node when it prints an error) always equals `__str__()` and
 * `name` is the Python class name, also for user subclasses.
 */
import { repr, str } from "./repr.js";

/** Python's `BaseException`: root of the hierarchy, extends JS `Error`. */
export class BaseException extends globalThis.Error {
  /** The positional constructor arguments (Python's `args` tuple). */
  args: unknown[];
  /** Set by `raise ... from cause` (see `raiseFrom`). */
  __cause__: BaseException | null = null;
  /** The exception being handled when this one was raised. */
  __context__: BaseException | null = null;
  /** True after `raise ... from ...`: the context is not shown. */
  __suppress_context__ = false;
  /** Notes added with `add_note` (Python 3.11). */
  __notes__: string[] | undefined = undefined;

  constructor(...args: unknown[]) {
    super();
    this.args = args;
  }

  /** `str(e)`. */
  __str__(): string {
    const args = this.args;
    if (args.length === 0) return "";
    if (args.length === 1) return str(args[0]);
    return repr(args, "tuple[object, ...]");
  }

  /** `repr(e)`: `Name()`, `Name('x')`, `Name('a', 2)`. */
  __repr__(): string {
    const name = exceptionName(this);
    if (this.args.length === 1) return `${name}(${repr(this.args[0])})`;
    return name + repr(this.args, "tuple[object, ...]");
  }

  /** `e.add_note(note)`. */
  add_note(note: string): void {
    (this.__notes__ ??= []).push(note);
  }

  /** `e.with_traceback(tb)`: tracebacks are not modelled; returns `this`. */
  with_traceback(_tb: unknown): this {
    return this;
  }

  override toString(): string {
    const text = this.__str__();
    return text === "" ? exceptionName(this) : `${exceptionName(this)}: ${text}`;
  }
}

// `message` and `name` are computed from the Python view of the exception, so
// that user subclasses overriding `__str__` or just being declared are shown
// correctly by Node too.
Object.defineProperty(BaseException.prototype, "message", {
  configurable: true,
  get(this: BaseException): string {
    return this.__str__();
  },
  set(this: BaseException, value: unknown): void {
    Object.defineProperty(this, "message", { value, writable: true, configurable: true });
  },
});
Object.defineProperty(BaseException.prototype, "name", {
  configurable: true,
  get(this: BaseException): string {
    return exceptionName(this);
  },
  set(this: BaseException, value: unknown): void {
    Object.defineProperty(this, "name", { value, writable: true, configurable: true });
  },
});

/** The Python class name of an exception (`type(e).__name__`). */
export function exceptionName(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const ctor: unknown = (e as { constructor?: unknown }).constructor;
    if (typeof ctor === "function" && ctor.name !== "") return ctor.name;
  }
  return "Exception";
}

/** `SystemExit`: raised by `sys.exit()`; `code` is None, the single argument, or the args tuple. */
export class SystemExit extends BaseException {
  code: unknown;
  constructor(...args: unknown[]) {
    super(...args);
    this.code = args.length === 0 ? null : args.length === 1 ? args[0] : args;
  }
}
export class KeyboardInterrupt extends BaseException {}
export class GeneratorExit extends BaseException {}

export class Exception extends BaseException {}

/** `StopIteration`: `value` is the first argument (a generator's return value) or None. */
export class StopIteration extends Exception {
  value: unknown;
  constructor(...args: unknown[]) {
    super(...args);
    this.value = args.length === 0 ? null : args[0];
  }
}
export class StopAsyncIteration extends Exception {}
export class ArithmeticError extends Exception {}
export class FloatingPointError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class ZeroDivisionError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class BufferError extends Exception {}
export class EOFError extends Exception {}
export class ImportError extends Exception {}
export class ModuleNotFoundError extends ImportError {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}

/** `KeyError`: `str(e)` is the repr of the missing key (`KeyError: 'x'`). */
export class KeyError extends LookupError {
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0], "Hashable") : super.__str__();
  }
}
export class MemoryError extends Exception {}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}

/**
 * `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: the
 * attributes are parsed like CPython, `str(e)` is
 * `[Errno 2] No such file or directory: 'x'`, and `new OSError(2, ...)`
 * builds the errno's subclass (`FileNotFoundError`) as Python does.
 */
export class OSError extends Exception {
  errno: unknown = null;
  strerror: unknown = null;
  filename: unknown = null;
  filename2: unknown = null;

  constructor(...args: unknown[]) {
    super(...args);
    if (new.target === OSError && args.length >= 2 && args.length <= 5 && typeof args[0] === "number") {
      const subclass = errnoSubclass(args[0]);
      if (subclass !== undefined) return new subclass(...args);
    }
    if (args.length >= 2 && args.length <= 5) {
      this.errno = args[0];
      this.strerror = args[1];
      const filename = args[2];
      if (filename !== undefined && filename !== null) {
        this.filename = filename;
        const filename2 = args[4];
        if (filename2 !== undefined && filename2 !== null) this.filename2 = filename2;
        this.args = args.slice(0, 2);
      }
    }
  }

  override __str__(): string {
    if (this.filename !== null) {
      const head = `[Errno ${str(this.errno)}] ${str(this.strerror)}: ${repr(this.filename)}`;
      return this.filename2 !== null ? `${head} -> ${repr(this.filename2)}` : head;
    }
    if (this.args.length >= 2 && this.args.length <= 5) {
      return `[Errno ${str(this.errno)}] ${str(this.strerror)}`;
    }
    return super.__str__();
  }
}
/** Python's aliases of `OSError`. */
export const IOError = OSError;
export const EnvironmentError = OSError;
export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}

type OSErrorClass = new (...args: unknown[]) => OSError;

/** CPython's errno → OSError subclass table (Linux errno values). */
const ERRNO_SUBCLASSES: ReadonlyMap<number, OSErrorClass> = new Map<number, OSErrorClass>([
  [11, BlockingIOError], // EAGAIN / EWOULDBLOCK
  [114, BlockingIOError], // EALREADY
  [115, BlockingIOError], // EINPROGRESS
  [10, ChildProcessError], // ECHILD
  [32, BrokenPipeError], // EPIPE
  [108, BrokenPipeError], // ESHUTDOWN
  [103, ConnectionAbortedError],
  [111, ConnectionRefusedError],
  [104, ConnectionResetError],
  [17, FileExistsError],
  [2, FileNotFoundError],
  [21, IsADirectoryError],
  [20, NotADirectoryError],
  [4, InterruptedError],
  [13, PermissionError], // EACCES
  [1, PermissionError], // EPERM
  [3, ProcessLookupError], // ESRCH
  [110, TimeoutError], // ETIMEDOUT
]);

function errnoSubclass(errno: number): OSErrorClass | undefined {
  return ERRNO_SUBCLASSES.get(errno);
}

export class ReferenceError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}
export class SyntaxError extends Exception {}
export class IndentationError extends SyntaxError {}
export class SystemError extends Exception {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}

/**
 * `UnicodeDecodeError(encoding, object, start, end, reason)`:
 * `'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`.
 */
export class UnicodeDecodeError extends UnicodeError {
  encoding: unknown;
  object: unknown;
  start: unknown;
  end: unknown;
  reason: unknown;
  constructor(...args: unknown[]) {
    super(...args);
    [this.encoding, this.object, this.start, this.end, this.reason] = args;
  }
  override __str__(): string {
    if (this.args.length !== 5 || typeof this.start !== "number" || typeof this.end !== "number") {
      return super.__str__();
    }
    const bytes = this.object instanceof Uint8Array ? this.object : new Uint8Array();
    const head = `'${str(this.encoding)}' codec can't decode`;
    if (this.end === this.start + 1 && this.start < bytes.length) {
      const byte = bytes[this.start]!.toString(16).padStart(2, "0");
      return `${head} byte 0x${byte} in position ${this.start}: ${str(this.reason)}`;
    }
    return `${head} bytes in position ${this.start}-${this.end - 1}: ${str(this.reason)}`;
  }
}
export class UnicodeEncodeError extends UnicodeError {}

export class Warning extends Exception {}
export class UserWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class RuntimeWarning extends Warning {}

/**
 * `raise exc from cause`: sets `__cause__` and `__suppress_context__`
 * (`cause` null is `from None`) and returns `exc` for the `throw`.
 */
export function raiseFrom<E extends BaseException>(exc: E, cause: BaseException | null): E {
  exc.__cause__ = cause;
  exc.__suppress_context__ = true;
  return exc;
}

/**
 * Implicit chaining: raising `exc` while `handled` is being handled sets
 * `exc.__context__` (unless already set or it would create a cycle).
 * Returns `exc` for the `throw`.
 */
export function withContext<E extends BaseException>(exc: E, handled: BaseException | null): E {
  if (handled === null || handled === exc || exc.__context__ !== null) return exc;
  for (let c: BaseException | null = handled; c !== null; c = c.__context__) {
    if (c === exc) return exc;
  }
  exc.__context__ = handled;
  return exc;
}

/** Python `isinstance(e, cls)` for exception classes written as a tuple. */
export function isInstance(e: unknown, ...classes: ReadonlyArray<abstract new (...args: never[]) => unknown>): boolean {
  for (const cls of classes) if (e instanceof cls) return true;
  return false;
}

const BUILTIN_EXCEPTIONS: readonly object[] = [
  BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
  ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
  BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
  NameError, UnboundLocalError, OSError, BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError,
  ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
  InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError,
  ReferenceError, RuntimeError, NotImplementedError, RecursionError, SyntaxError, IndentationError, SystemError,
  TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning,
  DeprecationWarning, RuntimeWarning,
];
for (const cls of BUILTIN_EXCEPTIONS) {
  Object.defineProperty(cls, "__module__", { value: "builtins", configurable: true });
}
