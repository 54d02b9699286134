/**
 * The differential harness: runs a program with python3 and with its
 * translation on the same argv, stdin, environment and files, and compares
 * stdout, exit code and the files left behind.
 *
 * Two case layouts are understood:
 *   corpus cases   <id>/main.py (+ helper modules), case.json, optional fixture/ and expected.json
 *   fixture cases  <id>/input.py, optional run.json (argv, stdin, env, timeout_s) and fixture/
 * A case without expected.json is compared against a live python3 run.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

export interface CaseConfig {
  argv: string[];
  stdin: string;
  env: Record<string, string>;
  timeout_s: number;
  mtimes: Record<string, number>;
}

export interface ExpectedResult {
  stdout: string;
  exit_code: number | null;
  files: Record<string, string>;
}

export interface DiffCase {
  /** `<root name>/<path of the case under the root>`, e.g. `corpus/ops/log-cleanup-by-age`. */
  id: string;
  dir: string;
  entry: string;
  config: CaseConfig;
  expected: ExpectedResult | null;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  exit_code: number | null;
  timed_out: boolean;
  files: Record<string, string>;
}

const META_FILES = new Set(["case.json", "expected.json", "README.md", "run.json", "output.ts", "diagnostics.txt", "options.json"]);
const IGNORED_DIRS = new Set(["__pycache__", "node_modules"]);

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as T) : null;
}

function defaults(partial: Partial<CaseConfig> | null): CaseConfig {
  return {
    argv: partial?.argv ?? [],
    stdin: partial?.stdin ?? "",
    env: partial?.env ?? {},
    timeout_s: partial?.timeout_s ?? 20,
    mtimes: partial?.mtimes ?? {},
  };
}

/** Every case under a root directory, sorted by id. */
export function listCases(root: string): DiffCase[] {
  const rootName = path.basename(path.resolve(root));
  const out: DiffCase[] = [];
  const visit = (dir: string) => {
    const names = readdirSync(dir).sort();
    const rel = path.relative(root, dir).split(path.sep).join("/");
    if (names.includes("main.py") && names.includes("case.json")) {
      out.push({
        id: `${rootName}/${rel}`,
        dir,
        entry: "main.py",
        config: defaults(readJson<Partial<CaseConfig>>(path.join(dir, "case.json"))),
        expected: readJson<ExpectedResult>(path.join(dir, "expected.json")),
      });
      return;
    }
    if (names.includes("input.py")) {
      const run = readJson<Partial<CaseConfig> & { exec?: boolean }>(path.join(dir, "run.json"));
      if (run?.exec === false || rel.split("/").includes("_errors_")) return;
      out.push({ id: `${rootName}/${rel}`, dir, entry: "input.py", config: defaults(run), expected: null });
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (!name.startsWith(".") && name !== "node_modules" && statSync(full).isDirectory()) visit(full);
    }
  };
  visit(path.resolve(root));
  return out;
}

function walkFiles(root: string, rel = "", out: string[] = []): string[] {
  const dir = path.join(root, rel);
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!IGNORED_DIRS.has(e.name)) walkFiles(root, r, out);
    } else if (e.isFile()) out.push(r);
  }
  return out;
}

function programFiles(c: DiffCase): string[] {
  return readdirSync(c.dir).filter((n) => n.endsWith(".py") && !META_FILES.has(n)).sort();
}

/** Builds the working directory: program files, fixture contents, mtimes. */
function prepareWorkDir(c: DiffCase): { workDir: string; programs: string[] } {
  const workDir = mkdtempSync(path.join(os.tmpdir(), "py2ts-diff-"));
  const programs = programFiles(c);
  for (const f of programs) copyFileSync(path.join(c.dir, f), path.join(workDir, f));
  const fixture = path.join(c.dir, "fixture");
  if (existsSync(fixture)) {
    for (const f of walkFiles(fixture)) {
      mkdirSync(path.dirname(path.join(workDir, f)), { recursive: true });
      if (path.basename(f) !== ".gitkeep") copyFileSync(path.join(fixture, f), path.join(workDir, f));
    }
  }
  const now = Date.now() / 1000;
  const entries = Object.entries(c.config.mtimes).sort((a, b) => b[0].split("/").length - a[0].split("/").length);
  for (const [rel, offset] of entries) utimesSync(path.join(workDir, rel), now + offset, now + offset);
  return { workDir, programs };
}

function baseEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? os.tmpdir(),
    LANG: "C.UTF-8",
    TZ: "UTC",
    PYTHONHASHSEED: "0",
    PYTHONDONTWRITEBYTECODE: "1",
    ...extra,
  };
}

/**
 * Runs a case with a command prefix (`["python3"]` or `["node", "py2ts.js", "run"]`);
 * the entry's absolute path and the case's argv are appended.
 */
export async function runCase(c: DiffCase, prefix: string[], options: { timeoutS?: number; env?: Record<string, string> } = {}): Promise<RunResult> {
  const { workDir, programs } = prepareWorkDir(c);
  try {
    const args = [...prefix.slice(1), path.join(workDir, c.entry), ...c.config.argv];
    const timeout = (options.timeoutS ?? c.config.timeout_s) * 1000;
    const result = await new Promise<{ stdout: string; stderr: string; code: number | null; timedOut: boolean }>((resolve, reject) => {
      // its own process group, so a timeout kills the program's children too (`py2ts run` spawns node)
      const child = spawn(prefix[0]!, args, { cwd: workDir, env: { ...baseEnv(options.env ?? {}), ...c.config.env }, detached: true });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }, timeout);
      child.stdout.on("data", (d: Buffer) => stdout.push(d));
      child.stderr.on("data", (d: Buffer) => stderr.push(d));
      child.on("error", reject);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ stdout: Buffer.concat(stdout).toString("utf8"), stderr: Buffer.concat(stderr).toString("utf8"), code, timedOut });
      });
      child.stdin.on("error", () => undefined);
      child.stdin.end(c.config.stdin);
    });
    const files: Record<string, string> = {};
    const skip = new Set(programs);
    for (const f of walkFiles(workDir)) {
      if (skip.has(f)) continue;
      files[f] = createHash("sha256").update(readFileSync(path.join(workDir, f))).digest("hex");
    }
    return { stdout: result.stdout, stderr: result.stderr, exit_code: result.code, timed_out: result.timedOut, files };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function clip(s: string | undefined): string {
  if (s === undefined) return "<none>";
  return JSON.stringify(s.length > 120 ? `${s.slice(0, 117)}...` : s);
}

/** Human-readable differences between the reference and the translation. */
export function compareResults(expected: ExpectedResult, actual: RunResult): string[] {
  const out: string[] = [];
  if (actual.timed_out) out.push("timed out");
  if (expected.exit_code !== actual.exit_code) out.push(`exit code: expected ${expected.exit_code}, got ${actual.exit_code}`);
  if (expected.stdout !== actual.stdout) {
    const e = expected.stdout.split("\n");
    const a = actual.stdout.split("\n");
    let i = 0;
    while (i < e.length && i < a.length && e[i] === a[i]) i++;
    out.push(`stdout differs at line ${i + 1}: expected ${clip(e[i])}, got ${clip(a[i])}`);
  }
  for (const f of Object.keys(expected.files).sort()) {
    if (!(f in actual.files)) out.push(`file missing: ${f}`);
    else if (expected.files[f] !== actual.files[f]) out.push(`file content differs: ${f}`);
  }
  for (const f of Object.keys(actual.files).sort()) if (!(f in expected.files)) out.push(`unexpected file: ${f}`);
  return out;
}
