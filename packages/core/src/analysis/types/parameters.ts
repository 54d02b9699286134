/**
 * How Python parameters are laid out in TypeScript, shared by function
 * definitions and function types: positional, `*args`, keyword-only,
 * `**kwargs`; `*args` is a rest parameter only when nothing follows it
 * (otherwise it is an array parameter).
 */
import type { ParamType } from "./py-types";

/** Whether `*args` is written as a TypeScript rest parameter (nothing follows it). */
export function varArgsIsRest(params: readonly ParamType[]): boolean {
  const star = params.findIndex((p) => p.kind === "varArgs");
  return star >= 0 && params.slice(star + 1).every((p) => p.kind === "varArgs");
}

/** Parameters in TypeScript order: positional, `*args`, keyword-only, `**kwargs`. */
export function tsParameterOrder<P extends { kind: ParamType["kind"] }>(params: readonly P[]): P[] {
  const rank = (p: P) => (p.kind === "positional" || p.kind === "positionalOnly" ? 0 : p.kind === "varArgs" ? 1 : p.kind === "keywordOnly" ? 2 : 3);
  return [...params].sort((a, b) => rank(a) - rank(b));
}
