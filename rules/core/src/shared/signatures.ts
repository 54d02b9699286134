/**
 * Signatures of user-defined callables (methods, constructors): the
 * TypeScript parameter list of a Python `def`, and calls bound to it at
 * compile time (keywords become positions, skipped defaults `undefined`).
 */
import {
  type AnyExpr,
  type AnyStmt,
  type FunctionInfo,
  type Node,
  type NodeOf,
  type ParamInit,
  type ParamType,
  type PyExpr,
  type PyType,
  type RuleContext,
  type TsType,
  bindArguments,
  forEachChild,
  positionalOrder,
} from "@py2ts/core";

export interface LoweredSignature {
  params: ParamInit[];
  returnType: TsType | null;
  /** Statements to place before the definition: defaults evaluated once, at definition time. */
  hoisted: AnyStmt[];
  /** Why the signature cannot be expressed in TypeScript, or null. */
  unsupported: string | null;
  /** Parameters whose type could not be inferred. */
  unknownParams: string[];
}

/** Defaults that give the same value whether evaluated once or at each call. */
function isImmutableDefault(expr: PyExpr): boolean {
  switch (expr.kind) {
    case "IntLit":
    case "FloatLit":
    case "StrLit":
    case "BytesLit":
    case "BoolLit":
    case "NoneLit":
    case "Name":
      return true;
    case "UnaryOp":
      return isImmutableDefault(expr.operand);
    case "Attribute":
      return isImmutableDefault(expr.value);
    case "Tuple":
      return expr.elts.every(isImmutableDefault);
    default:
      return false;
  }
}

/**
 * The TypeScript parameters of `def`, without its first `skip` parameters
 * (`self`/`cls`). A default that could differ when evaluated at each call
 * (`[]`, `{}`, a call) is hoisted into a constant named after `owner`, so it is
 * evaluated once, like Python. `**kwargs` and keyword-only parameters after
 * `*args` have no TypeScript counterpart and make the signature unsupported.
 */
export function lowerSignature(ctx: RuleContext, def: NodeOf<"FunctionDef">, fn: FunctionInfo, skip: number, owner: string): LoweredSignature {
  const out: LoweredSignature = { params: [], returnType: null, hoisted: [], unsupported: null, unknownParams: [] };
  const params = def.params.slice(skip);
  let seenVarArgs = false;
  for (const p of params) {
    const b = ctx.at(p);
    const type = ctx.types.paramType(fn, p.name);
    if (p.paramKind === "varKeywords") {
      out.unsupported = `**${p.name}`;
      continue;
    }
    if (p.paramKind === "varArgs") {
      seenVarArgs = true;
      const item = type.kind === "tupleOf" ? type.item : type;
      if (ctx.types.isUnknown(item)) out.unknownParams.push(p.name);
      out.params.push({ name: ctx.scope.tsName(p.name), type: b.arrayType(ctx.types.toTs(item, p)), rest: true });
      continue;
    }
    if (seenVarArgs) {
      out.unsupported = `keyword-only parameter '${p.name}' after *args`;
      continue;
    }
    if (ctx.types.isUnknown(type)) out.unknownParams.push(p.name);
    let init: AnyExpr | PyExpr | null = null;
    if (p.default) {
      if (isImmutableDefault(p.default)) init = p.default;
      else {
        const name = ctx.freshName(`${owner}_${p.name}_default`);
        out.hoisted.push(b.varDecl("const", name, ctx.lower(p.default), ctx.types.toTs(type, p)));
        init = b.id(name);
      }
    }
    out.params.push({ name: ctx.scope.tsName(p.name), type: ctx.types.toTs(type, p), init: init as AnyExpr | null });
  }
  const result = ctx.types.resultType(fn);
  out.returnType = returnTypeOf(ctx, result, def, fn.isGenerator);
  return out;
}

/** Whether a function body returns a value somewhere (not counting nested functions). */
function returnsValue(def: NodeOf<"FunctionDef">): boolean {
  let found = false;
  const visit = (node: Node) => {
    if (found || node.kind === "FunctionDef" || node.kind === "ClassDef" || node.kind === "Lambda") return;
    if (node.kind === "Return" && node.value !== null) found = true;
    else forEachChild(node, visit);
  };
  def.body.forEach(visit);
  return found;
}

function returnTypeOf(ctx: RuleContext, result: PyType, def: NodeOf<"FunctionDef">, isGenerator: boolean): TsType | null {
  const b = ctx.at(def);
  if (isGenerator) return ctx.types.toTs(result, def);
  if ((result.kind === "none" && !returnsValue(def)) || result.kind === "never") return b.keywordType("void");
  return ctx.types.toTs(result, def);
}

export type BoundCall = { ok: true; args: AnyExpr[] } | { ok: false; reason: string };

/**
 * The TypeScript argument list of a call to a user-defined callable with
 * these parameters (already without `self`): keywords bound by name, skipped
 * defaults passed as `undefined`, extra positionals spread into `*args`.
 */
export function bindCall(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[]): BoundCall {
  if (params.some((p) => p.kind === "varKeywords")) return { ok: false, reason: "the callee takes **kwargs" };
  const spread = spreadIntoVarArgs(ctx, call, params);
  if (spread) return spread;
  const result = bindArguments(call, params);
  if (!result.ok) return result;
  const b = ctx.at(call);
  const args = positionalOrder(params, result.bound, (e) => ctx.lower(e), () => b.undefined());
  const hasVarArgs = params.some((p) => p.kind === "varArgs");
  if (hasVarArgs && result.bound.varArgs.length > 0) {
    const fixed = params.filter((p) => p.kind !== "varArgs" && p.kind !== "varKeywords").length;
    while (args.length < fixed) args.push(b.undefined());
    args.push(...result.bound.varArgs.map((a) => ctx.lower(a)));
  }
  return { ok: true, args };
}

/**
 * `f(a, *items)` where every fixed positional parameter is given before the
 * first starred argument and the rest lands in the callee's `*args`: the
 * starred values are spread into the rest parameter, as Python does.
 */
function spreadIntoVarArgs(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[]): BoundCall | null {
  const firstStar = call.args.findIndex((a) => a.kind === "Starred");
  if (firstStar < 0 || call.keywords.length > 0) return null;
  const fixed = params.filter((p) => p.kind === "positional" || p.kind === "positionalOnly");
  if (!params.some((p) => p.kind === "varArgs") || params.some((p) => p.kind === "keywordOnly" && !p.hasDefault)) return null;
  if (firstStar < fixed.length) return { ok: false, reason: "*args at the call site fills fixed parameters" };
  const b = ctx.at(call);
  return { ok: true, args: call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a))) };
}

/** Parameter descriptions of a def as seen by a caller (after dropping `self`/`cls`). */
export function callerParams(fn: FunctionInfo, skip: number): ParamType[] {
  return fn.params.slice(skip);
}
