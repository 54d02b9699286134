/**
 * Generated TypeScript → JavaScript for `py2ts run` (types erased, ES
 * modules kept), through the TypeScript compiler bundled with ts-morph.
 */
import { ts } from "ts-morph";

export function transpileToJavaScript(text: string, fileName: string): string {
  const result = ts.transpileModule(text, {
    fileName,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      sourceMap: false,
      removeComments: false,
    },
  });
  return result.outputText;
}
