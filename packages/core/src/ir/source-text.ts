import type { Span } from "./span";

/** A source file's text with line lookups, for span → text extraction. */
export class SourceText {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset of a 1-based line/column position. */
  offsetOf(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
    return Math.min(start + column - 1, this.text.length);
  }

  slice(span: Span): string {
    return this.text.slice(this.offsetOf(span.start.line, span.start.column), this.offsetOf(span.end.line, span.end.column));
  }

  line(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    return this.text.slice(start, next === undefined ? this.text.length : next - 1).replace(/\r$/, "");
  }
}
