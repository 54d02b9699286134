/**
 * `contextlib` for translated code: `@contextmanager` generator functions
 * and `ExitStack`, both following Python's context-manager protocol
 * (`__enter__()`, `__exit__(type, exc, tb)` returning whether the exception
 * is suppressed), which the translated `with` statements call.
 */
import { BaseException, RuntimeError, StopIteration } from "./exceptions.js";
import { toPyException } from "./node-errors.js";
import { truthy } from "./truthiness.js";

type ExceptionClass = typeof BaseException;

/** The context manager a `@contextmanager` function returns. */
export class GeneratorContextManager<T> {
  constructor(private readonly gen: Generator<T, unknown, unknown>) {}

  __enter__(): T {
    const step = this.gen.next();
    if (step.done) throw new RuntimeError("generator didn't yield");
    return step.value;
  }

  __exit__(type: ExceptionClass | null, exc: BaseException | null, _tb: null): boolean {
    if (exc === null) {
      const step = this.gen.next();
      if (!step.done) throw new RuntimeError("generator didn't stop");
      return false;
    }
    void type;
    let step: IteratorResult<T, unknown>;
    try {
      step = this.gen.throw(exc);
    } catch (error) {
      const raised = toPyException(error);
      // the generator re-raised the exception it was given: not suppressed
      if (raised === exc) return false;
      if (raised instanceof StopIteration) return true;
      throw raised;
    }
    if (!step.done) throw new RuntimeError("generator didn't stop after throw()");
    return true;
  }
}

/** `@contextlib.contextmanager`: the generator function becomes a context-manager factory. */
export function contextmanager<A extends unknown[], T>(fn: (...args: A) => Generator<T, unknown, unknown>): (...args: A) => GeneratorContextManager<T> {
  return (...args: A) => new GeneratorContextManager(fn(...args));
}

interface ContextManager<T> {
  __enter__(): T;
  __exit__(type: ExceptionClass | null, exc: BaseException | null, tb: null): unknown;
}

/** `contextlib.ExitStack`: callbacks and managers unwound last-in first-out on exit. */
export class ExitStack {
  private readonly callbacks: Array<(type: ExceptionClass | null, exc: BaseException | null) => boolean> = [];

  __enter__(): this {
    return this;
  }

  /** `stack.enter_context(cm)`: enters `cm` now, exits it when the stack unwinds. */
  enter_context<T>(cm: ContextManager<T>): T {
    const value = cm.__enter__();
    this.callbacks.push((type, exc) => truthy(cm.__exit__(type, exc, null)));
    return value;
  }

  /** `stack.callback(fn, *args)`. */
  callback<A extends unknown[]>(fn: (...args: A) => unknown, ...args: A): (...args: A) => unknown {
    this.callbacks.push(() => {
      fn(...args);
      return false;
    });
    return fn;
  }

  /** `stack.close()`. */
  close(): void {
    this.__exit__(null, null, null);
  }

  __exit__(type: ExceptionClass | null, exc: BaseException | null, _tb: null): boolean {
    let pending: BaseException | null = exc;
    let pendingType = type;
    let suppressed = false;
    while (this.callbacks.length > 0) {
      const cb = this.callbacks.pop()!;
      try {
        if (cb(pendingType, pending)) {
          suppressed = true;
          pending = null;
          pendingType = null;
        }
      } catch (error) {
        pending = toPyException(error);
        pendingType = pending.constructor as ExceptionClass;
        suppressed = false;
      }
    }
    if (pending !== null && pending !== exc) throw pending;
    return suppressed && exc !== null;
  }
}
