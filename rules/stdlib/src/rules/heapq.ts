import { type CallTypeHook, T, callMappingVisitor, defineRule, iterationType, valueMappingVisitor } from "@py2ts/core";
import { runtimeModule } from "../shared/runtime-module-functions";

/**
 * Python's `heapq` onto the runtime's `heapq` namespace (a port of CPython's
 * heapq.py on arrays, comparing with Python's `<`, so tuples order item by
 * item and `heappop([])` raises IndexError).
 */
const HEAPQ = runtimeModule("heapq", "heapq", {
  heappush: { signature: "(heap: object, item: object, /) -> None", positional: ["heap", "item"] },
  heappop: { signature: "(heap: object, /) -> object", positional: ["heap"] },
  heapify: { signature: "(heap: object, /) -> None", positional: ["heap"] },
  heapreplace: { signature: "(heap: object, item: object, /) -> object", positional: ["heap", "item"] },
  heappushpop: { signature: "(heap: object, item: object, /) -> object", positional: ["heap", "item"] },
  nlargest: { signature: "(n: int, iterable: object, key: object = None) -> list[object]", positional: ["n", "iterable", "key"] },
  nsmallest: { signature: "(n: int, iterable: object, key: object = None) -> list[object]", positional: ["n", "iterable", "key"] },
  merge: { signature: "(*iterables: object) -> Iterator[object]" },
});

export const heapqDeclarations = { values: HEAPQ.declarations };

const itemOf = (i: number): CallTypeHook => (call, q) => (call.args[i] ? iterationType(q.typeOf(call.args[i]!)) : undefined);
const listOf = (i: number): CallTypeHook => (call, q) => (call.args[i] ? T.list(iterationType(q.typeOf(call.args[i]!))) : undefined);

export const heapqTypeHooks: Record<string, CallTypeHook> = {
  "heapq.heappop": itemOf(0),
  "heapq.heapreplace": itemOf(0),
  "heapq.heappushpop": itemOf(0),
  "heapq.nlargest": listOf(1),
  "heapq.nsmallest": listOf(1),
  "heapq.merge": (call, q) => (call.args[0] ? T.iterator(iterationType(q.typeOf(call.args[0]))) : undefined),
};

export default defineRule({
  meta: {
    id: "stdlib/heapq",
    description: "Translate heapq",
    messages: {
      unbindable: { code: "PY2TS5287", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, HEAPQ.values);
    return { Call: callMappingVisitor(ctx, HEAPQ.calls, "unbindable"), Name: values, Attribute: values };
  },
});
