/**
 * Conversion of anything thrown by JS or Node into a Python exception, so
 * that translated `except FileNotFoundError:` clauses keep working:
 * Node system errors (`ENOENT`, `EACCES`, ...) become the matching `OSError`
 * subclass with CPython's errno, strerror and filename
 * (`[Errno 2] No such file or directory: 'missing.txt'`).
 */
import {
  BaseException,
  Exception,
  OSError,
  RecursionError,
  TypeError as PyTypeError,
  ZeroDivisionError,
} from "./exceptions.js";

/** Linux errno values and glibc `strerror` texts, as Python reports them. */
const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  E2BIG: [7, "Argument list too long"],
  EACCES: [13, "Permission denied"],
  EADDRINUSE: [98, "Address already in use"],
  EADDRNOTAVAIL: [99, "Cannot assign requested address"],
  EAFNOSUPPORT: [97, "Address family not supported by protocol"],
  EAGAIN: [11, "Resource temporarily unavailable"],
  EALREADY: [114, "Operation already in progress"],
  EBADF: [9, "Bad file descriptor"],
  EBADMSG: [74, "Bad message"],
  EBUSY: [16, "Device or resource busy"],
  ECANCELED: [125, "Operation canceled"],
  ECHILD: [10, "No child processes"],
  ECONNABORTED: [103, "Software caused connection abort"],
  ECONNREFUSED: [111, "Connection refused"],
  ECONNRESET: [104, "Connection reset by peer"],
  EDEADLK: [35, "Resource deadlock avoided"],
  EDESTADDRREQ: [89, "Destination address required"],
  EDOM: [33, "Numerical argument out of domain"],
  EDQUOT: [122, "Disk quota exceeded"],
  EEXIST: [17, "File exists"],
  EFAULT: [14, "Bad address"],
  EFBIG: [27, "File too large"],
  EHOSTUNREACH: [113, "No route to host"],
  EIDRM: [43, "Identifier removed"],
  EILSEQ: [84, "Invalid or incomplete multibyte or wide character"],
  EINPROGRESS: [115, "Operation now in progress"],
  EINTR: [4, "Interrupted system call"],
  EINVAL: [22, "Invalid argument"],
  EIO: [5, "Input/output error"],
  EISCONN: [106, "Transport endpoint is already connected"],
  EISDIR: [21, "Is a directory"],
  ELOOP: [40, "Too many levels of symbolic links"],
  EMFILE: [24, "Too many open files"],
  EMLINK: [31, "Too many links"],
  EMSGSIZE: [90, "Message too long"],
  EMULTIHOP: [72, "Multihop attempted"],
  ENAMETOOLONG: [36, "File name too long"],
  ENETDOWN: [100, "Network is down"],
  ENETRESET: [102, "Network dropped connection on reset"],
  ENETUNREACH: [101, "Network is unreachable"],
  ENFILE: [23, "Too many open files in system"],
  ENOBUFS: [105, "No buffer space available"],
  ENODATA: [61, "No data available"],
  ENODEV: [19, "No such device"],
  ENOENT: [2, "No such file or directory"],
  ENOEXEC: [8, "Exec format error"],
  ENOLCK: [37, "No locks available"],
  ENOLINK: [67, "Link has been severed"],
  ENOMEM: [12, "Cannot allocate memory"],
  ENOMSG: [42, "No message of desired type"],
  ENOPROTOOPT: [92, "Protocol not available"],
  ENOSPC: [28, "No space left on device"],
  ENOSR: [63, "Out of streams resources"],
  ENOSTR: [60, "Device not a stream"],
  ENOSYS: [38, "Function not implemented"],
  ENOTCONN: [107, "Transport endpoint is not connected"],
  ENOTDIR: [20, "Not a directory"],
  ENOTEMPTY: [39, "Directory not empty"],
  ENOTSOCK: [88, "Socket operation on non-socket"],
  ENOTSUP: [95, "Operation not supported"],
  ENOTTY: [25, "Inappropriate ioctl for device"],
  ENXIO: [6, "No such device or address"],
  EOPNOTSUPP: [95, "Operation not supported"],
  EOVERFLOW: [75, "Value too large for defined data type"],
  EPERM: [1, "Operation not permitted"],
  EPIPE: [32, "Broken pipe"],
  EPROTO: [71, "Protocol error"],
  EPROTONOSUPPORT: [93, "Protocol not supported"],
  EPROTOTYPE: [91, "Protocol wrong type for socket"],
  ERANGE: [34, "Numerical result out of range"],
  EROFS: [30, "Read-only file system"],
  ESPIPE: [29, "Illegal seek"],
  ESRCH: [3, "No such process"],
  ESTALE: [116, "Stale file handle"],
  ETIME: [62, "Timer expired"],
  ETIMEDOUT: [110, "Connection timed out"],
  ETXTBSY: [26, "Text file busy"],
  EWOULDBLOCK: [11, "Resource temporarily unavailable"],
  EXDEV: [18, "Invalid cross-device link"],
};

/** Wraps a thrown JS value that has no Python counterpart; `str(e)` is its message. */
export class JavaScriptError extends Exception {
  /** The original thrown value. */
  readonly original: unknown;
  constructor(message: string, original: unknown) {
    super(message);
    this.original = original;
  }
}

interface NodeSystemError {
  readonly code: string;
  readonly path?: unknown;
  readonly dest?: unknown;
  readonly message?: unknown;
}

function isNodeSystemError(e: object): e is NodeSystemError {
  return typeof (e as { code?: unknown }).code === "string" && /^E[A-Z0-9]+$/.test((e as { code: string }).code);
}

const converted = new WeakMap<object, BaseException>();

/** The OSError (subclass) Python would raise for a Node system error. */
function fromSystemError(e: NodeSystemError, filename: string | undefined): BaseException | undefined {
  const entry = ERRNO[e.code];
  if (entry === undefined) return undefined;
  const [errno, strerror] = entry;
  const args: unknown[] = [errno, strerror];
  const path = typeof e.path === "string" ? e.path : filename;
  if (path !== undefined) {
    args.push(path);
    if (typeof e.dest === "string") args.push(null, e.dest);
  }
  return new OSError(...args);
}

/**
 * Converts anything thrown into a Python exception. Our exceptions pass
 * through unchanged; Node system errors become OSError subclasses; a JS stack
 * overflow becomes `RecursionError('maximum recursion depth exceeded')`; a JS
 * `TypeError` becomes `TypeError`; anything else a `JavaScriptError`
 * (an `Exception`) keeping the message. Converting the same value twice gives
 * the same exception object. `filename` is used for a system error that does
 * not carry its path (Node's `EISDIR` from reading a directory).
 */
export function toPyException(e: unknown, filename?: string): BaseException {
  if (e instanceof BaseException) return e;
  if (typeof e !== "object" || e === null) {
    return new JavaScriptError(String(e), e);
  }
  const known = converted.get(e);
  if (known !== undefined) {
    if (filename !== undefined && known instanceof OSError && known.filename === null && known.errno !== null) {
      known.filename = filename;
      known.args = known.args.slice(0, 2);
    }
    return known;
  }
  const result = convertObject(e, filename);
  converted.set(e, result);
  return result;
}

function convertObject(e: object, filename: string | undefined): BaseException {
  if (isNodeSystemError(e)) {
    const os = fromSystemError(e, filename);
    if (os !== undefined) return os;
  }
  const message = e instanceof globalThis.Error ? e.message : String(e);
  if (e instanceof globalThis.RangeError) {
    if (message.includes("Maximum call stack size exceeded")) {
      return new RecursionError("maximum recursion depth exceeded");
    }
    if (message.includes("Division by zero")) return new ZeroDivisionError("division by zero");
  }
  if (e instanceof globalThis.TypeError) return new PyTypeError(message);
  return new JavaScriptError(message, e);
}
