import { type AnyExpr, type CallMappingHelpers, type MappedArguments, type ValueMapping, defineRule } from "@py2ts/core";
import { OS_CLASSES, OS_VALUES } from "../declarations/os";
import { PROCESS_CLASSES, PROCESS_VALUES } from "../declarations/processes";
import { type TranslateBuilder, mapDeclared, positionalArguments, runtimeFunction } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";
import { nodeFs, nodePathArgument } from "../shared/path-arguments";

/** `fs.<name>Sync(paths...)`: a Node call whose errors are Python's once converted (same syscall, same errno, same path). */
const fsCall = (name: string, pathParams: readonly string[]): TranslateBuilder => () => (args, h) =>
  h.b.call(h.b.member(nodeFs(h), name), pathParams.map((p) => nodePathArgument(args, p, h)));

/** Calls with `dir_fd`/`src_dir_fd`/... other than None cannot be expressed with Node's path-based API. */
function usesDirFd(args: MappedArguments): string | null {
  for (const name of ["dir_fd", "src_dir_fd", "dst_dir_fd"]) {
    if (args.has(name) && args.literalConstant(name) !== null) return name;
  }
  return null;
}

/** Wraps a builder so that calls passing a `dir_fd` are reported. */
const noDirFd = (qname: string, inner: TranslateBuilder): TranslateBuilder => (sig) => {
  const translate = inner(sig);
  return (args, h) => {
    const param = usesDirFd(args);
    if (param) return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: qname, reason: `${param} is not supported` } });
    return translate(args, h);
  };
};

const process_ = (h: CallMappingHelpers, member: string): AnyExpr => h.b.member(h.b.id("process"), member);

const calls = mapDeclared({ ...OS_VALUES, "os.popen": PROCESS_VALUES["os.popen"]! }, {
  "os.popen": () => (args, h) => {
    if (args.has("mode") && args.literalString("mode") !== "r") {
      return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "os.popen", reason: "only reading a command's output (mode 'r') is supported" } });
    }
    h.ctx.report({ messageId: "shell", node: args.call, data: { name: "os.popen" } });
    return h.b.call(h.runtime("popen"), [args.required("cmd")]);
  },
  "os.getcwd": () => (_args, h) => h.b.call(process_(h, "cwd"), []),
  "os.chdir": runtimeFunction("chdir"),
  "os.listdir": runtimeFunction("listdir"),
  "os.scandir": runtimeFunction("scandir"),
  "os.walk": runtimeFunction("walk"),
  "os.stat": noDirFd("os.stat", () => (args, h) => {
    const follow = args.literalConstant("follow_symlinks");
    if (args.has("follow_symlinks") && follow === undefined) {
      return h.ctx.stubExpr({ messageId: "unsupportedArgument", node: args.call, data: { name: "os.stat", reason: "follow_symlinks must be a literal True or False" } });
    }
    return h.b.call(h.runtime(follow === false ? "lstat" : "stat"), [args.required("path")]);
  }),
  "os.lstat": noDirFd("os.lstat", () => (args, h) => h.b.call(h.runtime("lstat"), [args.required("path")])),
  "os.remove": noDirFd("os.remove", fsCall("unlinkSync", ["path"])),
  "os.unlink": noDirFd("os.unlink", fsCall("unlinkSync", ["path"])),
  "os.rename": noDirFd("os.rename", fsCall("renameSync", ["src", "dst"])),
  "os.replace": noDirFd("os.replace", fsCall("renameSync", ["src", "dst"])),
  "os.rmdir": noDirFd("os.rmdir", fsCall("rmdirSync", ["path"])),
  "os.mkdir": noDirFd("os.mkdir", () => (args, h) => {
    const path = nodePathArgument(args, "path", h);
    return h.b.call(h.b.member(nodeFs(h), "mkdirSync"), args.has("mode") ? [path, args.required("mode")] : [path]);
  }),
  "os.makedirs": (sig) => (args, h) => {
    // exist_ok=True with the default mode is exactly Node's recursive mkdir (EEXIST for a file, ENOTDIR for a file parent)
    if (args.literalConstant("exist_ok") === true && !args.has("mode")) {
      return h.b.call(h.b.member(nodeFs(h), "mkdirSync"), [nodePathArgument(args, "name", h), h.b.object([["recursive", h.b.bool(true)]])]);
    }
    return h.b.call(h.runtime("makedirs"), positionalArguments(args, sig, h.b));
  },
  "os.removedirs": runtimeFunction("removedirs"),
  "os.getenv": () => (args, h) => {
    const value = h.b.index(process_(h, "env"), args.required("key"));
    return h.b.binary("??", value, args.get("default") ?? h.b.null());
  },
  "os.getpid": () => (_args, h) => process_(h, "pid"),
  "os.getppid": () => (_args, h) => process_(h, "ppid"),
  "os.getuid": () => (_args, h) => h.b.call(h.b.nonNull(process_(h, "getuid")), []),
  "os.getgid": () => (_args, h) => h.b.call(h.b.nonNull(process_(h, "getgid")), []),
  "os.cpu_count": () => (_args, h) => h.b.member(h.b.call(h.b.member(h.ctx.imports.namespace("node:os", "nodeOs"), "cpus"), []), "length"),
  "os.urandom": () => (args, h) => h.b.call(h.b.member(h.ctx.imports.namespace("node:crypto", "crypto"), "randomBytes"), [args.required("size")]),
  "os.access": noDirFd("os.access", () => (args, h) => h.b.call(h.runtime("access"), [args.required("path"), args.required("mode")])),
  "os.chmod": noDirFd("os.chmod", () => (args, h) => h.b.call(h.b.member(nodeFs(h), "chmodSync"), [nodePathArgument(args, "path", h), args.required("mode")])),
  "os.utime": runtimeFunction("utime"),
  "os.symlink": noDirFd("os.symlink", fsCall("symlinkSync", ["src", "dst"])),
  "os.readlink": noDirFd("os.readlink", fsCall("readlinkSync", ["path"])),
  "os.link": noDirFd("os.link", fsCall("linkSync", ["src", "dst"])),
  "os.truncate": () => (args, h) => h.b.call(h.b.member(nodeFs(h), "truncateSync"), [nodePathArgument(args, "path", h), args.required("length")]),
  "os.kill": () => (args, h) => h.b.call(process_(h, "kill"), [args.required("pid"), args.required("signal")]),
  "os.fspath": runtimeFunction("fspath"),
  "os._exit": () => (args, h) => h.b.call(process_(h, "exit"), [args.required("n")]),
  "os.system": () => (args, h) => {
    h.ctx.report({ messageId: "shell", node: args.call, data: { name: "os.system" } });
    return h.b.call(h.runtime("system"), [args.required("command")]);
  },
});

const str = (value: string): ValueMapping => ({ b }) => b.str(value);
const fsConstant = (name: string): ValueMapping => (h) => h.b.member(h.b.member(nodeFs(h), "constants"), name);

const values: Readonly<Record<string, ValueMapping>> = {
  "os.environ": ({ runtime }) => runtime("environ"),
  "os.sep": str("/"),
  "os.altsep": ({ b }) => b.null(),
  "os.linesep": str("\n"),
  "os.pathsep": str(":"),
  "os.curdir": str("."),
  "os.pardir": str(".."),
  "os.extsep": str("."),
  "os.devnull": str("/dev/null"),
  "os.name": str("posix"),
  "os.F_OK": fsConstant("F_OK"),
  "os.R_OK": fsConstant("R_OK"),
  "os.W_OK": fsConstant("W_OK"),
  "os.X_OK": fsConstant("X_OK"),
  "os.error": ({ runtime }) => runtime("OSError"),
  "os.getcwd": ({ b }) => b.member(b.id("process"), "cwd"),
  "os.listdir": ({ runtime }) => runtime("listdir"),
  "os.remove": (h) => h.b.member(nodeFs(h), "unlinkSync"),
  "os.unlink": (h) => h.b.member(nodeFs(h), "unlinkSync"),
  "os.fspath": ({ runtime }) => runtime("fspath"),
  "os.stat": ({ runtime }) => runtime("stat"),
};

const classes = libraryClassTables({ ...OS_CLASSES, "os._wrap_close": PROCESS_CLASSES["os._wrap_close"]! }, {});

/**
 * `os`: processes' environment and the file system. Calls whose Node
 * counterpart makes the same system call (`os.remove` → `fs.unlinkSync`,
 * `os.rename` → `fs.renameSync`, `os.makedirs(p, exist_ok=True)` →
 * `fs.mkdirSync(p, { recursive: true })`) become that call: Node's errors carry
 * the same errno and path and are converted to Python's OSError subclasses
 * where translated code catches them. Where Node differs, the runtime has the
 * Python behaviour: `listdir`/`scandir` in the file system's order (Node
 * sorts), `walk` (in-place pruning of `dirnames`), `stat` (float
 * timestamps), `makedirs`, `chdir`, `environ` (a `Map` kept in sync with
 * `process.env`).
 */
export default defineRule({
  meta: {
    id: "stdlib/os",
    description: "Translate the os module: file system, environment, process",
    messages: {
      ...FILES_OS_MESSAGES,
      shell: {
        code: "PY2TS3502",
        severity: "warning",
        text: "{name} runs its command through /bin/sh: quoting and injection risks are kept as they are",
      },
    },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["os"], calls, values, delegated: ["os.path"] }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
