/**
 * Python's end of process, installed once when the runtime is imported:
 * an uncaught `SystemExit` ends the process with its code (None → 0, an int
 * → that status, anything else is written to stderr and gives 1); any other
 * uncaught exception writes `Traceback (most recent call last):`, its frames
 * and the Python-style last line (`KeyError: 'x'`, with `__cause__` /
 * `__context__` chains like Python) to stderr and exits with status 1.
 * Output is written synchronously, so stdout written so far is never lost.
 */
import { BaseException, exceptionName, KeyboardInterrupt, SystemExit } from "./exceptions.js";
import { writeAll } from "./fd-io.js";
import { toPyException } from "./node-errors.js";
import { moduleOf, str } from "./repr.js";

const INSTALLED = Symbol.for("py2ts.runtime.processHandlers");

/** The exit status and stderr text Python produces for `SystemExit(code)`. */
export function systemExitOutcome(code: unknown): { status: number; message: string } {
  if (code === null || code === undefined) return { status: 0, message: "" };
  if (typeof code === "boolean") return { status: code ? 1 : 0, message: "" };
  if (typeof code === "number" && Number.isInteger(code)) return { status: code & 0xff, message: "" };
  return { status: 1, message: str(code) + "\n" };
}

/** `ValueError: bad` — the last line of a Python traceback (the module prefix only outside `__main__`). */
export function exceptionLine(e: BaseException): string {
  const module = moduleOf(e.constructor);
  const name = module !== "builtins" && module !== "__main__" ? `${module}.${exceptionName(e)}` : exceptionName(e);
  let text: string;
  try {
    text = e.__str__();
  } catch {
    text = `<exception str() failed>`;
  }
  let line = text === "" ? name : `${name}: ${text}`;
  if (e.__notes__ !== undefined) for (const note of e.__notes__) line += `\n${note}`;
  return line;
}

/** Files of this runtime (its frames are hidden like CPython hides C frames). */
const RUNTIME_FILE = /[\\/](?:@py2ts[\\/]runtime|packages[\\/]runtime)[\\/](?:src|dist)[\\/]/;

/** JS stack frames rendered like Python's `  File "x", line N, in f`. */
function frames(e: BaseException): string {
  const stack = typeof e.stack === "string" ? e.stack.split("\n") : [];
  const out: string[] = [];
  for (const raw of stack) {
    const match = /^\s+at (?:(.*?) \()?(?:file:\/\/)?([^()]+?):(\d+):\d+\)?$/.exec(raw);
    if (match === null) continue;
    const [, fn, file, line] = match;
    if (file!.startsWith("node:") || RUNTIME_FILE.test(file!)) continue;
    const name = fn === undefined || fn === "" || fn === "<anonymous>" ? "<module>" : fn.replace(/^(async |Object\.)/, "");
    out.unshift(`  File "${file}", line ${line}, in ${name}`);
  }
  return out.map((frame) => frame + "\n").join("");
}

/** The full Python-style report of an uncaught exception, with chained causes first. */
export function formatTraceback(e: BaseException, seen = new Set<BaseException>()): string {
  seen.add(e);
  let out = "";
  if (e.__cause__ !== null && !seen.has(e.__cause__)) {
    out += formatTraceback(e.__cause__, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e.__context__ !== null && !e.__suppress_context__ && !seen.has(e.__context__)) {
    out += formatTraceback(e.__context__, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  return out + "Traceback (most recent call last):\n" + frames(e) + exceptionLine(e) + "\n";
}

function handleUncaught(error: unknown): void {
  const e = toPyException(error);
  if (e instanceof SystemExit) {
    const { status, message } = systemExitOutcome(e.code);
    if (message !== "") writeAll(2, message);
    process.exit(status);
  }
  try {
    writeAll(2, formatTraceback(e));
  } finally {
    process.exit(e instanceof KeyboardInterrupt ? 130 : 1);
  }
}

// Not inside a Jest test context (which defines the `jest` global): there the test
// runner owns process-level error handling. The environment variable JEST_WORKER_ID
// is not a reliable signal: child processes a test spawns inherit it.
const registry = globalThis as unknown as Record<symbol | string, unknown>;
if (registry[INSTALLED] !== true && registry["jest"] === undefined) {
  registry[INSTALLED] = true;
  process.on("uncaughtException", handleUncaught);
  process.on("unhandledRejection", handleUncaught);
}
