/**
 * Signatures of methods and constructors, on top of the function mechanisms
 * (`function-signature.ts`, `call-binding.ts`): the TypeScript parameters and
 * result type of a method, and calls bound to a method's parameters at
 * compile time with CPython's TypeError for calls Python rejects.
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
  forEachChild,
} from "@py2ts/core";
import { argumentList } from "./call-arguments";
import { bindCall as bindToParams } from "./call-binding";
import { holderDeclarations, lowerSignature as lowerFunctionSignature, tsParameterOrder, varArgsIsRest } from "./function-signature";

export interface LoweredSignature {
  params: ParamInit[];
  returnType: TsType | null;
  /** Statements to place before the definition: defaults evaluated once, at definition time. */
  hoisted: AnyStmt[];
  /** Parameters whose type could not be inferred. */
  unknownParams: string[];
}

/** The TypeScript parameters and result of a method (`skip` = 1 drops `self`/`cls`). */
export function lowerSignature(ctx: RuleContext, def: NodeOf<"FunctionDef">, fn: FunctionInfo, skip: number, owner: string): LoweredSignature {
  const unknownParams: string[] = [];
  const sig = lowerFunctionSignature(ctx, def, fn, { skipFirst: skip === 1, holderPrefix: owner, report: (p) => unknownParams.push(p.name) });
  return {
    params: sig.params,
    returnType: returnTypeOf(ctx, ctx.types.resultType(fn), def, fn.isGenerator),
    hoisted: holderDeclarations(ctx, sig.holders),
    unknownParams,
  };
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

export type BoundCall =
  | { ok: true; args: AnyExpr[] }
  /** Python raises this TypeError for the call: `raise` is the expression raising it. */
  | { ok: false; typeError: string; raise: AnyExpr }
  | { ok: false; typeError: null; reason: string };

/**
 * The TypeScript argument list of a call to a user-defined callable with
 * these parameters (already without `self`; `selfCount` 1 for a method, so
 * TypeErrors count it like CPython), in the parameter conventions of
 * `lowerSignature`: keywords bound by name, skipped defaults `undefined`,
 * `*args` spread or collected, `**kwargs` a Map.
 */
export function bindCall(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[], qualname: string, selfCount = 0): BoundCall {
  const b = ctx.at(call);
  const spread = spreadTuple(ctx, call, params, qualname) ?? spreadSequence(ctx, call, params, qualname, selfCount);
  if (spread) return spread;
  const binding = bindToParams(call, params, qualname, selfCount);
  if (binding.kind === "dynamic") return { ok: false, typeError: null, reason: binding.reason };
  if (binding.kind === "typeError") {
    return { ok: false, typeError: binding.message, raise: b.call(ctx.runtime("raiseError"), [b.new(ctx.runtime("TypeError"), [b.str(binding.message)])]) };
  }
  return { ok: true, args: argumentList(ctx, call, params, binding.bound, qualname).args };
}

/**
 * `f(a, *pair)` where `pair` is statically a tuple of n items: the call
 * binds like `f(a, pair[0], ..., pair[n-1])`, so the tuple can be spread
 * into the parameters it fills.
 */
function spreadTuple(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[], qualname: string): BoundCall | null {
  const last = call.args[call.args.length - 1];
  if (!last || last.kind !== "Starred" || call.args.slice(0, -1).some((a) => a.kind === "Starred")) return null;
  if (params.some((p) => p.kind === "varArgs")) return null;
  const t = ctx.types.of(last.value);
  if (t.kind !== "tuple") return null;
  const expanded: NodeOf<"Call"> = { ...call, args: [...call.args.slice(0, -1), ...t.items.map(() => last.value)] };
  const binding = bindToParams(expanded, params, qualname);
  if (binding.kind !== "bound") return null;
  const b = ctx.at(call);
  const fixed = call.args.length - 1 + t.items.length;
  const ordered = tsParameterOrder(params);
  // only when the spread items land exactly on the next positional parameters, none given by keyword
  if (ordered.slice(0, fixed).some((p) => p.kind !== "positional" && p.kind !== "positionalOnly")) return null;
  if (call.keywords.some((k) => ordered.slice(0, fixed).some((p) => p.name === k.name))) return null;
  const rest = ordered.slice(fixed).map((p) => {
    const arg = binding.bound.byName.get(p.name);
    return arg ? ctx.lower(arg) : null;
  });
  while (rest.length > 0 && rest[rest.length - 1] === null) rest.pop();
  return { ok: true, args: [...call.args.slice(0, -1).map((a) => ctx.lower(a)), b.spread(b.as(b.as(ctx.lower(last.value), b.keywordType("unknown")), ctx.types.toTs(t, last))), ...rest.map((a) => a ?? b.undefined())] };
}

/**
 * `f(a, *items)` where `items` has no static length (a list, a csv row):
 * the items fill the remaining positional parameters, checked at run time
 * (runtime `spreadArguments`, Python's TypeError messages), spread as a tuple
 * of the parameters' types.
 */
function spreadSequence(ctx: RuleContext, call: NodeOf<"Call">, params: readonly ParamType[], qualname: string, selfCount: number): BoundCall | null {
  const last = call.args[call.args.length - 1];
  if (!last || last.kind !== "Starred" || call.args.slice(0, -1).some((a) => a.kind === "Starred")) return null;
  if (call.keywords.length > 0 || params.some((p) => p.kind === "varArgs" || p.kind === "varKeywords" || (p.kind === "keywordOnly" && !p.hasDefault))) return null;
  const positional = tsParameterOrder(params).filter((p) => p.kind === "positional" || p.kind === "positionalOnly");
  const fixed = call.args.length - 1;
  if (fixed > positional.length) return null;
  const filled = positional.slice(fixed);
  // the star fills a trailing run: defaults only after the required ones
  const required = filled.filter((p) => !p.hasDefault).length;
  if (filled.slice(0, required).some((p) => p.hasDefault)) return null;
  const b = ctx.at(call);
  const tupleType = b.tupleType(filled.map((p) => ctx.types.toTs(p.type, call)));
  const shape = b.object([
    ["qualname", b.str(qualname)],
    ["fixed", b.num(fixed + selfCount)],
    ["names", b.array(filled.map((p) => b.str(p.name)))],
    ["required", b.num(required)],
  ]);
  const items = b.call(ctx.runtime("spreadArguments"), [ctx.lower(last.value), shape], [tupleType]);
  return { ok: true, args: [...call.args.slice(0, -1).map((a) => ctx.lower(a)), b.spread(items)] };
}

/** Parameter descriptions of a def as seen by a caller (after dropping `self`/`cls`). */
export function callerParams(fn: FunctionInfo, skip: number): ParamType[] {
  return fn.params.slice(skip);
}
