import { type AnyExpr, type AnyStmt, type Node, type NodeOf, type PyExpr, type RuleContext, createNode, defineRule } from "@py2ts/core";
import { isAssignable } from "../shared/assignment-targets";
import { storeItem } from "../shared/subscripts";

type AugAssign = NodeOf<"AugAssign">;

/** Operators whose JavaScript compound assignment matches `x = x <op> y` once translated. */
const COMPOUND = new Set(["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>"]);

/** Structural equality of two translated expressions (positions ignored). */
function sameExpr(a: Node, b: Node): boolean {
  const strip = (n: Node) => JSON.stringify(n, (k, v: unknown) => (k === "span" || k === "leadingComments" || k === "trailingComment" ? undefined : v));
  return strip(a) === strip(b);
}

/** Whether evaluating an expression twice is harmless (a name, `self.x`, a literal). */
function isRepeatable(expr: PyExpr): boolean {
  if (expr.kind === "Name" || expr.kind === "IntLit" || expr.kind === "StrLit" || expr.kind === "FloatLit" || expr.kind === "BoolLit") return true;
  if (expr.kind === "Attribute") return isRepeatable(expr.value);
  if (expr.kind === "UnaryOp") return isRepeatable(expr.operand);
  return false;
}

/** `target <op> value` computed with Python's binary operator semantics (the operators rule). */
function combined(ctx: RuleContext, node: AugAssign): AnyExpr {
  return ctx.lower(createNode("BinOp", { left: node.target, op: node.op, right: node.value }, node));
}

/** In-place mutation of lists, sets and dicts: `xs += ys` extends `xs` itself (other names for it see the change). */
function inPlace(ctx: RuleContext, node: AugAssign): AnyStmt[] | null {
  const b = ctx.at(node);
  const targetType = ctx.types.of(node.target);
  if (!isRepeatable(node.target)) return null;
  if (targetType.kind === "list" && node.op === "+") {
    const value = node.value;
    if (value.kind === "List" && !value.elts.some((e) => e.kind === "Starred")) {
      return [b.exprStmt(b.methodCall(ctx.lower(node.target), "push", value.elts.map((e) => ctx.lower(e))))];
    }
    return [b.exprStmt(b.call(ctx.runtime("extend"), [ctx.lower(node.target), ctx.lower(value)]))];
  }
  if (targetType.kind === "dict" && node.op === "|") {
    return [b.exprStmt(b.call(ctx.runtime("update"), [ctx.lower(node.target), ctx.lower(node.value)]))];
  }
  if (targetType.kind === "set" && !targetType.frozen && ["|", "-", "&", "^"].includes(node.op)) {
    const set = ctx.lower(node.target);
    const other = ctx.lower(node.value);
    const item = ctx.freshName("item");
    const x = b.id(item);
    switch (node.op) {
      case "|":
        return [b.forOf("const", b.id(item), other, [b.exprStmt(b.methodCall(set, "add", [x]))])];
      case "-":
        return [b.forOf("const", b.id(item), other, [b.exprStmt(b.methodCall(set, "delete", [x]))])];
      case "&": {
        const keep = ctx.freshName("keep");
        return [
          b.varDecl("const", keep, b.new(b.id("Set"), [other])),
          b.forOf("const", b.id(item), b.array([b.spread(set)]), [
            b.if(b.not(b.methodCall(b.id(keep), "has", [x])), [b.exprStmt(b.methodCall(set, "delete", [x]))]),
          ]),
        ];
      }
      default:
        return [
          b.forOf("const", b.id(item), b.new(b.id("Set"), [other]), [
            b.if(b.methodCall(set, "has", [x]), [b.exprStmt(b.methodCall(set, "delete", [x]))], [b.exprStmt(b.methodCall(set, "add", [x]))]),
          ]),
        ];
    }
  }
  return null;
}

/**
 * Augmented assignment (`x += 1`, `total -= n`, `d[k] += 1`, `self.n *= 2`).
 * The new value is `target <op> value` with Python's operator semantics for
 * the operand types (so `//=` floors and `+=` on a tuple builds a new tuple);
 * it is written as JavaScript's compound assignment where that is the same
 * expression. Lists, sets and dicts are mutated in place, as Python does
 * (`xs += ys` extends the very list other names refer to).
 */
export default defineRule({
  meta: {
    id: "core/aug-assign",
    description: "Translate augmented assignments",
    messages: {
      unsupportedTarget: {
        code: "PY2TS2206",
        severity: "error",
        text: "augmented assignment to '{target}' would evaluate parts of the target twice",
        suggestion: "Assign the container or index to a variable first.",
      },
    },
  },
  create: (ctx) => ({
    AugAssign(path) {
      const node = path.node;
      const b = ctx.at(node);
      const mutation = inPlace(ctx, node);
      if (mutation) {
        path.replaceWith(mutation);
        return;
      }
      const target = node.target;
      if (target.kind === "Subscript") {
        if (target.index.kind === "Slice" && !isRepeatable(target.value)) {
          path.replaceWith(ctx.stubStmt({ messageId: "unsupportedTarget", node: target, data: { target: ctx.sourceText(target) } }));
          return;
        }
        // the container and the index are evaluated once, as in Python
        const prelude: AnyStmt[] = [];
        const once = (expr: PyExpr, hint: string): PyExpr => {
          if (isRepeatable(expr) || expr.kind === "Slice") return expr;
          const temp = ctx.freshName(hint);
          prelude.push(ctx.at(expr).varDecl("const", temp, ctx.lower(expr)));
          return ctx.types.assume(ctx.at(expr).id(temp), ctx.types.of(expr)) as unknown as PyExpr;
        };
        const container = once(target.value, "target");
        const index = once(target.index, "key");
        const slot =
          container === target.value && index === target.index
            ? target
            : ctx.types.assume(createNode("Subscript", { value: container, index }, target), ctx.types.of(target));
        const next = ctx.lower(createNode("BinOp", { left: slot, op: node.op, right: node.value }, node));
        path.replaceWith([...prelude, b.exprStmt(storeItem(ctx, slot, next))]);
        return;
      }
      if (target.kind !== "Name" && !(target.kind === "Attribute" && isRepeatable(target))) {
        path.replaceWith(ctx.stubStmt({ messageId: "unsupportedTarget", node: target, data: { target: ctx.sourceText(target) } }));
        return;
      }
      const lhs = ctx.lower(target);
      if (!isAssignable(lhs)) {
        path.replaceWith(b.exprStmt(lhs)); // a stub (it throws): nothing to assign to
        return;
      }
      const value = combined(ctx, node);
      if (value.kind === "TsBinary" && COMPOUND.has(value.op) && sameExpr(value.left, lhs)) {
        path.replaceWith(b.exprStmt(b.assign(lhs, value.right, `${value.op}=` as "+=")));
        return;
      }
      path.replaceWith(b.exprStmt(b.assign(lhs, value)));
    },
  }),
});
