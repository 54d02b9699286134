import { PY_STATEMENT_KINDS, defineRule, visitorsFor } from "@py2ts/core";

/**
 * Python scopes are per function: a variable first bound inside a block and
 * used after it is declared (`let x!: T;`) before the block. The analysis
 * decides where; this rule inserts the declarations.
 */
export default defineRule({
  meta: {
    id: "core/hoisted-declarations",
    description: "Declare function-scoped variables before the block that first binds them",
    phase: "early",
    messages: {
      unknownType: {
        code: "PY2TS4001",
        severity: "warning",
        text: "the type of '{name}' could not be inferred; it is declared as unknown",
        suggestion: "Add a type annotation to the Python variable.",
      },
    },
  },
  create: (ctx) =>
    visitorsFor(PY_STATEMENT_KINDS, (path) => {
      const bindings = ctx.scope.hoistedBefore(path.node);
      if (bindings.length === 0) return;
      const b = ctx.at(path.node);
      const declarations = bindings.map((binding) => {
        const type = ctx.types.ofBinding(binding);
        if (ctx.types.isUnknown(type)) ctx.report({ messageId: "unknownType", node: path.node, data: { name: binding.name } });
        return b.varDecl("let", ctx.scope.tsName(binding.name), null, ctx.types.toTs(type, path.node), {
          definite: true,
          exported: ctx.scope.isExported(binding),
        });
      });
      path.insertBefore(declarations);
    }),
});
