import { type AnyExpr, type PyExpr, defineRule } from "@py2ts/core";
import { activeException } from "../shared/active-exception";
import { instanceClass, isExceptionClass, namedClass } from "../shared/class-references";

/**
 * `raise`. `raise E(...)` throws the constructed exception, `raise E` an
 * instance made without arguments, `raise` alone re-throws the exception
 * being handled. `raise X from Y` sets `__cause__` and
 * `__suppress_context__` (runtime `raiseFrom`); a raise inside an `except`
 * body records the handled exception as `__context__` (runtime
 * `withContext`), as Python chains implicitly.
 */
export default defineRule({
  meta: {
    id: "core/raise",
    description: "Translate raise statements",
    messages: {
      notAnException: {
        code: "PY2TS2415",
        severity: "error",
        text: "'{expr}' is not known to be an exception; raising it is not translated",
      },
      bareRaiseOutsideHandler: {
        code: "PY2TS3402",
        severity: "warning",
        text: "a bare 'raise' outside an except block re-raises the exception being handled at run time; the translation raises RuntimeError",
      },
    },
  },
  create: (ctx) => {
    /** The exception object a raise operand denotes, or null when its type is unknown. */
    const exceptionValue = (expr: PyExpr): AnyExpr | null => {
      const b = ctx.at(expr);
      const type = ctx.types.of(expr);
      const cls = namedClass(ctx, expr);
      if (cls && isExceptionClass(cls)) {
        const target = cls.def ? ctx.lower(expr) : ctx.runtime(cls.name);
        return b.new(target, []);
      }
      const instance = instanceClass(type);
      if (instance && isExceptionClass(instance)) return ctx.lower(expr);
      return null;
    };

    return {
      Raise(path) {
        const { node } = path;
        const b = ctx.at(node);
        const active = activeException(node);
        if (!node.exc) {
          if (active) path.replaceWith(b.throw(b.id(active)));
          else {
            ctx.report({ messageId: "bareRaiseOutsideHandler", node });
            path.replaceWith(b.throw(b.new(ctx.runtime("RuntimeError"), [b.str("No active exception to reraise")])));
          }
          return;
        }
        let exc = exceptionValue(node.exc);
        if (!exc) {
          path.replaceWith(ctx.stubStmt({ messageId: "notAnException", node: node.exc, data: { expr: ctx.sourceText(node.exc) } }));
          return;
        }
        if (node.cause) {
          let cause: AnyExpr | null;
          if (node.cause.kind === "NoneLit") cause = b.null();
          else cause = exceptionValue(node.cause);
          if (!cause) {
            path.replaceWith(ctx.stubStmt({ messageId: "notAnException", node: node.cause, data: { expr: ctx.sourceText(node.cause) } }));
            return;
          }
          exc = b.call(ctx.runtime("raiseFrom"), [exc, cause]);
        }
        if (active) exc = b.call(ctx.runtime("withContext"), [exc, b.id(active)]);
        path.replaceWith(b.throw(exc));
      },
    };
  },
});
