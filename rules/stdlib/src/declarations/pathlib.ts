/**
 * Types of `pathlib.Path`, `time`, `tempfile` and `hashlib`, typeshed-style.
 */
import { type CallTypeHook, type ClassDeclaration, type TsTypeMapping, T } from "@py2ts/core";
import { literalMode } from "./files";

const PATH_CONSTRUCTOR = "(*pathsegments: str) -> pathlib.Path";

export const PATHLIB_VALUES: Readonly<Record<string, string>> = {
  "pathlib.Path": PATH_CONSTRUCTOR,
  "pathlib.PosixPath": PATH_CONSTRUCTOR,
  "pathlib.PurePath": PATH_CONSTRUCTOR,
  "pathlib.PurePosixPath": PATH_CONSTRUCTOR,
  "pathlib.Path.cwd": "() -> pathlib.Path",
  "pathlib.Path.home": "() -> pathlib.Path",

  "time.time": "() -> float",
  "time.sleep": "(secs: float) -> None",
  "time.monotonic": "() -> float",
  "time.perf_counter": "() -> float",

  "tempfile.gettempdir": "() -> str",
  "tempfile.mkdtemp": "(suffix: str | None = None, prefix: str | None = None, dir: str | None = None) -> str",
  "tempfile.mkstemp": "(suffix: str | None = None, prefix: str | None = None, dir: str | None = None, text: bool = False) -> tuple[int, str]",
  "tempfile.TemporaryDirectory":
    "(suffix: str | None = None, prefix: str | None = None, dir: str | None = None, ignore_cleanup_errors: bool = False) -> tempfile.TemporaryDirectory",
  "tempfile.NamedTemporaryFile":
    "(mode: str = 'w+b', buffering: int = -1, encoding: str | None = None, newline: str | None = None, suffix: str | None = None, prefix: str | None = None, dir: str | None = None, delete: bool = True, *, errors: str | None = None) -> io.BufferedReader",

  "hashlib.new": "(name: str, data: bytes = b'', *, usedforsecurity: bool = True) -> hashlib._Hash",
  "hashlib.file_digest": "(fileobj: object, digest: object) -> hashlib._Hash",
  "hashlib.algorithms_guaranteed": "set[str]",
  "hashlib.algorithms_available": "set[str]",
};

export const HASH_ALGORITHMS = [
  "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s",
] as const;
for (const name of HASH_ALGORITHMS) {
  (PATHLIB_VALUES as Record<string, string>)[`hashlib.${name}`] = "(data: bytes = b'', *, usedforsecurity: bool = True) -> hashlib._Hash";
}

const PATH = "pathlib.Path";

export const PATHLIB_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  [PATH]: {
    attributes: {
      name: "str",
      stem: "str",
      suffix: "str",
      suffixes: "list[str]",
      parent: PATH,
      parents: `list[${PATH}]`,
      parts: "tuple[str, ...]",
      anchor: "str",
      root: "str",
      drive: "str",
    },
    methods: {
      __truediv__: `(key: str) -> ${PATH}`,
      __rtruediv__: `(key: str) -> ${PATH}`,
      __fspath__: "() -> str",
      as_posix: "() -> str",
      joinpath: `(*other: str) -> ${PATH}`,
      is_absolute: "() -> bool",
      with_name: `(name: str) -> ${PATH}`,
      with_stem: `(stem: str) -> ${PATH}`,
      with_suffix: `(suffix: str) -> ${PATH}`,
      relative_to: `(*other: str) -> ${PATH}`,
      is_relative_to: "(*other: str) -> bool",
      match: "(path_pattern: str) -> bool",
      stat: "(*, follow_symlinks: bool = True) -> os.stat_result",
      lstat: "() -> os.stat_result",
      exists: "() -> bool",
      is_file: "() -> bool",
      is_dir: "() -> bool",
      is_symlink: "() -> bool",
      samefile: "(other_path: str) -> bool",
      absolute: `() -> ${PATH}`,
      resolve: `(strict: bool = False) -> ${PATH}`,
      expanduser: `() -> ${PATH}`,
      iterdir: `() -> Iterator[${PATH}]`,
      glob: `(pattern: str) -> Iterator[${PATH}]`,
      rglob: `(pattern: str) -> Iterator[${PATH}]`,
      mkdir: "(mode: int = 0o777, parents: bool = False, exist_ok: bool = False) -> None",
      rmdir: "() -> None",
      unlink: "(missing_ok: bool = False) -> None",
      rename: `(target: str) -> ${PATH}`,
      replace: `(target: str) -> ${PATH}`,
      touch: "(mode: int = 0o666, exist_ok: bool = True) -> None",
      open:
        "(mode: str = 'r', buffering: int = -1, encoding: str | None = None, errors: str | None = None, newline: str | None = None) -> io.TextIOWrapper",
      read_text: "(encoding: str | None = None, errors: str | None = None) -> str",
      read_bytes: "() -> bytes",
      write_text: "(data: str, encoding: str | None = None, errors: str | None = None, newline: str | None = None) -> int",
      write_bytes: "(data: bytes) -> int",
      chmod: "(mode: int) -> None",
      symlink_to: "(target: str) -> None",
      readlink: `() -> ${PATH}`,
    },
  },
  "tempfile.TemporaryDirectory": {
    attributes: { name: "str" },
    methods: { cleanup: "() -> None", __enter__: "() -> str", __exit__: "(*args: object) -> bool" },
  },
  "hashlib._Hash": {
    attributes: { name: "str", digest_size: "int", block_size: "int" },
    methods: { update: "(data: bytes) -> None", digest: "() -> bytes", hexdigest: "() -> str", copy: "() -> hashlib._Hash" },
  },
};

export const PATHLIB_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  [PATH]: { module: "@py2ts/runtime", name: "Path" },
  "tempfile.TemporaryDirectory": { module: "@py2ts/runtime", name: "TemporaryDirectory" },
  "hashlib._Hash": { module: "@py2ts/runtime", name: "Hash" },
};

/** `NamedTemporaryFile` is binary by default (`w+b`), text with a text mode. */
const namedTemporaryFileType: CallTypeHook = (call) => {
  const mode = call.keywords.find((k) => k.name === "mode") || call.args[0] ? literalMode(call, 0) : "w+b";
  return T.named(mode === null || mode.includes("b") ? "io.BufferedReader" : "io.TextIOWrapper");
};

export const PATHLIB_TYPE_HOOKS: Readonly<Record<string, CallTypeHook>> = {
  "tempfile.NamedTemporaryFile": namedTemporaryFileType,
};
