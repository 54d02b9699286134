/**
 * What an `add_argument(...)` call stores in the parsed Namespace, computed
 * from its Python arguments the way argparse does: the attribute name
 * (`dest`: `--dry-run` → `dry_run`) and the type of the value (`type=int`
 * → int, `action="append"` → a list, an optional argument without a default
 * may be None). Used by the type inference (to type `args.x`) and by the
 * rule (to pass the value's type to the runtime for `%(default)s`).
 */
import { type NodeOf, type PyExpr, type PyType, T, join } from "@py2ts/core";

export const NAMESPACE = "argparse.Namespace";

export interface TypeLookup {
  typeOf(expr: PyExpr): PyType;
  resolve(expr: PyExpr): string | null;
}

export interface StoredArgument {
  dest: string;
  type: PyType;
}

function keyword(call: NodeOf<"Call">, name: string): PyExpr | undefined {
  return call.keywords.find((k) => k.name === name)?.value;
}

function literalString(expr: PyExpr | undefined): string | null {
  return expr?.kind === "StrLit" ? expr.value : null;
}

/** The option strings / positional name of an add_argument call, when all are literal. */
export function argumentNames(call: NodeOf<"Call">): string[] | null {
  const names: string[] = [];
  for (const arg of call.args) {
    if (arg.kind !== "StrLit") return null;
    names.push(arg.value);
  }
  return names;
}

/** Python's dest for an argument: the positional name, `dest=`, else the first long option. */
export function destOf(call: NodeOf<"Call">): string | null {
  const names = argumentNames(call);
  if (!names || names.length === 0) return null;
  const explicit = keyword(call, "dest");
  if (explicit) return literalString(explicit);
  if (!names[0]!.startsWith("-")) return names[0]!;
  const long = names.find((n) => n.length > 1 && n[1] === "-") ?? names[0]!;
  return long.replace(/^-+/, "").replace(/-/g, "_");
}

/** The type a `type=` callable produces (str when absent). */
export function convertedType(typeExpr: PyExpr | undefined, q: TypeLookup): PyType {
  if (!typeExpr) return T.str;
  const qname = q.resolve(typeExpr);
  if (qname === "builtins.int") return T.int;
  if (qname === "builtins.float") return T.float;
  if (qname === "builtins.str") return T.str;
  if (qname === "builtins.bool") return T.bool;
  const t = q.typeOf(typeExpr);
  if (t.kind === "callable") return t.returns;
  if (t.kind === "classObject") return { kind: "instance", cls: t.cls };
  return T.unknown;
}

const LIST_NARGS = new Set(["*", "+", "..."]);

/** What `add_argument(...)` stores, or null when it stores nothing (help/version) or the dest is not literal. */
export function storedArgument(call: NodeOf<"Call">, q: TypeLookup): StoredArgument | null {
  const dest = destOf(call);
  if (dest === null) return null;
  const positional = !(argumentNames(call)![0]!.startsWith("-"));
  const actionExpr = keyword(call, "action");
  const action = actionExpr ? (literalString(actionExpr) ?? q.resolve(actionExpr) ?? "?") : "store";
  const nargsExpr = keyword(call, "nargs");
  const nargs = nargsExpr?.kind === "IntLit" ? "N" : nargsExpr ? (literalString(nargsExpr) ?? (q.resolve(nargsExpr) === "argparse.REMAINDER" ? "..." : "?!")) : null;
  const defaultExpr = keyword(call, "default");
  const required = keyword(call, "required")?.kind === "BoolLit" && (keyword(call, "required") as NodeOf<"BoolLit">).value;
  const item = convertedType(keyword(call, "type"), q);
  const constExpr = keyword(call, "const");
  const defaultType = defaultExpr ? q.typeOf(defaultExpr) : null;
  // a string default goes through type= like a command-line value
  const withDefault = (t: PyType, absentIsNone: boolean): PyType => {
    if (defaultType) return defaultType.kind === "str" && t.kind !== "list" ? t : join(t, defaultType);
    return absentIsNone ? join(t, T.none) : t;
  };
  const optionalAbsent = !positional && !required;
  switch (action) {
    case "help":
    case "version":
      return null;
    case "store_true":
    case "store_false":
      return { dest, type: withDefault(T.bool, false) };
    case "count":
      return { dest, type: withDefault(T.int, true) };
    case "store_const":
      return { dest, type: withDefault(constExpr ? q.typeOf(constExpr) : T.none, true) };
    case "append_const":
      return { dest, type: withDefault(T.list(constExpr ? q.typeOf(constExpr) : T.none), true) };
    case "append":
    case "extend":
      return { dest, type: withDefault(T.list(nargs && nargs !== "?" ? T.list(item) : item), true) };
    case "argparse.BooleanOptionalAction":
      return { dest, type: withDefault(T.bool, true) };
    case "store":
      break;
    default:
      return { dest, type: T.unknown };
  }
  if (nargs === "?!") return { dest, type: T.unknown };
  if (nargs === "N" || (nargs !== null && LIST_NARGS.has(nargs))) {
    // a positional '*' without a default stores []
    const absentIsNone = optionalAbsent || (positional && nargs === "?");
    return { dest, type: withDefault(T.list(item), absentIsNone && !(positional && nargs === "*")) };
  }
  if (nargs === "?") {
    const withConst = constExpr ? join(item, q.typeOf(constExpr)) : join(item, T.none);
    return { dest, type: withDefault(withConst, true) };
  }
  return { dest, type: withDefault(item, optionalAbsent) };
}
