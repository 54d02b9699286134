/**
 * The exception being handled at a `raise` statement: the try rule records,
 * for every `raise` in an `except` body, the TypeScript variable holding the
 * caught (converted) exception, so a bare `raise` re-throws it and a new
 * exception gets it as `__context__` (Python's implicit chaining).
 */
import { type Node, type PyStmt, forEachChild } from "@py2ts/core";

const handled = new WeakMap<Node, string>();

/** Records `variable` as the active exception of the raises in a handler body (nested handlers record later and win). */
export function recordHandlerBody(body: PyStmt[], variable: string): void {
  const visit = (node: Node) => {
    if (node.kind === "FunctionDef" || node.kind === "ClassDef" || node.kind === "Lambda") return;
    if (node.kind === "Raise") handled.set(node, variable);
    forEachChild(node, visit);
  };
  body.forEach(visit);
}

/** The variable holding the exception being handled at this raise, if it is inside an except body. */
export function activeException(raise: Node): string | undefined {
  return handled.get(raise);
}
