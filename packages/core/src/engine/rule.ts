/**
 * The public rule API: a rule is data (`meta`) plus a factory (`create`)
 * returning visitors keyed by IR kind (`Call`, `Call:exit`). Every built-in
 * rule is written against exactly this API.
 */
import type { NodeKind, NodeOf, NodeOfKind } from "../ir/nodes";
import type { Severity } from "../report/diagnostic";
import type { CallTypeHook, OperatorTypeHook } from "../analysis/types/inference";
import type { TypeDeclarations } from "../analysis/types/type-declarations";
import type { NodePath } from "./node-path";
import type { RuleContext } from "./rule-context";

export interface RuleMessage {
  /** Stable diagnostic code (`PY2TS` + 4 digits, range by kind). */
  code: string;
  severity: Severity;
  /** Message text; `{name}` placeholders are filled from the report's data. */
  text: string;
  suggestion?: string;
}

/**
 * Rules run in phases: `early` rewrites Python into simpler Python, `main`
 * translates, `fallback` holds generic translations that apply only when no
 * specific rule did, `last-resort` the run-time dispatch used when not even a
 * fallback applied. Within a phase, `runsAfter` then rule id decide.
 */
export type RulePhase = "early" | "main" | "fallback" | "last-resort";

export interface RuleMeta<M extends string = string> {
  /** `<pack>/<name>`, e.g. `core/for-range` or `stdlib/os-path`. */
  id: string;
  description: string;
  messages: Readonly<Record<M, RuleMessage>>;
  phase?: RulePhase;
  runsAfter?: readonly string[];
}

export type Visitor<K extends NodeKind> = (path: NodePath<NodeOf<K>>) => void;

export type Visitors = { [K in NodeKind]?: Visitor<K> } & { [K in NodeKind as `${K}:exit`]?: Visitor<K> };

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): Visitors;
}

/** The same visitor for several kinds (e.g. every Python statement kind). */
export function visitorsFor<K extends NodeKind>(kinds: Iterable<K>, fn: (path: NodePath<NodeOfKind<K>>) => void): Visitors {
  const out: Record<string, unknown> = {};
  for (const kind of kinds) out[kind] = fn;
  return out as Visitors;
}

/** Identity function that gives a rule its types (message ids are checked by the compiler). */
export function defineRule<const M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** How a library type named in declarations is written in TypeScript. */
export interface TsTypeMapping {
  /** Module to import the type from (omit for global types such as `RegExpMatchArray`). */
  module?: string;
  name: string;
  /** Type arguments, as Python type syntax (`str`), converted like any other type; absent = the type's own arguments. */
  args?: string[];
}

/** A rule pack: rules plus the library knowledge they rely on. */
export interface Plugin {
  name: string;
  rules: readonly Rule[];
  /** Library modules whose names this pack translates (an import of any other library module is reported). */
  modules?: readonly string[];
  /** Types of library functions, constants and classes (Python type syntax). */
  declarations?: TypeDeclarations;
  /** Computed result types for calls to qualified names. */
  typeHooks?: Readonly<Record<string, CallTypeHook>>;
  /** Result types of binary operators on a declared library class, keyed by the class (either operand). */
  operatorTypeHooks?: Readonly<Record<string, OperatorTypeHook>>;
  /** TypeScript spelling of the declared library types. */
  tsTypes?: Readonly<Record<string, TsTypeMapping>>;
}

export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}
