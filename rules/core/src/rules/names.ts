import { defineRule } from "@py2ts/core";

/**
 * Names bound in the program (variables, parameters, functions, classes,
 * names imported from project modules) keep their name; TypeScript reserved
 * words get a `_` suffix. `self` inside a method is `this`. A name bound
 * nowhere and not a builtin raises NameError in Python: it is reported.
 */
export default defineRule({
  meta: {
    id: "core/names",
    description: "Translate references to bound names",
    messages: {
      undefinedName: {
        code: "PY2TS2101",
        severity: "error",
        text: "name '{name}' is not defined",
      },
    },
  },
  create: (ctx) => ({
    Name(path) {
      const { node } = path;
      const binding = ctx.scope.binding(node);
      const b = ctx.at(node);
      if (!binding) {
        if (ctx.resolve(node) === null) path.replaceWith(ctx.stubExpr({ messageId: "undefinedName", node, data: { name: node.id } }));
        return; // builtins are translated by the rules that know them
      }
      if (binding.kind === "import") {
        const qname = ctx.resolve(node);
        const module = qname?.slice(0, qname.lastIndexOf("."));
        // names from library modules are left to the library rules
        if (!qname || (ctx.importPath(qname) === null && (!module || ctx.importPath(module) === null))) return;
      }
      if (binding.kind === "param" && node.id === "self" && binding.scope.node.kind === "FunctionDef") {
        const fn = ctx.types.functionInfo(binding.scope.node);
        if (fn?.owner && fn.methodKind !== "staticmethod" && fn.def.params[0]?.name === "self") {
          path.replaceWith(b.this());
          return;
        }
      }
      path.replaceWith(b.id(ctx.scope.tsName(node.id)));
    },
  }),
});
