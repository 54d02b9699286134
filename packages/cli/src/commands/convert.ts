/**
 * `py2ts convert <paths..> --out <dir>`: mirrors the Python tree into `<dir>`
 * as TypeScript, with the migration report and, when absent, a tsconfig.json
 * and package.json that make the output type-check and run.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import {
  DEFAULT_MAX_FILE_SIZE,
  type FileResult,
  PRETTIER_OPTIONS,
  buildReport,
  convertProject,
  renderJsonReport,
  renderMarkdownReport,
} from "@py2ts/core";
import { OutputConflictError, OutputWriter } from "../output-writer";
import { defaultPlugins } from "../plugins";
import { collectPythonFiles } from "../project-files";
import { Progress } from "../progress";
import { VERSION } from "../version";

export interface ConvertArgs {
  paths: string[];
  out: string;
  force: boolean;
  quiet: boolean;
  maxFileSize: number;
}

function generatedTsconfig(): string {
  return `${JSON.stringify(
    {
      compilerOptions: {
        target: "ES2022",
        lib: ["ES2022"],
        module: "node16",
        moduleResolution: "node16",
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        types: ["node"],
      },
      include: ["**/*.ts"],
    },
    null,
    2,
  )}\n`;
}

function generatedPackageJson(outDir: string): string {
  const runtimeDir = path.dirname(require.resolve("@py2ts/runtime/package.json"));
  const rel = path.relative(outDir, runtimeDir).split(path.sep).join("/");
  return `${JSON.stringify(
    {
      name: "py2ts-output",
      private: true,
      type: "module",
      dependencies: { "@py2ts/runtime": `file:${rel}` },
      devDependencies: { "@types/node": "^20.0.0", tsx: "^4.20.0", typescript: "~6.0.2" },
    },
    null,
    2,
  )}\n`;
}

function summaryLine(files: readonly FileResult[]): string {
  const count = (s: FileResult["status"]) => files.filter((f) => f.status === s).length;
  const errors = files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === "error").length, 0);
  const warnings = files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === "warning").length, 0);
  return `py2ts: ${files.length} file(s): ${count("converted")} converted, ${count("converted-with-warnings")} with warnings, ${count("partial")} partial, ${count("failed")} failed; ${errors} error(s), ${warnings} warning(s)`;
}

export async function runConvert(args: ConvertArgs): Promise<number> {
  const outDir = path.resolve(args.out);
  const { root, files } = collectPythonFiles(args.paths);
  const inside = files.filter((f) => f.absolute.startsWith(outDir + path.sep));
  const inputs = files.filter((f) => !inside.includes(f));
  if (inputs.length === 0) {
    process.stderr.write("py2ts: no Python files found\n");
    return 2;
  }
  const progress = new Progress(inputs.length, args.quiet);
  const sources = inputs.map((f) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f.absolute);
    } catch {
      bytes = new Uint8Array();
    }
    return { path: f.relative, bytes };
  });
  const result = await convertProject(sources, {
    plugins: defaultPlugins(),
    maxFileSize: args.maxFileSize,
    onFileDone: (file) => progress.tick(file),
  });
  progress.done();

  const writer = new OutputWriter(outDir, args.force);
  for (const file of result.files) if (file.output !== null) writer.add(file.outputPath, file.output);
  const report = buildReport(result.files, VERSION);
  writer.add("py2ts-report.json", renderJsonReport(report));
  writer.add("py2ts-report.md", renderMarkdownReport(report));
  writer.addIfAbsent("tsconfig.json", generatedTsconfig());
  writer.addIfAbsent("package.json", generatedPackageJson(outDir));
  writer.addIfAbsent(".prettierrc.json", `${JSON.stringify(PRETTIER_OPTIONS, null, 2)}\n`);
  try {
    writer.commit();
  } catch (error) {
    if (error instanceof OutputConflictError) {
      process.stderr.write(`py2ts: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (!args.quiet) {
    for (const file of result.files) {
      for (const d of file.diagnostics) {
        if (d.severity === "info") continue;
        process.stderr.write(`${path.join(path.relative(process.cwd(), root) || ".", file.path)}:${d.span.start.line}:${d.span.start.column}: ${d.severity} ${d.code}: ${d.message} [${d.ruleId}]\n`);
      }
    }
  }
  process.stderr.write(`${summaryLine(result.files)}; report in ${path.relative(process.cwd(), path.join(outDir, "py2ts-report.md")) || "py2ts-report.md"}\n`);
  return result.files.some((f) => f.diagnostics.some((d) => d.severity === "error")) ? 1 : 0;
}

export { DEFAULT_MAX_FILE_SIZE };
