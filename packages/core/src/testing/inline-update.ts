/**
 * Accepting new expected outputs in RuleTester files, the way jest updates
 * inline snapshots: with `UPDATE_GOLDEN=1` (never under `CI=true`), a
 * `translates` case whose output differs has its `output:` template literal
 * rewritten in the test file, keeping the literal's indentation.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** Whether mismatching outputs are written back instead of failing. */
export function updatingInlineOutputs(): boolean {
  return process.env.UPDATE_GOLDEN === "1" && process.env.CI !== "true";
}

/** The test file that called `RuleTester.run`: the first stack frame outside the testing folder. */
export function callerFile(): string | null {
  const stack = new Error().stack ?? "";
  for (const line of stack.split("\n").slice(1)) {
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]+\.[cm]?[jt]sx?):\d+:\d+\)?$/.exec(line.trim());
    if (m && !m[1]!.startsWith(__dirname)) return m[1]!;
  }
  return null;
}

/** The source text of a template literal whose cooked value is `value` (no substitutions). */
function templateSource(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${");
}

/**
 * Replaces the `output` template literal holding `expected` with one holding
 * `actual`, indented like the original. When several cases hold the same
 * literal, the one following `name: "<caseName>"` is taken. Returns false
 * when the literal cannot be told apart (the test must then be updated by hand).
 */
export function rewriteInlineOutput(file: string, expected: string, actual: string, caseName?: string): boolean {
  const text = readFileSync(file, "utf8");
  const needle = `output: \`${templateSource(expected)}\``;
  let at = text.indexOf(needle);
  if (at >= 0 && text.indexOf(needle, at + 1) >= 0) {
    // several cases hold the same literal (new empty ones): take the one after this case's name
    const named = caseName === undefined ? -1 : text.indexOf(`name: ${JSON.stringify(caseName)}`);
    // the case's own output is the first `output:` after its name
    at = named < 0 ? -1 : text.indexOf(needle, named);
    if (at < 0 || text.indexOf("output: `", named) !== at) return false;
  }
  if (at < 0) return false;
  const lines = expected.split("\n");
  const indent = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length).reduce((a, b) => Math.min(a, b), Infinity);
  // an empty literal (a new case) takes the indentation of its `output:` line
  const keyIndent = /( *)$/.exec(text.slice(0, at))![1]!.length;
  const pad = " ".repeat(Number.isFinite(indent) ? indent : keyIndent + 2);
  const closing = /\n( *)$/.exec(expected)?.[1] ?? " ".repeat(keyIndent);
  const body = actual.replace(/\n$/, "").split("\n").map((l) => (l ? pad + l : l)).join("\n");
  const replacement = `output: \`${templateSource(`\n${body}\n${closing}`)}\``;
  writeFileSync(file, text.slice(0, at) + replacement + text.slice(at + needle.length));
  return true;
}
