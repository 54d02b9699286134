/**
 * Types of `subprocess`, `shlex`, `shutil`, `glob` and `fnmatch`,
 * typeshed-style. `subprocess.run` results are generic in what was captured:
 * `CompletedProcess[str, None]` for `stdout=PIPE, text=True` (the type hook
 * reads the call's literal options).
 */
import { type CallTypeHook, type ClassDeclaration, type NodeOf, type PyType, type TsTypeMapping, T } from "@py2ts/core";

const RUN_OPTIONS =
  "stdin: object = None, input: object = None, stdout: object = None, stderr: object = None, capture_output: bool = False, shell: bool = False, cwd: str | None = None, timeout: float | None = None, check: bool = False, encoding: str | None = None, errors: str | None = None, text: bool | None = None, env: dict[str, str] | None = None, universal_newlines: bool | None = None, executable: str | None = None";

const POPEN_OPTIONS =
  "stdin: object = None, stdout: object = None, stderr: object = None, shell: bool = False, cwd: str | None = None, encoding: str | None = None, errors: str | None = None, text: bool | None = None, env: dict[str, str] | None = None, universal_newlines: bool | None = None, executable: str | None = None";

export const PROCESS_VALUES: Readonly<Record<string, string>> = {
  "subprocess.Popen": `(args: object, *, ${POPEN_OPTIONS}) -> subprocess.Popen`,
  "subprocess.run": `(args: object, *, ${RUN_OPTIONS}) -> subprocess.CompletedProcess`,
  "subprocess.call": `(args: object, *, ${RUN_OPTIONS}) -> int`,
  "subprocess.check_call": `(args: object, *, ${RUN_OPTIONS}) -> int`,
  "subprocess.check_output": `(args: object, *, ${RUN_OPTIONS}) -> bytes`,
  "subprocess.getoutput": "(cmd: str) -> str",
  "os.popen": "(cmd: str, mode: str = 'r', buffering: int = -1) -> os._wrap_close",
  "subprocess.getstatusoutput": "(cmd: str) -> tuple[int, str]",
  "subprocess.PIPE": "int",
  "subprocess.STDOUT": "int",
  "subprocess.DEVNULL": "int",

  "shlex.split": "(s: str, comments: bool = False, posix: bool = True) -> list[str]",
  "shlex.join": "(split_command: Iterable[str]) -> str",
  "shlex.quote": "(s: str) -> str",

  "shutil.copyfile": "(src: str, dst: str, *, follow_symlinks: bool = True) -> str",
  "shutil.copy": "(src: str, dst: str, *, follow_symlinks: bool = True) -> str",
  "shutil.copy2": "(src: str, dst: str, *, follow_symlinks: bool = True) -> str",
  "shutil.copymode": "(src: str, dst: str, *, follow_symlinks: bool = True) -> None",
  "shutil.copystat": "(src: str, dst: str, *, follow_symlinks: bool = True) -> None",
  "shutil.copytree":
    "(src: str, dst: str, symlinks: bool = False, ignore: object = None, copy_function: object = None, ignore_dangling_symlinks: bool = False, dirs_exist_ok: bool = False) -> str",
  "shutil.rmtree": "(path: str, ignore_errors: bool = False, onerror: object = None, *, dir_fd: object = None) -> None",
  "shutil.move": "(src: str, dst: str, copy_function: object = None) -> str",
  "shutil.which": "(cmd: str, mode: int = 1, path: str | None = None) -> str | None",
  "shutil.disk_usage": "(path: str) -> shutil._ntuple_diskusage",
  "shutil.ignore_patterns": "(*patterns: str) -> Callable[..., set[str]]",
  "shutil.get_terminal_size": "(fallback: tuple[int, int] = (80, 24)) -> os.terminal_size",

  "glob.glob": "(pathname: str, *, root_dir: str | None = None, dir_fd: object = None, recursive: bool = False, include_hidden: bool = False) -> list[str]",
  "glob.iglob": "(pathname: str, *, root_dir: str | None = None, dir_fd: object = None, recursive: bool = False, include_hidden: bool = False) -> Iterator[str]",
  "glob.escape": "(pathname: str) -> str",
  "fnmatch.fnmatch": "(name: str, pat: str) -> bool",
  "fnmatch.fnmatchcase": "(name: str, pat: str) -> bool",
  "fnmatch.filter": "(names: Iterable[str], pat: str) -> list[str]",
  "fnmatch.translate": "(pat: str) -> str",
};

const SUBPROCESS_ERROR_ATTRIBUTES = { cmd: "list[str] | str", output: "str | bytes | None", stdout: "str | bytes | None", stderr: "str | bytes | None" };

export const PROCESS_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  "subprocess.CompletedProcess": {
    typeParams: ["Out", "Err"],
    attributes: { args: "list[str] | str", returncode: "int", stdout: "Out", stderr: "Err" },
    methods: { check_returncode: "() -> None" },
  },
  "subprocess.Popen": {
    typeParams: ["Out", "Err", "OutPipe", "ErrPipe", "InPipe"],
    attributes: { args: "list[str] | str", returncode: "int", pid: "int", stdout: "OutPipe", stderr: "ErrPipe", stdin: "InPipe" },
    methods: {
      communicate: "(input: str | bytes | None = None, timeout: float | None = None) -> tuple[Out, Err]",
      wait: "(timeout: float | None = None) -> int",
      poll: "() -> int",
      send_signal: "(signal: int) -> None",
      terminate: "() -> None",
      kill: "() -> None",
      __exit__: "(*args: object) -> bool",
    },
  },
  "subprocess.SubprocessError": { base: "builtins.Exception" },
  "subprocess.CalledProcessError": {
    base: "subprocess.SubprocessError",
    attributes: { returncode: "int", ...SUBPROCESS_ERROR_ATTRIBUTES },
  },
  "subprocess.TimeoutExpired": {
    base: "subprocess.SubprocessError",
    attributes: { timeout: "float", ...SUBPROCESS_ERROR_ATTRIBUTES },
  },
  "shutil.Error": { base: "builtins.OSError" },
  "shutil.SameFileError": { base: "shutil.Error" },
  "shutil._ntuple_diskusage": { attributes: { total: "int", used: "int", free: "int" } },
  "os.terminal_size": { attributes: { columns: "int", lines: "int" }, methods: { __getitem__: "(i: int) -> int" } },
  "os._wrap_close": {
    methods: { read: "(size: int | None = -1) -> str", readline: "(size: int | None = -1) -> str", readlines: "() -> list[str]", close: "() -> int | None" },
    iterates: "str",
  },
};

export const PROCESS_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  "subprocess.CompletedProcess": { module: "@py2ts/runtime", name: "CompletedProcess" },
  "subprocess.Popen": { module: "@py2ts/runtime", name: "Popen" },
  "subprocess.CalledProcessError": { module: "@py2ts/runtime", name: "CalledProcessError" },
  "subprocess.TimeoutExpired": { module: "@py2ts/runtime", name: "TimeoutExpired" },
  "subprocess.SubprocessError": { module: "@py2ts/runtime", name: "SubprocessError" },
  "shutil.Error": { module: "@py2ts/runtime", name: "ShutilError" },
  "shutil.SameFileError": { module: "@py2ts/runtime", name: "SameFileError" },
  "shutil._ntuple_diskusage": { module: "@py2ts/runtime", name: "DiskUsage" },
  "os.terminal_size": { module: "@py2ts/runtime", name: "TerminalSize" },
  "os._wrap_close": { module: "@py2ts/runtime", name: "PopenFile" },
};

type Call = NodeOf<"Call">;

function keyword(call: Call, name: string) {
  return call.keywords.find((k) => k.name === name)?.value ?? null;
}

/** A keyword argument's literal truth value: true/false, or null when it is computed. */
function literalFlag(call: Call, name: string): boolean | null {
  const v = keyword(call, name);
  if (v === null || v.kind === "NoneLit") return false;
  if (v.kind === "BoolLit") return v.value;
  return null;
}

/** What a stream of `subprocess.run` holds: captured text/bytes, None, or unknown when options are computed. */
export function capturedType(call: Call, stream: "stdout" | "stderr", resolve: (e: NodeOf<"Call">["func"]) => string | null): PyType {
  const capture = literalFlag(call, "capture_output");
  const target = keyword(call, stream);
  const text = [literalFlag(call, "text"), literalFlag(call, "universal_newlines")];
  const encoded = keyword(call, "encoding") !== null || keyword(call, "errors") !== null;
  if (capture === null || text.includes(null)) return T.unknown;
  const isText = text.includes(true) || encoded;
  let captured: boolean | null;
  if (capture) captured = true;
  else if (target === null || target.kind === "NoneLit") captured = false;
  else {
    const qname = resolve(target);
    captured = qname === "subprocess.PIPE" ? true : qname === "subprocess.DEVNULL" || qname === "subprocess.STDOUT" ? false : null;
    if (captured === null && target.kind !== "Name" && target.kind !== "Attribute") captured = false; // a file or descriptor
  }
  if (captured === null) return T.unknown;
  return captured ? (isText ? T.str : T.bytes) : T.none;
}

const runType: CallTypeHook = (call, q) =>
  T.named("subprocess.CompletedProcess", [capturedType(call, "stdout", q.resolve), capturedType(call, "stderr", q.resolve)]);

const checkOutputType: CallTypeHook = (call) => {
  const text = [literalFlag(call, "text"), literalFlag(call, "universal_newlines")];
  if (text.includes(null)) return T.unknown;
  return text.includes(true) || keyword(call, "encoding") !== null || keyword(call, "errors") !== null ? T.str : T.bytes;
};

/** The in-memory stream a pipe of that content type reads as. */
function pipeOf(t: PyType): PyType {
  return t.kind === "str" ? T.named("io.StringIO") : t.kind === "bytes" ? T.named("io.BytesIO") : t.kind === "none" ? T.none : T.unknown;
}

const popenType: CallTypeHook = (call, q) => {
  const out = capturedType(call, "stdout", q.resolve);
  const err = capturedType(call, "stderr", q.resolve);
  const stdin = keyword(call, "stdin");
  const textFlags = [literalFlag(call, "text"), literalFlag(call, "universal_newlines")];
  const text = textFlags.includes(null) ? null : textFlags.includes(true) || keyword(call, "encoding") !== null || keyword(call, "errors") !== null;
  const inPipe = stdin !== null && q.resolve(stdin) === "subprocess.PIPE" ? (text === null ? T.unknown : T.named(text ? "io.StringIO" : "io.BytesIO")) : T.none;
  return T.named("subprocess.Popen", [out, err, pipeOf(out), pipeOf(err), inPipe]);
};

export const PROCESS_TYPE_HOOKS: Readonly<Record<string, CallTypeHook>> = {
  "subprocess.run": runType,
  "subprocess.check_output": checkOutputType,
  "subprocess.Popen": popenType,
};
