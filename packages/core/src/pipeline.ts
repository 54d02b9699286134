/**
 * The conversion pipeline, written out in one place:
 *
 *   parse (tree-sitter) → lower to Python IR → analyse (scopes, qualified
 *   names, declarations, types) → rewrite (rule phases) → verify (no Python
 *   node left) → emit (ts-morph printer) → format (prettier) → report
 *
 * A file that fails a stage gets its diagnostics and no output; the other
 * files go on. No exception escapes for a bad input.
 */
import * as posix from "node:path/posix";
import { planDeclarations } from "./analysis/declarations";
import { mayBeUnboundBindings } from "./analysis/definite-assignment";
import { absoluteModule, buildQualifiedNames, projectModuleName, projectNames } from "./analysis/qualified-names";
import { type Binding, analyzeScopes } from "./analysis/scopes";
import { type CallTypeHook, type ModuleUnit, type OperatorTypeHook, inferTypes } from "./analysis/types/inference";
import { DeclarationRegistry } from "./analysis/types/type-declarations";
import { formatTypeScript } from "./emit/format";
import { printModule } from "./emit/print-module";
import { ScopeQueries, type FileAnalysis } from "./engine/file-analysis";
import { ImportManager } from "./engine/import-manager";
import { NameAllocator, safeIdentifier } from "./engine/names";
import { rulesOf } from "./engine/registry";
import { RewriteEngine } from "./engine/rewrite";
import type { Plugin, TsTypeMapping } from "./engine/rule";
import { TypeQueries } from "./engine/type-queries";
import { verifyTree } from "./engine/verify";
import { type FrontEndResult, lowerFile } from "./frontend";
import type { Node, PyModule, TsSourceFile } from "./ir/nodes";
import { walk } from "./ir/visitor-keys";
import { compareDiagnostics, type Diagnostic } from "./report/diagnostic";
import type { DiagnosticCollector } from "./report/diagnostic-collector";
import { FILE_START, spanOf } from "./ir/span";

export type FileStatus = "converted" | "converted-with-warnings" | "partial" | "failed";

export interface SourceFileInput {
  /** Path relative to the conversion root, `/`-separated (`tools/util.py`). */
  path: string;
  bytes: Uint8Array;
}

export interface ConvertOptions {
  plugins: readonly Plugin[];
  maxFileSize?: number;
  /** Options per rule id, passed to `ctx.options`. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Run prettier on the output (default true). */
  format?: boolean;
  /** Called after each file is converted (for progress display). */
  onFileDone?: (path: string, done: number, total: number) => void;
}

export interface FileResult {
  path: string;
  outputPath: string;
  moduleName: string;
  status: FileStatus;
  /** The generated TypeScript, or null when the file failed. */
  output: string | null;
  diagnostics: Diagnostic[];
  lines: number;
}

export type Stage = "parse" | "analyze" | "rewrite" | "emit" | "format";

export interface StageMetrics {
  ms: number;
  peakRssBytes: number;
}

export interface ProjectResult {
  files: FileResult[];
  stages: Record<Stage, StageMetrics>;
}

export function moduleNameOf(path: string): string {
  const noExt = path.replace(/\.pyw?$/, "");
  const parts = noExt.split("/");
  if (parts[parts.length - 1] === "__init__") parts.pop();
  return parts.join(".");
}

export function outputPathOf(path: string): string {
  return path.replace(/\.pyw?$/, "") + ".ts";
}

class StageClock {
  readonly stages: Record<Stage, StageMetrics> = {
    parse: { ms: 0, peakRssBytes: 0 },
    analyze: { ms: 0, peakRssBytes: 0 },
    rewrite: { ms: 0, peakRssBytes: 0 },
    emit: { ms: 0, peakRssBytes: 0 },
    format: { ms: 0, peakRssBytes: 0 },
  };

  async time<T>(stage: Stage, fn: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await fn();
    } finally {
      const metrics = this.stages[stage];
      metrics.ms += performance.now() - start;
      metrics.peakRssBytes = Math.max(metrics.peakRssBytes, process.memoryUsage.rss());
    }
  }
}

interface ParsedFile {
  input: SourceFileInput;
  moduleName: string;
  front: FrontEndResult;
}

/** Names each project module must export: those other project modules import. */
function exportsByModule(parsed: ParsedFile[]): Map<string, Set<string> | "all"> {
  const modules = new Set(parsed.map((p) => p.moduleName));
  const out = new Map<string, Set<string> | "all">();
  const add = (module: string, name: string | "all") => {
    if (!modules.has(module)) return;
    const current = out.get(module);
    if (current === "all") return;
    if (name === "all") out.set(module, "all");
    else out.set(module, new Set([...(current ?? []), name]));
  };
  for (const file of parsed) {
    if (!file.front.module) continue;
    walk(file.front.module, (node) => {
      if (node.kind === "Import") node.names.forEach((a) => add(projectModuleName(file.moduleName, a.name, modules), "all"));
      if (node.kind === "ImportFrom") {
        const absolute = absoluteModule(file.moduleName, node.level, node.module);
        const base = node.level === 0 ? projectModuleName(file.moduleName, absolute, modules) : absolute;
        for (const alias of node.names) {
          if (modules.has(`${base}.${alias.name}`)) add(`${base}.${alias.name}`, "all");
          else add(base, alias.name === "*" ? "all" : alias.name);
        }
      }
    });
  }
  return out;
}

function statusOf(diagnostics: readonly Diagnostic[], output: string | null): FileStatus {
  if (output === null) return "failed";
  if (diagnostics.some((d) => d.severity === "error")) return "partial";
  if (diagnostics.some((d) => d.severity === "warning")) return "converted-with-warnings";
  return "converted";
}

export async function convertProject(inputs: readonly SourceFileInput[], options: ConvertOptions): Promise<ProjectResult> {
  const clock = new StageClock();
  const rules = rulesOf(options.plugins);
  const registry = new DeclarationRegistry();
  const hooks = new Map<string, CallTypeHook>();
  const operatorHooks = new Map<string, OperatorTypeHook>();
  const tsTypes = new Map<string, TsTypeMapping>();
  const mappedModules = new Set(options.plugins.flatMap((p) => p.modules ?? []));
  for (const plugin of options.plugins) {
    if (plugin.declarations) registry.add(plugin.declarations);
    for (const [name, hook] of Object.entries(plugin.typeHooks ?? {})) hooks.set(name, hook);
    for (const [name, hook] of Object.entries(plugin.operatorTypeHooks ?? {})) operatorHooks.set(name, hook);
    for (const [name, mapping] of Object.entries(plugin.tsTypes ?? {})) tsTypes.set(name, mapping);
  }

  // parse + lower
  const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const parsed: ParsedFile[] = [];
  for (const input of sorted) {
    const front = await clock.time("parse", () => lowerFile(input.bytes, input.path, { maxFileSize: options.maxFileSize }));
    parsed.push({ input, moduleName: moduleNameOf(input.path), front });
  }
  const fileOfModule = new Map(parsed.map((p) => [p.moduleName, p.input.path] as const));

  // analyse
  const exportsOf = exportsByModule(parsed);
  const analyses = new Map<ParsedFile, FileAnalysis>();
  await clock.time("analyze", () => {
    const units: ModuleUnit[] = [];
    const pending: Array<[ParsedFile, PyModule, ModuleUnit]> = [];
    for (const file of parsed) {
      const module = file.front.module;
      if (!module) continue;
      const scopes = analyzeScopes(module);
      const names = buildQualifiedNames(scopes, file.moduleName, fileOfModule);
      const unit = { moduleName: file.moduleName, module, scopes, names };
      units.push(unit);
      pending.push([file, module, unit]);
    }
    const types = inferTypes(units, registry, hooks, operatorHooks);
    const namesIn = projectNames(units);
    for (const [file, module, unit] of pending) {
      analyses.set(file, {
        moduleName: file.moduleName,
        module,
        scopes: unit.scopes,
        names: namesIn(unit),
        declarations: planDeclarations(unit.scopes),
        mayBeUnbound: mayBeUnboundBindings(unit.scopes),
        types,
        exportedNames: exportsOf.get(file.moduleName) ?? new Set(),
      });
    }
  });

  const results: FileResult[] = [];
  for (const file of parsed) {
    const diagnostics = file.front.diagnostics;
    const analysis = analyses.get(file);
    let output: string | null = null;
    if (analysis) {
      try {
        output = await convertModule(file, analysis, diagnostics, { rules, mappedModules, tsTypes, fileOfModule, options, clock });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        diagnostics.builtin("internalError", FILE_START, { phase: "conversion", detail }, "py2ts");
        output = null;
      }
    }
    const list = [...diagnostics.all].sort(compareDiagnostics);
    results.push({
      path: file.input.path,
      outputPath: outputPathOf(file.input.path),
      moduleName: file.moduleName,
      status: statusOf(list, output),
      output,
      diagnostics: list,
      lines: file.front.source?.lineCount ?? 0,
    });
    options.onFileDone?.(file.input.path, results.length, parsed.length);
  }
  return { files: results, stages: clock.stages };
}

interface ModuleContext {
  rules: ReturnType<typeof rulesOf>;
  mappedModules: ReadonlySet<string>;
  tsTypes: ReadonlyMap<string, TsTypeMapping>;
  fileOfModule: ReadonlyMap<string, string>;
  options: ConvertOptions;
  clock: StageClock;
}

async function convertModule(
  file: ParsedFile,
  analysis: FileAnalysis,
  diagnostics: DiagnosticCollector,
  m: ModuleContext,
): Promise<string | null> {
  // Names of library imports (`from os.path import basename`) leave nothing in the output: helpers may use them.
  const isLibraryImport = (binding: Binding): boolean => {
    if (binding.kind !== "import" || binding.references.some((r) => r.store && r.how !== "import")) return false;
    const qname = analysis.names.ofBinding(binding);
    if (!qname) return false;
    const parts = qname.split(".");
    return parts.every((_, i) => !m.fileOfModule.has(parts.slice(0, i + 1).join(".")));
  };
  const taken = new Set<string>();
  for (const scope of analysis.scopes.allScopes()) {
    for (const [name, binding] of scope.bindings) if (!isLibraryImport(binding)) taken.add(safeIdentifier(name));
  }
  const names = new NameAllocator(taken);
  const imports = new ImportManager(names);
  const importPath = (moduleName: string): string | null => {
    const target = m.fileOfModule.get(moduleName) ?? m.fileOfModule.get(projectModuleName(file.moduleName, moduleName, m.fileOfModule));
    if (!target) return null;
    let rel = posix.relative(posix.dirname(file.input.path), outputPathOf(target).replace(/\.ts$/, ".js"));
    if (!rel.startsWith(".")) rel = `./${rel}`;
    return rel;
  };
  const types = new TypeQueries(analysis.types, { moduleName: file.moduleName, imports, tsTypes: m.tsTypes, importPath });
  const engine = new RewriteEngine(
    m.rules,
    {
      file: { path: file.input.path, moduleName: file.moduleName },
      options: {},
      imports,
      names,
      scope: new ScopeQueries(analysis),
      types,
      resolve: (expr) => analysis.names.resolve(expr),
      importPath,
      sourceText: (origin) => file.front.source?.slice(spanOf(origin)) ?? "",
      mappedModules: m.mappedModules,
    },
    diagnostics,
  );
  const root = await m.clock.time("rewrite", () => {
    const rewritten = engine.run(analysis.module);
    if (rewritten.kind !== "TsSourceFile") {
      diagnostics.builtin("notLowered", analysis.module.span, { kind: "module" }, "verify");
      return null;
    }
    verifyTree(rewritten, engine, diagnostics);
    return rewritten;
  });
  if (!root) return null;
  const printed = await m.clock.time("emit", () =>
    printModule(root as TsSourceFile, imports.declarations(), (node: Node) => engine.decorations.markers.get(node) ?? []),
  );
  let text = printed.text;
  if (m.options.format !== false) {
    try {
      text = await m.clock.time("format", () => formatTypeScript(printed.text));
    } catch (error) {
      const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      diagnostics.builtin("formatFailed", FILE_START, { detail }, "py2ts");
      return null;
    }
  }
  assignTsLines(text, printed.markers, diagnostics);
  return text;
}

/** Finds each marker comment in the formatted output, in order, and records its line on the diagnostic. */
function assignTsLines(text: string, markers: ReadonlyArray<{ text: string; diagnosticIndex: number }>, diagnostics: DiagnosticCollector): void {
  const lines = text.split("\n");
  let line = 0;
  for (const marker of markers) {
    let found = line;
    while (found < lines.length && !lines[found]!.includes(marker.text)) found++;
    if (found >= lines.length) continue;
    const d = diagnostics.all[marker.diagnosticIndex];
    if (d && d.tsLine === undefined) d.tsLine = found + 1;
    line = found + 1;
  }
}
