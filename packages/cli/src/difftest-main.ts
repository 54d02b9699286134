/**
 * `npm run difftest -- [dirs...]`: every case runs with python3 and with
 * `py2ts run`; stdout, exit code and files left behind must agree. A line per
 * case, then `N passed, M failed`. The committed pass list is a ratchet: a
 * listed case that fails is a regression (exit 1); `--update` adds new passes.
 *
 * Default dirs: fixtures/, and ../shared/corpus when it exists.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { type DiffCase, type ExpectedResult, compareResults, listCases, runCase } from "@py2ts/core";

const REPO = path.resolve(__dirname, "..", "..", "..");
const PASS_LIST = path.join(REPO, "difftest", "pass-list.json");
const PY2TS = path.join(REPO, "packages", "cli", "bin", "py2ts.js");

interface PassList {
  description: string;
  cases: string[];
}

function readPassList(): PassList {
  if (!existsSync(PASS_LIST)) return { description: "", cases: [] };
  return JSON.parse(readFileSync(PASS_LIST, "utf8")) as PassList;
}

async function reference(c: DiffCase): Promise<ExpectedResult> {
  if (c.expected) return c.expected;
  const r = await runCase(c, ["python3"]);
  return { stdout: r.stdout, exit_code: r.exit_code, files: r.files };
}

async function pool<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
  return results;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const update = args.includes("--update");
  const verbose = args.includes("--verbose");
  const filters = args.filter((a) => a.startsWith("--only=")).map((a) => a.slice(7));
  let roots = args.filter((a) => !a.startsWith("--"));
  if (roots.length === 0) {
    roots = [path.join(REPO, "fixtures")];
    const shared = path.join(REPO, "..", "shared", "corpus");
    if (existsSync(shared)) roots.push(shared);
  }
  const cases = roots
    .filter((r) => existsSync(r))
    .flatMap((r) => listCases(r))
    .filter((c) => filters.length === 0 || filters.some((f) => c.id.includes(f)));
  const passList = readPassList();
  const listed = new Set(passList.cases);
  const started = Date.now();
  const outcomes = await pool(cases, Math.max(1, os.cpus().length), async (c) => {
    const t0 = Date.now();
    let mismatches: string[];
    let stderr = "";
    try {
      const expected = await reference(c);
      const actual = await runCase(c, [process.execPath, PY2TS, "run"], { timeoutS: Math.max(c.config.timeout_s, 60) });
      stderr = actual.stderr;
      mismatches = compareResults(expected, actual);
    } catch (error) {
      mismatches = [`runner error: ${error instanceof Error ? error.message : String(error)}`];
    }
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    const ok = mismatches.length === 0;
    const tag = ok ? (listed.has(c.id) ? "PASS" : "PASS (new)") : listed.has(c.id) ? "REGRESSION" : "FAIL";
    process.stdout.write(`${tag} ${c.id} (${seconds}s)${ok ? "" : `: ${mismatches[0]}${mismatches.length > 1 ? ` (+${mismatches.length - 1} more)` : ""}`}\n`);
    if (!ok && verbose && stderr) process.stdout.write(`  stderr: ${stderr.split("\n").slice(-4).join("\n  ")}\n`);
    return { id: c.id, ok };
  });
  const passed = outcomes.filter((o) => o.ok);
  const regressions = outcomes.filter((o) => !o.ok && listed.has(o.id));
  const fresh = passed.filter((o) => !listed.has(o.id));
  process.stdout.write(`${passed.length} passed, ${outcomes.length - passed.length} failed (${((Date.now() - started) / 1000).toFixed(0)}s)\n`);
  if (fresh.length > 0) {
    if (update) {
      passList.cases = [...new Set([...passList.cases, ...fresh.map((o) => o.id)])].sort();
      writeFileSync(PASS_LIST, `${JSON.stringify(passList, null, 2)}\n`);
      process.stdout.write(`pass list: added ${fresh.length} case(s)\n`);
    } else {
      process.stdout.write(`${fresh.length} newly passing case(s) not in the pass list; run with --update to add them\n`);
    }
  }
  if (regressions.length > 0) {
    process.stdout.write(`ratchet broken: ${regressions.length} case(s) from the pass list fail: ${regressions.map((r) => r.id).join(", ")}\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`difftest: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 2;
  },
);
