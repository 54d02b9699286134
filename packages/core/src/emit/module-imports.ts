/**
 * The ESM imports of one generated module, requested by rules by name and
 * placed by the emitter (the Babel "helpers are requested, not written" model).
 */
export interface ImportSpec {
  module: string;
  /** `import * as ns from "module"` */
  namespace: string | null;
  /** `import def from "module"` */
  defaultName: string | null;
  /** `import { name as local }`, sorted by name */
  named: Array<{ name: string; local: string; typeOnly: boolean }>;
}

function groupOf(module: string): number {
  if (module.startsWith("node:")) return 0;
  if (module.startsWith(".")) return 3;
  if (module.startsWith("@py2ts/")) return 2;
  return 1;
}

export function compareImportSpecs(a: ImportSpec, b: ImportSpec): number {
  return groupOf(a.module) - groupOf(b.module) || (a.module < b.module ? -1 : a.module > b.module ? 1 : 0);
}
