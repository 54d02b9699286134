import { type AnyExpr, defineRule } from "@py2ts/core";
import { PATHLIB_CLASSES, PATHLIB_VALUES } from "../declarations/pathlib";
import { mapDeclared, optionsObject, runtimeFunction } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";
import { literalMode } from "../declarations/files";

const calls = mapDeclared(PATHLIB_VALUES, {
  "tempfile.gettempdir": runtimeFunction("gettempdir"),
  "tempfile.mkdtemp": runtimeFunction("mkdtemp"),
  "tempfile.mkstemp": () => (args, h) => {
    const rest: AnyExpr[] = [];
    for (const name of ["suffix", "prefix", "dir"]) rest.push(args.get(name) ?? h.b.null());
    while (rest.length > 0 && rest[rest.length - 1]!.kind === "TsNull") rest.pop();
    return h.b.call(h.runtime("mkstemp"), rest);
  },
  "tempfile.TemporaryDirectory": () => (args, h) => {
    const rest: AnyExpr[] = [];
    for (const name of ["suffix", "prefix", "dir", "ignore_cleanup_errors"]) rest.push(args.get(name) ?? (name === "ignore_cleanup_errors" ? h.b.bool(false) : h.b.null()));
    while (rest.length > 0 && (rest[rest.length - 1]!.kind === "TsNull" || (rest[rest.length - 1]!.kind === "TsBool" && rest.length === 4))) rest.pop();
    return h.b.new(h.runtime("TemporaryDirectory"), rest);
  },
  "tempfile.NamedTemporaryFile": () => (args, h) => {
    const mode = args.has("mode") ? literalMode(args.call, 0) : "w+b";
    if (mode === null) {
      return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "tempfile.NamedTemporaryFile", reason: "the mode is computed at run time, so text or binary cannot be decided statically" } });
    }
    const options = optionsObject(args, ["encoding", "newline", "errors", "suffix", "prefix", "dir", "delete"], h.b);
    const helper = mode.includes("b") ? "namedTemporaryBinaryFile" : "namedTemporaryFile";
    return h.b.call(h.runtime(helper), [h.b.str(mode), ...(options ? [options] : [])]);
  },
});

const classes = libraryClassTables({ "tempfile.TemporaryDirectory": PATHLIB_CLASSES["tempfile.TemporaryDirectory"]! }, {});

/**
 * `tempfile`: `gettempdir`, `mkdtemp`, `mkstemp`, `TemporaryDirectory` and
 * `NamedTemporaryFile` (binary by default, text with a text mode; removed on
 * close unless `delete=False`), from the runtime. `with TemporaryDirectory()
 * as d:` is translated by `stdlib/with-resources` (try/finally cleanup).
 * Random name parts differ from run to run, as in Python.
 */
export default defineRule({
  meta: {
    id: "stdlib/tempfile",
    description: "Translate tempfile functions and classes",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["tempfile"], calls }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
