/**
 * Type-checks generated TypeScript under `--strict`, with `@py2ts/runtime`
 * resolved to its sources, and finds every use of `any`. One project is kept
 * per process, so checking many small outputs stays fast.
 */
import * as path from "node:path";
import { Project, ts } from "ts-morph";

export interface TypeCheckResult {
  errors: string[];
  /** Lines (1-based) where the output spells `any`. */
  anyLines: number[];
}

let project: Project | null = null;
let counter = 0;

function runtimeSourceIndex(): string {
  // packages/core/{src,dist}/testing → packages/runtime/src/index.ts
  return path.resolve(__dirname, "..", "..", "..", "runtime", "src", "index.ts");
}

function sharedProject(): Project {
  if (!project) {
    project = new Project({
      compilerOptions: {
        strict: true,
        noEmit: true,
        target: ts.ScriptTarget.ES2022,
        lib: ["lib.es2022.d.ts"],
        // ES modules (generated code uses import.meta); Bundler resolution maps "./util.mjs" to its .mts source
        module: ts.ModuleKind.ESNext,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        types: ["node"],
        typeRoots: [path.resolve(__dirname, "..", "..", "..", "..", "node_modules", "@types")],
        skipLibCheck: true,
        noUnusedLocals: false,
        paths: { "@py2ts/runtime": [runtimeSourceIndex()] },
      },
      skipAddingFilesFromTsConfig: true,
    });
  }
  return project;
}

/** Type-checks one module (plus sibling modules given by relative name, e.g. `util.ts`). */
export function typeCheck(files: Readonly<Record<string, string>>): TypeCheckResult {
  const p = sharedProject();
  const dir = path.resolve(__dirname, "..", "..", "..", "..", `.py2ts-typecheck-${process.pid}-${counter++}`);
  const sources = Object.entries(files).map(([name, text]) =>
    p.createSourceFile(path.join(dir, name.replace(/\.ts$/, ".mts")), text.replace(/from "(\.[^"]+)\.js"/g, 'from "$1.mjs"'), {
      overwrite: true,
    }),
  );
  const errors: string[] = [];
  const anyLines: number[] = [];
  try {
    for (const source of sources) {
      for (const d of source.getPreEmitDiagnostics()) {
        const line = d.getLineNumber();
        const text = d.getMessageText();
        const message = typeof text === "string" ? text : ts.flattenDiagnosticMessageText(text.compilerObject, "\n");
        errors.push(`${path.basename(source.getFilePath())}:${line ?? 0}: TS${d.getCode()} ${message}`);
      }
      source.forEachDescendant((node) => {
        if (node.getKind() === ts.SyntaxKind.AnyKeyword) anyLines.push(node.getStartLineNumber());
      });
    }
  } finally {
    for (const source of sources) p.removeSourceFile(source);
  }
  return { errors, anyLines };
}
