/** The generated reference pages of docs/ must match the code (`npm run docs` regenerates them). */
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { REPO, generateDocs } from "../src/docs/generate-docs";
import { defaultPlugins } from "../src/plugins";

describe("generated docs", () => {
  for (const doc of generateDocs(defaultPlugins())) {
    it(`${doc.path} is up to date`, () => {
      const file = path.join(REPO, doc.path);
      if (!existsSync(file)) throw new Error(`${doc.path} is missing: run npm run docs`);
      expect(readFileSync(file, "utf8")).toBe(doc.text);
    });
  }

  it("every rule has a hand-written doc beside it", () => {
    const missing = defaultPlugins().flatMap((p) =>
      p.rules
        .filter((r) => !existsSync(path.join(REPO, p.name.replace("@py2ts/rules-", "rules/"), "src", "rules", `${r.meta.id.split("/")[1]}.md`)))
        .map((r) => r.meta.id),
    );
    expect(missing).toEqual([]);
  });
});
