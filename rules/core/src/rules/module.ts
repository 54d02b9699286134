import { defineRule } from "@py2ts/core";

/** A Python module becomes an ES module; its docstring becomes the file's leading JSDoc. */
export default defineRule({
  meta: {
    id: "core/module",
    description: "Translate a module into a TypeScript source file",
    messages: {},
  },
  create: (ctx) => ({
    Module(path) {
      const { node } = path;
      path.replaceWith(ctx.at(node).sourceFile(node.body, node.docstring));
    },
  }),
});
