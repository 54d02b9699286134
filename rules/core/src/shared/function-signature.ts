/**
 * Python function signatures in TypeScript, shared by function definitions,
 * lambdas, methods and the call sites that bind arguments to them.
 *
 * Parameter layout (the calling convention): positional parameters in order,
 * then `*args`, then keyword-only parameters, then `**kwargs` as a
 * `Map<string, V>`. `*args` is a rest parameter (`...args: T[]`) when nothing
 * follows it; otherwise it is an array parameter and call sites pass `[...]`.
 * Keyword arguments are bound to parameters at each call site (see
 * function-calls), so the TypeScript function is always called positionally.
 *
 * Defaults: Python evaluates a default once, when `def` runs. A default that
 * is the same value at every call (a literal, a tuple of literals, a name
 * bound once) stays a TypeScript default; any other (a list, a dict, a call)
 * is evaluated once into a constant before the function, which the
 * parameter's default then names, so every call shares the one object as in
 * Python.
 */
import {
  type AnyExpr,
  type AnyStmt,
  type FunctionInfo,
  type NodeOf,
  type ParamInit,
  type ParamType,
  type PyExpr,
  type PyType,
  type RuleContext,
  type TsType,
  tsParameterOrder,
  varArgsIsRest,
} from "@py2ts/core";

export type FunctionNode = NodeOf<"FunctionDef"> | NodeOf<"Lambda">;

export { tsParameterOrder, varArgsIsRest };

/** Whether a default expression is the same value at every call (so a TypeScript default is faithful). */
export function isStableDefault(ctx: RuleContext, expr: PyExpr, ownParams: readonly string[] = []): boolean {
  switch (expr.kind) {
    case "IntLit":
    case "FloatLit":
    case "StrLit":
    case "BoolLit":
    case "NoneLit":
    case "BytesLit":
      return true;
    case "UnaryOp":
      return (expr.op === "-" || expr.op === "+") && (expr.operand.kind === "IntLit" || expr.operand.kind === "FloatLit");
    case "Tuple":
      return expr.elts.every((e) => isStableDefault(ctx, e, ownParams));
    case "Name": {
      if (ownParams.includes(expr.id)) return false; // `i=i`: a TypeScript default would name the parameter itself
      const binding = ctx.scope.binding(expr);
      if (!binding) return ctx.resolve(expr) !== null; // a builtin
      if (binding.kind === "function" || binding.kind === "class" || binding.kind === "import") return true;
      // a variable assigned once, by a plain assignment outside any loop, has the same value at every call
      const stores = binding.references.filter((r) => r.store);
      return (
        binding.kind === "variable" &&
        stores.length === 1 &&
        stores[0]!.how === "assign" &&
        !stores[0]!.path.some((step) => step.owner !== null && (step.owner.kind === "For" || step.owner.kind === "While"))
      );
    }
    default:
      return false;
  }
}

export interface DefaultHolder {
  /** The identifier holding the once-evaluated default. */
  name: string;
  value: AnyExpr;
  type: TsType;
  origin: PyExpr;
}

export interface LoweredSignature {
  params: ParamInit[];
  /** Defaults evaluated once, to bind before the function is created. */
  holders: DefaultHolder[];
}

/** The TypeScript type of a parameter (the element type for `*args`, a Map for `**kwargs`). */
function parameterType(ctx: RuleContext, fn: FunctionInfo, param: NodeOf<"Param">, rest: boolean, origin: NodeOf<"Param">): TsType {
  const b = ctx.at(origin);
  const t = ctx.types.paramType(fn, param.name);
  if (param.paramKind === "varArgs") {
    const item: PyType = t.kind === "tupleOf" ? t.item : t.kind === "tuple" ? { kind: "unknown" } : t;
    return rest ? b.arrayType(ctx.types.toTs(item, origin)) : b.arrayType(ctx.types.toTs(item, origin), true);
  }
  return ctx.types.toTs(t, origin);
}

/**
 * The TypeScript parameters of a function or lambda. `skipFirst` drops
 * `self`/`cls`. `report` is called with the name of each parameter whose type
 * could not be inferred.
 */
export function lowerSignature(
  ctx: RuleContext,
  def: FunctionNode,
  fn: FunctionInfo,
  options: { skipFirst?: boolean; holderPrefix: string; report?: (param: NodeOf<"Param">) => void },
): LoweredSignature {
  const params = def.params.filter((_, i) => !(options.skipFirst && i === 0));
  const rest = varArgsIsRest(fn.params.filter((_, i) => !(options.skipFirst && i === 0)));
  const holders: DefaultHolder[] = [];
  const lowered = tsParameterOrder(params.map((p) => ({ kind: p.paramKind, node: p }))).map(({ node: p }): ParamInit => {
    const b = ctx.at(p);
    const t = ctx.types.paramType(fn, p.name);
    if (ctx.types.isUnknown(t) && !(p.paramKind === "varArgs" && t.kind === "tupleOf" && !ctx.types.isUnknown(t.item))) options.report?.(p);
    const name = ctx.scope.tsName(p.name);
    if (p.paramKind === "varArgs") {
      return rest
        ? { name, type: parameterType(ctx, fn, p, true, p), rest: true }
        : { name, type: parameterType(ctx, fn, p, false, p), init: b.array([]) };
    }
    if (p.paramKind === "varKeywords") {
      const mapType = parameterType(ctx, fn, p, false, p);
      return { name, type: mapType, init: b.new(b.id("Map"), []) };
    }
    let init: AnyExpr | null = null;
    if (p.default) {
      if (isStableDefault(ctx, p.default, def.params.map((q) => q.name))) init = ctx.lower(p.default);
      else {
        const holder = ctx.freshName(`${options.holderPrefix}_${p.name}_default`);
        holders.push({ name: holder, value: ctx.lower(p.default), type: parameterType(ctx, fn, p, false, p), origin: p.default });
        init = b.id(holder);
      }
    }
    return { name, type: parameterType(ctx, fn, p, false, p), init };
  });
  return { params: lowered, holders };
}

/** `const <holder> = <default>;` statements for once-evaluated defaults. */
export function holderDeclarations(ctx: RuleContext, holders: readonly DefaultHolder[]): AnyStmt[] {
  return holders.map((h) => ctx.at(h.origin).varDecl("const", h.name, h.value, h.type));
}
