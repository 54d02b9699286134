/**
 * Types of `os` and `os.path`, typeshed-style: function signatures (which
 * also bind call arguments for the mappings), constants, and the classes
 * `os.stat_result`, `os.DirEntry` and the `os.scandir()` iterator.
 */
import { type CallTypeHook, type ClassDeclaration, type TsTypeMapping, T } from "@py2ts/core";

export const OS_VALUES: Readonly<Record<string, string>> = {
  "os.getcwd": "() -> str",
  "os.chdir": "(path: str) -> None",
  "os.listdir": "(path: str = '.') -> list[str]",
  "os.scandir": "(path: str = '.') -> os.ScandirIterator",
  "os.walk": "(top: str, topdown: bool = True, onerror: object = None, followlinks: bool = False) -> Iterator[tuple[str, list[str], list[str]]]",
  "os.stat": "(path: str, *, dir_fd: object = None, follow_symlinks: bool = True) -> os.stat_result",
  "os.lstat": "(path: str, *, dir_fd: object = None) -> os.stat_result",
  "os.remove": "(path: str, *, dir_fd: object = None) -> None",
  "os.unlink": "(path: str, *, dir_fd: object = None) -> None",
  "os.rename": "(src: str, dst: str, *, src_dir_fd: object = None, dst_dir_fd: object = None) -> None",
  "os.replace": "(src: str, dst: str, *, src_dir_fd: object = None, dst_dir_fd: object = None) -> None",
  "os.rmdir": "(path: str, *, dir_fd: object = None) -> None",
  "os.mkdir": "(path: str, mode: int = 0o777, *, dir_fd: object = None) -> None",
  "os.makedirs": "(name: str, mode: int = 0o777, exist_ok: bool = False) -> None",
  "os.removedirs": "(name: str) -> None",
  "os.getenv": "(key: str, default: str | None = None) -> str | None",
  "os.environ": "dict[str, str]",
  "os.sep": "str",
  "os.altsep": "None",
  "os.linesep": "str",
  "os.pathsep": "str",
  "os.curdir": "str",
  "os.pardir": "str",
  "os.extsep": "str",
  "os.devnull": "str",
  "os.name": "str",
  "os.F_OK": "int",
  "os.R_OK": "int",
  "os.W_OK": "int",
  "os.X_OK": "int",
  "os.getpid": "() -> int",
  "os.getppid": "() -> int",
  "os.getuid": "() -> int",
  "os.getgid": "() -> int",
  "os.cpu_count": "() -> int | None",
  "os.urandom": "(size: int) -> bytes",
  "os.access": "(path: str, mode: int, *, dir_fd: object = None, effective_ids: bool = False, follow_symlinks: bool = True) -> bool",
  "os.chmod": "(path: str, mode: int, *, dir_fd: object = None, follow_symlinks: bool = True) -> None",
  "os.utime": "(path: str, times: tuple[float, float] | None = None) -> None",
  "os.symlink": "(src: str, dst: str, target_is_directory: bool = False, *, dir_fd: object = None) -> None",
  "os.readlink": "(path: str, *, dir_fd: object = None) -> str",
  "os.link": "(src: str, dst: str, *, src_dir_fd: object = None, dst_dir_fd: object = None, follow_symlinks: bool = True) -> None",
  "os.truncate": "(path: str, length: int) -> None",
  "os.kill": "(pid: int, signal: int) -> None",
  "os.fspath": "(path: object) -> str",
  "os._exit": "(n: int) -> None",
  "os.system": "(command: str) -> int",

  "os.path.join": "(a: str, *p: str) -> str",
  "os.path.split": "(p: str) -> tuple[str, str]",
  "os.path.splitext": "(p: str) -> tuple[str, str]",
  "os.path.splitdrive": "(p: str) -> tuple[str, str]",
  "os.path.basename": "(p: str) -> str",
  "os.path.dirname": "(p: str) -> str",
  "os.path.exists": "(path: str) -> bool",
  "os.path.lexists": "(path: str) -> bool",
  "os.path.isfile": "(path: str) -> bool",
  "os.path.isdir": "(s: str) -> bool",
  "os.path.islink": "(path: str) -> bool",
  "os.path.isabs": "(s: str) -> bool",
  "os.path.getsize": "(filename: str) -> int",
  "os.path.getmtime": "(filename: str) -> float",
  "os.path.getatime": "(filename: str) -> float",
  "os.path.getctime": "(filename: str) -> float",
  "os.path.abspath": "(path: str) -> str",
  "os.path.realpath": "(filename: str, *, strict: bool = False) -> str",
  "os.path.relpath": "(path: str, start: str | None = None) -> str",
  "os.path.normpath": "(path: str) -> str",
  "os.path.normcase": "(s: str) -> str",
  "os.path.commonpath": "(paths: list[str]) -> str",
  "os.path.commonprefix": "(m: list[str]) -> str",
  "os.path.expanduser": "(path: str) -> str",
  "os.path.expandvars": "(path: str) -> str",
  "os.path.samefile": "(f1: str, f2: str) -> bool",
  "os.path.sep": "str",
  "os.path.altsep": "None",
  "os.path.pathsep": "str",
  "os.path.curdir": "str",
  "os.path.pardir": "str",
  "os.path.extsep": "str",
  "os.path.devnull": "str",
};

const STAT_FIELDS = ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_blocks", "st_blksize", "st_rdev"];

export const OS_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  "os.stat_result": {
    attributes: {
      ...Object.fromEntries(STAT_FIELDS.map((f) => [f, "int"])),
      st_atime: "float",
      st_mtime: "float",
      st_ctime: "float",
    },
    methods: { __getitem__: "(i: int) -> int" },
  },
  "os.DirEntry": {
    attributes: { name: "str", path: "str" },
    methods: {
      is_dir: "(*, follow_symlinks: bool = True) -> bool",
      is_file: "(*, follow_symlinks: bool = True) -> bool",
      is_symlink: "() -> bool",
      stat: "(*, follow_symlinks: bool = True) -> os.stat_result",
      inode: "() -> int",
      __fspath__: "() -> str",
    },
  },
  "os.ScandirIterator": {
    methods: { close: "() -> None", __enter__: "() -> os.ScandirIterator", __exit__: "(*args: object) -> bool" },
    iterates: "os.DirEntry",
  },
};

export const OS_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  "os.stat_result": { module: "@py2ts/runtime", name: "StatResult" },
  "os.DirEntry": { module: "@py2ts/runtime", name: "DirEntry" },
  "os.ScandirIterator": { module: "@py2ts/runtime", name: "ScandirIterator" },
};

/** `os.getenv(k, "x")` is a str; without a str default it may be None. */
const getenvType: CallTypeHook = (call, q) => {
  const dflt = call.keywords.find((k) => k.name === "default")?.value ?? call.args[1];
  return dflt && q.typeOf(dflt).kind === "str" ? T.str : T.optional(T.str);
};

export const OS_TYPE_HOOKS: Readonly<Record<string, CallTypeHook>> = { "os.getenv": getenvType };
