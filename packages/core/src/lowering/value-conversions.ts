/**
 * Type-directed translations of Python's implicit conversions, shared by
 * every rule that prints, formats or tests a value: `str(x)`, `repr(x)` and
 * truthiness. The static type decides; a runtime helper is used only where
 * the type is unknown or JavaScript's behaviour differs.
 */
import { type ClassInfo, type PyType, findMethod, isKind } from "../analysis/types/py-types";
import type { NodeOf, PyExpr } from "../ir/nodes";
import type { AnyExpr } from "../ir/ts-builder";
import type { RuleContext } from "../engine/rule-context";
import type { Origin } from "../ir/span";

/** True when JavaScript's truthiness of this type's values equals Python's. */
export function hasJsTruthiness(t: PyType): boolean {
  return t.kind !== "never" && isKind(t, "bool", "int", "float", "str", "none");
}

/** True when `${x}` in a template literal gives Python's `str(x)`. */
export function hasJsStringForm(t: PyType): boolean {
  return t.kind === "str" || t.kind === "int";
}

function isIntFloatUnion(t: PyType): boolean {
  return t.kind === "union" && t.members.length === 2 && t.members.some((m) => m.kind === "int") && t.members.some((m) => m.kind === "float");
}

/**
 * Python's `str(expr)` as a TypeScript expression. With `inTemplate`, an int
 * stays a number (a template literal stringifies it exactly like Python).
 */
export function strOf(ctx: RuleContext, expr: PyExpr, options: { inTemplate?: boolean; lowered?: AnyExpr } = {}): AnyExpr {
  const value = options.lowered ?? ctx.lower(expr);
  if (expr.kind === "StrLit") return value;
  if (expr.kind === "BoolLit") return ctx.at(expr).str(expr.value ? "True" : "False");
  return strOfValue(ctx, value, ctx.types.of(expr), expr, options.inTemplate ?? false);
}

/** Python's `str()` of an already lowered value of a known static type (for values with no Python node, such as callback parameters). */
export function strOfValue(ctx: RuleContext, value: AnyExpr, type: PyType, origin: Origin, inTemplate = false): AnyExpr {
  const b = ctx.at(origin);
  if (type.kind === "str") return value;
  if (type.kind === "int") return inTemplate ? value : b.call(b.id("String"), [value]);
  if (type.kind === "bool") return b.conditional(value, b.str("True"), b.str("False"));
  if (type.kind === "none") return b.str("None");
  const hint = ctx.types.hint(type);
  return b.call(ctx.runtime("str"), hint ? [value, b.str(hint)] : [value]);
}

/** Python's `repr(expr)`. */
export function reprOf(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  return reprOfValue(ctx, lowered ?? ctx.lower(expr), ctx.types.of(expr), expr);
}

/** Python's `repr()` of an already lowered value of a known static type. */
export function reprOfValue(ctx: RuleContext, value: AnyExpr, type: PyType, origin: Origin): AnyExpr {
  const b = ctx.at(origin);
  if (type.kind === "int") return b.call(b.id("String"), [value]);
  const hint = ctx.types.hint(type);
  return b.call(ctx.runtime("repr"), hint ? [value, b.str(hint)] : [value]);
}

/** Whether rendering values of this type may print an integral float as an int. */
export function hasIntFloatAmbiguity(t: PyType): boolean {
  return isIntFloatUnion(t) || (t.kind === "list" && hasIntFloatAmbiguity(t.item)) || (t.kind === "dict" && hasIntFloatAmbiguity(t.value));
}

/** Whether a class derives from a library class whose protocol methods the analysis does not see (`enum.Flag`). */
function hasLibraryBase(cls: ClassInfo): boolean {
  if (cls.def === null && !cls.qualifiedName.startsWith("builtins.")) return true;
  return cls.bases.some(hasLibraryBase);
}

/** Python truthiness of `expr` as a TypeScript boolean condition. */
export function conditionOf(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  const type = ctx.types.of(expr);
  const b = ctx.at(expr);
  if (expr.kind === "UnaryOp" && expr.op === "not" && !lowered) return b.not(conditionOf(ctx, expr.operand));
  // a literal's truth is known at compile time (and TypeScript rejects comparing two literals)
  if (!lowered && (expr.kind === "StrLit" || expr.kind === "IntLit" || expr.kind === "FloatLit")) return b.bool(Boolean(expr.value));
  if (!lowered && expr.kind === "NoneLit") return b.bool(false);
  // `a and b` / `a or b` tested for truth: the truth of the chosen operand is the chain of truths
  if (expr.kind === "BoolOp" && !lowered) {
    return expr.values.map((v) => conditionOf(ctx, v)).reduce((acc, c) => b.binary(expr.op === "and" ? "&&" : "||", acc, c));
  }
  return conditionOfValue(ctx, lowered ?? ctx.lower(expr), type, expr);
}

/** Python truthiness of an already lowered value of a known static type. */
export function conditionOfValue(ctx: RuleContext, value: AnyExpr, type: PyType, origin: Origin): AnyExpr {
  const b = ctx.at(origin);
  switch (type.kind) {
    case "bool":
      return value;
    case "int":
    case "float":
      return b.binary("!==", value, b.num(0));
    case "str":
      return b.binary("!==", value, b.str(""));
    case "none":
      return b.bool(false);
    case "list":
    case "tuple":
    case "tupleOf":
      return b.binary(">", b.member(value, "length"), b.num(0));
    case "dict":
    case "set":
      return b.binary(">", b.member(value, "size"), b.num(0));
    case "callable":
    case "classObject":
    case "module":
      return b.bool(true);
    case "instance":
      if (!findMethod(type.cls, "__bool__") && !findMethod(type.cls, "__len__") && !hasLibraryBase(type.cls)) return b.bool(true);
      break;
    case "union": {
      if (hasJsTruthiness(type)) return value;
      const nonNull = type.members.filter((m) => m.kind !== "none");
      if (
        nonNull.length === 1 &&
        nonNull.length < type.members.length &&
        (nonNull[0]!.kind === "callable" ||
          (nonNull[0]!.kind === "instance" && !findMethod(nonNull[0]!.cls, "__bool__") && !findMethod(nonNull[0]!.cls, "__len__")))
      ) {
        return b.binary("!==", value, b.null());
      }
      break;
    }
    default:
      break;
  }
  return b.call(ctx.runtime("truthy"), [value]);
}

/** Whether an expression is a plain name or literal (safe to evaluate twice). */
export function isSimple(expr: PyExpr): boolean {
  return ["Name", "IntLit", "FloatLit", "StrLit", "BoolLit", "NoneLit"].includes(expr.kind);
}

export type { NodeOf };
