/**
 * Writes a conversion's output tree safely: never outside the output
 * directory, atomically (temp file + rename, so no half-written file is ever
 * left), and never over a file py2ts did not generate — or generated but the
 * user has since edited — unless forced. What py2ts generated is recorded in
 * `.py2ts-manifest.json` with each file's hash.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import * as path from "node:path";

const MANIFEST = ".py2ts-manifest.json";

interface Manifest {
  version: 1;
  files: Record<string, string>;
}

export class OutputConflictError extends Error {
  constructor(readonly files: string[]) {
    super(
      `refusing to overwrite ${files.length} file(s) py2ts did not generate (or that were edited since): ${files.slice(0, 5).join(", ")}${files.length > 5 ? ", ..." : ""}; use --force to overwrite`,
    );
  }
}

export class UnsafePathError extends Error {}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export class OutputWriter {
  private readonly manifest: Manifest;
  private readonly pending = new Map<string, string>();

  constructor(
    readonly outDir: string,
    private readonly force: boolean,
  ) {
    this.outDir = path.resolve(outDir);
    const manifestPath = path.join(this.outDir, MANIFEST);
    this.manifest = existsSync(manifestPath)
      ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest)
      : { version: 1, files: {} };
  }

  private target(relative: string): string {
    const full = path.resolve(this.outDir, relative);
    if (full !== this.outDir && !full.startsWith(this.outDir + path.sep)) {
      throw new UnsafePathError(`output path escapes the output directory: ${relative}`);
    }
    return full;
  }

  /** Queues a generated file. */
  add(relative: string, text: string): void {
    this.target(relative);
    this.pending.set(relative.split(path.sep).join("/"), text);
  }

  /** Queues a file that is written only when it does not exist yet (tsconfig.json, package.json). */
  addIfAbsent(relative: string, text: string): void {
    if (!existsSync(this.target(relative))) this.add(relative, text);
  }

  /** Files that would be overwritten without being ours (unchanged since we wrote them). */
  conflicts(): string[] {
    const out: string[] = [];
    for (const relative of this.pending.keys()) {
      const full = this.target(relative);
      if (!existsSync(full)) continue;
      const recorded = this.manifest.files[relative];
      const current = sha256(readFileSync(full, "utf8"));
      if (recorded !== current && current !== sha256(this.pending.get(relative)!)) out.push(relative);
    }
    return out.sort();
  }

  /** Writes everything queued, or throws OutputConflictError before writing anything. */
  commit(): string[] {
    if (!this.force) {
      const conflicts = this.conflicts();
      if (conflicts.length > 0) throw new OutputConflictError(conflicts);
    }
    const written: string[] = [];
    for (const [relative, text] of [...this.pending.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const full = this.target(relative);
      mkdirSync(path.dirname(full), { recursive: true });
      const temp = `${full}.py2ts-tmp-${process.pid}`;
      try {
        writeFileSync(temp, text);
        renameSync(temp, full);
      } catch (error) {
        rmSync(temp, { force: true });
        throw error;
      }
      this.manifest.files[relative] = sha256(text);
      written.push(relative);
    }
    const manifestText = `${JSON.stringify({ version: 1, files: Object.fromEntries(Object.entries(this.manifest.files).sort(([a], [b]) => (a < b ? -1 : 1))) }, null, 2)}\n`;
    mkdirSync(this.outDir, { recursive: true });
    const manifestTemp = path.join(this.outDir, `${MANIFEST}.tmp-${process.pid}`);
    writeFileSync(manifestTemp, manifestText);
    renameSync(manifestTemp, path.join(this.outDir, MANIFEST));
    this.pending.clear();
    return written;
  }
}
