/**
 * Binding a call's arguments to a user function's parameters at compile time,
 * with CPython 3.11's rules and its exact `TypeError` messages. A call that
 * Python would reject is known statically; the translation raises the same
 * TypeError at the same point instead of guessing.
 *
 * Starred arguments (`f(*xs)`) are bindable only when they fall entirely into
 * `*args` (every positional parameter is already filled before them);
 * `f(**d)` is never bindable statically.
 */
import { type NodeOf, type ParamType, type PyExpr, createNode } from "@py2ts/core";

export interface BoundCall {
  /** Argument per named parameter (absent: the default applies). */
  byName: Map<string, PyExpr>;
  /** Arguments collected by `*args` (may include starred expressions, spread at run time). */
  varArgs: PyExpr[];
  /** Extra keyword arguments collected by `**kwargs`, in call order: named ones and `**mapping` ones. */
  varKeywords: Array<{ name: string; value: PyExpr } | { mapping: PyExpr }>;
}

export type CallBinding =
  | { kind: "bound"; bound: BoundCall }
  /** Python raises `TypeError(message)` for this call. */
  | { kind: "typeError"; message: string }
  /** Not decidable at compile time (`**mapping`, or `*iterable` feeding named parameters). */
  | { kind: "dynamic"; reason: string };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function nameList(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
}

/** `f(**{"a": 1})`: a dict display with string keys is the same as keyword arguments. */
function expandedKeywords(call: NodeOf<"Call">): Array<NodeOf<"Keyword">> {
  return call.keywords.flatMap((k) => {
    const v = k.value;
    if (k.name !== null || v.kind !== "Dict" || !v.entries.every((e) => e.key?.kind === "StrLit")) return [k];
    return v.entries.map((e) => createNode("Keyword", { name: e.key!.kind === "StrLit" ? e.key!.value : "", value: e.value }, e));
  });
}

/**
 * Binds `call` to `params` (without `self`); `qualname` names the function in
 * messages, which count `selfCount` bound arguments (`self` of a method) as
 * CPython does.
 */
export function bindCall(call: NodeOf<"Call">, params: readonly ParamType[], qualname: string, selfCount = 0): CallBinding {
  const keywords = expandedKeywords(call);
  const positional = params.filter((p) => p.kind === "positional" || p.kind === "positionalOnly");
  const varArgs = params.find((p) => p.kind === "varArgs");
  const varKeywords = params.find((p) => p.kind === "varKeywords");
  const keywordCapable = params.some((p) => p.kind === "positional" || p.kind === "keywordOnly");
  // `**mapping` is bindable when its keys can only land in **kwargs
  if (keywords.some((k) => k.name === null) && (!varKeywords || keywordCapable)) return { kind: "dynamic", reason: "**mapping argument" };
  const bound: BoundCall = { byName: new Map(), varArgs: [], varKeywords: [] };
  const firstStar = call.args.findIndex((a) => a.kind === "Starred");
  if (firstStar >= 0 && (firstStar < positional.length || !varArgs)) {
    return { kind: "dynamic", reason: "*iterable argument that fills named parameters" };
  }
  call.args.forEach((arg, i) => {
    const param = positional[i];
    if (param) bound.byName.set(param.name, arg);
    else bound.varArgs.push(arg);
  });
  // keywords first, as CPython does
  let keywordOnlyGiven = 0;
  const positionalOnlyAsKeyword: string[] = [];
  for (const kw of keywords) {
    if (kw.name === null) {
      bound.varKeywords.push({ mapping: kw.value });
      continue;
    }
    const name = kw.name;
    const param = params.find((p) => p.name === name && p.kind !== "varArgs" && p.kind !== "varKeywords");
    if (param && param.kind !== "positionalOnly") {
      if (bound.byName.has(name)) return { kind: "typeError", message: `${qualname}() got multiple values for argument '${name}'` };
      bound.byName.set(name, kw.value);
      if (param.kind === "keywordOnly") keywordOnlyGiven++;
    } else if (varKeywords) {
      bound.varKeywords.push({ name, value: kw.value });
    } else if (param) {
      positionalOnlyAsKeyword.push(name);
    } else {
      return { kind: "typeError", message: `${qualname}() got an unexpected keyword argument '${name}'` };
    }
  }
  if (positionalOnlyAsKeyword.length > 0) {
    return {
      kind: "typeError",
      message: `${qualname}() got some positional-only arguments passed as keyword arguments: '${positionalOnlyAsKeyword.join(", ")}'`,
    };
  }
  if (call.args.length > positional.length && !varArgs) {
    const withDefault = positional.filter((p) => p.hasDefault).length;
    const total = positional.length + selfCount;
    const takes = withDefault > 0 ? `from ${total - withDefault} to ${total} positional arguments` : plural(total, "positional argument");
    const given = call.args.length + selfCount;
    const was =
      keywordOnlyGiven > 0
        ? `${plural(given, "positional argument")} (and ${plural(keywordOnlyGiven, "keyword-only argument")}) were given`
        : `${given} ${given === 1 ? "was" : "were"} given`;
    return { kind: "typeError", message: `${qualname}() takes ${takes} but ${was}` };
  }
  const missing = positional.filter((p) => !p.hasDefault && !bound.byName.has(p.name)).map((p) => p.name);
  if (missing.length > 0) {
    return { kind: "typeError", message: `${qualname}() missing ${plural(missing.length, "required positional argument")}: ${nameList(missing)}` };
  }
  const missingKw = params.filter((p) => p.kind === "keywordOnly" && !p.hasDefault && !bound.byName.has(p.name)).map((p) => p.name);
  if (missingKw.length > 0) {
    return { kind: "typeError", message: `${qualname}() missing ${plural(missingKw.length, "required keyword-only argument")}: ${nameList(missingKw)}` };
  }
  return { kind: "bound", bound };
}

/** Whether binding reorders arguments that have side effects (Python evaluates arguments in call order). */
export function reordersEffects(call: NodeOf<"Call">, order: readonly PyExpr[]): boolean {
  const callOrder = [...call.args, ...call.keywords.map((k) => k.value)];
  const effectful = (e: PyExpr) => !["Name", "IntLit", "FloatLit", "StrLit", "BoolLit", "NoneLit", "Attribute", "Lambda", "BytesLit"].includes(e.kind);
  const moved = order.filter(effectful);
  const expected = callOrder.filter((e) => moved.includes(e));
  return moved.some((e, i) => e !== expected[i]);
}
