/**
 * Binds a call's positional and keyword arguments to a callee's parameters
 * at compile time (Python's rules), so that calls with keywords become
 * positional TypeScript calls. Shared by local-function calls, constructors
 * and mapped library calls.
 */
import type { ParamType } from "../analysis/types/py-types";
import type { NodeOf, PyExpr } from "../ir/nodes";

export interface BoundArguments {
  /** Argument per parameter name (absent = use the default). */
  byName: Map<string, PyExpr>;
  /** Extra positional arguments collected by `*args`. */
  varArgs: PyExpr[];
  /** Extra keyword arguments collected by `**kwargs`, in call order. */
  varKeywords: Array<[string, PyExpr]>;
}

export type BindingResult = { ok: true; bound: BoundArguments } | { ok: false; reason: string };

/** Binds `call` to `params`; star-args and `**` at the call site are not bindable statically. */
export function bindArguments(call: NodeOf<"Call">, params: readonly ParamType[]): BindingResult {
  const bound: BoundArguments = { byName: new Map(), varArgs: [], varKeywords: [] };
  if (call.keywords.some((k) => k.name === null)) return { ok: false, reason: "**kwargs at the call site" };
  const positional = params.filter((p) => p.kind === "positional" || p.kind === "positionalOnly");
  const varArgs = params.find((p) => p.kind === "varArgs");
  const varKeywords = params.find((p) => p.kind === "varKeywords");
  // `*xs` can only be bound statically where it feeds `*args` alone (every positional parameter already filled)
  const firstStar = call.args.findIndex((a) => a.kind === "Starred");
  if (firstStar >= 0 && (!varArgs || firstStar < positional.length)) return { ok: false, reason: "*args at the call site" };
  call.args.forEach((arg, i) => {
    const param = positional[i];
    if (param) bound.byName.set(param.name, arg);
    else if (varArgs) bound.varArgs.push(arg);
  });
  if (call.args.length > positional.length && !varArgs) {
    return { ok: false, reason: `takes ${positional.length} positional arguments but ${call.args.length} were given` };
  }
  for (const kw of call.keywords) {
    const name = kw.name!;
    const param = params.find((p) => p.name === name && p.kind !== "positionalOnly" && p.kind !== "varArgs" && p.kind !== "varKeywords");
    if (param) {
      if (bound.byName.has(name)) return { ok: false, reason: `got multiple values for argument '${name}'` };
      bound.byName.set(name, kw.value);
    } else if (varKeywords) {
      bound.varKeywords.push([name, kw.value]);
    } else {
      return { ok: false, reason: `got an unexpected keyword argument '${name}'` };
    }
  }
  for (const p of params) {
    if ((p.kind === "positional" || p.kind === "positionalOnly" || p.kind === "keywordOnly") && !p.hasDefault && !bound.byName.has(p.name)) {
      return { ok: false, reason: `missing required argument '${p.name}'` };
    }
  }
  return { ok: true, bound };
}

/**
 * The positional argument list for a TypeScript call: arguments in parameter
 * order, `undefined` for a skipped defaulted parameter that is followed by a
 * given one (so the TypeScript default applies), trailing defaults omitted.
 */
export function positionalOrder<E>(
  params: readonly ParamType[],
  bound: BoundArguments,
  lower: (expr: PyExpr) => E,
  undefinedValue: () => E,
): E[] {
  const ordered = params.filter((p) => p.kind !== "varArgs" && p.kind !== "varKeywords");
  const out: Array<E | null> = ordered.map((p) => {
    const arg = bound.byName.get(p.name);
    return arg ? lower(arg) : null;
  });
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out.map((e) => e ?? undefinedValue());
}
