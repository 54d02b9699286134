/**
 * Generates the reference parts of docs/ from the code, so they cannot drift:
 *   docs/rules/<pack>/<rule>.md   meta (id, description, phase, diagnostics) + the rule's hand-written <rule>.md
 *   docs/diagnostics.md           every diagnostic code: pipeline codes and each rule's messages
 * `npm run docs` writes them; a test fails when they are out of date.
 */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { BUILTIN_CODES, type Plugin, type Rule, codeRange } from "@py2ts/core";

export interface GeneratedDoc {
  /** Path relative to the repository root. */
  path: string;
  text: string;
}

const REPO = path.resolve(__dirname, "..", "..", "..", "..");

function packDir(plugin: Plugin): string {
  return plugin.name.replace("@py2ts/rules-", "rules/");
}

function ruleBody(plugin: Plugin, rule: Rule): string {
  const name = rule.meta.id.split("/")[1]!;
  const file = path.join(REPO, packDir(plugin), "src", "rules", `${name}.md`);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : "_No description yet._";
}

function ruleDoc(plugin: Plugin, rule: Rule): GeneratedDoc {
  const { meta } = rule;
  const lines = [
    `# ${meta.id}`,
    "",
    `${meta.description}.`,
    "",
    `- Pack: \`${plugin.name}\``,
    `- Phase: ${meta.phase ?? "main"}${meta.runsAfter?.length ? `, runs after ${meta.runsAfter.map((r) => `\`${r}\``).join(", ")}` : ""}`,
    `- Source: \`${packDir(plugin)}/src/rules/${meta.id.split("/")[1]}.ts\``,
    "",
  ];
  const messages = Object.entries(meta.messages);
  if (messages.length > 0) {
    lines.push("## Diagnostics", "", "| code | severity | message id | text |", "| --- | --- | --- | --- |");
    for (const [id, m] of messages) lines.push(`| ${m.code} | ${m.severity} | \`${id}\` | ${m.text.replace(/\|/g, "\\|")} |`);
    lines.push("");
  }
  lines.push(ruleBody(plugin, rule), "");
  return { path: `docs/rules/${meta.id}.md`, text: lines.join("\n") };
}

function diagnosticsDoc(plugins: readonly Plugin[]): GeneratedDoc {
  type Row = { code: string; severity: string; source: string; text: string };
  const rows: Row[] = [];
  for (const def of Object.values(BUILTIN_CODES)) rows.push({ code: def.code, severity: def.severity, source: "pipeline", text: def.text });
  for (const plugin of plugins) {
    for (const rule of plugin.rules) {
      for (const m of Object.values(rule.meta.messages)) {
        rows.push({ code: m.code, severity: m.severity, source: `[${rule.meta.id}](rules/${rule.meta.id}.md)`, text: m.text });
      }
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.source < b.source ? -1 : 1));
  const lines = [
    "# Diagnostic codes",
    "",
    "Every diagnostic has a stable code `PY2TS` + four digits, numbered in ranges by kind: 1xxx input, 2xxx",
    "untranslatable (always errors; the construct is left as a marked stub that throws at run time), 3xxx",
    "approximation, 4xxx typing, 5xxx standard library not mapped, 6xxx configuration, 9xxx internal (always",
    "errors). Warnings and errors leave a `// py2ts PY2TSxxxx: message` marker above the statement in the output.",
    "",
    "This page is generated from the code (`npm run docs`).",
    "",
    "| code | kind | severity | reported by | message |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r.code} | ${codeRange(r.code)} | ${r.severity} | ${r.source} | ${r.text.replace(/\|/g, "\\|")} |`),
    "",
  ];
  return { path: "docs/diagnostics.md", text: lines.join("\n") };
}

function rulesIndex(plugins: readonly Plugin[]): GeneratedDoc {
  const lines = ["# Rules", "", "Generated from the rule packs (`npm run docs`).", ""];
  for (const plugin of plugins) {
    lines.push(`## ${plugin.name}`, "", "| rule | description |", "| --- | --- |");
    for (const rule of [...plugin.rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
      lines.push(`| [${rule.meta.id}](${rule.meta.id}.md) | ${rule.meta.description} |`);
    }
    lines.push("");
  }
  return { path: "docs/rules/README.md", text: lines.join("\n") };
}

export function generateDocs(plugins: readonly Plugin[]): GeneratedDoc[] {
  return [
    diagnosticsDoc(plugins),
    rulesIndex(plugins),
    ...plugins.flatMap((p) => p.rules.map((r) => ruleDoc(p, r))),
  ].sort((a, b) => (a.path < b.path ? -1 : 1));
}

export { REPO };
