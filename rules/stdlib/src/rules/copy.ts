import { type CallTypeHook, callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";
import { runtimeModule } from "../shared/runtime-module-functions";

/**
 * Python's `copy.copy`/`copy.deepcopy` onto the runtime's `copy` namespace:
 * lists, tuples, dicts (and the collections classes), sets and instances of
 * translated classes are copied like Python; a deep copy keeps shared
 * references shared and cycles intact; `__copy__`/`__deepcopy__` are used.
 */
const COPY = runtimeModule("copy", "copy", {
  copy: { signature: "(x: object) -> object", positional: ["x"] },
  deepcopy: { signature: "(x: object, memo: object = None) -> object", positional: ["x"] },
});

export const copyDeclarations = { values: COPY.declarations };

/** A copy has the type of the original. */
const sameType: CallTypeHook = (call, q) => (call.args[0] ? q.typeOf(call.args[0]) : undefined);
export const copyTypeHooks: Record<string, CallTypeHook> = { "copy.copy": sameType, "copy.deepcopy": sameType };

export default defineRule({
  meta: {
    id: "stdlib/copy",
    description: "Translate copy.copy and copy.deepcopy",
    messages: {
      unbindable: { code: "PY2TS5286", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, COPY.values);
    return { Call: callMappingVisitor(ctx, COPY.calls, "unbindable"), Name: values, Attribute: values };
  },
});
