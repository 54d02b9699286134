import { absoluteModule, defineRule } from "@py2ts/core";

/**
 * Imports. A project module becomes an ES module import of its translation
 * (`import util` → `import * as util from "./util.js"`, `from util import f`
 * → `import { f } from "./util.js"`). A library module mapped by a loaded
 * rule pack needs no import of its own (the rules import what their
 * translations use). Any other library module is reported: its names cannot
 * be translated.
 */
export default defineRule({
  meta: {
    id: "core/imports",
    description: "Translate import statements",
    messages: {
      unmappedModule: {
        code: "PY2TS5001",
        severity: "error",
        text: "module '{module}' is not mapped to TypeScript",
        suggestion: "Add a rule pack that maps it, or port the code that uses it by hand.",
      },
      wildcard: {
        code: "PY2TS2103",
        severity: "error",
        text: "'from {module} import *' is not supported",
        suggestion: "Import the names explicitly.",
      },
    },
  },
  create: (ctx) => {
    const isLibrary = (module: string) => ctx.importPath(module) === null;
    const checkMapped = (module: string, node: Parameters<typeof ctx.report>[0]["node"]) => {
      const top = module.split(".")[0]!;
      if (module === "__future__" || ctx.isMappedModule(module) || ctx.isMappedModule(top)) return;
      ctx.report({ messageId: "unmappedModule", node, data: { module } });
    };
    return {
      Import(path) {
        const { node } = path;
        for (const alias of node.names) {
          if (isLibrary(alias.name)) {
            checkMapped(alias.name, alias);
            continue;
          }
          const local = ctx.scope.tsName(alias.asname ?? alias.name.split(".")[0]!);
          ctx.imports.namespace(ctx.importPath(alias.name)!, local, true);
        }
        path.replaceWith(ctx.at(node).empty());
      },
      ImportFrom(path) {
        const { node } = path;
        const base = absoluteModule(ctx.file.moduleName, node.level, node.module);
        for (const alias of node.names) {
          if (alias.name === "*") {
            if (isLibrary(base)) checkMapped(base, alias);
            else ctx.report({ messageId: "wildcard", node: alias, data: { module: base } });
            continue;
          }
          const submodule = `${base}.${alias.name}`;
          if (!isLibrary(submodule)) {
            ctx.imports.namespace(ctx.importPath(submodule)!, ctx.scope.tsName(alias.asname ?? alias.name), true);
          } else if (!isLibrary(base)) {
            ctx.imports.named(ctx.importPath(base)!, alias.name, { exactLocal: ctx.scope.tsName(alias.asname ?? alias.name) });
          } else {
            checkMapped(base, alias);
          }
        }
        path.replaceWith(ctx.at(node).empty());
      },
    };
  },
});
