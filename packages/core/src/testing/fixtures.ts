/**
 * Golden fixtures: `fixtures/<pack>/<area>/<case>/input.py` with the expected
 * `output.ts` and, when any diagnostic is expected, `diagnostics.txt`
 * rendered TypeScript-baseline style (the source line with `~~~` under the
 * span). Cases under `_errors_/` must fail cleanly (no output, diagnostics only).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import * as path from "node:path";
import type { Plugin } from "../engine/rule";
import { SourceText } from "../ir/source-text";
import { convertProject } from "../pipeline";
import type { Diagnostic } from "../report/diagnostic";

export interface FixtureCase {
  /** Path under the fixtures root, `/`-separated. */
  id: string;
  dir: string;
  /** True for `_errors_` cases, which must produce no output. */
  expectsFailure: boolean;
}

export function listFixtures(root: string): FixtureCase[] {
  const out: FixtureCase[] = [];
  const visit = (dir: string) => {
    const names = readdirSync(dir).sort();
    if (names.includes("input.py")) {
      const id = path.relative(root, dir).split(path.sep).join("/");
      out.push({ id, dir, expectsFailure: id.split("/").includes("_errors_") });
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      if (!name.startsWith(".") && statSync(full).isDirectory()) visit(full);
    }
  };
  if (existsSync(root)) visit(root);
  return out;
}

/** Renders diagnostics under their source lines, like TypeScript's baseline tests. */
export function renderDiagnostics(source: string, diagnostics: readonly Diagnostic[], fileName = "input.py"): string {
  if (diagnostics.length === 0) return "";
  const text = new SourceText(source);
  const out: string[] = [];
  for (const d of diagnostics) {
    const { start, end } = d.span;
    out.push(`${fileName}(${start.line},${start.column}): ${d.severity} ${d.code}: ${d.message} [${d.ruleId}]${d.tsLine ? ` (ts:${d.tsLine})` : ""}`);
    const line = text.line(start.line);
    const fileLevel = /^PY2TS100[3-7]$/.test(d.code); // the bytes are not displayable source
    if (!fileLevel && (line !== "" || start.line <= text.lineCount)) {
      const width = end.line === start.line ? Math.max(end.column - start.column, 1) : Math.max(line.length - start.column + 1, 1);
      out.push(`    ${line}`);
      out.push(`    ${" ".repeat(Math.max(start.column - 1, 0))}${"~".repeat(width)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

export interface FixtureResult {
  output: string | null;
  diagnostics: string;
}

export async function runFixture(fixture: FixtureCase, plugins: readonly Plugin[]): Promise<FixtureResult> {
  const bytes = readFileSync(path.join(fixture.dir, "input.py"));
  const result = await convertProject([{ path: "input.py", bytes }], { plugins });
  const file = result.files[0]!;
  return { output: file.output, diagnostics: renderDiagnostics(bytes.toString("utf8"), file.diagnostics) };
}
