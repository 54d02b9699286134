import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { rewriteInlineOutput } from "./inline-update";

const BT = "`";

function fileWith(text: string): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), "py2ts-inline-")), "case.test.ts");
  writeFileSync(file, text);
  return file;
}

const twoNewCases = [
  "run(rule, {",
  "  translates: [",
  "    {",
  '      name: "first",',
  `      output: ${BT}${BT},`,
  "    },",
  "    {",
  '      name: "second",',
  `      output: ${BT}${BT},`,
  "    },",
  "  ],",
  "});",
  "",
].join("\n");

describe("rewriteInlineOutput", () => {
  it("fills an empty literal with the actual output, indented under its key", () => {
    const file = fileWith(twoNewCases.replace(`      name: "second",\n      output: ${BT}${BT},\n`, ""));
    expect(rewriteInlineOutput(file, "", "const x = 1;\n")).toBe(true);
    expect(readFileSync(file, "utf8")).toContain(`      output: ${BT}\n        const x = 1;\n      ${BT},`);
  });

  it("tells identical literals apart by the case name", () => {
    const file = fileWith(twoNewCases);
    expect(rewriteInlineOutput(file, "", "second();\n", "second")).toBe(true);
    expect(rewriteInlineOutput(file, "", "first();\n", "first")).toBe(true);
    const text = readFileSync(file, "utf8");
    expect(text.indexOf("first();")).toBeLessThan(text.indexOf("second();"));
    expect(text).toContain(`name: "second",\n      output: ${BT}\n        second();\n      ${BT}`);
  });

  it("refuses when identical literals cannot be told apart", () => {
    const file = fileWith(twoNewCases);
    expect(rewriteInlineOutput(file, "", "x();\n")).toBe(false);
    expect(rewriteInlineOutput(file, "", "x();\n", "third")).toBe(false);
    expect(readFileSync(file, "utf8")).toBe(twoNewCases);
  });

  it("escapes backticks and substitutions of the new output", () => {
    const file = fileWith(twoNewCases);
    expect(rewriteInlineOutput(file, "", "const s = `${a}`;\n", "first")).toBe(true);
    expect(readFileSync(file, "utf8")).toContain("const s = \\`\\${a}\\`;");
  });
});
