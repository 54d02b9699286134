/**
 * Types of file objects and the standard streams, typeshed-style: what
 * `open()` returns (text or binary by its mode), their methods and
 * attributes, and what iterating them yields.
 */
import { type CallTypeHook, type ClassDeclaration, type NodeOf, type TsTypeMapping, T } from "@py2ts/core";

const COMMON_METHODS: Readonly<Record<string, string>> = {
  close: "() -> None",
  flush: "() -> None",
  seek: "(offset: int, whence: int = 0) -> int",
  tell: "() -> int",
  truncate: "(size: int | None = None) -> int",
  fileno: "() -> int",
  readable: "() -> bool",
  writable: "() -> bool",
  seekable: "() -> bool",
  isatty: "() -> bool",
  __exit__: "(*args: object) -> bool",
};

const MEMORY_METHODS: Readonly<Record<string, string>> = {
  close: "() -> None",
  flush: "() -> None",
  seek: "(pos: int, whence: int = 0) -> int",
  tell: "() -> int",
  truncate: "(size: int | None = None) -> int",
  readable: "() -> bool",
  writable: "() -> bool",
  seekable: "() -> bool",
  isatty: "() -> bool",
  __exit__: "(*args: object) -> bool",
};

const COMMON_ATTRIBUTES: Readonly<Record<string, string>> = { name: "str", mode: "str", closed: "bool" };

export const FILE_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  "io.TextIOWrapper": {
    attributes: { ...COMMON_ATTRIBUTES, encoding: "str", errors: "str" },
    methods: {
      ...COMMON_METHODS,
      read: "(size: int | None = -1) -> str",
      readline: "(size: int | None = -1) -> str",
      readlines: "(hint: int | None = -1) -> list[str]",
      write: "(s: str) -> int",
      writelines: "(lines: Iterable[str]) -> None",
      __enter__: "() -> io.TextIOWrapper",
    },
    iterates: "str",
  },
  "io.BufferedReader": {
    attributes: COMMON_ATTRIBUTES,
    methods: {
      ...COMMON_METHODS,
      read: "(size: int | None = -1) -> bytes",
      read1: "(size: int | None = -1) -> bytes",
      readline: "(size: int | None = -1) -> bytes",
      readlines: "(hint: int | None = -1) -> list[bytes]",
      write: "(b: bytes) -> int",
      writelines: "(lines: Iterable[bytes]) -> None",
      __enter__: "() -> io.BufferedReader",
    },
    iterates: "bytes",
  },
  /** `sys.stdout` and `sys.stderr`. */
  "sys.TextOutput": {
    methods: { write: "(s: str) -> int", flush: "() -> None", writelines: "(lines: Iterable[str]) -> None", isatty: "() -> bool", fileno: "() -> int" },
  },
  /** `sys.stdin`. */
  "sys.TextInput": {
    methods: {
      read: "() -> str",
      readline: "() -> str",
      readlines: "() -> list[str]",
      fileno: "() -> int",
      isatty: "() -> bool",
    },
    iterates: "str",
  },
  "io.StringIO": {
    attributes: { closed: "bool" },
    methods: {
      ...MEMORY_METHODS,
      getvalue: "() -> str",
      read: "(size: int | None = -1) -> str",
      readline: "(size: int | None = -1) -> str",
      readlines: "(hint: int | None = -1) -> list[str]",
      write: "(s: str) -> int",
      writelines: "(lines: Iterable[str]) -> None",
      __enter__: "() -> io.StringIO",
    },
    iterates: "str",
  },
  "io.BytesIO": {
    attributes: { closed: "bool" },
    methods: {
      ...MEMORY_METHODS,
      getvalue: "() -> bytes",
      read: "(size: int | None = -1) -> bytes",
      readline: "(size: int | None = -1) -> bytes",
      readlines: "(hint: int | None = -1) -> list[bytes]",
      write: "(b: bytes) -> int",
      writelines: "(lines: Iterable[bytes]) -> None",
      __enter__: "() -> io.BytesIO",
    },
    iterates: "bytes",
  },
};

export const FILE_VALUES: Readonly<Record<string, string>> = {
  "builtins.open":
    "(file: str, mode: str = 'r', buffering: int = -1, encoding: str | None = None, errors: str | None = None, newline: str | None = None, closefd: bool = True, opener: object = None) -> io.TextIOWrapper",
  "io.open":
    "(file: str, mode: str = 'r', buffering: int = -1, encoding: str | None = None, errors: str | None = None, newline: str | None = None, closefd: bool = True, opener: object = None) -> io.TextIOWrapper",
  "sys.stdout": "sys.TextOutput",
  "sys.stderr": "sys.TextOutput",
  "sys.stdin": "sys.TextInput",
  "io.StringIO": "(initial_value: str | None = '', newline: str | None = '\\n') -> io.StringIO",
  "io.BytesIO": "(initial_bytes: bytes | None = None) -> io.BytesIO",
  "fileinput.input":
    "(files: object = None, inplace: bool = False, backup: str = '', *, mode: str = 'r', openhook: object = None, encoding: str | None = None, errors: str | None = None) -> Iterator[str]",
  "fileinput.filename": "() -> str | None",
  "fileinput.lineno": "() -> int",
  "fileinput.filelineno": "() -> int",
  "fileinput.isfirstline": "() -> bool",
  "fileinput.isstdin": "() -> bool",
  "fileinput.nextfile": "() -> None",
  "fileinput.close": "() -> None",
};

export const FILE_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  "io.TextIOWrapper": { module: "@py2ts/runtime", name: "TextFile" },
  "io.BufferedReader": { module: "@py2ts/runtime", name: "BinaryFile" },
  "sys.TextOutput": { module: "@py2ts/runtime", name: "TextStream" },
  "sys.TextInput": { module: "@py2ts/runtime", name: "FdTextReader" },
  "io.StringIO": { module: "@py2ts/runtime", name: "StringIO" },
  "io.BytesIO": { module: "@py2ts/runtime", name: "BytesIO" },
};

/** The literal mode of an `open()` call (`"r"` when omitted), or null when it is computed. */
export function literalMode(call: NodeOf<"Call">, position = 1): string | null {
  const mode = call.keywords.find((k) => k.name === "mode")?.value ?? call.args[position];
  if (!mode) return "r";
  return mode.kind === "StrLit" ? mode.value : null;
}

/** `open()` returns a text or a binary file depending on its mode. */
const openType: CallTypeHook = (call) => T.named(literalMode(call)?.includes("b") ? "io.BufferedReader" : "io.TextIOWrapper");

export const FILE_TYPE_HOOKS: Readonly<Record<string, CallTypeHook>> = {
  "builtins.open": openType,
  "io.open": openType,
};
