/**
 * Source positions. Lines are 1-based; columns are 1-based and counted in
 * UTF-16 code units (the unit of TypeScript, VS Code and SARIF's default).
 */
export interface Position {
  line: number;
  column: number;
}

export interface Span {
  start: Position;
  end: Position;
}

/** Where a node came from: a node or a span. */
export type Origin = { span: Span } | Span;

export function spanOf(origin: Origin): Span {
  return "span" in origin ? origin.span : origin;
}

export function formatPosition(p: Position): string {
  return `${p.line}:${p.column}`;
}

/** The span of a whole file's first position, for file-level diagnostics. */
export const FILE_START: Span = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
