import { type AnyExpr, type AnyStmt, type NodeOf, defineRule } from "@py2ts/core";
import { planReturns } from "../shared/function-returns";
import { holderDeclarations, lowerSignature } from "../shared/function-signature";

/**
 * `def` statements outside classes (methods belong to the class rule, which
 * uses the same signature helpers). Parameters and the return type come from
 * the inference (annotations first, else call sites and return values);
 * the docstring becomes JSDoc; a generator becomes `function*`. A decorated
 * function becomes `const f = deco(function f(...) {...})`, applying the
 * decorators bottom-up at the point of definition, as Python does.
 */
export default defineRule({
  meta: {
    id: "core/function-def",
    description: "Translate function definitions (parameters, defaults, decorators, generators, docstrings)",
    messages: {
      unknownParam: {
        code: "PY2TS4202",
        severity: "warning",
        text: "the type of parameter '{name}' could not be inferred; it is declared as unknown",
        suggestion: "Add a type annotation to the parameter.",
      },
      unknownReturn: {
        code: "PY2TS4203",
        severity: "warning",
        text: "the return type of '{name}' could not be inferred; it is declared as unknown",
        suggestion: "Add a return annotation to the function.",
      },
      asyncDef: {
        code: "PY2TS2203",
        severity: "error",
        text: "'async def' is not supported",
      },
    },
  },
  create: (ctx) => ({
    FunctionDef(path) {
      const node: NodeOf<"FunctionDef"> = path.node;
      const fn = ctx.types.functionInfo(node);
      if (!fn || fn.owner) return; // methods are translated with their class
      const b = ctx.at(node);
      if (node.isAsync) {
        path.replaceWith(ctx.stubStmt({ messageId: "asyncDef", node }));
        return;
      }
      const name = ctx.scope.tsName(node.name);
      const signature = lowerSignature(ctx, node, fn, {
        holderPrefix: node.name,
        report: (p) => ctx.report({ messageId: "unknownParam", node: p, data: { name: p.name } }),
      });
      const returns = planReturns(ctx, node, fn, () => ctx.report({ messageId: "unknownReturn", node, data: { name: node.name } }));
      const body: AnyStmt[] = [...node.body, ...returns.epilogue];
      const holders = holderDeclarations(ctx, signature.holders);
      const binding = ctx.scope.module.bindings.get(node.name);
      const exported = binding !== undefined && binding.references.some((r) => r.node === node) && ctx.scope.isExported(binding);
      const own = ctx.scope.scopeOf(node)?.parent?.bindings.get(node.name);
      if (own && ctx.scope.functionDeclaredBefore(own)) {
        // defined inside a block and used after it: the variable declared before the block is assigned
        let value: AnyExpr = b.functionExpr({ name, params: signature.params, returnType: returns.type, body, isGenerator: fn.isGenerator });
        for (const decorator of [...node.decorators].reverse()) value = b.call(ctx.lower(decorator), [value]);
        const assign = b.exprStmt(b.assign(b.id(name), value));
        if (node.docstring) assign.leadingComments = [...(assign.leadingComments ?? []), ...docComment(node.docstring)];
        path.replaceWith([...holders, assign]);
        return;
      }
      if (node.decorators.length === 0) {
        const decl = b.functionDecl({
          name,
          params: signature.params,
          returnType: returns.type,
          body,
          isGenerator: fn.isGenerator,
          doc: node.docstring,
          exported,
        });
        path.replaceWith([...holders, decl]);
        return;
      }
      const expr = b.functionExpr({ name, params: signature.params, returnType: returns.type, body, isGenerator: fn.isGenerator });
      let decorated: AnyExpr = expr;
      for (const decorator of [...node.decorators].reverse()) decorated = b.call(ctx.lower(decorator), [decorated]);
      const decl = b.varDecl("const", name, decorated, null, { exported });
      if (node.docstring) decl.leadingComments = [...(decl.leadingComments ?? []), ...docComment(node.docstring)];
      path.replaceWith([...holders, decl]);
    },
  }),
});

/** A docstring as comment lines (for declarations the printer gives no JSDoc). */
function docComment(doc: string): string[] {
  return doc.split("\n").map((line) => line.trimEnd());
}
