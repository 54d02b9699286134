/**
 * `npm run bench`: converts a generated tree of at least 50,000 Python lines
 * (the acceptance corpus replicated when ../shared/corpus exists, else the
 * repository's examples and fixtures) and prints, per stage, the time,
 * lines/second and peak RSS. Benchmarks live here, never in timed tests.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { type SourceFileInput, type Stage, convertProject } from "@py2ts/core";
import { defaultPlugins } from "./plugins";
import { collectPythonFiles } from "./project-files";

const REPO = path.resolve(__dirname, "..", "..", "..");
const TARGET_LINES = 50_000;

function seedFiles(): SourceFileInput[] {
  const corpus = path.join(REPO, "..", "shared", "corpus");
  const roots = existsSync(corpus) ? [corpus] : [path.join(REPO, "examples"), path.join(REPO, "fixtures")];
  const { files } = collectPythonFiles(roots.filter((r) => existsSync(r)));
  return files
    .filter((f) => !f.relative.includes("_errors_"))
    .map((f) => ({ path: f.relative, bytes: readFileSync(f.absolute) }));
}

function lineCount(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

async function main(): Promise<void> {
  const seed = seedFiles();
  const seedLines = seed.reduce((n, f) => n + lineCount(f.bytes), 0);
  if (seedLines === 0) throw new Error("no Python files to benchmark");
  const copies = Math.ceil(TARGET_LINES / seedLines);
  const inputs: SourceFileInput[] = [];
  for (let i = 0; i < copies; i++) for (const f of seed) inputs.push({ path: `copy${i}/${f.path}`, bytes: f.bytes });
  const lines = seedLines * copies;
  const rssBefore = process.memoryUsage.rss();
  const started = performance.now();
  const result = await convertProject(inputs, { plugins: defaultPlugins() });
  const total = (performance.now() - started) / 1000;
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
  process.stdout.write(`py2ts bench: ${inputs.length} files, ${lines} lines (${copies} copies of ${seed.length} files)\n`);
  process.stdout.write(`${"stage".padEnd(10)}${"seconds".padStart(10)}${"lines/s".padStart(12)}${"peak RSS".padStart(12)}\n`);
  for (const [stage, m] of Object.entries(result.stages) as Array<[Stage, { ms: number; peakRssBytes: number }]>) {
    const seconds = m.ms / 1000;
    process.stdout.write(
      `${stage.padEnd(10)}${seconds.toFixed(2).padStart(10)}${Math.round(lines / Math.max(seconds, 1e-9)).toString().padStart(12)}${mb(m.peakRssBytes).padStart(12)}\n`,
    );
  }
  const failed = result.files.filter((f) => f.status === "failed").length;
  process.stdout.write(`${"total".padEnd(10)}${total.toFixed(2).padStart(10)}${Math.round(lines / total).toString().padStart(12)}${mb(process.memoryUsage.rss()).padStart(12)}\n`);
  process.stdout.write(`RSS before: ${mb(rssBefore)}; files failed: ${failed}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
});
