import { type ValueMapping, defineRule } from "@py2ts/core";
import { PROCESS_CLASSES, PROCESS_VALUES } from "../declarations/processes";
import { type TranslateBuilder, mapDeclared, optionsObject, runtimeFunction } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

/** Copy functions: `follow_symlinks=False` is only supported by copyfile. */
const copyFunction = (helper: string): TranslateBuilder => () => (args, h) => {
  if (args.has("follow_symlinks") && args.literalConstant("follow_symlinks") !== true) {
    return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: `shutil.${helper}`, reason: "follow_symlinks=False is not supported" } });
  }
  return h.b.call(h.runtime(helper), [args.required("src"), args.required("dst")]);
};

const calls = mapDeclared(PROCESS_VALUES, {
  "shutil.copyfile": () => (args, h) =>
    h.b.call(h.runtime("copyfile"), [args.required("src"), args.required("dst"), ...(args.has("follow_symlinks") ? [args.required("follow_symlinks")] : [])]),
  "shutil.copy": copyFunction("shutilCopy"),
  "shutil.copy2": copyFunction("copy2"),
  "shutil.copymode": copyFunction("copymode"),
  "shutil.copystat": copyFunction("copystat"),
  "shutil.copytree": () => (args, h) => {
    const options = optionsObject(args, ["symlinks", "ignore", "copy_function", "ignore_dangling_symlinks", "dirs_exist_ok"], h.b);
    return h.b.call(h.runtime("copytree"), [args.required("src"), args.required("dst"), ...(options ? [options] : [])]);
  },
  "shutil.rmtree": () => (args, h) => {
    for (const name of ["onerror", "dir_fd"]) {
      if (args.has(name) && args.literalConstant(name) !== null) {
        return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "shutil.rmtree", reason: `${name} is not supported` } });
      }
    }
    return h.b.call(h.runtime("rmtree"), args.has("ignore_errors") ? [args.required("path"), args.required("ignore_errors")] : [args.required("path")]);
  },
  "shutil.move": (sig) => runtimeFunction("shutilMove")(sig),
  "shutil.which": runtimeFunction("which"),
  "shutil.disk_usage": runtimeFunction("diskUsage"),
  "shutil.ignore_patterns": runtimeFunction("ignorePatterns"),
  "shutil.get_terminal_size": runtimeFunction("getTerminalSize"),
});

const runtimeValue = (name: string): ValueMapping => ({ runtime }) => runtime(name);

const values: Readonly<Record<string, ValueMapping>> = {
  "shutil.Error": runtimeValue("ShutilError"),
  "shutil.SameFileError": runtimeValue("SameFileError"),
  "shutil.copy": runtimeValue("shutilCopy"),
  "shutil.copy2": runtimeValue("copy2"),
  "shutil.copyfile": runtimeValue("copyfile"),
  "shutil.rmtree": runtimeValue("rmtree"),
  "shutil.move": runtimeValue("shutilMove"),
};

const classes = libraryClassTables(
  Object.fromEntries(Object.entries(PROCESS_CLASSES).filter(([name]) => name.startsWith("shutil.") || name === "os.terminal_size")),
  {},
);

/**
 * `shutil`: `copyfile`, `copy`, `copy2`, `copymode`, `copystat`,
 * `copytree`, `rmtree`, `move`, `which`, `disk_usage`, `ignore_patterns`,
 * over the runtime's port of CPython's shutil (Node's `fs.cpSync`/`rmSync`
 * differ: `rmSync` deletes a file given to `rmtree`, `cpSync` copies into an
 * existing directory differently). Archives (`make_archive`) are reported.
 */
export default defineRule({
  meta: {
    id: "stdlib/shutil",
    description: "Translate shutil file and tree operations",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["shutil"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
