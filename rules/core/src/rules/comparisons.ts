import { type AnyExpr, type ComparisonOperator, type PyExpr, type PyType, type RuleContext, defineRule, findMethod, formatType, isSimple, withoutNone } from "@py2ts/core";
import { hasGeneratedEq } from "../shared/class-references";
import { numberOperand, numericKind, ordersLikePython, primitiveKind } from "../shared/operand-types";

const RUNTIME_ORDER: Readonly<Record<string, string>> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge" };

/** Whether `===` between values of these two types is Python's `==`. */
function strictEqualityIsExact(lt: PyType, rt: PyType): boolean {
  if (lt.kind === "none" || rt.kind === "none") return true;
  const l = primitiveKind(withoutNone(lt));
  const r = primitiveKind(withoutNone(rt));
  if (l && l === r) return true;
  const identityOnly = (t: PyType) => t.kind === "instance" && !findMethod(t.cls, "__eq__") && !hasGeneratedEq(t.cls) && t.cls.def !== null;
  return identityOnly(withoutNone(lt)) && identityOnly(withoutNone(rt));
}

/** The element type a membership test compares against, for containers whose JS lookup is exact. */
function lookupKind(container: PyType): { how: "includes" | "has"; item: PyType } | null {
  switch (container.kind) {
    case "list":
    case "tupleOf":
      return { how: "includes", item: container.item };
    case "tuple":
      return container.items.length > 0 ? { how: "includes", item: container.items.reduce((a, b) => (a.kind === b.kind ? a : { kind: "unknown" })) } : null;
    case "dict":
      return { how: "has", item: container.key };
    case "set":
      return { how: "has", item: container.item };
    default:
      return null;
  }
}

/**
 * Comparisons: `==`/`!=` are `===`/`!==` where both sides are primitives of
 * one kind (else the runtime's deep `eq`), ordering is JavaScript's on numbers
 * and on strings that order alike by UTF-16 unit and by code point (else the
 * runtime's `lt`...), `is` is identity, `in` is `includes`/`has` where the
 * element types make it exact (else the runtime's `contains`). Chains
 * evaluate every operand once, left to right, and stop at the first false.
 */
export default defineRule({
  meta: {
    id: "core/comparisons",
    description: "Translate comparisons, membership and identity tests",
    messages: {},
  },
  create: (ctx) => ({
    Compare(path) {
      const { node } = path;
      const b = ctx.at(node);
      const operands = [node.left, ...node.comparators];
      const typeComparison = node.ops.length === 1 ? typeTest(ctx, node.left, node.ops[0]!, node.comparators[0]!) : null;
      if (typeComparison) {
        path.replaceWith(typeComparison);
        return;
      }
      if (node.ops.length === 1) {
        path.replaceWith(comparePair(ctx, node.left, node.ops[0]!, node.comparators[0]!, ctx.lower(node.left), ctx.lower(node.comparators[0]!)));
        return;
      }
      // a chain: operands that are evaluated twice (all but the ends) are bound once when not simple
      const needsBinding = operands.map((e, i) => !isSimple(e) && (i > 0 && i < operands.length - 1));
      if (!needsBinding.some(Boolean)) {
        const lowered = operands.map((e) => () => ctx.lower(e));
        const parts = node.ops.map((op, i) => comparePair(ctx, operands[i]!, op, operands[i + 1]!, lowered[i]!(), lowered[i + 1]!()));
        path.replaceWith(parts.reduce((acc, p) => b.binary("&&", acc, p)));
        return;
      }
      // ((a, m) => a < m && m < c)(left, middle): arguments keep Python's evaluation order
      const bound = operands.map((e, i) => (i === 0 || needsBinding[i] ? ctx.freshName(`v${i}`) : null));
      const params = bound.filter((n): n is string => n !== null).map((name) => ({ name }));
      const args = operands.filter((_, i) => bound[i] !== null).map((e) => ctx.lower(e));
      const value = (i: number): AnyExpr => (bound[i] ? ctx.at(operands[i]!).id(bound[i]!) : ctx.lower(operands[i]!));
      const parts = node.ops.map((op, i) => comparePair(ctx, operands[i]!, op, operands[i + 1]!, value(i), value(i + 1)));
      const body = parts.reduce((acc, p) => b.binary("&&", acc, p));
      path.replaceWith(b.call(b.arrow(params, body), args));
    },
  }),
});

/** One comparison `l op r`, with both operands already lowered. */
/** `type(x) is int` / `type(x) == str`: the name of x's type, when the class is a builtin type. */
function typeTest(ctx: RuleContext, left: PyExpr, op: ComparisonOperator, right: PyExpr): AnyExpr | null {
  if (op !== "==" && op !== "!=" && op !== "is" && op !== "is not") return null;
  if (left.kind !== "Call" || ctx.resolve(left.func) !== "builtins.type" || left.args.length !== 1 || left.keywords.length > 0) return null;
  const cls = ctx.resolve(right);
  const name = cls?.startsWith("builtins.") ? cls.slice(9) : null;
  if (!name || !BUILTIN_TYPE_NAMES.has(name)) return null;
  const arg = left.args[0]!;
  const b = ctx.at(left);
  const t = ctx.types.of(arg);
  const hint = t.kind === "unknown" || t.kind === "never" ? null : formatType(t);
  const typeName = b.call(ctx.runtime("typeName"), hint ? [ctx.lower(arg), b.str(hint)] : [ctx.lower(arg)]);
  return b.binary(op === "==" || op === "is" ? "===" : "!==", typeName, b.str(name));
}

const BUILTIN_TYPE_NAMES = new Set(["int", "float", "str", "bool", "list", "dict", "set", "frozenset", "tuple", "bytes"]);

export function comparePair(ctx: RuleContext, left: PyExpr, op: ComparisonOperator, right: PyExpr, l: AnyExpr, r: AnyExpr): AnyExpr {
  const b = ctx.at(left);
  const lt = ctx.types.of(left);
  const rt = ctx.types.of(right);
  switch (op) {
    case "==":
    case "!=": {
      if (strictEqualityIsExact(lt, rt)) return b.binary(op === "==" ? "===" : "!==", l, r);
      if (numericKind(lt) && numericKind(rt)) return b.binary(op === "==" ? "===" : "!==", numberOperand(ctx, left, l), numberOperand(ctx, right, r));
      return b.call(ctx.runtime(op === "==" ? "eq" : "ne"), [l, r]);
    }
    case "is":
    case "is not":
      return b.binary(op === "is" ? "===" : "!==", l, r);
    case "<":
    case "<=":
    case ">":
    case ">=": {
      if (numericKind(lt) && numericKind(rt)) return b.binary(op, numberOperand(ctx, left, l), numberOperand(ctx, right, r));
      if (lt.kind === "str" && rt.kind === "str") {
        const literalOk = (e: PyExpr) => e.kind === "StrLit" && ordersLikePython(e.value);
        if (literalOk(left) || literalOk(right)) return b.binary(op, l, r);
      }
      return b.call(ctx.runtime(RUNTIME_ORDER[op]!), [l, r]);
    }
    case "in":
    case "not in": {
      const test = membership(ctx, left, right, l, r);
      return op === "in" ? test : b.not(test);
    }
  }
}

function membership(ctx: RuleContext, item: PyExpr, container: PyExpr, l: AnyExpr, r: AnyExpr): AnyExpr {
  const b = ctx.at(container);
  const ct = ctx.types.of(container);
  const it = ctx.types.of(item);
  if (ct.kind === "str" && it.kind === "str") return b.methodCall(r, "includes", [l]);
  // `k in d.keys()` is `d.has(k)`
  if (container.kind === "Call" && container.func.kind === "Attribute" && container.func.attr === "keys" && container.args.length === 0) {
    const dictType = ctx.types.of(container.func.value);
    if (dictType.kind === "dict" && sameLookupKind(dictType.key, it)) return b.methodCall(ctx.lower(container.func.value), "has", [l]);
  }
  const lookup = lookupKind(ct);
  if (lookup && sameLookupKind(lookup.item, it)) return b.methodCall(r, lookup.how, [l]);
  return b.call(ctx.runtime("contains"), [r, l]);
}

/** Whether JS's SameValueZero lookup of an `item` among `element`s is Python's `==`. */
function sameLookupKind(element: PyType, item: PyType): boolean {
  const e = primitiveKind(element);
  const i = primitiveKind(item);
  return e !== null && e === i && (e === "string" || e === "number");
}
