/**
 * Enum classes (`class Color(Enum)`): which runtime base they extend and
 * which class-body assignments are members. Shared by the class rule (the
 * declaration) and the rules translating uses (`Color(3)`, `Color["RED"]`,
 * iteration).
 */
import { type AnyExpr, type ClassInfo, type NodeOf, type PyExpr, type RuleContext, isSubclass } from "@py2ts/core";

type ClassDef = NodeOf<"ClassDef">;

export function isEnumClass(cls: ClassInfo): boolean {
  return isSubclass(cls, "enum.Enum");
}

const RUNTIME_BASES: Readonly<Record<string, string>> = {
  "enum.Enum": "Enum",
  "enum.IntEnum": "IntEnum",
  "enum.StrEnum": "StrEnum",
  "enum.Flag": "Flag",
  "enum.IntFlag": "Flag",
};

/**
 * The base a user enum extends: a runtime enum class (`class State(str, Enum)`
 * is the runtime's StrMixinEnum), or a user enum without members; null when
 * the class is not an enum, `{ error }` for mixins that are not translated.
 */
export function enumBase(ctx: RuleContext, node: ClassDef): { expr: AnyExpr } | { error: string } | null {
  const names = node.bases.map((b) => ctx.resolve(b));
  const enumIndex = names.findIndex((n) => n !== null && n in RUNTIME_BASES);
  const userEnum = node.bases.find((b) => {
    const t = ctx.types.of(b);
    return t.kind === "classObject" && t.cls.def !== null && isEnumClass(t.cls);
  });
  if (enumIndex < 0 && !userEnum) return null;
  const others = names.filter((_, i) => i !== enumIndex && node.bases[i] !== userEnum);
  if (userEnum) return others.length === 0 && enumIndex < 0 ? { expr: ctx.lower(userEnum) } : { error: ctx.sourceText(node) };
  const runtimeName = RUNTIME_BASES[names[enumIndex]!]!;
  if (others.length === 0) return { expr: ctx.runtime(runtimeName) };
  if (others.length === 1 && others[0] === "builtins.str" && runtimeName === "Enum") return { expr: ctx.runtime("StrMixinEnum") };
  if (others.length === 1 && others[0] === "builtins.int" && runtimeName === "Enum") return { expr: ctx.runtime("IntEnum") };
  return { error: names.filter((n) => n !== null).join(", ") };
}

/** Whether a class-body assignment defines a member (not `_sunder_`/`__dunder__` names, not functions). */
export function isMemberAssignment(stmt: NodeOf<"Assign"> | NodeOf<"AnnAssign">): boolean {
  if (stmt.kind !== "Assign") return false;
  return stmt.targets.every((t) => t.kind === "Name" && !t.id.startsWith("_")) && stmt.value.kind !== "Lambda";
}

/** `auto()` / `enum.auto()`. */
export function isAuto(ctx: RuleContext, expr: PyExpr): boolean {
  return expr.kind === "Call" && ctx.resolve(expr.func) === "enum.auto";
}

/** Whether `attr` of an enum class is one of its members. */
export function isMemberName(cls: ClassInfo, attr: string): boolean {
  const t = cls.classAttributes.get(attr);
  return t?.kind === "instance" && t.cls === cls && !attr.startsWith("_");
}
