/**
 * References to classes: a Python expression naming a class (a user class or
 * a built-in exception) as a TypeScript class expression, and the class
 * information behind instance and class-object types.
 */
import { type AnyExpr, type ClassInfo, type NodeOf, type PyExpr, type PyType, type RuleContext, findMethod, isSubclass } from "@py2ts/core";

/** A class the translation models as a TypeScript class: a user class or a built-in exception. */
export function isModelledClass(cls: ClassInfo): boolean {
  return cls.def !== null || cls.qualifiedName.startsWith("builtins.") || (cls.qualifiedName !== "typing.NamedTuple" && isSubclass(cls, "typing.NamedTuple"));
}

/**
 * The class a type is an instance of (ignoring None), or null. For a union of
 * instances of several modelled classes (an `e` bound by several `except`
 * clauses), their nearest common class: TypeScript narrows each use to its
 * own class.
 */
export function instanceClass(t: PyType): ClassInfo | null {
  if (t.kind === "instance" && isModelledClass(t.cls)) return t.cls;
  if (t.kind === "union") {
    const rest = t.members.filter((m) => m.kind !== "none");
    const classes = rest.map((m) => (m.kind === "instance" && isModelledClass(m.cls) ? m.cls : null));
    if (classes.length === 0 || classes.some((c) => c === null)) return null;
    return commonClass(classes as ClassInfo[]);
  }
  return null;
}

function ancestry(cls: ClassInfo): ClassInfo[] {
  return [cls, ...cls.bases.flatMap(ancestry)];
}

function commonClass(classes: ClassInfo[]): ClassInfo | null {
  const [first, ...rest] = classes;
  if (!first) return null;
  return ancestry(first).find((c) => rest.every((r) => ancestry(r).includes(c))) ?? null;
}

/** The class a type is the class object of, or null. */
export function classObjectOf(t: PyType): ClassInfo | null {
  return t.kind === "classObject" && isModelledClass(t.cls) ? t.cls : null;
}

/** The class an expression names: by its type, or a built-in exception by its name. */
export function namedClass(ctx: RuleContext, expr: PyExpr): ClassInfo | null {
  const byType = classObjectOf(ctx.types.of(expr));
  if (byType) return byType;
  const qname = ctx.resolve(expr);
  if (!qname?.startsWith("builtins.")) return null;
  return ctx.types.classByName(BUILTIN_ALIASES[qname] ?? qname) ?? null;
}

/** Built-in names that are the same class as another (`IOError is OSError`). */
const BUILTIN_ALIASES: Readonly<Record<string, string>> = {
  "builtins.IOError": "builtins.OSError",
  "builtins.EnvironmentError": "builtins.OSError",
};

/**
 * A TypeScript expression for the class an expression names: built-in
 * exceptions come from the runtime, user classes are lowered like any name.
 * Null when the expression does not statically name a class.
 */
/** The module a class is defined in (`json` for `json.JSONDecodeError`). */
function moduleOf(cls: ClassInfo): string {
  return cls.qualifiedName.slice(0, Math.max(0, cls.qualifiedName.lastIndexOf(".")));
}

/** Exception classes of library modules, defined by the runtime. */
const LIBRARY_EXCEPTIONS: Readonly<Record<string, string>> = {
  "dataclasses.FrozenInstanceError": "FrozenInstanceError",
};

export function classExpression(ctx: RuleContext, expr: PyExpr): AnyExpr | null {
  const library = LIBRARY_EXCEPTIONS[ctx.resolve(expr) ?? ""];
  if (library) return ctx.at(expr).id(ctx.runtime(library).name);
  const type = ctx.types.of(expr);
  // a class a library pack declares (json.JSONDecodeError): the pack's rule lowers the reference
  if (type.kind === "classObject" && type.cls.def === null && !isModelledClass(type.cls) && ctx.isMappedModule(moduleOf(type.cls))) return ctx.lower(expr);
  const cls = namedClass(ctx, expr);
  if (!cls) return null;
  if (cls.def === null && cls.qualifiedName.startsWith("builtins.")) {
    const qname = ctx.resolve(expr);
    if (qname !== `builtins.${cls.name}`) return null;
    return ctx.at(expr).id(ctx.runtime(cls.name).name);
  }
  return ctx.lower(expr);
}

/** The classes a handler or isinstance argument names: one class or a tuple of them; null if any is not static. */
export function classList(ctx: RuleContext, expr: PyExpr): AnyExpr[] | null {
  const items = expr.kind === "Tuple" ? expr.elts : [expr];
  const out: AnyExpr[] = [];
  for (const item of items) {
    const cls = classExpression(ctx, item);
    if (!cls) return null;
    out.push(cls);
  }
  return out;
}

/** `__init__` of a user class or its user bases, or null (built-in exception constructors take `*args`). */
export function userInit(cls: ClassInfo) {
  const init = findMethod(cls, "__init__");
  return init && init.owner?.def ? init : null;
}

/** Whether a class derives from a built-in exception. */
export function isExceptionClass(cls: ClassInfo): boolean {
  if (cls.qualifiedName === "builtins.BaseException") return true;
  return cls.bases.some(isExceptionClass);
}

export type ClassDefNode = NodeOf<"ClassDef">;

/** Whether a class (or a base) gets `__eq__` from `@dataclass` (eq=True, the default). */
export function hasGeneratedEq(cls: ClassInfo): boolean {
  const def = cls.def;
  if (def) {
    for (const d of def.decorators) {
      const head = d.kind === "Call" ? d.func : d;
      const name = head.kind === "Name" ? head.id : head.kind === "Attribute" ? head.attr : "";
      if (name !== "dataclass") continue;
      const eq = d.kind === "Call" ? d.keywords.find((k) => k.name === "eq")?.value : undefined;
      if (!(eq?.kind === "BoolLit" && !eq.value)) return true;
    }
  }
  return cls.bases.some(hasGeneratedEq);
}
