import { NODE_DEFINITIONS } from "./definitions";
import type { NodeKind } from "./nodes";

/** Node kinds grouped by category (`expr`, `stmt`, `tsexpr`, ...). */
export const KINDS_BY_CATEGORY: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const out = new Map<string, Set<string>>();
  for (const kind of Object.keys(NODE_DEFINITIONS) as NodeKind[]) {
    const category = NODE_DEFINITIONS[kind].category;
    if (!out.has(category)) out.set(category, new Set());
    out.get(category)!.add(kind);
  }
  return out;
})();

import type { PyExpr, PyStmt } from "./nodes";

export const PY_STATEMENT_KINDS = [...KINDS_BY_CATEGORY.get("stmt")!] as Array<PyStmt["kind"]>;
export const PY_EXPRESSION_KINDS = [...KINDS_BY_CATEGORY.get("expr")!] as Array<PyExpr["kind"]>;
