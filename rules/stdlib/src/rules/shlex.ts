import { defineRule } from "@py2ts/core";
import { PROCESS_VALUES } from "../declarations/processes";
import { mapDeclared } from "../shared/declared-mappings";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const calls = mapDeclared(PROCESS_VALUES, {
  "shlex.split": () => (args, h) => {
    if (args.has("posix") && args.literalConstant("posix") !== true) {
      return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "shlex.split", reason: "only POSIX mode (posix=True) is supported" } });
    }
    return h.b.call(h.runtime("shlexSplit"), args.has("comments") ? [args.required("s"), args.required("comments")] : [args.required("s")]);
  },
  "shlex.join": () => (args, h) => h.b.call(h.runtime("shlexJoin"), [args.required("split_command")]),
  "shlex.quote": () => (args, h) => h.b.call(h.runtime("shlexQuote"), [args.required("s")]),
});

/**
 * `shlex.split`, `shlex.join` and `shlex.quote`: the runtime's port of
 * CPython's POSIX-mode lexer (same tokens, same `No closing quotation`
 * errors). The `shlex.shlex` lexer class and non-POSIX mode are reported.
 */
export default defineRule({
  meta: {
    id: "stdlib/shlex",
    description: "Translate shlex.split, shlex.join and shlex.quote",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) =>
    moduleVisitors(
      ctx,
      {
        modules: ["shlex"],
        calls,
        values: { "shlex.quote": ({ runtime }) => runtime("shlexQuote"), "shlex.split": ({ runtime }) => runtime("shlexSplit") },
      },
      { unbindable: "unbindable", unmappedName: "unmappedName" },
    ),
});
