/**
 * Python's `fileinput.input()`: the lines of the files named in `sys.argv[1:]`
 * (or the given files), `-` (or no file at all) meaning standard input, with
 * the module's state functions (`filename`, `lineno`, `filelineno`,
 * `isfirstline`, `isstdin`, `nextfile`, `close`).
 */
import { RuntimeError } from "./exceptions.js";
import { type TextFile, open } from "./files.js";
import type { StrPath } from "./os-errors.js";
import { fspath } from "./os-errors.js";
import { stdin } from "./stdin.js";
import { argv } from "./sys.js";

interface State {
  filename: string | null;
  lineno: number;
  filelineno: number;
  isstdin: boolean;
  skip: boolean;
  current: TextFile | null;
}

let state: State | null = null;

function active(): State {
  if (state === null) throw new RuntimeError("no active input()");
  return state;
}

/** Python `fileinput.input(files=None, inplace=False, backup="", *, mode="r", encoding=None, errors=None)` (reading only). */
export function fileinput(
  files: StrPath | Iterable<StrPath> | null = null,
  encoding: string | null = null,
  errors: string | null = null,
): Generator<string, void, undefined> {
  if (state !== null && state.current !== null) throw new RuntimeError("input() already active");
  const names = files === null ? argv.slice(1) : typeof files === "string" || !(Symbol.iterator in Object(files)) ? [fspath(files)] : [...(files as Iterable<StrPath>)].map(fspath);
  const s: State = { filename: null, lineno: 0, filelineno: 0, isstdin: false, skip: false, current: null };
  state = s;
  return lines(s, names.length ? names : ["-"], encoding, errors);
}

function* lines(s: State, list: readonly string[], encoding: string | null, errors: string | null): Generator<string, void, undefined> {
  try {
    for (const name of list) {
      s.filename = name === "-" ? "<stdin>" : name;
      s.isstdin = name === "-";
      s.filelineno = 0;
      s.skip = false;
      const source = name === "-" ? stdin : (s.current = open(name, "r", { encoding, errors }));
      try {
        for (let line = source.readline(); line !== "" && !s.skip; line = source.readline()) {
          s.lineno++;
          s.filelineno++;
          yield line;
        }
      } finally {
        s.current?.close();
        s.current = null;
      }
    }
  } finally {
    if (state === s) s.current = null;
  }
}

/** `fileinput.filename()`. */
export function fileinputFilename(): string | null {
  return active().filename;
}

/** `fileinput.lineno()`: lines read so far, over all files. */
export function fileinputLineno(): number {
  return active().lineno;
}

/** `fileinput.filelineno()`: the line number in the current file. */
export function fileinputFilelineno(): number {
  return active().filelineno;
}

/** `fileinput.isfirstline()`. */
export function fileinputIsfirstline(): boolean {
  return active().filelineno === 1;
}

/** `fileinput.isstdin()`. */
export function fileinputIsstdin(): boolean {
  return active().isstdin;
}

/** `fileinput.nextfile()`: the rest of the current file is skipped. */
export function fileinputNextfile(): void {
  active().skip = true;
}

/** `fileinput.close()`. */
export function fileinputClose(): void {
  state?.current?.close();
  state = null;
}
