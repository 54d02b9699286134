/**
 * The py2ts command, end to end (uses the built CLI: run `npm run build` first).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const BIN = path.resolve(__dirname, "..", "bin", "py2ts.js");
let dir: string;
let cache: string;

function py2ts(args: string[], options: { cwd?: string; input?: string } = {}) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? dir,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, PY2TS_CACHE_DIR: cache },
  });
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "py2ts-cli-"));
  cache = mkdtempSync(path.join(os.tmpdir(), "py2ts-cache-"));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe("py2ts convert", () => {
  it("mirrors the tree, writes the report and project files, exit 0 when clean", () => {
    mkdirSync(path.join(dir, "src", "tools"), { recursive: true });
    writeFileSync(path.join(dir, "src", "a.py"), 'print("a")\n');
    writeFileSync(path.join(dir, "src", "tools", "b.py"), 'print("b")\n');
    const r = py2ts(["convert", "src", "--out", "out", "--quiet"]);
    expect(r.status).toBe(0);
    const out = path.join(dir, "out");
    expect(readFileSync(path.join(out, "a.ts"), "utf8")).toBe('console.log("a");\n');
    expect(existsSync(path.join(out, "tools", "b.ts"))).toBe(true);
    for (const f of ["py2ts-report.json", "py2ts-report.md", "tsconfig.json", "package.json"]) expect(existsSync(path.join(out, f))).toBe(true);
    const report = JSON.parse(readFileSync(path.join(out, "py2ts-report.json"), "utf8")) as { schemaVersion: number; summary: { files: number } };
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.files).toBe(2);
  });

  it("exits 1 when a file has errors, and still converts the others", () => {
    writeFileSync(path.join(dir, "bad.py"), "def f(:\n");
    writeFileSync(path.join(dir, "good.py"), "x = 1\n");
    const r = py2ts(["convert", "bad.py", "good.py", "--out", "out", "--quiet"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("1 failed");
    expect(existsSync(path.join(dir, "out", "good.ts"))).toBe(true);
    expect(existsSync(path.join(dir, "out", "bad.ts"))).toBe(false);
  });

  it("refuses to overwrite a file it did not generate, or one edited since, unless --force", () => {
    writeFileSync(path.join(dir, "a.py"), "x = 1\n");
    mkdirSync(path.join(dir, "out"));
    writeFileSync(path.join(dir, "out", "a.ts"), "// mine\n");
    const refused = py2ts(["convert", "a.py", "--out", "out", "--quiet"]);
    expect(refused.status).toBe(2);
    expect(readFileSync(path.join(dir, "out", "a.ts"), "utf8")).toBe("// mine\n");
    expect(py2ts(["convert", "a.py", "--out", "out", "--quiet", "--force"]).status).toBe(0);
    expect(py2ts(["convert", "a.py", "--out", "out", "--quiet"]).status).toBe(0); // ours now: regenerating is fine
    writeFileSync(path.join(dir, "out", "a.ts"), "// edited\n");
    expect(py2ts(["convert", "a.py", "--out", "out", "--quiet"]).status).toBe(2);
  });

  it("exits 2 on usage errors", () => {
    expect(py2ts(["convert", "nothing.py"]).status).toBe(2);
    expect(py2ts(["frobnicate"]).status).toBe(2);
  });
});

describe("py2ts run", () => {
  it("passes argv, stdin, stdout and the exit code through, and leaves no file behind", () => {
    const scriptDir = path.join(dir, "scripts");
    mkdirSync(scriptDir);
    writeFileSync(path.join(scriptDir, "echo.py"), "import sys\nprint(sys.argv[1], sys.argv[2])\nsys.exit(3)\n");
    const work = path.join(dir, "work");
    mkdirSync(work);
    const r = py2ts(["run", path.join(scriptDir, "echo.py"), "--flag", "x y"], { cwd: work });
    expect(r.stdout).toBe("--flag x y\n");
    expect(r.status).toBe(3);
    expect(readdirSync(work)).toEqual([]);
    expect(readdirSync(scriptDir)).toEqual(["echo.py"]);
    // second run comes from the cache
    expect(py2ts(["run", path.join(scriptDir, "echo.py"), "a", "b"], { cwd: work }).stdout).toBe("a b\n");
  });

  it("reports a script that cannot be converted like Python reports a syntax error", () => {
    writeFileSync(path.join(dir, "bad.py"), "def f(:\n");
    const r = py2ts(["run", "bad.py"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("SyntaxError");
  });

  it("exits 2 for a missing script", () => {
    expect(py2ts(["run", "missing.py"]).status).toBe(2);
  });
});
