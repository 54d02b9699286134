/**
 * Python's `subprocess.Popen`, emulated synchronously: the child runs to
 * completion (with Node's `spawnSync`, like `subprocess.run`) the first time
 * the script needs something from it (`communicate()`, `wait()`, `poll()`,
 * `returncode`, `pid`, reading `stdout`/`stderr`). What was written to
 * `stdin=PIPE` becomes its input; a pipe of another `Popen` (`stdin=p1.stdout`)
 * feeds it that process's output. `kill()`/`terminate()` before it ran mean it
 * never runs (its return code is minus the signal, as in Python). Output
 * pipes are in-memory streams holding the captured output.
 */
import { constants as osConstants } from "node:os";
import type { StrPath } from "./os-errors.js";
import { BytesIO, StringIO } from "./string-io.js";
import { type CompletedProcess, type Output, PIPE, type RunOptions, run } from "./subprocess.js";

/** Keyword arguments of `Popen` (Python's names). */
type Pipe = StringIO | BytesIO;

/** Keyword arguments of `Popen` (Python's names); `stdin` may be another process's output pipe. */
export type PopenOptions = Omit<RunOptions, "input" | "capture_output" | "check" | "timeout" | "stdin"> & {
  readonly stdin?: RunOptions["stdin"] | Pipe;
};

function isText(options: PopenOptions): boolean {
  return Boolean(options.text ?? options.universal_newlines ?? false) || options.encoding != null || options.errors != null;
}

/** `subprocess.Popen(args, **options)`. */
export class Popen<O = Output, E = Output, OP = Pipe | null, EP = Pipe | null, IP = Pipe | null> {
  private completed: CompletedProcess<Output, Output> | null = null;
  private killedBy: number | null = null;
  private readonly stdinPipe: Pipe | null;
  private outPipe: Pipe | null = null;
  private errPipe: Pipe | null = null;
  private stdinData: string | Uint8Array | null = null;

  constructor(
    readonly args: StrPath | readonly StrPath[],
    private readonly options: PopenOptions = {},
  ) {
    const pipe = options.stdin === PIPE ? (isText(options) ? new StringIO() : new BytesIO()) : null;
    if (pipe) {
      // closing the pipe (as scripts do before waiting) keeps what was written for the child
      const close = pipe.close.bind(pipe);
      pipe.close = () => {
        if (!pipe.closed) this.stdinData = pipe.getvalue();
        close();
      };
    }
    this.stdinPipe = pipe;
  }

  /** Runs the child once; `input` is what `communicate()` sends. */
  private finish(input: string | Uint8Array | null = null, timeout: number | null = null): CompletedProcess<Output, Output> {
    if (this.completed) return this.completed;
    const { stdin, ...rest } = this.options;
    let data: string | Uint8Array | null = input;
    if (this.stdinPipe) data = data ?? (this.stdinPipe.closed ? this.stdinData : this.stdinPipe.getvalue());
    else if (stdin instanceof StringIO || stdin instanceof BytesIO) data = stdin.read();
    if (this.killedBy !== null) {
      this.completed = { args: this.args, returncode: -this.killedBy, stdout: null, stderr: null } as unknown as CompletedProcess<Output, Output>;
    } else {
      const redirect = data !== null ? {} : stdin === PIPE ? {} : { stdin: stdin as RunOptions["stdin"] };
      this.completed = run(this.args as string[], { ...rest, ...redirect, ...(data !== null ? { input: data } : {}), timeout });
    }
    const pipe = (v: Output) => (v === null ? null : typeof v === "string" ? new StringIO(v) : new BytesIO(v));
    this.outPipe = this.options.stdout === PIPE ? pipe(this.completed.stdout ?? (isText(this.options) ? "" : new Uint8Array())) : null;
    this.errPipe = this.options.stderr === PIPE ? pipe(this.completed.stderr ?? (isText(this.options) ? "" : new Uint8Array())) : null;
    return this.completed;
  }

  /** `p.stdin`: a buffer whose contents become the child's input (with `stdin=PIPE`). */
  get stdin(): IP {
    return this.stdinPipe as IP;
  }

  /** `p.stdout`: the captured output (with `stdout=PIPE`); reading it runs the child. */
  get stdout(): OP {
    this.finish();
    return this.outPipe as OP;
  }

  /** `p.stderr`. */
  get stderr(): EP {
    this.finish();
    return this.errPipe as EP;
  }

  /** `p.returncode`. */
  get returncode(): number {
    return this.finish().returncode;
  }

  /** `p.pid` (the child has run by then). */
  get pid(): number {
    this.finish();
    return 0;
  }

  /** `p.communicate(input=None, timeout=None)`: `(stdout, stderr)` as captured (None where not piped). */
  communicate(input: string | Uint8Array | null = null, timeout: number | null = null): [O, E] {
    const done = this.finish(input, timeout);
    const read = (pipe: Pipe | null, value: Output) => (pipe ? pipe.read() : value === null ? null : value);
    return [read(this.outPipe, done.stdout) as O, read(this.errPipe, done.stderr) as E];
  }

  /** `p.wait(timeout=None)`: the return code. */
  wait(timeout: number | null = null): number {
    return this.finish(null, timeout).returncode;
  }

  /** `p.poll()`: the return code (the child has always finished here). */
  poll(): number {
    return this.finish().returncode;
  }

  /** `p.send_signal(sig)`: before the child ran, it never runs. */
  send_signal(signal: number): void {
    if (!this.completed && this.killedBy === null) this.killedBy = signal;
  }

  /** `p.terminate()`. */
  terminate(): void {
    this.send_signal(osConstants.signals.SIGTERM);
  }

  /** `p.kill()`. */
  kill(): void {
    this.send_signal(osConstants.signals.SIGKILL);
  }

  __enter__(): this {
    return this;
  }

  /** Leaving `with Popen(...) as p:` waits for the child. */
  __exit__(..._args: unknown[]): boolean {
    this.finish();
    return false;
  }
}

/** The file object `os.popen(cmd)` returns: the command's output; `close()` gives None or the wait status. */
export class PopenFile extends StringIO {
  constructor(
    text: string,
    private readonly status: number,
  ) {
    super(text);
  }

  /** `f.close()`: None when the command succeeded, else its wait status (exit code << 8). */
  override close(): number | null {
    super.close();
    return this.status === 0 ? null : this.status;
  }
}

/** Python `os.popen(cmd, "r")`: runs `/bin/sh -c cmd` (to completion) and reads its standard output as text. */
export function popen(cmd: string): PopenFile {
  const r = run<string, null>(cmd, { shell: true, stdout: PIPE, text: true });
  return new PopenFile(r.stdout, r.returncode >= 0 ? r.returncode << 8 : -r.returncode);
}
