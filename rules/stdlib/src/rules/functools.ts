import { type CallTypeHook, T, callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";
import { runtimeModule } from "../shared/runtime-module-functions";

/**
 * Python's `functools` onto the runtime's `functools` namespace: `reduce`
 * (Python's TypeError on an empty iterable without an initial value),
 * `partial` with positional arguments, `lru_cache`/`cache` as decorators
 * (memoised by Python key equality, `cache_info()`/`cache_clear()`),
 * `wraps` (the wrapper takes the wrapped function's name), `cmp_to_key`.
 * `total_ordering` belongs to the class translation.
 */
const FUNCTOOLS = runtimeModule("functools", "functools", {
  reduce: { signature: "(function: object, iterable: object, initial: object = None, /) -> object", positional: ["function", "iterable", "initial"] },
  partial: { signature: "(func: object, /, *args: object) -> object", positional: ["func"] },
  // `typed=True` cannot be honoured (3 and 3.0 are one JavaScript number): not in the signature, so it is reported
  lru_cache: { signature: "(maxsize: object = 128) -> object", positional: ["maxsize"] },
  cache: { signature: "(user_function: object, /) -> object", positional: ["user_function"] },
  wraps: { signature: "(wrapped: object, /) -> object", positional: ["wrapped"] },
  cmp_to_key: { signature: "(mycmp: object, /) -> object", positional: ["mycmp"] },
});

export const functoolsDeclarations = { values: FUNCTOOLS.declarations };

/** `reduce(f, xs[, init])` gives what `f` returns (or the items' type). */
export const functoolsTypeHooks: Record<string, CallTypeHook> = {
  "functools.reduce": (call, q) => {
    const fn = call.args[0] ? q.typeOf(call.args[0]) : T.unknown;
    return fn.kind === "callable" && fn.returns.kind !== "unknown" ? fn.returns : undefined;
  },
  "functools.partial": (call, q) => {
    const fn = call.args[0] ? q.typeOf(call.args[0]) : T.unknown;
    if (fn.kind !== "callable") return undefined;
    return T.callable(fn.params ? fn.params.slice(call.args.length - 1) : null, fn.returns);
  },
};

export default defineRule({
  meta: {
    id: "stdlib/functools",
    description: "Translate functools (reduce, partial, lru_cache, cache, wraps, cmp_to_key)",
    messages: {
      unbindable: { code: "PY2TS5285", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, FUNCTOOLS.values);
    return { Call: callMappingVisitor(ctx, FUNCTOOLS.calls, "unbindable"), Name: values, Attribute: values };
  },
});
