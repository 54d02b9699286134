/**
 * Shared by the tests (excluded from the build): what a Python snippet would
 * show for a call, i.e. its result or `ExcName: message` for a raised exception.
 */
import { BaseException } from "./exceptions.js";

/** The result of `f()`, or `"ExcName: message"` when it raises a Python exception. */
export function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}
