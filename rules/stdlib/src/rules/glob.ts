import { type ValueMapping, defineRule } from "@py2ts/core";
import { PROCESS_VALUES } from "../declarations/processes";
import { type TranslateBuilder, mapDeclared, runtimeFunction } from "../shared/declared-mappings";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

/** `glob(pathname, *, root_dir, dir_fd, recursive, include_hidden)` → `glob(pathname, root_dir, recursive, include_hidden)`. */
const globLike = (helper: string): TranslateBuilder => () => (args, h) => {
  if (args.has("dir_fd") && args.literalConstant("dir_fd") !== null) {
    return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: `glob.${helper}`, reason: "dir_fd is not supported" } });
  }
  const rest = [args.get("root_dir"), args.get("recursive"), args.get("include_hidden")];
  while (rest.length > 0 && rest[rest.length - 1] === undefined) rest.pop();
  const positional = rest.map((e, i) => e ?? (i === 0 ? h.b.null() : h.b.bool(false)));
  return h.b.call(h.runtime(helper), [args.required("pathname"), ...positional]);
};

const calls = mapDeclared(PROCESS_VALUES, {
  "glob.glob": globLike("glob"),
  "glob.iglob": globLike("iglob"),
  "glob.escape": runtimeFunction("globEscape"),
  "fnmatch.fnmatch": runtimeFunction("fnmatch"),
  "fnmatch.fnmatchcase": runtimeFunction("fnmatchcase"),
  "fnmatch.filter": runtimeFunction("fnmatchFilter"),
  "fnmatch.translate": runtimeFunction("fnmatchTranslate"),
});

const runtimeValue = (name: string): ValueMapping => ({ runtime }) => runtime(name);

/**
 * `glob` and `fnmatch`: the runtime's ports of CPython's modules. Results
 * come in the file system's order, exactly as Python returns them (Python
 * does not sort either); hidden names are matched only by patterns that start
 * with a dot; `**` recurses only with `recursive=True`; `fnmatch` translates
 * patterns the way `fnmatch.translate` does (so `[!]]`, reversed ranges and an
 * unclosed `[` behave like Python).
 */
export default defineRule({
  meta: {
    id: "stdlib/glob",
    description: "Translate glob and fnmatch",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) =>
    moduleVisitors(
      ctx,
      {
        modules: ["glob", "fnmatch"],
        calls,
        values: {
          "fnmatch.fnmatch": runtimeValue("fnmatch"),
          "fnmatch.fnmatchcase": runtimeValue("fnmatchcase"),
          "glob.glob": runtimeValue("glob"),
        },
      },
      { unbindable: "unbindable", unmappedName: "unmappedName" },
    ),
});
