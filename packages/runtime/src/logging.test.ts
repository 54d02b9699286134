/**
 * logging against CPython 3.11: PYTHON below is what the same sequence of
 * calls printed under python3 (io.StringIO streams); the file and stderr
 * expectations were checked the same way.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { logging, stderr, ValueError } from "./index.js";
import { outcome } from "./test-support.js";

const PYTHON = {"hierarchy": ["h.b.c|WARNING|before parent exists\nh.b.c|WARNING|warn w\nh.b.c|ERROR|err 3\n", "err 3\nstopped at h.b\n", "h.b", "h", true, 10, true, true], "levels": ["NOTSET", "DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "Level 25", 30, "Level nope"], "basic": "INFO     app: shown x and 'y'\nINFO     app: float 1.0 int 7\nforced info after force (root WARNING kept? level unchanged)\nforced warn after force\n", "fields": "[Level 25|025|   fmt|custo]\n[CRITICAL|050|   fmt|criti]\n[INFO    |020|   fmt|{'k':]\n[INFO    |020|   fmt|1-two]\n[INFO    |020|   fmt|100%]\n", "exc": ["failed: boom", "Traceback (most recent call last):", "ValueError: boom", "no exc", "NoneType: None", ""], "bad": "good\n", "errors": ["ValueError: Invalid format 'no fields' for '%' style", "ValueError: 'stream' and 'filename' should not be specified together", "TypeError: level must be an integer"]};

class StringBuffer {
  text = "";
  write(s: string): number {
    this.text += s;
    return s.length;
  }
  getvalue(): string {
    return this.text;
  }
}

/** Every logger back to its defaults, the root without handlers (as a new process). */
function fresh(): void {
  for (const name of ["h", "h.b", "h.b.c", "zz", "app", "fmt", "exc", "bad", "solo", "x.y"]) {
    const logger = logging.getLogger(name);
    logger.handlers.splice(0);
    logger.setLevel(logging.NOTSET);
    logger.propagate = true;
  }
  logging.root.handlers.splice(0);
  logging.root.setLevel(logging.WARNING);
}

/** What `f` writes to sys.stderr. */
function capturedStderr(f: () => void): string {
  let text = "";
  const spy = jest.spyOn(stderr, "write").mockImplementation((s: string) => {
    text += s;
    return s.length;
  });
  try {
    f();
  } finally {
    spy.mockRestore();
  }
  return text;
}

test("hierarchy: parents are the nearest existing ancestors, records propagate until propagate=False", () => {
  fresh();
  const buf = new StringBuffer();
  const buf2 = new StringBuffer();
  const h = new logging.StreamHandler(buf);
  h.setFormatter(new logging.Formatter("%(name)s|%(levelname)s|%(message)s"));
  logging.root.addHandler(h);
  const c = logging.getLogger("h.b.c");
  c.warning("before parent exists");
  const b = logging.getLogger("h.b");
  const h2 = new logging.StreamHandler(buf2);
  h2.setLevel(logging.ERROR);
  b.addHandler(h2);
  c.warning("warn %s", "w");
  c.error("err %d", 3);
  b.propagate = false;
  c.critical("stopped at h.b");
  logging.getLogger("h").setLevel(logging.DEBUG);
  c.debug("debug via h level");
  expect([buf.getvalue(), buf2.getvalue(), c.parent!.name, b.parent!.name, logging.getLogger("h.b.c") === c, c.getEffectiveLevel(), b.hasHandlers(), logging.getLogger("zz").hasHandlers()]).toEqual(PYTHON.hierarchy);
  expect(logging.getLogger()).toBe(logging.root);
  expect(logging.getLogger("root")).toBe(logging.root);
  expect(c.__repr__()).toBe("<Logger h.b.c (DEBUG)>");
  expect(logging.root.__repr__()).toBe("<RootLogger root (WARNING)>");
});

test("level names", () => {
  expect([...[0, 10, 20, 30, 40, 50, 25].map((l) => logging.getLevelName(l)), logging.getLevelName("WARN"), logging.getLevelName("nope")]).toEqual(PYTHON.levels);
  expect(outcome(() => logging.getLogger("zz").setLevel("NOPE"))).toBe("ValueError: Unknown level: 'NOPE'");
  expect(outcome(() => logging.getLogger("zz").setLevel(1.5))).toBe("TypeError: Level not an integer or a valid string: 1.5");
});

test("basicConfig: once, unless force; format, level, typed arguments", () => {
  fresh();
  const buf = new StringBuffer();
  logging.basicConfig({ stream: buf, level: logging.INFO, format: "%(levelname)-8s %(name)s: %(message)s" });
  logging.basicConfig({ stream: buf, level: logging.DEBUG, format: "ignored %(message)s" });
  const log = logging.getLogger("app");
  log.debug("hidden");
  log.info("shown %s and %r", "x", "y");
  log.logWith(logging.INFO, { hint: "tuple[float, int]" }, "float %s int %d", 1.0, 7);
  logging.basicConfig({ stream: buf, format: "forced %(message)s", force: true });
  log.info("info after force (root WARNING kept? level unchanged)");
  log.warning("warn after force");
  expect(buf.getvalue()).toBe(PYTHON.basic);
});

test("Formatter: widths, precision, custom levels, a dict argument, no arguments", () => {
  fresh();
  const buf = new StringBuffer();
  const h = new logging.StreamHandler(buf);
  h.setFormatter(new logging.Formatter("[%(levelname)-8s|%(levelno)03d|%(name)6s|%(message).5s]"));
  const lg = logging.getLogger("fmt");
  lg.addHandler(h);
  lg.setLevel(1);
  lg.log(25, "custom level");
  lg.critical("critical message");
  lg.info(new Map([["k", 1]]));
  lg.info("%(a)s-%(b)s", new Map<string, unknown>([["a", 1], ["b", "two"]]));
  lg.info("100%");
  expect(buf.getvalue()).toBe(PYTHON.fields);
});

test("asctime: default format with milliseconds, datefmt", () => {
  fresh();
  const buf = new StringBuffer();
  const h = new logging.StreamHandler(buf);
  h.setFormatter(new logging.Formatter("%(asctime)s %(message)s"));
  const lg = logging.getLogger("fmt");
  lg.addHandler(h);
  lg.warning("default");
  h.setFormatter(new logging.Formatter("%(asctime)s|%(message)s", "%H:%M"));
  lg.warning("datefmt");
  const [first, second] = buf.getvalue().split("\n");
  expect(first).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} default$/);
  expect(second).toMatch(/^\d\d:\d\d\|datefmt$/);
});

test("exc_info: the exception's traceback follows the message; true outside a handler is NoneType: None", () => {
  fresh();
  const buf = new StringBuffer();
  const lg = logging.getLogger("exc");
  lg.addHandler(new logging.StreamHandler(buf));
  const e = new ValueError("boom");
  lg.logWith(logging.ERROR, { exc_info: e }, "failed: %s", e);
  lg.logWith(logging.ERROR, { exc_info: true }, "no exc");
  expect(buf.getvalue().split("\n").filter((l) => !l.startsWith("  "))).toEqual(PYTHON.exc);
});

test("a formatting error is reported on stderr and logging goes on", () => {
  fresh();
  const buf = new StringBuffer();
  const lg = logging.getLogger("bad");
  lg.addHandler(new logging.StreamHandler(buf));
  const err = capturedStderr(() => {
    lg.warning("bad %d", "s");
    lg.warning("good");
  });
  expect(buf.getvalue()).toBe(PYTHON.bad);
  expect(err).toContain("--- Logging error ---\n");
  expect(err).toContain("TypeError: %d format: a real number is required, not str\n");
  expect(err).toContain("Message: 'bad %d'\nArguments: ('s',)\n");
});

test("errors", () => {
  fresh();
  expect([
    outcome(() => new logging.Formatter("no fields")),
    outcome(() => logging.basicConfig({ stream: new StringBuffer(), filename: "x", force: true })),
    outcome(() => logging.getLogger("bad").log("x" as unknown as number, "m")),
  ]).toEqual(PYTHON.errors);
});

test("lastResort and module-level calls (implicit basicConfig) write to stderr", () => {
  fresh();
  const err = capturedStderr(() => {
    logging.getLogger("solo").info("not shown");
    logging.getLogger("solo").warning("last resort %d", 5);
    logging.warning("module level");
    logging.info("hidden");
    logging.getLogger("solo").info("still hidden");
    logging.getLogger("solo").error("now via root");
  });
  expect(err).toBe("last resort 5\nWARNING:root:module level\nERROR:solo:now via root\n");
});

test("basicConfig(filename=, filemode='w') writes what Python writes", () => {
  fresh();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "py2ts-logging-"));
  const file = path.join(dir, "out.log");
  try {
    logging.basicConfig({ filename: file, filemode: "w", level: logging.INFO });
    logging.info("to file %s", "é");
    logging.getLogger("x.y").warning("warn");
    logging.debug("hidden");
    expect(fs.readFileSync(file)).toEqual(Buffer.from("INFO:root:to file \u00e9\nWARNING:x.y:warn\n", "utf-8"));
    expect(logging.root.handlers[0]!.__repr__()).toBe(`<FileHandler ${file} (NOTSET)>`);
  } finally {
    logging.shutdown();
    fresh();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
