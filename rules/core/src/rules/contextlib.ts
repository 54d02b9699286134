import { type CallMappingTable, callMappingVisitor, defineRule, methodMappingVisitor, valueMappingVisitor } from "@py2ts/core";

/**
 * `contextlib`: `@contextmanager` (the runtime's `contextmanager` turns the
 * translated generator function into a factory of context managers that
 * follow Python's protocol: the exception of the `with` body is thrown into
 * the generator at its `yield`) and `ExitStack` (`enter_context`,
 * `callback`, `close`; unwound last-in first-out). `contextlib.suppress` is
 * translated by the with-statement rule.
 */
const calls: CallMappingTable = {
  "contextlib.ExitStack": {
    signature: "() -> contextlib.ExitStack",
    translate: (_args, { b, runtime }) => b.new(runtime("ExitStack"), []),
  },
};

const exitStackMethods: CallMappingTable = {
  enter_context: {
    signature: "(cm: object) -> object",
    translate: (args, { b }) => b.methodCall(args.receiver!, "enter_context", [args.required("cm")]),
  },
  callback: {
    signature: "(callback: object, *args: object) -> object",
    translate: (args, { b }) => b.methodCall(args.receiver!, "callback", [args.required("callback"), ...args.rest()]),
  },
  close: {
    signature: "() -> None",
    translate: (args, { b }) => b.methodCall(args.receiver!, "close", []),
  },
};

export default defineRule({
  meta: {
    id: "core/contextlib",
    description: "Translate contextlib.contextmanager and ExitStack",
    messages: {
      unbindable: { code: "PY2TS2423", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, {
      "contextlib.contextmanager": ({ runtime }) => runtime("contextmanager"),
    });
    const functions = callMappingVisitor(ctx, calls, "unbindable");
    const methods = methodMappingVisitor(ctx, { "named:contextlib.ExitStack": exitStackMethods }, "unbindable");
    return {
      Call(path) {
        functions(path);
        if (path.node.kind === "Call") methods(path);
      },
      Name: values,
      Attribute: values,
    };
  },
});
