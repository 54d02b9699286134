/**
 * Python's `sys` essentials: `sys.argv` (script path then arguments),
 * `sys.exit()` (raises `SystemExit`, so `finally` blocks run), `sys.platform`,
 * and the `if __name__ == "__main__":` entry check.
 */
import * as fs from "node:fs";
import { fileURLToPath } from "node:url";
import { SystemExit } from "./exceptions.js";

/** Python `sys.argv`: `[script, ...arguments]`. */
export const argv: string[] = [process.argv[1] ?? "", ...process.argv.slice(2)];

/** Python `sys.platform` (`"linux"`, `"darwin"`, `"win32"`). */
export const platform: string = process.platform;

/**
 * Python `sys.exit(code=None)`: throws `SystemExit(code)`; the process
 * handler ends the process with that status once it propagates
 * (None → 0, an int → itself, anything else is printed to stderr and gives 1).
 */
export function exit(code?: number | string | boolean | null): never {
  throw code === undefined ? new SystemExit() : new SystemExit(code);
}

function realPath(path: string): string | undefined {
  try {
    return fs.realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * `__name__ == "__main__"` for an ES module: true when the module at
 * `importMetaUrl` is the script the process was started with (real paths are
 * compared, so symlinks and a missing extension in `node script` still match).
 */
export function isMain(importMetaUrl: string): boolean {
  const entry = process.argv[1];
  if (entry === undefined || entry === "") return false;
  let modulePath: string;
  try {
    modulePath = fileURLToPath(importMetaUrl);
  } catch {
    return false;
  }
  const target = realPath(modulePath) ?? modulePath;
  for (const candidate of [entry, `${entry}.js`, `${entry}.mjs`, `${entry}.ts`, `${entry}.mts`]) {
    const resolved = realPath(candidate);
    if (resolved !== undefined && resolved === target) return true;
  }
  return false;
}
