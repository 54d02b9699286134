import { type AnyExpr, type CallMappingTable, type ValueMapping, applyMapping, defineRule } from "@py2ts/core";
import { PATHLIB_CLASSES, PATHLIB_VALUES } from "../declarations/pathlib";
import { literalMode } from "../declarations/files";
import { type TranslateBuilder, mapDeclared, positionalArguments } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const CONSTRUCTORS = ["pathlib.Path", "pathlib.PosixPath", "pathlib.PurePath", "pathlib.PurePosixPath"];

const construct: TranslateBuilder = () => (args, h) => h.b.new(h.runtime("Path"), args.rest());

const calls = mapDeclared(PATHLIB_VALUES, Object.fromEntries(CONSTRUCTORS.map((name) => [name, construct])));

/** `Path.cwd()` / `Path.home()`: class methods, reached through any of the constructors' names. */
const classMethods: CallMappingTable = mapDeclared(
  Object.fromEntries(CONSTRUCTORS.flatMap((c) => ["cwd", "home"].map((m) => [`${c}.${m}`, PATHLIB_VALUES[`pathlib.Path.${m}`]!]))),
  Object.fromEntries(
    CONSTRUCTORS.flatMap((c) => ["cwd", "home"].map((m): [string, TranslateBuilder] => [`${c}.${m}`, () => (_args, h) => h.b.call(h.b.member(h.runtime("Path"), m), [])])),
  ),
);

const values: Readonly<Record<string, ValueMapping>> = Object.fromEntries(CONSTRUCTORS.map((name) => [name, ({ runtime }) => runtime("Path")]));

/** `p.open(mode, ...)`: text modes keep `open`, binary modes are `openBinary` (the mode decides the file type). */
const openMethod: TranslateBuilder = (sig) => (args, h) => {
  const mode = literalMode(args.call, 0);
  if (mode === null) {
    return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "Path.open", reason: "the mode is computed at run time, so text or binary cannot be decided statically" } });
  }
  const options: Array<[string, AnyExpr]> = [];
  for (const name of ["encoding", "errors", "newline"]) if (args.has(name)) options.push([name, args.required(name)]);
  const modeArg = args.has("mode") ? [args.required("mode")] : options.length ? [h.b.str("r")] : [];
  const method = mode.includes("b") ? "openBinary" : "open";
  void sig;
  return h.b.methodCall(args.receiver!, method, [...modeArg, ...(options.length ? [h.b.object(options)] : [])]);
};

/** Methods whose Python parameters are keyword-only or renamed in the runtime class. */
const classes = libraryClassTables(PATHLIB_CLASSES, {
  "pathlib.Path": {
    methods: {
      open: openMethod,
      stat: () => (args, h) => h.b.methodCall(args.receiver!, "stat", args.has("follow_symlinks") ? [args.required("follow_symlinks")] : []),
      __truediv__: (sig) => (args, h) => h.b.methodCall(args.receiver!, "joinpath", positionalArguments(args, sig, h.b)),
    },
  },
});

/**
 * `pathlib.Path` (also `PosixPath`, `PurePath`, `PurePosixPath`): the
 * runtime's `Path`, a port of CPython's `PosixPath` with Python's method and
 * property names, so `p.read_text()`, `p.stem`, `p.parent`, `sorted(p.glob("*.csv"))`
 * read the same. `Path(x)` is `new Path(x)`; `Path` as a value (`type=Path`
 * for argparse) is callable too. `p / "x"` is translated by
 * `stdlib/pathlib-operators`.
 */
export default defineRule({
  meta: {
    id: "stdlib/pathlib",
    description: "Translate pathlib.Path and its methods",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["pathlib"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      Call(path) {
        const qname = ctx.resolve(path.node.func);
        const classMethod = qname ? classMethods[qname] : undefined;
        if (classMethod) {
          const outcome = applyMapping(ctx, path.node, classMethod);
          if (outcome.kind === "translated") path.replaceWith(outcome.expr);
          return;
        }
        module.Call(path);
        if (path.node.kind === "Call") members.Call(path);
      },
      Name: module.Name,
      Attribute(path) {
        module.Attribute(path);
        if (path.node.kind === "Attribute") members.Attribute(path);
      },
    };
  },
});
