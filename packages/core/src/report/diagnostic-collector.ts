import type { Span } from "../ir/span";
import type { SourceText } from "../ir/source-text";
import { BUILTIN_CODES, type BuiltinCodeName, fillTemplate } from "./builtin-codes";
import { type Diagnostic, type Severity, minimumSeverity } from "./diagnostic";
import { fingerprintOf } from "./fingerprint";

export interface DiagnosticInput {
  code: string;
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  suggestion?: string;
}

/** Collects the diagnostics of one file, giving each a stable fingerprint. */
export class DiagnosticCollector {
  private readonly items: Diagnostic[] = [];
  private readonly occurrences = new Map<string, number>();

  constructor(
    readonly file: string,
    private readonly source: SourceText | null,
  ) {}

  add(input: DiagnosticInput): Diagnostic {
    const text = this.source ? this.source.slice(input.span) : "";
    const key = `${input.code}\u0000${input.ruleId}\u0000${text}`;
    const occurrence = this.occurrences.get(key) ?? 0;
    this.occurrences.set(key, occurrence + 1);
    const floor = minimumSeverity(input.code);
    const diagnostic: Diagnostic = {
      code: input.code,
      ruleId: input.ruleId,
      severity: floor ?? input.severity,
      message: input.message,
      file: this.file,
      span: input.span,
      fingerprint: fingerprintOf({ code: input.code, ruleId: input.ruleId, file: this.file, text, occurrence }),
    };
    if (input.suggestion) diagnostic.suggestion = input.suggestion;
    this.items.push(diagnostic);
    return diagnostic;
  }

  /** Adds a pipeline diagnostic by its builtin name. */
  builtin(name: BuiltinCodeName, span: Span, data: Readonly<Record<string, string | number>>, ruleId = "py2ts"): Diagnostic {
    const def = BUILTIN_CODES[name];
    return this.add({
      code: def.code,
      ruleId,
      severity: def.severity,
      message: fillTemplate(def.text, data),
      span,
      ...("suggestion" in def ? { suggestion: def.suggestion } : {}),
    });
  }

  get all(): readonly Diagnostic[] {
    return this.items;
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }
}
