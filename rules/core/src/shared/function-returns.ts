/**
 * How a function's `return` statements are written. A function whose result
 * is only ever None returns `void` (`return;`); one that also returns values
 * returns `T | null`, so a bare `return` (and falling off the end) yields
 * `null`, Python's None, never JavaScript's `undefined`. The function rule
 * records the choice for each of its `return` statements; the return rule
 * reads it.
 */
import { type AnyStmt, type FunctionInfo, type Node, type NodeOf, type RuleContext, type TsType, T, forEachChild, join, mayFallThrough } from "@py2ts/core";

const bareReturnsNull = new WeakMap<NodeOf<"Return">, boolean>();

const BARRIERS = new Set(["FunctionDef", "ClassDef", "Lambda"]);

function returnsOf(body: readonly Node[]): Array<NodeOf<"Return">> {
  const out: Array<NodeOf<"Return">> = [];
  const visit = (node: Node) => {
    if (node.kind === "Return") out.push(node);
    else if (!BARRIERS.has(node.kind)) forEachChild(node, visit);
  };
  body.forEach(visit);
  return out;
}

/** Whether a bare `return` was planned to return `null`. */
export function bareReturnIsNull(node: NodeOf<"Return">): boolean {
  return bareReturnsNull.get(node) ?? false;
}

export interface ReturnPlan {
  type: TsType | null;
  /** Statements to append to the body (`return null;` when the end is reachable). */
  epilogue: AnyStmt[];
}

/** Plans a function's return type and records how its `return` statements are written. */
export function planReturns(ctx: RuleContext, def: NodeOf<"FunctionDef">, fn: FunctionInfo, report: () => void): ReturnPlan {
  const b = ctx.at(def);
  const returns = fn.returns;
  if (fn.isGenerator) {
    const yields = fn.yields.kind === "never" ? b.keywordType("never") : ctx.types.toTs(fn.yields, def);
    const result = returns.kind === "never" || returns.kind === "none" ? b.keywordType("void") : ctx.types.toTs(returns, def);
    if (ctx.types.isUnknown(fn.yields) || (returns.kind !== "never" && ctx.types.isUnknown(returns))) report();
    const sent = fn.sends && fn.sends.kind !== "never" ? ctx.types.toTs(join(fn.sends, T.none), def) : b.keywordType("unknown");
    return { type: b.typeRef("Generator", [yields, result, sent]), epilogue: [] };
  }
  if (returns.kind === "never" || returns.kind === "none") return { type: b.keywordType("void"), epilogue: [] };
  if (ctx.types.isUnknown(returns)) report();
  const withNull = returns.kind === "union" && returns.members.some((m) => m.kind === "none");
  for (const r of returnsOf(def.body)) bareReturnsNull.set(r, withNull);
  const epilogue = withNull && mayFallThrough(def.body) ? [b.return(b.null())] : [];
  return { type: ctx.types.toTs(returns, def), epilogue };
}
