/**
 * Result types of Python's binary operators.
 */
import type { BinaryOperator } from "../../ir/nodes";
import { type PyType, T, isKind, isSubclass, join, joinAll } from "./py-types";

/** A set, or a dict view that takes the set operators. */
export function isSetOperand(t: PyType): boolean {
  return t.kind === "set" || (t.kind === "iterator" && t.setLike === true);
}

function setOperandItem(t: PyType): PyType {
  return t.kind === "set" || t.kind === "iterator" ? t.item : T.unknown;
}

function numeric(t: PyType): "int" | "float" | "mixed" | null {
  if (t.kind === "never") return null;
  if (isKind(t, "int", "bool")) return "int";
  if (isKind(t, "float")) return "float";
  if (isKind(t, "int", "bool", "float")) return "mixed";
  return null;
}

export function evaluateOperator(op: BinaryOperator, left: PyType, right: PyType): PyType {
  if (left.kind === "never") return right.kind === "never" ? T.never : evaluateOperator(op, right, right);
  if (right.kind === "never") return evaluateOperator(op, left, left);
  if (left.kind === "union" && !numeric(left)) return joinAll(left.members.map((m) => evaluateOperator(op, m, right)));
  const l = numeric(left);
  const r = numeric(right);
  if (l && r) {
    if (op === "/") return T.float;
    if (["&", "|", "^", "<<", ">>"].includes(op)) return left.kind === "bool" && right.kind === "bool" && op !== "<<" && op !== ">>" ? T.bool : T.int;
    if (l === "float" || r === "float") return T.float;
    if (l === "mixed" || r === "mixed") return join(T.int, T.float);
    return T.int; // ** with a negative exponent gives a float; the operator rule reports it
  }
  switch (op) {
    case "+":
      if (left.kind === "str" && right.kind === "str") return T.str;
      if (left.kind === "bytes" && right.kind === "bytes") return T.bytes;
      if (left.kind === "list" && right.kind === "list") return T.list(join(left.item, right.item));
      if (left.kind === "tuple" && right.kind === "tuple") return T.tuple([...left.items, ...right.items]);
      if ((left.kind === "tuple" || left.kind === "tupleOf") && (right.kind === "tuple" || right.kind === "tupleOf")) {
        const items = [left, right].map((t) => (t.kind === "tuple" ? joinAll(t.items) : t.kind === "tupleOf" ? t.item : T.unknown));
        return T.tupleOf(joinAll(items));
      }
      return T.unknown;
    case "*":
      if ((left.kind === "str" && r === "int") || (right.kind === "str" && l === "int")) return T.str;
      if (left.kind === "list" && r === "int") return left;
      if (right.kind === "list" && l === "int") return right;
      if ((left.kind === "tuple" || left.kind === "tupleOf") && r === "int") return T.tupleOf(left.kind === "tuple" ? joinAll(left.items) : left.item);
      return T.unknown;
    case "%":
      return left.kind === "str" ? T.str : T.unknown;
    case "|":
    case "&":
    case "-":
    case "^":
      if (left.kind === "set" && right.kind === "set") return T.set(op === "|" || op === "^" ? join(left.item, right.item) : left.item, left.frozen);
      // `Perm.R | Perm.W`: members of one enum.Flag combine into a value of that Flag
      if (left.kind === "instance" && right.kind === "instance" && left.cls === right.cls && isSubclass(left.cls, "enum.Flag")) return left;
      // `d.keys() - other.keys()`: keys and items views combine with sets and views into a new set
      if (isSetOperand(left) && isSetOperand(right) && (left.kind !== "set" || right.kind !== "set")) {
        const [l, r] = [setOperandItem(left), setOperandItem(right)];
        return T.set(op === "|" || op === "^" ? join(l, r) : l);
      }
      if (op === "|" && left.kind === "dict" && right.kind === "dict") return T.dict(join(left.key, right.key), join(left.value, right.value));
      return T.unknown;
    default:
      return T.unknown;
  }
}
