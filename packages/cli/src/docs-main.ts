/** `npm run docs`: regenerates the reference pages of docs/ from the code. */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { REPO, generateDocs } from "./docs/generate-docs";
import { defaultPlugins } from "./plugins";

for (const doc of generateDocs(defaultPlugins())) {
  const file = path.join(REPO, doc.path);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, doc.text);
}
process.stdout.write("docs: regenerated docs/diagnostics.md and docs/rules/\n");
