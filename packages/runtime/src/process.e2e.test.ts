/**
 * End-to-end: runs the scripts in packages/runtime/fixtures with Node (via
 * tsx) and checks stdout, stderr and the exit status against what the
 * equivalent Python program produces.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const root = path.resolve(__dirname, "..", "..", "..");
const fixtures = path.resolve(__dirname, "..", "fixtures");
const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function run(script: string, args: string[] = [], input = ""): Run {
  const env = { ...process.env };
  delete env["JEST_WORKER_ID"];
  const result = spawnSync(process.execPath, [tsx, path.join(fixtures, script), ...args], {
    encoding: "utf8",
    input,
    env,
    cwd: fixtures,
    timeout: 60000,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe("process end (process-handlers.ts)", () => {
  test("an uncaught exception prints a Python traceback and exits 1, keeping stdout", () => {
    const r = run("uncaught.ts");
    expect(r.stdout).toBe("before\nvia node stream\n");
    expect(r.status).toBe(1);
    expect(r.stderr.startsWith("Traceback (most recent call last):\n")).toBe(true);
    expect(r.stderr).toMatch(/  File ".*uncaught\.ts", line 6, in <module>\n/);
    expect(r.stderr.endsWith("KeyError: 'missing'\n")).toBe(true);
  });
  test("sys.exit(n) runs finally blocks and exits with n", () => {
    const r = run("exit-finally.ts", ["3"]);
    expect([r.stdout, r.stderr, r.status]).toEqual(["working\ncleanup\n", "", 3]);
    expect(run("exit-finally.ts", ["0"]).status).toBe(0);
    expect(run("exit-finally.ts", ["256"]).status).toBe(0);
  });
  test("sys.exit('message') writes the message to stderr and exits 1", () => {
    expect(run("exit-message.ts")).toEqual({ stdout: "", stderr: "fatal: config missing\n", status: 1 });
  });
  test("raise ... from ... prints both exceptions like Python", () => {
    const r = run("chained.ts");
    expect(r.stdout).toBe("caught\n");
    expect(r.status).toBe(1);
    const blocks = r.stderr.split("\nThe above exception was the direct cause of the following exception:\n\n");
    expect(blocks).toHaveLength(2);
    expect(blocks[0]!.endsWith("ValueError: invalid literal for int() with base 10: 'eighty'\n")).toBe(true);
    expect(blocks[1]!.endsWith("ConfigError: port: not a number\n")).toBe(true);
  });
  test("an exception escaping top-level await ends the same way", () => {
    const r = run("async-reject.ts");
    expect(r.stdout).toBe("async work\n");
    expect(r.status).toBe(1);
    expect(r.stderr.endsWith("RuntimeError: async failure\n")).toBe(true);
  });
});

describe("sys and stdin", () => {
  test("isMain and argv", () => {
    const r = run("main-check.ts", ["--dir", "logs"]);
    expect(r.stdout).toBe("True False ['--dir', 'logs']\n");
    expect(r.status).toBe(0);
  });
  test("input() prompts without newline and raises EOFError at end of input", () => {
    const r = run("read-input.ts", [], "80\r\n 443 \nlast");
    expect(r.stdout).toBe("port> [80]\nport> [ 443 ]\nport> [last]\nport> <eof> EOF when reading a line\n");
    expect(r.status).toBe(0);
  });
  test("iterating sys.stdin yields lines with universal newlines", () => {
    const r = run("read-input.ts", ["lines"], "a\r\nb\rc\n\nd");
    expect(r.stdout).toBe('"a\\n"\n"b\\n"\n"c\\n"\n"\\n"\n"d"\n');
  });
});
