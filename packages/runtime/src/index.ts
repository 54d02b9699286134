/**
 * @py2ts/runtime: the typed helpers py2ts-generated TypeScript imports where
 * Python semantics differ from JavaScript. See docs/runtime.md.
 *
 * Importing this module also installs Python's end-of-process behaviour
 * (uncaught exceptions and `SystemExit`, see process-handlers.ts).
 */
import "./process-handlers.js";

export { divmod, floordiv, mod, pow, truediv } from "./arithmetic.js";
export { bitand, bitor, bitxor, intBitCount, intBitLength, invert, lshift, rshift } from "./bitwise.js";
export { compare, compareStrings, eq, ge, gt, le, lt, ne, NotImplemented } from "./comparison.js";
export type { NotImplementedType } from "./comparison.js";
export { contains, len, subscript } from "./containers.js";
export { bin, chr, float, hex, int, oct, ord } from "./conversions.js";
export { dictGet, dictMerge, dictPop, fromkeys, getItem, popitem, setdefault, update } from "./dicts.js";
export {
  ArithmeticError,
  AssertionError,
  AttributeError,
  BaseException,
  BlockingIOError,
  BrokenPipeError,
  BufferError,
  ChildProcessError,
  ConnectionAbortedError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  DeprecationWarning,
  EnvironmentError,
  EOFError,
  Exception,
  exceptionName,
  FileExistsError,
  FileNotFoundError,
  FloatingPointError,
  GeneratorExit,
  ImportError,
  IndentationError,
  IndexError,
  InterruptedError,
  IOError,
  IsADirectoryError,
  isInstance,
  KeyboardInterrupt,
  KeyError,
  LookupError,
  MemoryError,
  ModuleNotFoundError,
  NameError,
  NotADirectoryError,
  NotImplementedError,
  OSError,
  OverflowError,
  PermissionError,
  ProcessLookupError,
  raiseFrom,
  RecursionError,
  ReferenceError,
  RuntimeError,
  RuntimeWarning,
  StopAsyncIteration,
  StopIteration,
  SyntaxError,
  SystemError,
  SystemExit,
  TimeoutError,
  TypeError,
  UnboundLocalError,
  UnicodeDecodeError,
  UnicodeEncodeError,
  UnicodeError,
  UserWarning,
  ValueError,
  Warning,
  withContext,
  ZeroDivisionError,
} from "./exceptions.js";
export { format, parseFormatSpec } from "./format-spec.js";
export type { FormatSpec } from "./format-spec.js";
export { keyOf } from "./hashing.js";
export { all, any, enumerate, iter, iterate, iterUntil, list, next, reversed, sum, zip, zipStrict } from "./iteration.js";
export { KeyMap, KeySet } from "./keyed-collections.js";
export { count, extend, index, insert, listEq, pop, remove, repeat } from "./list-methods.js";
export { JavaScriptError, toPyException } from "./node-errors.js";
export { add, mul } from "./operators.js";
export { percentFormat } from "./percent-format.js";
export { FdTextStream, print, printOptions, printWith, stderr, stdout } from "./print.js";
export type { PrintOptions, TextStream } from "./print.js";
export { exceptionLine, formatTraceback, systemExitOutcome } from "./process-handlers.js";
export { Range, range } from "./range.js";
export { ascii, floatRepr, intRepr, repr, str, typeName } from "./repr.js";
export { round } from "./rounding.js";
export { at, delAt, delSlice, setAt, setSlice, slice, sliceIndices } from "./sequences.js";
export type { SequenceKind, SliceIndices } from "./sequences.js";
export { numberHash, setItems } from "./set-order.js";
export {
  difference,
  intersection,
  isDisjoint,
  isSubset,
  isSuperset,
  setDiscard,
  setPop,
  setRemove,
  symmetricDifference,
  union,
} from "./sets.js";
export { max, min, sorted, sortList } from "./sorting.js";
export type { MinMaxOptions, SortOptions } from "./sorting.js";
export { FdTextReader, input, stdin } from "./stdin.js";
export { capitalize, casefold, lower, swapcase, title, upper } from "./string-case.js";
export { strFormat } from "./string-format.js";
export type { StrFormatHints } from "./string-format.js";
export {
  center,
  expandtabs,
  join,
  ljust,
  lstrip,
  removeprefix,
  removesuffix,
  rjust,
  rstrip,
  strip,
  strMultiply,
  zfill,
} from "./string-methods.js";
export {
  isalnum,
  isalpha,
  isascii,
  isdecimal,
  isdigit,
  isidentifier,
  islower,
  isnumeric,
  isprintable,
  isspace,
  istitle,
  isupper,
} from "./string-predicates.js";
export { endswith, find, replace, rfind, rindex, startswith, stringCount, stringIndex } from "./string-search.js";
export { partition, rpartition, rsplit, split, splitlines } from "./string-split.js";
export { argv, exit, isMain, platform } from "./sys.js";
export { truthy } from "./truthiness.js";
export {
  bound,
  generatorClose,
  generatorSend,
  generatorThrow,
  keepOpen,
  sizeGuarded,
  spreadArguments,
  keywordArgs,
  positionalArgs,
  raiseError,
  unpackStarred,
} from "./lang-control.js";
export { getAttribute, issubclass, setAttribute, totalOrdering } from "./classes.js";
export {
  asIntegerRatio,
  binaryOp,
  dictItems,
  floatFromHex,
  floatHex,
  getAttr,
  hash,
  hasAttr,
  setAttr,
  setUpdate,
  Slice,
  unaryOp,
} from "./expressions.js";
export { unboundName } from "./unbound.js";
export { Py2tsUnsupported, delItem, setItem, unpack, unsupported } from "./compiler-support.js";
export { Counter, DefaultDict, Deque, OrderedDict } from "./collections.js";
export * as json from "./json.js";
export type { JsonValue } from "./json.js";
export * as math from "./math.js";
export * as re from "./re.js";
export type { Match as ReMatch, Pattern as RePattern } from "./re.js";
export { asdict, astuple, dataclassEq, dataclassHash, dataclassOrder, dataclassRepr, fields, finishDataclass, freezeFields, FrozenInstanceError, isDataclass, registerDataclass, dataclassReplace } from "./dataclasses.js";
export type { DataclassField, Field } from "./dataclasses.js";
export { AUTO, Enum, enumByName, enumLookup, enumMember, enumMembers, enumUnique, Flag, IntEnum, StrEnum, StrMixinEnum } from "./enums.js";
export { contextmanager, ExitStack, GeneratorContextManager } from "./context-managers.js";
export { NamedTuple } from "./named-tuples.js";
export { BinaryFile, open, openBinary, TextFile, UnsupportedOperation } from "./files.js";
export type { OpenOptions } from "./files.js";
export { fspath } from "./os-errors.js";
export type { PathLike, StrPath } from "./os-errors.js";
export {
  abspath,
  basename,
  commonpath,
  commonprefix,
  dirname,
  exists,
  expanduser,
  expandvars,
  getatime,
  getctime,
  getmtime,
  getsize,
  isabs,
  isdir,
  isfile,
  islink,
  lexists,
  normcase,
  normpath,
  pathJoin,
  pathSplit,
  realpath,
  relpath,
  samefile,
  splitdrive,
  splitext,
} from "./os-path.js";
export { access, chdir, DirEntry, environ, Environ, listdir, lstat, makedirs, removedirs, scandir, ScandirIterator, stat, StatResult, utime, walk } from "./os.js";
export type { WalkStep } from "./os.js";
export { checkErrors, codecOf, decodeText, encodeText, lookupCodec } from "./text-codecs.js";
export type { Codec } from "./text-codecs.js";
export { fnmatch, fnmatchcase, fnmatchFilter, fnmatchTranslate } from "./fnmatch.js";
export { glob, globEscape, iglob } from "./glob.js";
export {
  copy as shutilCopy,
  copy2,
  copyfile,
  copymode,
  copystat,
  copytree,
  DiskUsage,
  diskUsage,
  getTerminalSize,
  ignorePatterns,
  move as shutilMove,
  rmtree,
  SameFileError,
  TerminalSize,
  ShutilError,
  which,
} from "./shutil.js";
export type { CopytreeOptions } from "./shutil.js";
export { shlexJoin, shlexQuote, shlexSplit } from "./shlex.js";
export {
  call as subprocessCall,
  CalledProcessError,
  checkCall,
  checkOutput,
  CompletedProcess,
  DEVNULL,
  getoutput,
  getstatusoutput,
  PIPE,
  run as subprocessRun,
  STDOUT,
  SubprocessError,
  system,
  TimeoutExpired,
} from "./subprocess.js";
export type { HasFileno, Output, Redirect, RunOptions } from "./subprocess.js";
export { Path } from "./pathlib.js";
export type { PathConstructor } from "./pathlib.js";
export { sleep } from "./time.js";
export { gettempdir, mkdtemp, mkstemp, namedTemporaryBinaryFile, namedTemporaryFile, TemporaryDirectory } from "./tempfile.js";
export type { NamedTemporaryFileOptions } from "./tempfile.js";
export { algorithmsGuaranteed, fileDigest, Hash, hashNew } from "./hashlib.js";
export { BytesIO, StringIO } from "./string-io.js";
export { Popen, PopenFile, popen } from "./popen.js";
export type { PopenOptions } from "./popen.js";
export { fileinput, fileinputClose, fileinputFilelineno, fileinputFilename, fileinputIsfirstline, fileinputIsstdin, fileinputLineno, fileinputNextfile } from "./fileinput.js";
export * as argparse from "./argparse.js";
export type {
  Action as ArgparseAction,
  ArgumentContainer as ArgparseGroup,
  ArgumentParser as ArgparseParser,
  Namespace as ArgparseNamespace,
  SubParsers as ArgparseSubParsers,
} from "./argparse.js";
export type { ArgumentError as ArgparseArgumentError, ArgumentTypeError as ArgparseArgumentTypeError } from "./argparse.js";
export type { JSONDecodeError } from "./json.js";
export type { ReError } from "./re-translate.js";
export * as datetime from "./datetime.js";
export type {
  date as PyDate,
  datetime as PyDateTime,
  IsoCalendarDate,
  time as PyTime,
  timedelta as TimeDelta,
  timezone as TimeZone,
} from "./datetime.js";
export * as csv from "./csv.js";
export type { Error as CsvError, DictReader as CsvDictReader, DictWriter as CsvDictWriter, Reader as CsvReader, Writer as CsvWriter } from "./csv.js";
export * as itertools from "./itertools.js";
export * as operator from "./operator.js";
export * as copy from "./copying.js";
export * as functools from "./functools.js";
export type { CacheInfo, Cached } from "./functools.js";
export * as heapq from "./heapq.js";
export { callMethod, callValue, issubclassOf, maxOf, minOf } from "./dynamic-dispatch.js";
export { DictView } from "./dict-views.js";
export * as configparser from "./configparser.js";
export type {
  ConfigParser,
  Error as ConfigParserError,
  Interpolation as ConfigInterpolation,
  RawConfigParser,
  SectionProxy as ConfigSectionProxy,
  NoSectionError as ConfigNoSectionError,
  DuplicateSectionError as ConfigDuplicateSectionError,
  DuplicateOptionError as ConfigDuplicateOptionError,
  NoOptionError as ConfigNoOptionError,
  InterpolationError as ConfigInterpolationError,
  InterpolationMissingOptionError as ConfigInterpolationMissingOptionError,
  InterpolationSyntaxError as ConfigInterpolationSyntaxError,
  InterpolationDepthError as ConfigInterpolationDepthError,
  ParsingError as ConfigParsingError,
  MissingSectionHeaderError as ConfigMissingSectionHeaderError,
} from "./configparser.js";
export { Template as StringTemplate } from "./string-template.js";
export * as stringConstants from "./string-constants.js";
export * as logging from "./logging.js";
export type {
  FileHandler as LoggingFileHandler,
  Formatter as LoggingFormatter,
  Handler as LoggingHandler,
  Logger as LoggingLogger,
  NullHandler as LoggingNullHandler,
  StreamHandler as LoggingStreamHandler,
} from "./logging.js";
