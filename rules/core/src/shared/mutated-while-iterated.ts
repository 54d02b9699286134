/**
 * A dict or set changed in size by the loop that iterates it: Python raises
 * `RuntimeError: dictionary changed size during iteration` at the next step,
 * where JavaScript's Map and Set iterators go on (and may never end). The
 * container a `for` walks is found from the iterable (`d`, `d.keys()`,
 * `d.items()`, `d.values()`, `s`), and the body is searched for statements
 * that can change its size (`d[k] = v`, `del d[k]`, `d.pop(...)`, `s.add(x)`...)
 * on the same expression.
 */
import { type NodeOf, type PyExpr, type PyStmt, type RuleContext, walk } from "@py2ts/core";

const SIZE_CHANGING_METHODS = new Set(["pop", "popitem", "setdefault", "update", "clear", "add", "discard", "remove", "difference_update", "intersection_update", "symmetric_difference_update"]);

/** The dict or set a `for` iterates, when it is one. */
export function iteratedContainer(ctx: RuleContext, iter: PyExpr): { expr: PyExpr; kind: "dictionary" | "Set" } | null {
  let expr = iter;
  if (iter.kind === "Call" && iter.func.kind === "Attribute" && iter.args.length === 0 && ["keys", "items", "values"].includes(iter.func.attr)) expr = iter.func.value;
  // only a name or attribute path: it is read again to watch its size
  const isPath = (e: PyExpr): boolean => e.kind === "Name" || (e.kind === "Attribute" && isPath(e.value));
  if (!isPath(expr)) return null;
  const t = ctx.types.of(expr);
  if (t.kind === "dict") return { expr, kind: "dictionary" };
  if (t.kind === "set" && expr === iter) return { expr, kind: "Set" };
  return null;
}

/** Whether a loop body may change the size of the container written `source` (the same expression text). */
export function bodyResizes(ctx: RuleContext, body: readonly PyStmt[], container: PyExpr): boolean {
  const text = ctx.sourceText(container);
  const same = (e: PyExpr) => ctx.sourceText(e) === text;
  let found = false;
  for (const stmt of body) {
    walk(stmt, (n) => {
      if (found) return false;
      if (n.kind === "Assign" || n.kind === "AugAssign" || n.kind === "Delete") {
        const targets: PyExpr[] = n.kind === "Assign" ? n.targets : n.kind === "AugAssign" ? [n.target] : n.targets;
        if (targets.some((t) => t.kind === "Subscript" && same(t.value) && n.kind !== "AugAssign")) found = true;
      } else if (n.kind === "Call") {
        const call = n as NodeOf<"Call">;
        if (call.func.kind === "Attribute" && SIZE_CHANGING_METHODS.has(call.func.attr) && same(call.func.value)) found = true;
      }
      return !found;
    });
    if (found) return true;
  }
  return false;
}
