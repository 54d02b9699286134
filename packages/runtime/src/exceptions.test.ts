import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  BaseException,
  ConnectionError,
  Exception,
  exceptionName,
  FileExistsError,
  FileNotFoundError,
  IndexError,
  IsADirectoryError,
  KeyError,
  LookupError,
  NotADirectoryError,
  OSError,
  PermissionError,
  raiseFrom,
  RecursionError,
  StopIteration,
  SystemExit,
  TypeError,
  UnicodeDecodeError,
  ValueError,
  withContext,
  ZeroDivisionError,
} from "./exceptions.js";
import { JavaScriptError, toPyException } from "./node-errors.js";
import { repr, str } from "./repr.js";

describe("str and repr of built-in exceptions", () => {
  test("0, 1 and 2 arguments", () => {
    expect(str(new ValueError())).toBe("");
    expect(repr(new ValueError())).toBe("ValueError()");
    expect(str(new ValueError("bad value"))).toBe("bad value");
    expect(repr(new ValueError("bad value"))).toBe("ValueError('bad value')");
    expect(str(new ValueError("a", 2))).toBe("('a', 2)");
    expect(repr(new ValueError("a", 2))).toBe("ValueError('a', 2)");
    expect(str(new ValueError(null))).toBe("None");
    expect(str(new ValueError(["x"]))).toBe("['x']");
    expect(repr(new ZeroDivisionError("division by zero"))).toBe("ZeroDivisionError('division by zero')");
  });
  test("KeyError shows the repr of the key", () => {
    expect(str(new KeyError("k"))).toBe("'k'");
    expect(repr(new KeyError("k"))).toBe("KeyError('k')");
    expect(str(new KeyError())).toBe("");
    expect(str(new KeyError(1))).toBe("1");
    expect(str(new KeyError("k", 2))).toBe("('k', 2)");
  });
  test("SystemExit.code and StopIteration.value", () => {
    expect(new SystemExit().code).toBeNull();
    expect(new SystemExit(3).code).toBe(3);
    expect(new SystemExit(3, 4).code).toEqual([3, 4]);
    expect(str(new SystemExit(3, 4))).toBe("(3, 4)");
    expect(new StopIteration().value).toBeNull();
    expect(new StopIteration(5, 6).value).toBe(5);
    expect(repr(new StopIteration(5, 6))).toBe("StopIteration(5, 6)");
  });
  test("OSError argument parsing and subclass selection", () => {
    const e = new OSError(2, "x", "f");
    expect(e).toBeInstanceOf(FileNotFoundError);
    expect(exceptionName(e)).toBe("FileNotFoundError");
    expect(e.args).toEqual([2, "x"]);
    expect(str(e)).toBe("[Errno 2] x: 'f'");
    expect(repr(e)).toBe("FileNotFoundError(2, 'x')");
    expect(e.filename).toBe("f");
    const two = new OSError(2, "x");
    expect(repr(two)).toBe("FileNotFoundError(2, 'x')");
    expect(str(two)).toBe("[Errno 2] x");
    expect(two.filename).toBeNull();
    const just = new OSError("just");
    expect(exceptionName(just)).toBe("OSError");
    expect(str(just)).toBe("just");
    expect(just.errno).toBeNull();
    const renamed = new OSError(1, "x", "a", null, "b");
    expect(renamed).toBeInstanceOf(PermissionError);
    expect(str(renamed)).toBe("[Errno 1] x: 'a' -> 'b'");
    expect(str(new FileNotFoundError(13, "x", "a"))).toBe("[Errno 13] x: 'a'");
    expect(exceptionName(new FileNotFoundError(13, "x", "a"))).toBe("FileNotFoundError");
    const six = new OSError(2, "x", "f", "g", "h", "i");
    expect(exceptionName(six)).toBe("OSError");
    expect(str(six)).toBe("(2, 'x', 'f', 'g', 'h', 'i')");
    expect(six.errno).toBeNull();
    expect(str(new OSError(99999, "x"))).toBe("[Errno 99999] x");
    expect(str(new OSError(null, "x"))).toBe("[Errno None] x");
    expect(str(new OSError(2, null))).toBe("[Errno 2] None");
    expect(str(new OSError(2, "x", null))).toBe("[Errno 2] x");
    expect(repr(new OSError(2, "x", null))).toBe("FileNotFoundError(2, 'x', None)");
    expect(str(new OSError())).toBe("");
    expect(str(new OSError(0, "x"))).toBe("[Errno 0] x");
  });
  test("UnicodeDecodeError", () => {
    const data = new Uint8Array([0xff, 0xfe]);
    expect(str(new UnicodeDecodeError("utf-8", data, 0, 1, "invalid start byte"))).toBe(
      "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte",
    );
    expect(str(new UnicodeDecodeError("utf-8", data, 0, 2, "invalid start byte"))).toBe(
      "'utf-8' codec can't decode bytes in position 0-1: invalid start byte",
    );
    expect(repr(new UnicodeDecodeError("utf-8", new Uint8Array([0xff]), 0, 1, "invalid start byte"))).toBe(
      "UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte')",
    );
  });
  test("classes print like Python classes", () => {
    expect(repr(ValueError)).toBe("<class 'ValueError'>");
    class Plain extends Exception {}
    expect(repr(Plain)).toBe("<class '__main__.Plain'>");
    expect(repr(new Plain())).toBe("Plain()");
    expect(repr(new Plain("a"))).toBe("Plain('a')");
    expect(str(new Plain("a", 1))).toBe("('a', 1)");
  });
});

describe("user subclasses", () => {
  class CronError extends ValueError {
    constructor(
      readonly line: number,
      msg: string,
    ) {
      super(msg);
    }
    override __str__(): string {
      return `line ${this.line}: ${String(this.args[0])}`;
    }
  }
  test("instanceof, name, __str__ override and message", () => {
    const e = new CronError(3, "bad field");
    expect(e).toBeInstanceOf(ValueError);
    expect(e).toBeInstanceOf(Exception);
    expect(e).toBeInstanceOf(Error);
    expect(e).not.toBeInstanceOf(LookupError);
    expect(str(e)).toBe("line 3: bad field");
    expect(repr(e)).toBe("CronError('bad field')");
    expect(e.name).toBe("CronError");
    expect(e.message).toBe("line 3: bad field");
    expect(String(e)).toBe("CronError: line 3: bad field");
    expect(exceptionName(e)).toBe("CronError");
    expect(e.args).toEqual(["bad field"]);
  });
  test("message and name of built-ins", () => {
    const e = new KeyError("x");
    expect(e.message).toBe("'x'");
    expect(e.name).toBe("KeyError");
    expect(e.stack).toContain("KeyError");
    expect(new IndexError("list index out of range").message).toBe("list index out of range");
  });
  test("SystemExit and KeyboardInterrupt are not Exceptions", () => {
    expect(new SystemExit(1)).not.toBeInstanceOf(Exception);
    expect(new SystemExit(1)).toBeInstanceOf(BaseException);
    expect(new ConnectionError("x")).toBeInstanceOf(OSError);
  });
});

describe("chaining", () => {
  test("raise from / from None / implicit context", () => {
    const cause = new ValueError("inner");
    const e = raiseFrom(new TypeError("outer"), cause);
    expect(e.__cause__).toBe(cause);
    expect(e.__suppress_context__).toBe(true);
    const quiet = raiseFrom(new TypeError("outer"), null);
    expect(quiet.__cause__).toBeNull();
    expect(quiet.__suppress_context__).toBe(true);
    const implicit = withContext(new KeyError("fallback"), cause);
    expect(implicit.__context__).toBe(cause);
    expect(implicit.__suppress_context__).toBe(false);
    expect(withContext(cause, cause).__context__).toBeNull();
  });
});

describe("toPyException", () => {
  test("our exceptions pass through unchanged", () => {
    const e = new ValueError("x");
    expect(toPyException(e)).toBe(e);
  });
  test("a real fs.readFileSync('missing') becomes FileNotFoundError", () => {
    let caught: unknown;
    try {
      fs.readFileSync("missing.txt");
    } catch (e) {
      caught = e;
    }
    const e = toPyException(caught);
    expect(e).toBeInstanceOf(FileNotFoundError);
    expect(str(e)).toBe("[Errno 2] No such file or directory: 'missing.txt'");
    expect(repr(e)).toBe("FileNotFoundError(2, 'No such file or directory')");
    const os = e as OSError;
    expect(os.errno).toBe(2);
    expect(os.strerror).toBe("No such file or directory");
    expect(os.filename).toBe("missing.txt");
    expect(toPyException(caught)).toBe(e);
  });
  test("rename of a missing file names both paths", () => {
    let caught: unknown;
    try {
      fs.renameSync("missing.txt", "b.txt");
    } catch (e) {
      caught = e;
    }
    expect(str(toPyException(caught))).toBe("[Errno 2] No such file or directory: 'missing.txt' -> 'b.txt'");
  });
  test("other Node system errors", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-"));
    try {
      const grab = (f: () => unknown): BaseException => {
        try {
          f();
        } catch (e) {
          return toPyException(e);
        }
        throw new Error("did not throw");
      };
      const exists = grab(() => fs.mkdirSync(dir));
      expect(exists).toBeInstanceOf(FileExistsError);
      expect(str(exists)).toBe(`[Errno 17] File exists: '${dir}'`);
      let readDir: unknown;
      try {
        fs.readFileSync(dir);
      } catch (e) {
        readDir = e;
      }
      // Node reports EISDIR from read() without a path; the caller supplies it like Python's open(dir)
      expect(str(toPyException(readDir))).toBe("[Errno 21] Is a directory");
      const isDir = toPyException(readDir, dir);
      expect(isDir).toBeInstanceOf(IsADirectoryError);
      expect(str(isDir)).toBe(`[Errno 21] Is a directory: '${dir}'`);
      const file = path.join(dir, "f");
      fs.writeFileSync(file, "x");
      const notDir = grab(() => fs.readdirSync(file));
      expect(notDir).toBeInstanceOf(NotADirectoryError);
      expect(str(notDir)).toBe(`[Errno 20] Not a directory: '${file}'`);
      fs.mkdirSync(path.join(dir, "sub"));
      fs.writeFileSync(path.join(dir, "sub", "x"), "");
      const notEmpty = grab(() => fs.rmdirSync(path.join(dir, "sub")));
      expect(exceptionName(notEmpty)).toBe("OSError");
      expect(str(notEmpty)).toBe(`[Errno 39] Directory not empty: '${path.join(dir, "sub")}'`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  test("stack overflow, JS TypeError and others", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let overflow: unknown;
    try {
      recurse(0);
    } catch (e) {
      overflow = e;
    }
    const rec = toPyException(overflow);
    expect(rec).toBeInstanceOf(RecursionError);
    expect(str(rec)).toBe("maximum recursion depth exceeded");
    const te = toPyException(new globalThis.TypeError("x is not a function"));
    expect(te).toBeInstanceOf(TypeError);
    expect(str(te)).toBe("x is not a function");
    const other = toPyException(new Error("boom"));
    expect(other).toBeInstanceOf(Exception);
    expect(other).toBeInstanceOf(JavaScriptError);
    expect(str(other)).toBe("boom");
    expect(str(toPyException("thrown string"))).toBe("thrown string");
  });
});
