/**
 * RuleTester: tests a rule in three buckets, the way ESLint's RuleTester
 * does, and checks invariants on every case, not just the expected text:
 *
 *   translates — Python in, exact TypeScript out, no error diagnostics
 *   reports    — the diagnostics (message id, line, column) the rule raises
 *   ignores    — code the rule must leave alone: same output with and without it, nothing reported by it
 *
 * Every translated output must type-check under `--strict` with no `any`, be
 * left unchanged by prettier, and be byte-identical over two runs; with
 * `exec`, python3 and node must print the same. Duplicate cases are errors.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { formatTypeScript } from "../emit/format";
import { callerFile, rewriteInlineOutput, updatingInlineOutputs } from "./inline-update";
import type { Plugin, Rule } from "../engine/rule";
import { type FileResult, convertProject } from "../pipeline";
import { typeCheck } from "./type-check";

export interface TranslatesCase {
  name?: string;
  code: string;
  output: string;
  /** Run both programs and compare stdout (and exit code). */
  exec?: boolean | { argv?: string[]; stdin?: string };
  /** Skip the strict type check (for outputs that intentionally hold stubs). */
  typeCheck?: boolean;
}

export interface ExpectedReport {
  messageId: string;
  line?: number;
  column?: number;
  data?: Record<string, string | number>;
}

export interface ReportsCase {
  name?: string;
  code: string;
  errors: ExpectedReport[];
  /** Optionally also pin the output. */
  output?: string;
}

export interface IgnoresCase {
  name?: string;
  code: string;
}

export interface RuleTests {
  translates?: TranslatesCase[];
  reports?: ReportsCase[];
  ignores?: IgnoresCase[];
}

type TestFn = (name: string, fn: () => Promise<void> | void) => void;

interface TestGlobals {
  describe: (name: string, fn: () => void) => void;
  it: TestFn;
}

function testGlobals(): TestGlobals {
  const g = globalThis as unknown as Partial<TestGlobals>;
  if (typeof g.describe !== "function" || typeof g.it !== "function") {
    throw new Error("RuleTester needs a test framework with describe/it globals (jest, vitest, mocha)");
  }
  return { describe: g.describe, it: g.it };
}

export class RuleTesterError extends Error {}

function dedent(code: string): string {
  const lines = code.replace(/^\n/, "").split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n").replace(/\s*$/, "\n");
}

export class RuleTester {
  /** The test file that registered the cases (for `UPDATE_GOLDEN=1`). */
  private testFile: string | null = null;

  constructor(private readonly config: { plugins: readonly Plugin[] }) {}

  private async convert(code: string, without?: Rule): Promise<FileResult> {
    const plugins = without
      ? this.config.plugins.map((p) => ({ ...p, rules: p.rules.filter((r) => r !== without) }))
      : this.config.plugins;
    const result = await convertProject([{ path: "main.py", bytes: Buffer.from(code) }], { plugins });
    return result.files[0]!;
  }

  private checkPluginsContain(rule: Rule): void {
    if (!this.config.plugins.some((p) => p.rules.includes(rule))) {
      throw new RuleTesterError(`rule ${rule.meta.id} is not in the tester's plugins`);
    }
  }

  /** Registers the tests with the test framework. */
  run(rule: Rule, tests: RuleTests): void {
    this.checkPluginsContain(rule);
    this.testFile = callerFile();
    const { describe, it } = testGlobals();
    const seen = new Set<string>();
    const key = (bucket: string, code: string) => {
      const k = `${bucket}\u0000${dedent(code)}`;
      if (seen.has(k)) throw new RuleTesterError(`duplicate ${bucket} case in ${rule.meta.id}:\n${code}`);
      seen.add(k);
    };
    describe(rule.meta.id, () => {
      for (const c of tests.translates ?? []) {
        key("translates", c.code);
        it(`translates: ${c.name ?? firstLine(c.code)}`, () => this.translates(rule, c));
      }
      for (const c of tests.reports ?? []) {
        key("reports", c.code);
        it(`reports: ${c.name ?? firstLine(c.code)}`, () => this.reports(rule, c));
      }
      for (const c of tests.ignores ?? []) {
        key("ignores", c.code);
        it(`ignores: ${c.name ?? firstLine(c.code)}`, () => this.ignores(rule, c));
      }
    });
  }

  async translates(rule: Rule, c: TranslatesCase): Promise<void> {
    const code = dedent(c.code);
    const first = await this.convert(code);
    const errors = first.diagnostics.filter((d) => d.severity === "error");
    if (first.output === null || errors.length > 0) {
      throw new RuleTesterError(`expected a clean translation, got:\n${first.diagnostics.map((d) => `  ${d.code} ${d.message}`).join("\n")}\n${first.output ?? ""}`);
    }
    this.expectOutput(first.output, c.output, `output of ${rule.meta.id}`, c.name);
    await this.checkInvariants(code, first, c.typeCheck !== false);
    if (c.exec) this.execute(code, first.output, typeof c.exec === "object" ? c.exec : {});
  }

  async reports(rule: Rule, c: ReportsCase): Promise<void> {
    const code = dedent(c.code);
    const result = await this.convert(code);
    const own = result.diagnostics.filter((d) => d.ruleId === rule.meta.id);
    const messageIdOf = (message: string, code: string) =>
      Object.entries(rule.meta.messages).find(([, m]) => m.code === code && fillsTemplate(m.text, message))?.[0];
    const actual = own.map((d) => ({ messageId: messageIdOf(d.message, d.code) ?? d.code, line: d.span.start.line, column: d.span.start.column, message: d.message }));
    if (actual.length !== c.errors.length) {
      throw new RuleTesterError(`expected ${c.errors.length} report(s) from ${rule.meta.id}, got ${actual.length}:\n${actual.map((a) => `  ${a.messageId} ${a.line}:${a.column} ${a.message}`).join("\n")}`);
    }
    c.errors.forEach((expected, i) => {
      const a = actual[i]!;
      if (!(expected.messageId in rule.meta.messages)) throw new RuleTesterError(`unknown message id '${expected.messageId}' in the test`);
      if (a.messageId !== expected.messageId) throw new RuleTesterError(`report ${i}: expected ${expected.messageId}, got ${a.messageId} (${a.message})`);
      if (expected.line !== undefined && a.line !== expected.line) throw new RuleTesterError(`report ${i}: expected line ${expected.line}, got ${a.line}`);
      if (expected.column !== undefined && a.column !== expected.column) throw new RuleTesterError(`report ${i}: expected column ${expected.column}, got ${a.column}`);
      if (/\{\w+\}/.test(a.message)) throw new RuleTesterError(`report ${i} has an unfilled placeholder: ${a.message}`);
    });
    if (c.output !== undefined) this.expectOutput(result.output ?? "", c.output, `output of ${rule.meta.id}`, c.name);
    if (result.output !== null) await this.checkInvariants(code, result, false);
  }

  async ignores(rule: Rule, c: IgnoresCase): Promise<void> {
    const code = dedent(c.code);
    const withRule = await this.convert(code);
    const withoutRule = await this.convert(code, rule);
    const own = withRule.diagnostics.filter((d) => d.ruleId === rule.meta.id);
    if (own.length > 0) throw new RuleTesterError(`${rule.meta.id} reported on code it must ignore: ${own.map((d) => d.message).join("; ")}`);
    expectEqual(withRule.output ?? "", withoutRule.output ?? "", `output with and without ${rule.meta.id}`);
  }

  /** Compares an output with the case's; under `UPDATE_GOLDEN=1` a difference is written back to the test file. */
  private expectOutput(actual: string, expected: string, what: string, caseName?: string): void {
    if (actual === dedent(expected)) return;
    if (updatingInlineOutputs() && this.testFile && rewriteInlineOutput(this.testFile, expected, actual, caseName)) return;
    expectEqual(actual, dedent(expected), what);
  }

  private async checkInvariants(code: string, first: FileResult, checkTypes: boolean): Promise<void> {
    const output = first.output!;
    const second = await this.convert(code);
    if (second.output !== output) throw new RuleTesterError("two runs gave different output");
    const formatted = await formatTypeScript(output);
    if (formatted !== output) throw new RuleTesterError(`prettier changes the output:\n${formatted}`);
    if (/\bany\b/.test(output.replace(/\/\/.*$/gm, "").replace(/"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, ""))) {
      const check = typeCheck({ "main.ts": output });
      if (check.anyLines.length > 0) throw new RuleTesterError(`output uses 'any' on line(s) ${check.anyLines.join(", ")}`);
    }
    if (checkTypes) {
      const check = typeCheck({ "main.ts": output });
      if (check.errors.length > 0) throw new RuleTesterError(`output does not type-check under --strict:\n${check.errors.join("\n")}\n\n${output}`);
      if (check.anyLines.length > 0) throw new RuleTesterError(`output uses 'any' on line(s) ${check.anyLines.join(", ")}`);
    }
  }

  private execute(code: string, output: string, options: { argv?: string[]; stdin?: string }): void {
    const dir = mkdtempSync(path.join(os.tmpdir(), "py2ts-exec-"));
    try {
      writeFileSync(path.join(dir, "main.py"), code);
      writeFileSync(path.join(dir, "main.mts"), output);
      linkRuntime(dir);
      const argv = options.argv ?? [];
      const input = options.stdin ?? "";
      const env = { ...process.env, PYTHONHASHSEED: "0", LANG: "C.UTF-8" };
      const py = spawnSync("python3", ["main.py", ...argv], { cwd: dir, input, env, encoding: "utf8" });
      const tsx = require.resolve("tsx");
      const js = spawnSync(process.execPath, ["--import", tsx, "main.mts", ...argv], {
        cwd: dir,
        input,
        env: { ...env, NODE_PATH: "" },
        encoding: "utf8",
      });
      expectEqual(js.stdout, py.stdout, `stdout of the translation (stderr: ${js.stderr.slice(0, 500)})`);
      if (js.status !== py.status) throw new RuleTesterError(`exit code: python ${py.status}, node ${js.status}\n${js.stderr}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Makes `@py2ts/runtime` (the built package) resolvable from a scratch directory. */
export function linkRuntime(dir: string): void {
  const runtime = path.resolve(__dirname, "..", "..", "..", "runtime");
  if (!existsSync(path.join(runtime, "dist", "index.js"))) {
    throw new RuleTesterError("exec cases need the built runtime: run `npm run build` first");
  }
  mkdirSync(path.join(dir, "node_modules", "@py2ts"), { recursive: true });
  symlinkSync(runtime, path.join(dir, "node_modules", "@py2ts", "runtime"), "dir");
}

function firstLine(code: string): string {
  return dedent(code).split("\n").find((l) => l.trim()) ?? "";
}

function fillsTemplate(template: string, message: string): boolean {
  const pattern = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{\w+\\?\}/g, "[\\s\\S]*");
  return new RegExp(`^${pattern.replace(/\{\w+\}/g, "[\\s\\S]*")}$`).test(message);
}

function expectEqual(actual: string, expected: string, what: string): void {
  if (actual === expected) return;
  const a = actual.split("\n");
  const e = expected.split("\n");
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  throw new RuleTesterError(
    `${what} differs at line ${i + 1}:\n  expected: ${JSON.stringify(e[i])}\n  actual:   ${JSON.stringify(a[i])}\n\nfull actual output:\n${actual}`,
  );
}
