/**
 * prettier, with the options generated projects use (also written into their
 * `.prettierrc`, so that prettier leaves generated files unchanged). The
 * standalone build is used: no config-file lookup, no dynamic plugin loading.
 */
import * as prettier from "prettier/standalone";
import * as estree from "prettier/plugins/estree";
import * as typescript from "prettier/plugins/typescript";

export const PRETTIER_OPTIONS = {
  parser: "typescript",
  printWidth: 100,
  trailingComma: "all",
  endOfLine: "lf",
} as const;

export async function formatTypeScript(text: string): Promise<string> {
  return prettier.format(text, { ...PRETTIER_OPTIONS, plugins: [estree, typescript] });
}
