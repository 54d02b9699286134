import { type AnyExpr, type CallMappingHelpers, type CallMappingTable, type PyExpr, applyMapping, defineRule } from "@py2ts/core";
import { FILE_CLASSES, FILE_VALUES, literalMode } from "../declarations/files";
import { type TranslateBuilder, mapDeclared, positionalArguments } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { FILES_OS_MESSAGES } from "../shared/messages";

const SUPPORTED_ENCODINGS = /^(utf[-_]?8|u8|utf|utf[-_]?8[-_]sig|ascii|us[-_]ascii|latin[-_]?1|iso[-_]?8859[-_]1|l1)$/i;
const ERROR_HANDLERS = new Set(["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]);

const openMapping = (qname: string): Parameters<typeof mapDeclared>[1][string] => () => (args, { ctx, b, runtime }) => {
  const call = args.call;
  const mode = literalMode(call);
  const unsupported = (reason: string) =>
    ctx.stubExpr({ messageId: "unsupportedArgument", node: call, data: { name: qname, reason } });
  if (mode === null) return unsupported("the mode is computed at run time, so text or binary cannot be decided statically");
  const opener = args.literalConstant("opener");
  if (args.has("opener") && opener !== null) return unsupported("a custom opener is not supported");
  if (args.has("closefd") && args.literalConstant("closefd") !== true) return unsupported("closefd=False is not supported");
  const encoding = args.py("encoding");
  if (encoding?.kind === "StrLit" && !SUPPORTED_ENCODINGS.test(encoding.value)) {
    return unsupported(`the encoding '${encoding.value}' is not supported (utf-8, utf-8-sig, ascii and latin-1 are)`);
  }
  if (encoding && encoding.kind !== "StrLit" && encoding.kind !== "NoneLit") {
    ctx.report({ messageId: "computedEncoding", node: encoding, data: {} });
  }
  const errors = args.literalString("errors");
  if (errors !== null && !ERROR_HANDLERS.has(errors)) return unsupported(`the error handler '${errors}' is not supported`);
  const options: Array<[string, AnyExpr]> = [];
  const buffering = args.literalInt("buffering");
  if (args.has("buffering") && buffering !== -1 && buffering !== 1) options.push(["buffering", args.required("buffering")]);
  for (const name of ["encoding", "errors", "newline"]) {
    const value = args.py(name);
    if (value && value.kind !== "NoneLit") options.push([name, args.required(name)]);
  }
  const file = args.required("file");
  const modeArg = args.has("mode") ? [args.required("mode")] : [];
  if (mode.includes("b")) return b.call(runtime("openBinary"), [file, b.str(mode), ...(options.length ? [b.object(options)] : [])]);
  if (options.length) return b.call(runtime("open"), [file, modeArg[0] ?? b.str("r"), b.object(options)]);
  return b.call(runtime("open"), [file, ...modeArg]);
};

const construct = (className: string): TranslateBuilder => (sig) => (args, h) =>
  h.b.new(h.runtime(className), positionalArguments(args, sig, h.b));

const calls: CallMappingTable = mapDeclared(FILE_VALUES, {
  "builtins.open": openMapping("open"),
  "io.open": openMapping("io.open"),
  "io.StringIO": construct("StringIO"),
  "io.BytesIO": construct("BytesIO"),
});

/** The descriptor of a standard stream named statically (`sys.stdout` → 1), or null. */
function streamFd(h: CallMappingHelpers, receiver: PyExpr | null): number | null {
  const qname = receiver ? h.ctx.resolve(receiver) : null;
  return qname === "sys.stdin" ? 0 : qname === "sys.stdout" ? 1 : qname === "sys.stderr" ? 2 : null;
}

/** `sys.stdout.isatty()` / `.fileno()`: by the stream's descriptor (the runtime streams are typed as plain text streams). */
const streamMethod = (method: "isatty" | "fileno"): TranslateBuilder => () => (args, h) => {
  const fd = streamFd(h, args.receiverPy);
  if (fd === null) {
    return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: `stream.${method}`, reason: "the stream is not sys.stdin, sys.stdout or sys.stderr by name" } });
  }
  if (method === "fileno") return h.b.num(fd);
  return h.b.call(h.ctx.imports.named("node:tty", "isatty"), [h.b.num(fd)]);
};

const classes = libraryClassTables(FILE_CLASSES, {
  "sys.TextOutput": {
    methods: {
      isatty: streamMethod("isatty"),
      fileno: streamMethod("fileno"),
      writelines: () => (args, h) =>
        h.b.call(h.b.member(h.b.call(h.b.member(h.b.id("Array"), "from"), [args.required("lines")]), "forEach"), [
          h.b.arrow([{ name: "line", type: h.b.keywordType("string") }], h.b.methodCall(args.receiver!, "write", [h.b.id("line")])),
        ]),
    },
  },
  "sys.TextInput": { methods: { isatty: streamMethod("isatty"), fileno: streamMethod("fileno") } },
});

/** Whether an expression is a call to `open()` (for rules that treat file resources specially). */
export function isOpenCall(ctx: { resolve(e: PyExpr): string | null }, expr: PyExpr): boolean {
  return expr.kind === "Call" && ["builtins.open", "io.open"].includes(ctx.resolve(expr.func) ?? "");
}

/**
 * `open()` and file objects. `open(path, "w")` becomes the runtime's
 * `open(path, "w")` (a `TextFile`), a binary mode `openBinary(path, "rb")`
 * (a `BinaryFile`): the mode must be a literal, since it decides the type of
 * everything read. The file objects keep Python's method names, so
 * `fh.readline()`, `fh.write(s)`, `for line in fh` read the same. The
 * standard streams (`sys.stdout.write`, `sys.stdin.read()`) are mapped the
 * same way.
 */
export default defineRule({
  meta: {
    id: "stdlib/open",
    description: "Translate open() and the methods of file objects and standard streams",
    messages: {
      ...FILES_OS_MESSAGES,
      computedEncoding: {
        code: "PY2TS3501",
        severity: "warning",
        text: "the encoding is computed at run time; only utf-8, utf-8-sig, ascii and latin-1 are supported (others raise LookupError)",
      },
    },
  },
  create: (ctx) => {
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      Call(path) {
        const call = path.node;
        const qname = ctx.resolve(call.func);
        const mapping = qname ? calls[qname] : undefined;
        if (!mapping) {
          members.Call(path);
          return;
        }
        const outcome = applyMapping(ctx, call, mapping);
        if (outcome.kind === "translated") path.replaceWith(outcome.expr);
        else if (outcome.kind === "unbindable") {
          path.replaceWith(ctx.stubExpr({ messageId: "unbindable", node: call, data: { name: qname!, reason: outcome.reason } }));
        }
      },
      Attribute: members.Attribute,
    };
  },
});
