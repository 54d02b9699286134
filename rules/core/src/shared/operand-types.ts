/**
 * Static facts about operand types that the expression rules decide on:
 * which values are plain JavaScript numbers, strings or booleans (so the JS
 * operator is exact), and how to lower an operand into the numeric view
 * Python gives booleans (`True + 1 == 2`).
 */
import { type AnyExpr, type PyExpr, type PyType, type RuleContext, isKind } from "@py2ts/core";

/** `int` (ints and bools), `float`, `mixed` (int | float), or null when not statically numeric. */
export type NumericKind = "int" | "float" | "mixed";

export function numericKind(t: PyType): NumericKind | null {
  if (t.kind === "never" || t.kind === "unknown") return null;
  if (isKind(t, "int", "bool")) return "int";
  if (isKind(t, "float")) return "float";
  if (isKind(t, "int", "bool", "float")) return "mixed";
  return null;
}

/** Whether values of this type may be booleans (which need `Number(x)` in arithmetic). */
export function mayBeBool(t: PyType): boolean {
  return t.kind === "bool" || (t.kind === "union" && t.members.some((m) => m.kind === "bool"));
}

/** Whether values of this type are JavaScript primitives whose `===` is Python's `==` among themselves. */
export function primitiveKind(t: PyType): "number" | "string" | "boolean" | "null" | null {
  if (t.kind === "int" || t.kind === "float") return "number";
  if (t.kind === "union" && isKind(t, "int", "float")) return "number";
  if (t.kind === "str") return "string";
  if (t.kind === "bool") return "boolean";
  if (t.kind === "none") return "null";
  return null;
}

/** A numeric operand lowered for JavaScript arithmetic: booleans become `Number(x)`. */
export function numberOperand(ctx: RuleContext, expr: PyExpr, lowered?: AnyExpr): AnyExpr {
  const value = lowered ?? ctx.lower(expr);
  const b = ctx.at(expr);
  if (expr.kind === "BoolLit") return b.num(expr.value ? 1 : 0);
  return mayBeBool(ctx.types.of(expr)) ? b.call(b.id("Number"), [value]) : value;
}

/** The value of a numeric literal (`3`, `-2.5`), or null. */
export function numericLiteral(expr: PyExpr): number | null {
  if (expr.kind === "IntLit" || expr.kind === "FloatLit") return expr.value;
  if (expr.kind === "UnaryOp" && expr.op === "-") {
    const inner = numericLiteral(expr.operand);
    return inner === null ? null : -inner;
  }
  return null;
}

/** Whether the static type could not be inferred at all. */
export function isUnknownType(t: PyType): boolean {
  return t.kind === "unknown" || t.kind === "never" || (t.kind === "union" && t.members.some((m) => m.kind === "unknown"));
}

/** Whether a string literal orders the same by UTF-16 units (JS) and by code points (Python). */
export function ordersLikePython(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xd800) return false;
  return true;
}
