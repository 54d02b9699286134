/**
 * Diagnostics raised by the pipeline itself (not by a rule). Rules declare
 * their own codes in `meta.messages`. Each entry documents one stable code.
 */
import type { Severity } from "./diagnostic";

export interface CodeDefinition {
  code: string;
  severity: Severity;
  title: string;
  /** Message template; `{name}` placeholders are filled from data. */
  text: string;
  /** What a user can do. */
  suggestion?: string;
}

function define<const T extends Record<string, CodeDefinition>>(codes: T): T {
  return codes;
}

export const BUILTIN_CODES = define({
  syntaxError: {
    code: "PY2TS1001",
    severity: "error",
    title: "Syntax error",
    text: "syntax error: {detail}",
    suggestion: "Check that the file is valid Python 3 (`python3 -m py_compile file.py`).",
  },
  python2: {
    code: "PY2TS1002",
    severity: "error",
    title: "Python 2 source",
    text: "Python 2 syntax: {detail}",
    suggestion: "Port the file to Python 3 first (for example with `2to3`), then convert it.",
  },
  badEncoding: {
    code: "PY2TS1003",
    severity: "error",
    title: "Undecodable source",
    text: "the file is not valid {encoding}: {detail}",
    suggestion: "Save the file as UTF-8 or declare its encoding with a PEP 263 coding cookie.",
  },
  binaryFile: {
    code: "PY2TS1004",
    severity: "error",
    title: "Binary file",
    text: "the file looks binary ({detail}), not Python source",
    suggestion: "Exclude it from the conversion.",
  },
  tooLarge: {
    code: "PY2TS1005",
    severity: "error",
    title: "File too large",
    text: "the file is {size} bytes, over the {limit}-byte limit",
    suggestion: "Split the file, or raise the limit with `--max-file-size`.",
  },
  unreadable: {
    code: "PY2TS1006",
    severity: "error",
    title: "Unreadable file",
    text: "cannot read the file: {detail}",
  },
  unknownEncoding: {
    code: "PY2TS1007",
    severity: "error",
    title: "Unknown source encoding",
    text: "unknown encoding {encoding} in the coding declaration",
    suggestion: "Use a standard encoding name (utf-8, latin-1, cp1252, ...).",
  },
  unsupportedSyntax: {
    code: "PY2TS2001",
    severity: "error",
    title: "Unsupported syntax",
    text: "{construct} is not supported",
    suggestion: "Rewrite this construct by hand in the generated TypeScript.",
  },
  complexNumber: {
    code: "PY2TS2002",
    severity: "error",
    title: "Complex numbers",
    text: "complex number literals are not supported",
  },
  bigIntLiteral: {
    code: "PY2TS3001",
    severity: "warning",
    title: "Integer beyond 2**53",
    text: "integer literal {raw} exceeds 2**53 and loses precision as a JavaScript number",
    suggestion: "Use bigint in the TypeScript if exact arithmetic is needed.",
  },
  notLowered: {
    code: "PY2TS9001",
    severity: "error",
    title: "Construct left untranslated",
    text: "no rule translated this {kind}",
    suggestion: "Report this to the py2ts maintainers; the construct was left as a throwing stub.",
  },
  ruleCrashed: {
    code: "PY2TS9002",
    severity: "error",
    title: "Rule failed",
    text: "rule {rule} failed on this {kind}: {detail}",
    suggestion: "Report this to the rule's maintainers; the construct was left as a throwing stub.",
  },
  emitFailed: {
    code: "PY2TS9003",
    severity: "error",
    title: "Emitter failed",
    text: "TypeScript emission failed: {detail}",
  },
  formatFailed: {
    code: "PY2TS9004",
    severity: "error",
    title: "Formatter failed",
    text: "prettier could not format the output: {detail}",
  },
  internalError: {
    code: "PY2TS9005",
    severity: "error",
    title: "Internal error",
    text: "internal error in {phase}: {detail}",
  },
});

export type BuiltinCodeName = keyof typeof BUILTIN_CODES;

/** Fills `{name}` placeholders; a missing value is an internal error, never a silent blank. */
export function fillTemplate(text: string, data: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = data[key];
    if (value === undefined) throw new Error(`message placeholder {${key}} has no value`);
    return String(value);
  });
}
