/**
 * The files of a program started as `python3 script.py`: the script and the
 * project modules it imports, transitively, resolved the way Python resolves
 * them from the script's directory (`import util` → util.py or util/__init__.py).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { absoluteModule, lowerFile, moduleNameOf, walk } from "@py2ts/core";

export interface ProgramFile {
  absolute: string;
  relative: string;
  bytes: Uint8Array;
}

function candidates(root: string, module: string): string[] {
  const base = path.join(root, ...module.split("."));
  return [`${base}.py`, path.join(base, "__init__.py")];
}

export function collectProgram(script: string): { root: string; files: ProgramFile[] } {
  const root = path.dirname(path.resolve(script));
  const seen = new Map<string, ProgramFile>();
  const queue = [path.resolve(script)];
  while (queue.length > 0) {
    const absolute = queue.shift()!;
    if (seen.has(absolute)) continue;
    const bytes = readFileSync(absolute);
    const relative = path.relative(root, absolute).split(path.sep).join("/");
    seen.set(absolute, { absolute, relative, bytes });
    const front = lowerFile(bytes, relative);
    if (!front.module) continue;
    const moduleName = moduleNameOf(relative);
    const wanted: string[] = [];
    walk(front.module, (node) => {
      if (node.kind === "Import") for (const a of node.names) wanted.push(a.name);
      if (node.kind === "ImportFrom") {
        const base = absoluteModule(moduleName, node.level, node.module);
        if (base) wanted.push(base);
        for (const a of node.names) if (a.name !== "*") wanted.push(`${base}.${a.name}`);
      }
    });
    for (const module of wanted) {
      const parts = module.split(".");
      // a.b.c also imports a and a.b (package __init__ files)
      for (let i = 1; i <= parts.length; i++) {
        for (const file of candidates(root, parts.slice(0, i).join("."))) {
          if (existsSync(file) && statSync(file).isFile() && !seen.has(file)) queue.push(file);
        }
      }
    }
  }
  return { root, files: [...seen.values()].sort((a, b) => (a.relative < b.relative ? -1 : 1)) };
}
