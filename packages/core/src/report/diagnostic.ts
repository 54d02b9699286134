/**
 * The diagnostic model shared by every phase.
 *
 * Codes are `PY2TS` + four digits, numbered in ranges by kind:
 *   1xxx input (syntax error, Python 2, encoding, binary, too large)
 *   2xxx untranslatable construct (left as a marked, throwing stub)
 *   3xxx approximation (translated, but behaviour may differ in a stated way)
 *   4xxx typing (a type could not be inferred; `unknown` was used)
 *   5xxx standard library not mapped
 *   6xxx configuration
 *   9xxx internal (a bug in py2ts or in a rule)
 */
import type { Span } from "../ir/span";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable code, e.g. `PY2TS2001`. */
  code: string;
  /** The rule (or phase, e.g. `frontend`) that reported it. */
  ruleId: string;
  severity: Severity;
  message: string;
  /** Path of the Python file, relative to the conversion root, `/`-separated. */
  file: string;
  /** Python span; lines 1-based, columns 1-based in UTF-16 code units. */
  span: Span;
  /** 1-based line in the generated TypeScript, where a marker was emitted. */
  tsLine?: number;
  /** What a human could do about it. */
  suggestion?: string;
  /** Stable identity that survives line shifts: hash of code, file, rule and the source text involved. */
  fingerprint: string;
}

const RANGE_NAMES: Record<string, string> = {
  "1": "input",
  "2": "untranslatable",
  "3": "approximation",
  "4": "typing",
  "5": "stdlib",
  "6": "config",
  "9": "internal",
};

export function codeRange(code: string): string {
  return RANGE_NAMES[code.charAt(5)] ?? "unknown";
}

export function isValidCode(code: string): boolean {
  return /^PY2TS[1-69]\d{3}$/.test(code);
}

/** Errors stay errors: ranges 1, 2 and 9 can never be reported below `error`. */
export function minimumSeverity(code: string): Severity | null {
  return ["1", "2", "9"].includes(code.charAt(5)) ? "error" : null;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Deterministic order: by file, line, column, code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.span.start.line - b.span.start.line ||
    a.span.start.column - b.span.start.column ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function helpUrl(code: string): string {
  return `https://py2ts.dev/docs/diagnostics/${code}`;
}
