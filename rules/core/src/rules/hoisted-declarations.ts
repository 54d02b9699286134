import { PY_STATEMENT_KINDS, defineRule, visitorsFor } from "@py2ts/core";

/**
 * Python scopes are per function: a variable first bound inside a block and
 * used after it is declared (`let x!: T;`) before the block. The analysis
 * decides where; this rule inserts the declarations. A variable that may be
 * read before any assignment starts as the runtime's `unboundName(...)`,
 * whose every use raises Python's UnboundLocalError (NameError at module level).
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
        const tsType = ctx.types.toTs(type, path.node);
        const exported = ctx.scope.isExported(binding);
        if (ctx.scope.mayBeUnbound(binding)) {
          // a read before the first assignment raises Python's UnboundLocalError / NameError
          const local = binding.scope.kind !== "module";
          const unbound = b.call(ctx.runtime("unboundName"), [b.str(binding.name), ...(local ? [b.bool(true)] : [])]);
          return b.varDecl("let", ctx.scope.tsName(binding.name), unbound, tsType, { exported });
        }
        return b.varDecl("let", ctx.scope.tsName(binding.name), null, tsType, { definite: true, exported });
      });
      path.insertBefore(declarations);
    }),
});
