import { type AnyExpr, type NodeOf, type PyExpr, type PyType, type RuleContext, T, conditionOf, defineRule, isSetOperand } from "@py2ts/core";
import { newSet } from "../shared/collections";
import { iterableOf } from "../shared/iterables";
import { isUnknownType, numberOperand, numericKind, numericLiteral } from "../shared/operand-types";

type BinOp = NodeOf<"BinOp">;

const BITWISE_HELPERS: Readonly<Record<string, string>> = { "<<": "lshift", ">>": "rshift", "&": "bitand", "|": "bitor", "^": "bitxor" };
const SET_HELPERS: Readonly<Record<string, string>> = { "|": "union", "&": "intersection", "-": "difference", "^": "symmetricDifference" };

function isSequence(t: PyType): boolean {
  return t.kind === "list" || t.kind === "tuple" || t.kind === "tupleOf";
}

/**
 * Binary and unary operators, decided by the static operand types: plain
 * JavaScript operators where they are exact (`+ - *` on numbers, `+` on
 * strings), the runtime's Python arithmetic where JavaScript differs (`//`
 * and `%` floor on negatives, `/` and `%` raise ZeroDivisionError, `**` with
 * a negative int exponent gives a float, bitwise operators beyond 32 bits),
 * spreads for list/tuple concatenation, runtime helpers for repetition, set
 * algebra and `%`-formatting. Booleans take part in arithmetic as numbers.
 */
export default defineRule({
  meta: {
    id: "core/operators",
    description: "Translate binary and unary operators",
    messages: {
      unknownOperands: {
        code: "PY2TS4301",
        severity: "warning",
        text: "the operand types of '{expr}' are not known; '{op}' is translated as {as}",
        suggestion: "Annotate the operands so the operator can be translated by type.",
      },
      negativePower: {
        code: "PY2TS3301",
        severity: "warning",
        text: "'{expr}' is a float in Python but typed as an int: an integral result prints without '.0'",
      },
    },
  },
  create: (ctx) => {
    const typeOf = (e: PyExpr) => ctx.types.of(e);

    /** An unknown-typed result of a runtime helper, cast to the inferred Python type. */
    const typed = (node: PyExpr, expr: AnyExpr): AnyExpr => {
      const t = typeOf(node);
      return isUnknownType(t) ? expr : ctx.at(node).as(expr, ctx.types.toTs(t, node));
    };

    const warnUnknown = (node: BinOp, as: string) =>
      ctx.report({ messageId: "unknownOperands", node, data: { expr: ctx.sourceText(node), op: node.op, as } });

    const numeric = (node: BinOp): AnyExpr | null => {
      const b = ctx.at(node);
      const lk = numericKind(typeOf(node.left));
      const rk = numericKind(typeOf(node.right));
      if (!lk || !rk) return null;
      const floats = lk === "float" || rk === "float";
      const l = () => numberOperand(ctx, node.left);
      const r = () => numberOperand(ctx, node.right);
      const withFloats = (args: AnyExpr[]) => (floats ? [...args, b.bool(true)] : args);
      const divisor = numericLiteral(node.right);
      switch (node.op) {
        case "+":
        case "-":
        case "*":
          return b.binary(node.op, l(), r());
        case "/":
          if (divisor !== null && divisor !== 0) return b.binary("/", l(), r());
          return b.call(ctx.runtime("truediv"), withFloats([l(), r()]));
        case "//":
          if (!floats && lk === "int" && rk === "int" && divisor !== null && divisor > 0 && Number.isInteger(divisor)) {
            return b.call(b.member(b.id("Math"), "floor"), [b.binary("/", l(), r())]);
          }
          return b.call(ctx.runtime("floordiv"), withFloats([l(), r()]));
        case "%":
          return b.call(ctx.runtime("mod"), withFloats([l(), r()]));
        case "**":
          if (lk !== "mixed" && divisor !== null && divisor >= 0 && Number.isInteger(divisor)) {
            // JavaScript forbids a unary operand on the left of `**` without parentheses: Math.pow is the same operation
            const base = l();
            return base.kind === "TsUnary" ? b.call(b.member(b.id("Math"), "pow"), [base, r()]) : b.binary("**", base, r());
          }
          if (!floats && divisor !== null && divisor < 0) ctx.report({ messageId: "negativePower", node, data: { expr: ctx.sourceText(node) } });
          return b.call(ctx.runtime("pow"), floats ? [l(), r(), b.null(), b.bool(true)] : [l(), r()]);
        case "<<":
        case ">>":
        case "&":
        case "|":
        case "^": {
          if (lk !== "int" || rk !== "int") return null;
          const bothBool = typeOf(node.left).kind === "bool" && typeOf(node.right).kind === "bool";
          const call = b.call(ctx.runtime(BITWISE_HELPERS[node.op]!), [l(), r()]);
          return bothBool && node.op !== "<<" && node.op !== ">>" ? b.binary("!==", call, b.num(0)) : call;
        }
        default:
          return null;
      }
    };

    const binOp = (node: BinOp): AnyExpr => {
      const b = ctx.at(node);
      const lt = typeOf(node.left);
      const rt = typeOf(node.right);
      const asNumber = numeric(node);
      if (asNumber) return asNumber;
      const l = () => ctx.lower(node.left);
      const r = () => ctx.lower(node.right);
      switch (node.op) {
        case "+":
          if (lt.kind === "str" && rt.kind === "str") return b.binary("+", l(), r());
          if (isSequence(lt) && isSequence(rt)) return b.array([b.spread(l()), b.spread(r())]);
          if (lt.kind === "bytes" && rt.kind === "bytes") return b.call(b.member(b.id("Buffer"), "concat"), [b.array([l(), r()])]);
          break;
        case "*": {
          const [seq, count, seqType] =
            numericKind(rt) === "int" ? [node.left, node.right, lt] : numericKind(lt) === "int" ? [node.right, node.left, rt] : [null, null, null];
          if (seq && count && seqType) {
            const n = numericLiteral(count);
            if (seqType.kind === "str") {
              if (n !== null && n >= 0 && count.kind === "IntLit") return b.methodCall(ctx.lower(seq), "repeat", [ctx.lower(count)]);
              return b.call(ctx.runtime("strMultiply"), [ctx.lower(seq), ctx.lower(count)]);
            }
            if (isSequence(seqType)) return b.call(ctx.runtime("repeat"), [ctx.lower(seq), ctx.lower(count)]);
          }
          break;
        }
        case "%":
          if (lt.kind === "str") return percentFormat(ctx, node);
          break;
        default:
          break;
      }
      if (lt.kind === "set" && rt.kind === "set" && SET_HELPERS[node.op]) return b.call(ctx.runtime(SET_HELPERS[node.op]!), [l(), r()]);
      // a keys or items view as a set operand (`d.keys() - seen`): the left one copied into a new set
      if (isSetOperand(lt) && isSetOperand(rt) && SET_HELPERS[node.op]) {
        const left = lt.kind === "set" ? l() : newSet(ctx, node.left, T.set(lt.kind === "iterator" ? lt.item : T.unknown), [iterableOf(ctx, node.left)]);
        const right = rt.kind === "set" ? r() : iterableOf(ctx, node.right);
        return b.call(ctx.runtime(SET_HELPERS[node.op]!), [left, right]);
      }
      if (lt.kind === "dict" && rt.kind === "dict" && node.op === "|") return b.call(ctx.runtime("dictMerge"), [l(), r()]);
      // user objects (`__add__`...), library types and values of unknown or mixed type: Python's run-time dispatch
      const generic = node.op === "+" || node.op === "*";
      if (isUnknownType(lt) || isUnknownType(rt)) warnUnknown(node, generic ? `the runtime's generic '${node.op}'` : "Python's run-time operator dispatch");
      if (generic) return typed(node, b.call(ctx.runtime(node.op === "+" ? "add" : "mul"), [l(), r()]));
      return typed(node, b.call(ctx.runtime("binaryOp"), [b.str(node.op), l(), r()]));
    };

    return {
      BinOp(path) {
        path.replaceWith(binOp(path.node));
      },
      UnaryOp(path) {
        const { node } = path;
        const b = ctx.at(node);
        if (node.op === "not") {
          path.replaceWith(b.not(conditionOf(ctx, node.operand)));
          return;
        }
        const t = typeOf(node.operand);
        const literal = numericLiteral(node.operand);
        if (literal !== null && node.op !== "~") {
          const value = node.op === "-" ? -literal : literal;
          path.replaceWith(b.num(Object.is(value, -0) && node.operand.kind === "IntLit" ? 0 : value));
          return;
        }
        if (node.operand.kind === "BoolLit" || numericKind(t)) {
          const operand = numberOperand(ctx, node.operand);
          if (node.op === "~") path.replaceWith(b.call(ctx.runtime("invert"), [operand]));
          else if (node.op === "-") path.replaceWith(b.unary("-", operand));
          else path.replaceWith(t.kind === "bool" ? operand : ctx.lower(node.operand));
          return;
        }
        if (isUnknownType(t)) ctx.report({ messageId: "unknownOperands", node, data: { expr: ctx.sourceText(node), op: node.op, as: "Python's run-time operator dispatch" } });
        path.replaceWith(typed(node, b.call(ctx.runtime("unaryOp"), [b.str(node.op), ctx.lower(node.operand)])));
      },
    };
  },
});

/** `fmt % args`: the runtime's printf-style formatting, with the static type of the arguments as hint. */
function percentFormat(ctx: RuleContext, node: BinOp): AnyExpr {
  const b = ctx.at(node);
  const argsType = ctx.types.of(node.right);
  const hint = argsType.kind === "tuple" || argsType.kind === "tupleOf" ? formatHint(ctx, argsType) : ctx.types.hint(argsType);
  const args = [ctx.lower(node.left), ctx.lower(node.right)];
  if (hint) args.push(b.str(hint));
  return b.call(ctx.runtime("percentFormat"), args);
}

/** A tuple's hint always (the runtime must know an array is a tuple of arguments, not a list). */
function formatHint(ctx: RuleContext, t: PyType): string {
  return ctx.types.hint(t) ?? (t.kind === "tuple" ? `tuple[${t.items.map((i) => ctx.types.hint(i) ?? describeHint(i)).join(", ")}]` : "tuple[object, ...]");
}

function describeHint(t: PyType): string {
  switch (t.kind) {
    case "int":
    case "str":
    case "bool":
    case "bytes":
      return t.kind;
    case "none":
      return "None";
    default:
      return "object";
  }
}

