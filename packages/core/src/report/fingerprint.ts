import { createHash } from "node:crypto";

/**
 * A fingerprint that survives line shifts: it hashes what the diagnostic is
 * about (code, rule, file, the source text of the construct and its
 * occurrence index among identical ones), never line numbers.
 */
export function fingerprintOf(parts: { code: string; ruleId: string; file: string; text: string; occurrence: number }): string {
  const h = createHash("sha256");
  h.update([parts.code, parts.ruleId, parts.file, parts.text.replace(/\s+/g, " ").trim(), String(parts.occurrence)].join("\u0000"));
  return h.digest("hex").slice(0, 16);
}
