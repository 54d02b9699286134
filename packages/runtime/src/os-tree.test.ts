import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as nodeOs from "node:os";
import * as path from "node:path";
import { BaseException } from "./exceptions.js";
import { glob } from "./glob.js";
import { chdir, environ, listdir, makedirs, scandir, stat, walk } from "./os.js";
import { copy, copy2, copyfile, move, rmtree, which } from "./shutil.js";

function outcome(fn: () => unknown): unknown {
  try {
    return fn();
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}

/** Runs a Python snippet in `cwd` and parses its JSON output (the reference behaviour). */
function python(cwd: string, code: string): unknown {
  const r = spawnSync("python3", ["-c", `import json, os, glob, shutil\nprint(json.dumps(${code}))`], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe("os, glob and shutil on a real tree", () => {
  let dir: string;
  const origin = process.cwd();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(nodeOs.tmpdir(), "py2ts-tree-"));
    for (const d of ["logs/nested/deep", "logs/.hidden", "empty"]) fs.mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of ["logs/zeta.log", "logs/alpha.log", "logs/mid.txt", "logs/.dot.log", "logs/nested/old.log", "logs/nested/deep/x.log", "top.txt"]) {
      fs.writeFileSync(path.join(dir, f), f);
    }
    fs.symlinkSync("top.txt", path.join(dir, "link"));
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(origin);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("listdir, scandir and walk follow the file system's order, like Python", () => {
    expect(listdir("logs")).toEqual(python(dir, `os.listdir("logs")`));
    expect([...scandir("logs")].map((e) => [e.name, e.path, e.is_dir(), e.is_file()])).toEqual(
      python(dir, `[[e.name, e.path, e.is_dir(), e.is_file()] for e in os.scandir("logs")]`),
    );
    expect([...walk(".")].map((s) => [...s])).toEqual(python(dir, `list(os.walk("."))`));
    expect([...walk("logs", false)].map((s) => [...s])).toEqual(python(dir, `list(os.walk("logs", topdown=False))`));
  });

  test("walk honours in-place pruning of dirnames", () => {
    const seen: string[] = [];
    for (const [dirpath, dirnames] of walk(".")) {
      seen.push(dirpath);
      dirnames.splice(0, dirnames.length, ...dirnames.filter((d) => !d.startsWith(".")).sort());
    }
    expect(seen).toEqual(python(dir, `[d for d, ds, fs in os.walk(".") if not ds.__setitem__(slice(None), sorted(x for x in ds if not x.startswith(".")))]`));
  });

  test("glob patterns, hidden names and recursion", () => {
    for (const [pattern, recursive] of [["logs/*.log", false], ["*", false], ["logs/**/*.log", true], ["**", true], ["logs/.*", false], ["*/", false], ["logs/[a-m]*", false], ["missing/*", false], ["top.txt", false]] as const) {
      expect(glob(pattern, null, recursive)).toEqual(python(dir, `glob.glob(${JSON.stringify(pattern)}, recursive=${recursive ? "True" : "False"})`));
    }
  });

  test("stat, makedirs, chdir and environ", () => {
    expect(stat("top.txt").st_size).toBe(7);
    expect(stat("top.txt").st_mtime).toBe(python(dir, `os.stat("top.txt").st_mtime`));
    expect(outcome(() => stat("nope"))).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'nope'");
    makedirs("a/b/c");
    expect(fs.statSync("a/b/c").isDirectory()).toBe(true);
    expect(outcome(() => makedirs("a/b/c"))).toBe("FileExistsError: [Errno 17] File exists: 'a/b/c'");
    expect(outcome(() => makedirs("a/b/c", 0o777, true))).toBeUndefined();
    expect(outcome(() => makedirs("top.txt", 0o777, true))).toBe("FileExistsError: [Errno 17] File exists: 'top.txt'");
    expect(outcome(() => chdir("nowhere"))).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'nowhere'");
    environ.set("PY2TS_TEST_VAR", "1");
    expect(process.env["PY2TS_TEST_VAR"]).toBe("1");
    environ.delete("PY2TS_TEST_VAR");
    expect(process.env["PY2TS_TEST_VAR"]).toBeUndefined();
  });

  test("shutil copies, moves and removes like Python", () => {
    expect(outcome(() => copyfile("top.txt", "top.txt"))).toBe("SameFileError: 'top.txt' and 'top.txt' are the same file");
    expect(outcome(() => copyfile("missing", "x"))).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'missing'");
    expect(outcome(() => copyfile("logs", "x"))).toBe("IsADirectoryError: [Errno 21] Is a directory: 'logs'");
    expect(outcome(() => copyfile("top.txt", "empty"))).toBe("IsADirectoryError: [Errno 21] Is a directory: 'empty'");
    expect(copy("top.txt", "empty")).toBe("empty/top.txt");
    expect(copy2("top.txt", "copy.txt")).toBe("copy.txt");
    expect(fs.statSync("copy.txt").mtimeMs).toBeCloseTo(fs.statSync("top.txt").mtimeMs, 0);
    expect(outcome(() => move("top.txt", "empty"))).toBe("Error: Destination path 'empty/top.txt' already exists");
    expect(move("copy.txt", "empty/moved.txt")).toBe("empty/moved.txt");
    expect(outcome(() => rmtree("top.txt"))).toBe("NotADirectoryError: [Errno 20] Not a directory: 'top.txt'");
    expect(outcome(() => rmtree("link"))).toBe("OSError: Cannot call rmtree on a symbolic link");
    expect(outcome(() => rmtree("gone"))).toBe("FileNotFoundError: [Errno 2] No such file or directory: 'gone'");
    rmtree("logs");
    expect(fs.existsSync("logs")).toBe(false);
    expect(which("sh")).toBe(python(dir, `shutil.which("sh")`));
    expect(which("no-such-command-py2ts")).toBeNull();
  });
});
