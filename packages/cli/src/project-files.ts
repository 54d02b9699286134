/**
 * Finds the Python files of a conversion: the given files, and every `.py`
 * under the given directories (hidden directories, virtualenvs, caches and
 * node_modules skipped), with their paths relative to a common root.
 */
import { readdirSync, statSync } from "node:fs";
import * as path from "node:path";

const SKIPPED_DIRS = new Set(["__pycache__", "node_modules", "venv", ".venv", "env", "site-packages", "dist", "build"]);

export interface ProjectFile {
  absolute: string;
  /** Relative to the root, `/`-separated. */
  relative: string;
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) walk(full, out);
    } else if (entry.isFile() && /\.pyw?$/.test(entry.name)) {
      out.push(full);
    }
  }
}

/** The root is the single directory given, or the common parent of everything given. */
export function collectPythonFiles(inputs: readonly string[]): { root: string; files: ProjectFile[] } {
  const absolutes = inputs.map((p) => path.resolve(p));
  const found: string[] = [];
  for (const p of absolutes) {
    const stat = statSync(p);
    if (stat.isDirectory()) walk(p, found);
    else found.push(p);
  }
  const dirs = absolutes.map((p) => (statSync(p).isDirectory() ? p : path.dirname(p)));
  let root = dirs[0] ?? process.cwd();
  for (const d of dirs.slice(1)) {
    while (!(d + path.sep).startsWith(root + path.sep) && root !== path.dirname(root)) root = path.dirname(root);
  }
  const unique = [...new Set(found)].sort();
  return {
    root,
    files: unique.map((absolute) => ({ absolute, relative: path.relative(root, absolute).split(path.sep).join("/") })),
  };
}
