/**
 * The migration report: per file a status and every diagnostic, as a
 * versioned JSON document and as Markdown for pull-request comments.
 * The JSON schema is documented in docs/report-format.md.
 */
import type { FileResult, FileStatus } from "../pipeline";
import { type Diagnostic, codeRange, helpUrl } from "./diagnostic";

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportFile {
  path: string;
  output: string | null;
  status: FileStatus;
  lines: number;
  diagnostics: Array<Omit<Diagnostic, "file"> & { helpUrl: string; category: string }>;
}

export interface MigrationReport {
  schemaVersion: number;
  tool: { name: "py2ts"; version: string };
  summary: {
    files: number;
    lines: number;
    byStatus: Record<FileStatus, number>;
    bySeverity: Record<"error" | "warning" | "info", number>;
    byCode: Record<string, number>;
  };
  files: ReportFile[];
}

const STATUSES: FileStatus[] = ["converted", "converted-with-warnings", "partial", "failed"];

export function buildReport(files: readonly FileResult[], version: string): MigrationReport {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<FileStatus, number>;
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode: Record<string, number> = {};
  let lines = 0;
  const reportFiles: ReportFile[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    byStatus[file.status]++;
    lines += file.lines;
    for (const d of file.diagnostics) {
      bySeverity[d.severity]++;
      byCode[d.code] = (byCode[d.code] ?? 0) + 1;
    }
    reportFiles.push({
      path: file.path,
      output: file.output === null ? null : file.outputPath,
      status: file.status,
      lines: file.lines,
      diagnostics: file.diagnostics.map(({ file: _file, ...d }) => ({ ...d, helpUrl: helpUrl(d.code), category: codeRange(d.code) })),
    });
  }
  const sortedCodes = Object.fromEntries(Object.entries(byCode).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: "py2ts", version },
    summary: { files: files.length, lines, byStatus, bySeverity, byCode: sortedCodes },
    files: reportFiles,
  };
}

export function renderJsonReport(report: MigrationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

export function renderMarkdownReport(report: MigrationReport): string {
  const s = report.summary;
  const out: string[] = [];
  out.push("# py2ts migration report", "");
  out.push(
    `${s.files} file(s), ${s.lines} line(s) of Python: ${s.byStatus.converted} converted, ` +
      `${s.byStatus["converted-with-warnings"]} with warnings, ${s.byStatus.partial} partial, ${s.byStatus.failed} failed. ` +
      `${s.bySeverity.error} error(s), ${s.bySeverity.warning} warning(s).`,
    "",
  );
  out.push("| file | status | errors | warnings |", "| --- | --- | --- | --- |");
  for (const f of report.files) {
    const errors = f.diagnostics.filter((d) => d.severity === "error").length;
    const warnings = f.diagnostics.filter((d) => d.severity === "warning").length;
    out.push(`| ${escapeCell(f.path)} | ${f.status} | ${errors} | ${warnings} |`);
  }
  const withDiagnostics = report.files.filter((f) => f.diagnostics.some((d) => d.severity !== "info"));
  if (withDiagnostics.length > 0) {
    out.push("", "## What needs a human", "");
    for (const f of withDiagnostics) {
      out.push(`### ${f.path}`, "", "| line | TS line | code | rule | message | suggestion |", "| --- | --- | --- | --- | --- | --- |");
      for (const d of f.diagnostics.filter((x) => x.severity !== "info")) {
        const line = `${d.span.start.line}:${d.span.start.column}`;
        out.push(
          `| ${line} | ${d.tsLine ?? ""} | [${d.code}](${d.helpUrl}) ${d.severity} | ${d.ruleId} | ${escapeCell(d.message)} | ${escapeCell(d.suggestion ?? "")} |`,
        );
      }
      out.push("");
    }
  }
  if (Object.keys(s.byCode).length > 0) {
    out.push("", "## Diagnostics by code", "", "| code | count |", "| --- | --- |");
    for (const [code, count] of Object.entries(s.byCode)) out.push(`| ${code} | ${count} |`);
  }
  return `${out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}
