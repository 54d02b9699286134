/**
 * Golden fixtures (fixtures/<pack>/<area>/<case>/): input.py must translate
 * to output.ts with exactly the diagnostics in diagnostics.txt (absent = none).
 * `UPDATE_GOLDEN=1` rewrites the goldens; under `CI=true` a missing golden is
 * a failure, never created silently.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { listFixtures, runFixture } from "@py2ts/core";
import { defaultPlugins } from "../src/plugins";

const ROOT = path.resolve(__dirname, "..", "..", "..", "fixtures");
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const CI = process.env.CI === "true";

function golden(file: string, actual: string | null): void {
  const exists = existsSync(file);
  if (UPDATE && !CI) {
    if (actual === null || actual === "") rmSync(file, { force: true });
    else writeFileSync(file, actual);
    return;
  }
  if (!exists) {
    if (actual === null || actual === "") return;
    throw new Error(`missing golden ${path.relative(ROOT, file)}; run with UPDATE_GOLDEN=1 and review it`);
  }
  expect(actual ?? "").toBe(readFileSync(file, "utf8"));
}

const fixtures = listFixtures(ROOT);

describe("golden fixtures", () => {
  it("exist", () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const fixture of fixtures) {
    it(fixture.id, async () => {
      const result = await runFixture(fixture, defaultPlugins());
      if (fixture.expectsFailure) expect(result.output).toBeNull();
      else expect(result.output).not.toBeNull();
      golden(path.join(fixture.dir, "output.ts"), result.output);
      golden(path.join(fixture.dir, "diagnostics.txt"), result.diagnostics);
    });
  }
});
