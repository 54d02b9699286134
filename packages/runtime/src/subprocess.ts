/**
 * Python's `subprocess.run` family (CPython 3.11) over Node's synchronous
 * `spawnSync`, as Python's blocking calls are: the same argument handling
 * (a list is exec'd directly, a string runs as the program name, `shell=True`
 * runs `/bin/sh -c`), `stdin`/`stdout`/`stderr` as `None` (inherited),
 * `PIPE`, `DEVNULL`, `STDOUT` (merged, in order) or a file, text mode with
 * universal newlines, `timeout` (the child is killed, `TimeoutExpired`),
 * `check=True` (`CalledProcessError`), and Python's errors for a missing
 * program or working directory.
 */
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { constants as osConstants } from "node:os";
import * as path from "node:path";
import { tmpdir } from "node:os";
import { Exception, FileNotFoundError, ValueError } from "./exceptions.js";
import { toPyException } from "./node-errors.js";
import { type StrPath, fspath } from "./os-errors.js";
import { repr } from "./repr.js";
import { codecOf, decodeText, encodeText } from "./text-codecs.js";

export const PIPE = -1;
export const STDOUT = -2;
export const DEVNULL = -3;

/** A child's output: text, bytes, or None when it was not captured. */
export type Output = string | Uint8Array | null;

/** `subprocess.SubprocessError`. */
export class SubprocessError extends Exception {}
Object.defineProperty(SubprocessError, "__module__", { value: "subprocess" });

function describe(cmd: unknown): string {
  return repr(cmd);
}

function signalName(signal: number): string {
  for (const [name, value] of Object.entries(osConstants.signals)) if (value === signal) return name;
  return String(signal);
}

/** `subprocess.CalledProcessError(returncode, cmd, output=None, stderr=None)`. */
export class CalledProcessError extends SubprocessError {
  readonly returncode: number;
  readonly cmd: string | string[];
  readonly output: Output;
  readonly stderr: Output;

  constructor(returncode: number, cmd: string | string[], output: Output = null, stderr: Output = null) {
    super(returncode, cmd);
    this.returncode = returncode;
    this.cmd = cmd;
    this.output = output;
    this.stderr = stderr;
  }

  /** Alias of `output`. */
  get stdout(): Output {
    return this.output;
  }

  override __str__(): string {
    if (this.returncode < 0) return `Command '${describe(this.cmd)}' died with <Signals.${signalName(-this.returncode)}: ${-this.returncode}>.`;
    return `Command '${describe(this.cmd)}' returned non-zero exit status ${this.returncode}.`;
  }

  override __repr__(): string {
    return `CalledProcessError(${this.returncode}, ${repr(this.cmd)})`;
  }
}
Object.defineProperty(CalledProcessError, "__module__", { value: "subprocess" });

/** `subprocess.TimeoutExpired(cmd, timeout, output=None, stderr=None)`. */
export class TimeoutExpired extends SubprocessError {
  readonly cmd: string | string[];
  readonly timeout: number;
  readonly output: Output;
  readonly stderr: Output;

  constructor(cmd: string | string[], timeout: number, output: Output = null, stderr: Output = null) {
    super(cmd, timeout);
    this.cmd = cmd;
    this.timeout = timeout;
    this.output = output;
    this.stderr = stderr;
  }

  get stdout(): Output {
    return this.output;
  }

  override __str__(): string {
    return `Command '${describe(this.cmd)}' timed out after ${repr(this.timeout)} seconds`;
  }

  override __repr__(): string {
    return `TimeoutExpired(${repr(this.cmd)}, ${repr(this.timeout)})`;
  }
}
Object.defineProperty(TimeoutExpired, "__module__", { value: "subprocess" });

/** `subprocess.CompletedProcess`. */
export class CompletedProcess<O = Output, E = Output> {
  constructor(
    readonly args: string | string[],
    readonly returncode: number,
    readonly stdout: O,
    readonly stderr: E,
  ) {}

  /** `check_returncode()`: raises CalledProcessError for a non-zero status. */
  check_returncode(): void {
    if (this.returncode !== 0) throw new CalledProcessError(this.returncode, this.args, this.stdout as Output, this.stderr as Output);
  }

  __repr__(): string {
    const parts = [`args=${repr(this.args)}`, `returncode=${this.returncode}`];
    if (this.stdout !== null) parts.push(`stdout=${repr(this.stdout)}`);
    if (this.stderr !== null) parts.push(`stderr=${repr(this.stderr)}`);
    return `CompletedProcess(${parts.join(", ")})`;
  }
}

/** A file object or descriptor a child's stream can be connected to. */
export interface HasFileno {
  fileno(): number;
}

/** Where a child stream goes: None (inherit), PIPE, DEVNULL, STDOUT (stderr only), a descriptor or a file. */
export type Redirect = number | HasFileno | null;

/** Keyword arguments of `subprocess.run` (Python's names). */
export interface RunOptions {
  readonly stdin?: Redirect;
  readonly input?: string | Uint8Array | null;
  readonly stdout?: Redirect;
  readonly stderr?: Redirect;
  readonly capture_output?: boolean;
  readonly shell?: boolean;
  readonly cwd?: StrPath | null;
  readonly timeout?: number | null;
  readonly check?: boolean;
  readonly encoding?: string | null;
  readonly errors?: string | null;
  readonly text?: boolean | null;
  readonly universal_newlines?: boolean | null;
  readonly env?: ReadonlyMap<string, string> | null;
  readonly executable?: StrPath | null;
}

type StdioSlot = "inherit" | "pipe" | "ignore" | number;

function slot(r: Redirect | undefined): StdioSlot {
  if (r === undefined || r === null) return "inherit";
  if (r === PIPE) return "pipe";
  if (r === DEVNULL) return "ignore";
  if (typeof r === "number") return r;
  return r.fileno();
}

function commandLine(args: StrPath | readonly StrPath[], shell: boolean, executable: StrPath | null): { file: string; argv: string[]; shown: string | string[] } {
  const list = typeof args === "string" || !Array.isArray(args) ? [fspath(args as StrPath)] : (args as readonly StrPath[]).map(fspath);
  const shown: string | string[] = typeof args === "string" ? args : list;
  if (shell) return { file: executable !== null ? fspath(executable) : "/bin/sh", argv: ["-c", ...list], shown };
  return { file: executable !== null ? fspath(executable) : list[0]!, argv: list.slice(1), shown };
}

function decode(bytes: Buffer, text: boolean, encoding: string, errors: string): string | Uint8Array {
  if (!text) return new Uint8Array(bytes);
  const codec = codecOf(encoding) ?? "utf-8";
  return decodeText(bytes, codec === "utf-8-sig" ? "utf-8" : codec, errors).text.replace(/\r\n?/g, "\n");
}

/** Python `subprocess.run(args, **options)`. */
export function run<O = Output, E = Output>(args: StrPath | readonly StrPath[], options: RunOptions = {}): CompletedProcess<O, E> {
  const text = Boolean(options.text ?? options.universal_newlines ?? false) || options.encoding != null || options.errors != null;
  const encoding = options.encoding ?? "utf-8";
  const errors = options.errors ?? "strict";
  const { file, argv, shown } = commandLine(args, options.shell ?? false, options.executable ?? null);
  if (options.capture_output === true && (options.stdout != null || options.stderr != null)) {
    throw new ValueError("stdout and stderr arguments may not be used with capture_output.");
  }
  if (options.input != null && options.stdin != null) throw new ValueError("stdin and input arguments may not both be used.");
  const captureOut = options.capture_output === true || options.stdout === PIPE;
  const captureErr = options.capture_output === true || options.stderr === PIPE;
  const mergeErr = options.stderr === STDOUT;
  const cwd = options.cwd == null ? undefined : fspath(options.cwd);
  if (cwd !== undefined && !fs.existsSync(cwd)) throw new FileNotFoundError(2, "No such file or directory", cwd);
  let input: Uint8Array | undefined;
  if (options.input != null) input = typeof options.input === "string" ? encodeText(options.input, codecOf(encoding) ?? "utf-8", errors) : options.input;
  // stderr=STDOUT with a captured stdout: both go to one temporary file, so their order is kept
  let mergeFile: string | null = null;
  let mergeFd: number | null = null;
  if (mergeErr && captureOut) {
    mergeFile = path.join(fs.mkdtempSync(path.join(tmpdir(), "py2ts-subprocess-")), "output");
    mergeFd = fs.openSync(mergeFile, "w+");
  }
  const outSlot: StdioSlot = mergeFd !== null ? mergeFd : captureOut ? "pipe" : slot(options.stdout);
  const errSlot: StdioSlot = mergeErr ? (mergeFd ?? (outSlot === "inherit" ? 1 : outSlot)) : captureErr ? "pipe" : slot(options.stderr);
  const inSlot: StdioSlot = input !== undefined ? "pipe" : slot(options.stdin);
  let result: SpawnSyncReturns<Buffer>;
  try {
    result = spawnSync(file, argv, {
      stdio: [inSlot, outSlot, errSlot],
      input,
      cwd,
      env: options.env ? Object.fromEntries(options.env) : process.env,
      timeout: options.timeout == null ? undefined : options.timeout * 1000,
      killSignal: "SIGKILL",
      maxBuffer: Number.MAX_SAFE_INTEGER,
      argv0: typeof args === "string" || options.shell ? undefined : fspath((args as readonly StrPath[])[0]!),
    });
  } finally {
    if (mergeFd !== null) fs.closeSync(mergeFd);
    for (const r of [options.stdin, options.stdout, options.stderr]) {
      const after: unknown = typeof r === "object" && r !== null ? (r as { afterChildProcess?: unknown }).afterChildProcess : undefined;
      if (typeof after === "function") after.call(r);
    }
  }
  let stdoutBytes = result.stdout ?? null;
  if (mergeFile !== null) {
    stdoutBytes = fs.readFileSync(mergeFile);
    fs.rmSync(path.dirname(mergeFile), { recursive: true, force: true });
  }
  const out: Output = captureOut && stdoutBytes ? decode(stdoutBytes, text, encoding, errors) : null;
  const err: Output = captureErr && result.stderr ? decode(result.stderr, text, encoding, errors) : null;
  if (result.error) {
    const code = (result.error as { code?: unknown }).code;
    if (code === "ETIMEDOUT") throw new TimeoutExpired(shown, options.timeout ?? 0, out, err);
    if (code === "ENOENT" || code === "EACCES" || code === "ENOEXEC") {
      throw toPyException({ code, path: file, message: "" });
    }
    throw toPyException(result.error);
  }
  const returncode = result.status ?? (result.signal ? -(osConstants.signals[result.signal] ?? 1) : -1);
  if (options.check && returncode !== 0) throw new CalledProcessError(returncode, shown, out, err);
  return new CompletedProcess<O, E>(shown, returncode, out as O, err as E);
}

/** Python `subprocess.call(args, **options)`: the return code. */
export function call(args: StrPath | readonly StrPath[], options: RunOptions = {}): number {
  return run(args, options).returncode;
}

/** Python `subprocess.check_call(args, **options)`: 0, or CalledProcessError. */
export function checkCall(args: StrPath | readonly StrPath[], options: RunOptions = {}): number {
  return run(args, { ...options, check: true }).returncode;
}

/** Python `subprocess.check_output(args, **options)`: the captured stdout, or CalledProcessError. */
export function checkOutput<O = string | Uint8Array>(args: StrPath | readonly StrPath[], options: RunOptions = {}): O {
  return run<O, Output>(args, { ...options, stdout: PIPE, check: true }).stdout;
}

/** Python `subprocess.getstatusoutput(cmd)`: `(exitcode, output)`, shell, stderr merged, one trailing newline removed. */
export function getstatusoutput(cmd: string): [number, string] {
  const r = run<string, null>(cmd, { shell: true, text: true, stdout: PIPE, stderr: STDOUT });
  const data = r.stdout.endsWith("\n") ? r.stdout.slice(0, -1) : r.stdout;
  return [r.returncode, data];
}

/** Python `subprocess.getoutput(cmd)`. */
export function getoutput(cmd: string): string {
  return getstatusoutput(cmd)[1];
}

/** Python `os.system(command)`: `/bin/sh -c command` with inherited streams; the wait status (exit code << 8). */
export function system(command: string): number {
  const r = run(command, { shell: true });
  return r.returncode >= 0 ? r.returncode << 8 : -r.returncode;
}

