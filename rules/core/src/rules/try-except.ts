import { type AnyExpr, type AnyStmt, type Binding, type NodeOf, type Scope, defineRule } from "@py2ts/core";
import { recordHandlerBody } from "../shared/active-exception";
import { classList } from "../shared/class-references";

type Handler = NodeOf<"ExceptHandler">;

/** The binding an `except ... as name` clause stores into. */
function handlerBinding(scope: Scope, handler: Handler): Binding | null {
  if (!handler.name) return null;
  const own = scope.bindings.get(handler.name);
  if (own?.references.some((r) => r.node === handler)) return own;
  for (const child of scope.children) {
    const found = handlerBinding(child, handler);
    if (found) return found;
  }
  return null;
}

/**
 * `try`/`except`/`else`/`finally`. Whatever is thrown is converted to a
 * Python exception once (runtime `toPyException`: Node's ENOENT becomes
 * FileNotFoundError, a stack overflow RecursionError), then the handlers are
 * tried in order with `instanceof`, so `except KeyError` never catches a
 * ValueError; an exception no handler matches is re-thrown unchanged. `else`
 * runs only when the body raised nothing, outside the handlers' reach, before
 * `finally`.
 */
export default defineRule({
  meta: {
    id: "core/try-except",
    description: "Translate try statements",
    messages: {
      dynamicHandler: {
        code: "PY2TS2416",
        severity: "error",
        text: "the exception classes of 'except {expr}' are not known statically",
      },
      exceptStar: { code: "PY2TS2417", severity: "error", text: "except* (exception groups) is not translated" },
    },
  },
  create: (ctx) => ({
    Try(path) {
      const { node } = path;
      const b = ctx.at(node);
      if (node.isStar) {
        path.replaceWith(ctx.stubStmt({ messageId: "exceptStar", node }));
        return;
      }
      if (node.handlers.length === 0) {
        const body: AnyStmt[] = [...node.body, ...node.orelse];
        path.replaceWith(b.try(body, null, node.finalbody));
        return;
      }
      const caught = ctx.freshName("error");
      const exc = ctx.freshName("exc");
      let chain: AnyStmt[] = [b.throw(b.id(exc))];
      for (let i = node.handlers.length - 1; i >= 0; i--) {
        const handler = node.handlers[i]!;
        const hb = ctx.at(handler);
        recordHandlerBody(handler.body, exc);
        const body: AnyStmt[] = [];
        const binding = handlerBinding(ctx.scope.module, handler);
        if (handler.name) {
          const name = ctx.scope.tsName(handler.name);
          const declaredElsewhere = binding?.references.some((r) => r.store && r.how !== "except") ?? false;
          body.push(declaredElsewhere ? hb.exprStmt(hb.assign(hb.id(name), hb.id(exc))) : hb.varDecl("const", name, hb.id(exc)));
        }
        if (handler.name && binding?.references.some((r) => r.store && r.how !== "except")) {
          // Python deletes the target when the handler ends: later reads raise NameError
          const local = binding.scope.kind !== "module";
          const unbind = hb.exprStmt(
            hb.assign(hb.id(ctx.scope.tsName(handler.name)), hb.call(ctx.runtime("unboundName"), [hb.str(handler.name), ...(local ? [hb.bool(true)] : [])])),
          );
          body.push(hb.try(handler.body, null, [unbind]));
        } else body.push(...handler.body);
        if (!handler.type) {
          chain = body;
          continue;
        }
        const classes = classList(ctx, handler.type);
        if (!classes) {
          chain = [ctx.stubStmt({ messageId: "dynamicHandler", node: handler.type, data: { expr: ctx.sourceText(handler.type) } })];
          continue;
        }
        const test = classes.map((c): AnyExpr => hb.binary("instanceof", hb.id(exc), c)).reduce((acc, t) => hb.binary("||", acc, t));
        chain = [hb.if(test, body, chain)];
      }
      const catchBody: AnyStmt[] = [b.varDecl("const", exc, b.call(ctx.runtime("toPyException"), [b.id(caught)])), ...chain];
      let statements: AnyStmt[];
      if (node.orelse.length > 0) {
        const failed = ctx.freshName("failed");
        catchBody.unshift(b.exprStmt(b.assign(b.id(failed), b.bool(true))));
        statements = [
          b.varDecl("let", failed, b.bool(false)),
          b.try(node.body, { name: caught, body: catchBody }, null),
          b.if(b.not(b.id(failed)), node.orelse),
        ];
      } else {
        statements = [b.try(node.body, { name: caught, body: catchBody }, null)];
      }
      if (node.finalbody.length > 0) statements = [b.try(statements, null, node.finalbody)];
      path.replaceWith(statements);
    },
  }),
});
