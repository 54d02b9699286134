/**
 * Call-mapping tables built from the pack's type declarations, so that each
 * library function's Python signature is written once: the declaration types
 * the inference and binds the call's arguments, the mapping says how the
 * bound arguments are written in TypeScript.
 */
import {
  type AnyExpr,
  type CallMapping,
  type CallMappingHelpers,
  type CallMappingTable,
  type MappedArguments,
  type PyType,
  type Signature,
  parseSignature,
} from "@py2ts/core";

export type Translate = CallMapping["translate"];
/** Builds a mapping's `translate` once the declared signature is known. */
export type TranslateBuilder = (signature: Signature) => Translate;

/**
 * Pairs each mapping with the declared signature of the same qualified name
 * (or method name). A mapping without a declaration is a bug in the pack:
 * it throws when the pack loads.
 */
export function mapDeclared(signatures: Readonly<Record<string, string>>, mappings: Readonly<Record<string, TranslateBuilder>>): CallMappingTable {
  const table: Record<string, CallMapping> = {};
  for (const [name, build] of Object.entries(mappings)) {
    const text = signatures[name];
    if (text === undefined) throw new Error(`rules-stdlib: no declared signature for '${name}'`);
    table[name] = { signature: text, translate: build(parseSignature(text)) };
  }
  return table;
}

/**
 * The bound arguments in the signature's order, for a TypeScript function
 * with the same positional parameters: a skipped defaulted parameter followed
 * by a given one becomes `undefined` (the TypeScript default applies);
 * trailing defaults are omitted; `*args` are appended.
 */
export function positionalArguments(args: MappedArguments, signature: Signature, b: CallMappingHelpers["b"], lower?: (name: string) => AnyExpr | undefined): AnyExpr[] {
  const ordered = signature.params.filter((p) => p.kind !== "varArgs" && p.kind !== "varKeywords");
  const out: Array<AnyExpr | null> = ordered.map((p) => (args.has(p.name) ? ((lower ?? ((n) => args.get(n)))(p.name) ?? null) : null));
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  const positional = out.map((e) => e ?? b.undefined());
  return signature.params.some((p) => p.kind === "varArgs") ? [...positional, ...args.rest()] : positional;
}

/** `runtimeName(args...)`: a runtime helper with the Python function's parameters. */
export function runtimeFunction(name: string): TranslateBuilder {
  return (signature) => (args, h) => h.b.call(h.runtime(name), positionalArguments(args, signature, h.b));
}

/** `receiver.name(args...)`: a method of a runtime class with the Python method's parameters. */
export function sameMethod(name?: string): (method: string) => TranslateBuilder {
  return (method) => (signature) => (args, h) => h.b.methodCall(args.receiver!, name ?? method, positionalArguments(args, signature, h.b));
}

/** Whether a static type is certainly `str`. */
export function isStr(t: PyType | undefined): boolean {
  return t?.kind === "str";
}

/** `{ name: value, ... }` for the keyword parameters the caller passed (Python's names), or null when none was. */
export function optionsObject(args: MappedArguments, names: readonly string[], b: CallMappingHelpers["b"]): AnyExpr | null {
  const props: Array<[string, AnyExpr]> = [];
  for (const name of names) if (args.has(name)) props.push([name, args.required(name)]);
  return props.length ? b.object(props) : null;
}

/** The names of a signature's keyword-only parameters. */
export function keywordOnlyNames(signature: Signature): string[] {
  return signature.params.filter((p) => p.kind === "keywordOnly").map((p) => p.name);
}
