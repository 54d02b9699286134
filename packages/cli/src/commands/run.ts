/**
 * `py2ts run <script.py> [args...]`: converts the script and the project
 * modules it imports (cached by content hash, outside the working directory),
 * then runs the result with Node. Arguments, stdin, stdout, stderr and the
 * exit code pass through, as with `python3 script.py args`.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { collectProgram } from "../run/program-files";
import { VERSION } from "../version";

export interface RunArgs {
  script: string;
  args: string[];
  verbose: boolean;
}

function cacheRoot(): string {
  if (process.env.PY2TS_CACHE_DIR) return process.env.PY2TS_CACHE_DIR;
  const home = os.homedir();
  const base = process.env.XDG_CACHE_HOME ?? (home ? path.join(home, ".cache") : os.tmpdir());
  return path.join(base, "py2ts", "run");
}

function runtimeDir(): string {
  return path.dirname(require.resolve("@py2ts/runtime/package.json"));
}

/**
 * Identifies the converter build: the versions, plus the modification times of
 * the installed packages' entry files, so a rebuilt converter never reuses a
 * stale translation.
 */
function converterFingerprint(): string {
  const parts = [`py2ts ${VERSION}`, `runtime ${runtimeVersion()}`];
  for (const pkg of ["@py2ts/core", "@py2ts/rules-core", "@py2ts/rules-stdlib", "@py2ts/runtime"]) {
    try {
      parts.push(`${pkg} ${statSync(require.resolve(pkg)).mtimeMs}`);
    } catch {
      parts.push(`${pkg} missing`);
    }
  }
  parts.push(`cli ${statSync(__filename).mtimeMs}`);
  return parts.join("\0");
}

function cacheKey(files: ReadonlyArray<{ relative: string; bytes: Uint8Array }>, entry: string): string {
  const h = createHash("sha256");
  h.update(`${converterFingerprint()}\0entry ${entry}\0`);
  for (const f of files) {
    h.update(f.relative);
    h.update("\0");
    h.update(f.bytes);
    h.update("\0");
  }
  return h.digest("hex").slice(0, 32);
}

function runtimeVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join(runtimeDir(), "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

interface Prepared {
  entry: string;
  /** Python-style error text when the program could not be converted. */
  failure: string | null;
}

/** Converts into a fresh directory and moves it into the cache in one rename. */
async function prepare(script: string, verbose: boolean): Promise<Prepared> {
  const { files } = collectProgram(script);
  const entryRelative = path.basename(script);
  const key = cacheKey(files, entryRelative);
  const dir = path.join(cacheRoot(), key);
  const entry = path.join(dir, entryRelative.replace(/\.pyw?$/, ".js"));
  const failureFile = path.join(dir, "py2ts-failure.txt");
  if (existsSync(path.join(dir, ".complete"))) {
    return { entry, failure: existsSync(failureFile) ? readFileSync(failureFile, "utf8") : null };
  }
  // the converter is loaded only on a cache miss
  const core = require("@py2ts/core") as typeof import("@py2ts/core");
  const { defaultPlugins } = require("../plugins") as typeof import("../plugins");
  const result = await core.convertProject(
    files.map((f) => ({ path: f.relative, bytes: f.bytes })),
    { plugins: defaultPlugins() },
  );
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  let failure: string | null = null;
  for (const file of result.files) {
    if (verbose) {
      for (const d of file.diagnostics) {
        if (d.severity !== "info") process.stderr.write(`${file.path}:${d.span.start.line}:${d.span.start.column}: ${d.severity} ${d.code}: ${d.message}\n`);
      }
    }
    if (file.output === null) {
      const first = file.diagnostics.find((d) => d.severity === "error");
      failure ??= `  File "${file.path}", line ${first?.span.start.line ?? 1}\nSyntaxError: py2ts could not convert this file: ${first ? `${first.code} ${first.message}` : "unknown error"}\n`;
      continue;
    }
    const target = path.join(staging, file.outputPath);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, file.output);
    writeFileSync(target.replace(/\.ts$/, ".js"), core.transpileToJavaScript(file.output, file.outputPath));
  }
  if (failure) writeFileSync(path.join(staging, "py2ts-failure.txt"), failure);
  writeFileSync(path.join(staging, "package.json"), '{ "type": "module", "private": true }\n');
  mkdirSync(path.join(staging, "node_modules", "@py2ts"), { recursive: true });
  symlinkSync(runtimeDir(), path.join(staging, "node_modules", "@py2ts", "runtime"), "dir");
  writeFileSync(path.join(staging, ".complete"), "");
  mkdirSync(path.dirname(dir), { recursive: true });
  try {
    renameSync(staging, dir);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process filled the cache first
  }
  return { entry, failure };
}

export async function runScript(args: RunArgs): Promise<number> {
  if (!existsSync(args.script)) {
    process.stderr.write(`py2ts: can't open file '${path.resolve(args.script)}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const prepared = await prepare(args.script, args.verbose);
  if (prepared.failure) {
    process.stderr.write(prepared.failure);
    return 1;
  }
  const child = spawnSync(process.execPath, [prepared.entry, ...args.args], {
    stdio: "inherit",
    env: { ...process.env, PY2TS_ARGV0: args.script },
  });
  if (child.error) throw child.error;
  if (child.signal) {
    process.kill(process.pid, child.signal);
    return 128 + (os.constants.signals[child.signal] ?? 0);
  }
  return child.status ?? 1;
}
