import { type CallMappingTable, callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";

/**
 * The parts of `sys` every script uses: `sys.argv` (the runtime's argv keeps
 * Python's shape: the script path, then the arguments), `sys.exit(n)` (raises
 * SystemExit, so `finally` blocks run, like Python), and the standard streams.
 */
const calls: CallMappingTable = {
  "sys.exit": {
    signature: "(status: object = None) -> None",
    translate: (args, { b, runtime }) => b.call(runtime("exit"), args.has("status") ? [args.required("status")] : []),
  },
};

export default defineRule({
  meta: {
    id: "core/sys",
    description: "Translate sys.argv, sys.exit and the standard streams",
    messages: {
      unbindable: { code: "PY2TS2104", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, {
      "sys.argv": ({ runtime }) => runtime("argv"),
      "sys.stdout": ({ runtime }) => runtime("stdout"),
      "sys.stderr": ({ runtime }) => runtime("stderr"),
      "sys.stdin": ({ runtime }) => runtime("stdin"),
    });
    return {
      Call: callMappingVisitor(ctx, calls, "unbindable"),
      Name: values,
      Attribute: values,
    };
  },
});
