import { defineRule } from "@py2ts/core";

/**
 * Attributes every module has, read as bare names: `__doc__` is the module's
 * docstring (None without one), known when the file is translated.
 */
export default defineRule({
  meta: {
    id: "core/module-attributes",
    description: "Translate the module attribute __doc__ read as a global name",
    messages: {},
  },
  create: (ctx) => ({
    Name(path) {
      const { node } = path;
      if (node.id !== "__doc__" || ctx.scope.binding(node) !== null) return;
      const moduleNode = ctx.scope.module.node;
      const docstring = moduleNode.kind === "Module" ? moduleNode.docstring : null;
      const b = ctx.at(node);
      path.replaceWith(docstring === null ? b.null() : b.str(docstring));
    },
  }),
});
