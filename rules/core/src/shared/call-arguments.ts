/**
 * The TypeScript argument list of a call bound to a user-defined callable
 * (see call-binding): arguments in the TypeScript parameter order of
 * function-signature, skipped defaults `undefined`, `*args` items spread into
 * a rest parameter or packed into an array, extra keywords in the `**kwargs`
 * Map (merged with `**mapping` arguments by the runtime's `keywordArgs`).
 */
import type { AnyExpr, NodeOf, ParamType, PyExpr, RuleContext } from "@py2ts/core";
import type { BoundCall } from "./call-binding";
import { tsParameterOrder, varArgsIsRest } from "./function-signature";

export interface ArgumentList {
  args: AnyExpr[];
  /** The Python arguments in the order the TypeScript call evaluates them. */
  order: PyExpr[];
}

/** The `**kwargs` Map of a call, or null when no extra keyword was given. */
function keywordMap(ctx: RuleContext, call: NodeOf<"Call">, parts: BoundCall["varKeywords"], qualifiedName: string): AnyExpr | null {
  const b = ctx.at(call);
  if (parts.length === 0) return null;
  const pair = (name: string, value: PyExpr) => b.array([b.str(name), ctx.lower(value)]);
  const groups: AnyExpr[] = [];
  let run: AnyExpr[] = [];
  for (const p of parts) {
    if ("name" in p) run.push(pair(p.name, p.value));
    else {
      if (run.length > 0) groups.push(b.array(run));
      run = [];
      groups.push(ctx.lower(p.mapping));
    }
  }
  if (run.length > 0) groups.push(b.array(run));
  if (parts.every((p) => "name" in p)) return b.new(b.id("Map"), groups);
  return b.call(ctx.runtime("keywordArgs"), [b.str(qualifiedName), ...groups]);
}

/**
 * `qualifiedName` names the function in the TypeError of a repeated keyword
 * (`__main__.show`), as CPython does.
 */
export function argumentList(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[], bound: BoundCall, qualifiedName: string): ArgumentList {
  const b = ctx.at(call);
  const rest = varArgsIsRest(params);
  const args: Array<AnyExpr | null> = [];
  const order: PyExpr[] = [];
  for (const p of tsParameterOrder(params)) {
    if (p.kind === "varArgs") {
      const items = bound.varArgs.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)));
      order.push(...bound.varArgs);
      if (rest) args.push(...items);
      else args.push(items.length > 0 ? b.array(items) : null);
    } else if (p.kind === "varKeywords") {
      args.push(keywordMap(ctx, call, bound.varKeywords, qualifiedName));
      order.push(...bound.varKeywords.map((k) => ("mapping" in k ? k.mapping : k.value)));
    } else {
      const arg = bound.byName.get(p.name);
      if (arg) order.push(arg);
      args.push(arg ? ctx.lower(arg) : null);
    }
  }
  while (args.length > 0 && args[args.length - 1] === null) args.pop();
  return { args: args.map((a) => a ?? b.undefined()), order };
}

/** The module-qualified name CPython uses for a function in some messages (`__main__.show`). */
export function moduleQualifiedName(ctx: RuleContext, qualname: string): string {
  return `${ctx.file.moduleName === "main" ? "__main__" : ctx.file.moduleName}.${qualname}`;
}
