import { defineRule } from "@py2ts/core";
import { FILE_VALUES } from "../declarations/files";
import { type TranslateBuilder, mapDeclared } from "../shared/declared-mappings";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const input: TranslateBuilder = () => (args, h) => {
  const unsupported = (reason: string) => h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "fileinput.input", reason } });
  if (args.has("inplace") && args.literalConstant("inplace") !== false) return unsupported("in-place editing (inplace=True) is not supported");
  if (args.has("openhook") && args.literalConstant("openhook") !== null) return unsupported("openhook is not supported");
  if (args.has("mode") && args.literalString("mode") !== "r") return unsupported("only text mode 'r' is supported");
  const rest = [args.get("files"), args.get("encoding"), args.get("errors")];
  while (rest.length > 0 && rest[rest.length - 1] === undefined) rest.pop();
  return h.b.call(h.runtime("fileinput"), rest.map((e) => e ?? h.b.null()));
};

const state = (name: string): TranslateBuilder => () => (_args, h) => h.b.call(h.runtime(name), []);

const calls = mapDeclared(FILE_VALUES, {
  "fileinput.input": input,
  "fileinput.filename": state("fileinputFilename"),
  "fileinput.lineno": state("fileinputLineno"),
  "fileinput.filelineno": state("fileinputFilelineno"),
  "fileinput.isfirstline": state("fileinputIsfirstline"),
  "fileinput.isstdin": state("fileinputIsstdin"),
  "fileinput.nextfile": state("fileinputNextfile"),
  "fileinput.close": state("fileinputClose"),
});

/**
 * `fileinput`: `input()` reads the lines of the files named in `sys.argv[1:]`
 * (or of `files=`), `-` or no file meaning standard input, through the
 * runtime's `fileinput()` generator; the state functions (`filename()`,
 * `lineno()`, `filelineno()`, `isfirstline()`, `isstdin()`, `nextfile()`,
 * `close()`) read the same module state as Python's. In-place editing and
 * open hooks are reported.
 */
export default defineRule({
  meta: {
    id: "stdlib/fileinput",
    description: "Translate fileinput.input and its state functions",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => moduleVisitors(ctx, { modules: ["fileinput"], calls }, { unbindable: "unbindable", unmappedName: "unmappedName" }),
});
