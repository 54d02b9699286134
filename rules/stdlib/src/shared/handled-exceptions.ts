/**
 * The exception being handled where a call sits lexically inside an
 * `except` body (Python's `sys.exc_info()` there), as the TypeScript
 * variable that holds it, so `log.exception(...)` / `exc_info=True` can pass
 * it explicitly. The module is scanned before any statement is translated;
 * a handler without a name (`except OSError:`) that needs one is given a
 * fresh one, which the try/except translation then declares. Calls inside
 * a function defined in the handler body are not inside it (they run later).
 */
import { type Node, type NodeOf, type RuleContext, forEachChild } from "@py2ts/core";

type Call = NodeOf<"Call">;
type Handler = NodeOf<"ExceptHandler">;

export class HandledExceptions {
  private readonly byCall = new WeakMap<Call, string>();

  /** Records the handled exception of every call `wanted` selects in the module's except bodies. */
  scan(module: Node, ctx: RuleContext, wanted: (call: Call) => boolean): void {
    const visit = (node: Node, handler: Handler | null) => {
      if (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef") handler = null;
      if (node.kind === "ExceptHandler") handler = node;
      if (node.kind === "Call" && handler !== null && wanted(node)) this.byCall.set(node, this.variableOf(handler, ctx));
      forEachChild(node, (child) => visit(child, handler));
    };
    visit(module, null);
  }

  /** The TypeScript variable holding the exception handled around `call`, if it is inside an except body. */
  of(call: Call): string | undefined {
    return this.byCall.get(call);
  }

  private variableOf(handler: Handler, ctx: RuleContext): string {
    if (handler.name === null || handler.name === undefined) {
      // the handler is not translated yet: the try/except rule declares the name it finds here
      (handler as { name: string | null }).name = ctx.freshName("handled");
    }
    return ctx.scope.tsName(handler.name!);
  }
}
