/**
 * tree-sitter expression nodes → Python IR expressions.
 */
import { createNode } from "../ir/builders";
import type {
  BinaryOperator,
  ComparisonOperator,
  NodeOf,
  PyExpr,
} from "../ir/nodes";
import { type LoweringContext, LoweringError } from "./lowering-context";
import { lowerParameters } from "./lower-parameters";
import { lowerString } from "./lower-strings";
import type { SyntaxNode } from "./tree-sitter-parser";

const BINARY_OPERATORS = new Set(["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^"]);
const COMPARISON_OPERATORS = new Set(["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"]);
const MAX_SAFE = 2 ** 53;

export function lowerExpression(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const span = ctx.span(node);
  switch (node.type) {
    case "identifier":
      return createNode("Name", { id: node.text }, span);
    case "integer":
      return lowerInteger(ctx, node);
    case "float":
      return lowerFloat(ctx, node);
    case "true":
      return createNode("BoolLit", { value: true }, span);
    case "false":
      return createNode("BoolLit", { value: false }, span);
    case "none":
      return createNode("NoneLit", {}, span);
    case "ellipsis":
      return createNode("EllipsisLit", {}, span);
    case "string":
    case "concatenated_string":
      return lowerString(ctx, { expression: (n) => lowerInterpolated(ctx, n) }, node);
    case "parenthesized_expression": {
      const inner = node.namedChildren.find((c) => c.type !== "comment");
      if (!inner) throw new LoweringError("empty parentheses", node);
      return lowerExpression(ctx, inner);
    }
    case "list":
    case "list_pattern":
      return createNode("List", { elts: elements(ctx, node) }, span);
    case "tuple_pattern": {
      // `a, (b) = ...`: parentheses around one target without a comma group, they do not make a tuple
      const items = node.namedChildren.filter((c) => c.type !== "comment");
      const hasComma = node.children.some((c) => c.type === ",");
      if (items.length === 1 && !hasComma && items[0]!.type !== "list_splat_pattern") return lowerExpression(ctx, items[0]!);
      return createNode("Tuple", { elts: elements(ctx, node) }, span);
    }
    case "tuple":
    case "pattern_list":
    case "expression_list":
      return createNode("Tuple", { elts: elements(ctx, node) }, span);
    case "set":
      return createNode("Set", { elts: elements(ctx, node) }, span);
    case "dictionary":
      return lowerDictionary(ctx, node);
    case "list_splat":
    case "list_splat_pattern":
    case "parenthesized_list_splat":
      return createNode("Starred", { value: lowerExpression(ctx, onlyChild(node)) }, span);
    case "list_comprehension":
      return createNode("ListComp", { elt: lowerExpression(ctx, ctx.field(node, "body")), generators: comprehensions(ctx, node) }, span);
    case "set_comprehension":
      return createNode("SetComp", { elt: lowerExpression(ctx, ctx.field(node, "body")), generators: comprehensions(ctx, node) }, span);
    case "generator_expression":
      return createNode("GeneratorExp", { elt: lowerExpression(ctx, ctx.field(node, "body")), generators: comprehensions(ctx, node) }, span);
    case "dictionary_comprehension": {
      const pair = ctx.field(node, "body");
      return createNode(
        "DictComp",
        {
          key: lowerExpression(ctx, ctx.field(pair, "key")),
          value: lowerExpression(ctx, ctx.field(pair, "value")),
          generators: comprehensions(ctx, node),
        },
        span,
      );
    }
    case "attribute":
      return createNode(
        "Attribute",
        { value: lowerExpression(ctx, ctx.field(node, "object")), attr: ctx.field(node, "attribute").text },
        span,
      );
    case "subscript":
      return lowerSubscript(ctx, node);
    case "slice":
      return lowerSlice(ctx, node);
    case "call":
      return lowerCall(ctx, node);
    case "binary_operator": {
      const op = ctx.field(node, "operator").type;
      if (!BINARY_OPERATORS.has(op)) throw new LoweringError(`binary operator ${op}`, node);
      return createNode(
        "BinOp",
        {
          left: lowerExpression(ctx, ctx.field(node, "left")),
          op: op as BinaryOperator,
          right: lowerExpression(ctx, ctx.field(node, "right")),
        },
        span,
      );
    }
    case "unary_operator": {
      const op = ctx.field(node, "operator").type;
      return createNode(
        "UnaryOp",
        { op: op === "-" ? "-" : op === "+" ? "+" : "~", operand: lowerExpression(ctx, ctx.field(node, "argument")) },
        span,
      );
    }
    case "not_operator":
      return createNode("UnaryOp", { op: "not", operand: lowerExpression(ctx, ctx.field(node, "argument")) }, span);
    case "boolean_operator":
      return lowerBooleanOperator(ctx, node);
    case "comparison_operator":
      return lowerComparison(ctx, node);
    case "conditional_expression": {
      const [body, test, orelse] = node.namedChildren.filter((c) => c.type !== "comment");
      if (!body || !test || !orelse) throw new LoweringError("incomplete conditional expression", node);
      return createNode(
        "IfExp",
        { test: lowerExpression(ctx, test), body: lowerExpression(ctx, body), orelse: lowerExpression(ctx, orelse) },
        span,
      );
    }
    case "lambda": {
      const params = node.childForFieldName("parameters");
      return createNode(
        "Lambda",
        { params: params ? lowerParameters(ctx, params) : [], body: lowerExpression(ctx, ctx.field(node, "body")) },
        span,
      );
    }
    case "named_expression":
      return createNode(
        "NamedExpr",
        { target: lowerExpression(ctx, ctx.field(node, "name")), value: lowerExpression(ctx, ctx.field(node, "value")) },
        span,
      );
    case "await":
      return createNode("Await", { value: lowerExpression(ctx, onlyChild(node)) }, span);
    case "yield": {
      const isFrom = node.children.some((c) => !c.isNamed && c.type === "from");
      const valueNode = node.namedChildren.find((c) => c.type !== "comment");
      if (isFrom) {
        if (!valueNode) throw new LoweringError("yield from without value", node);
        return createNode("YieldFrom", { value: lowerExpression(ctx, valueNode) }, span);
      }
      return createNode("Yield", { value: valueNode ? lowerExpression(ctx, valueNode) : null }, span);
    }
    case "as_pattern":
      return ctx.unsupportedExpr(node, "an 'as' pattern in this position");
    case "keyword_argument":
      return ctx.unsupportedExpr(node, "a keyword argument in this position");
    case "dictionary_splat":
      return ctx.unsupportedExpr(node, "a ** expansion in this position");
    default:
      return ctx.unsupportedExpr(node, `the expression '${node.type}'`);
  }
}

/** Lowers the expression of an f-string interpolation (which may be a bare tuple or yield). */
function lowerInterpolated(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  return lowerExpression(ctx, node);
}

function onlyChild(node: SyntaxNode): SyntaxNode {
  const child = node.namedChildren.find((c) => c.type !== "comment");
  if (!child) throw new LoweringError(`${node.type} without operand`, node);
  return child;
}

function elements(ctx: LoweringContext, node: SyntaxNode): PyExpr[] {
  return node.namedChildren.filter((c) => c.type !== "comment").map((c) => lowerExpression(ctx, c));
}

function lowerInteger(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const raw = node.text;
  const span = ctx.span(node);
  if (/[jJ]$/.test(raw)) return ctx.unsupportedExpr(node, "complex numbers", "complexNumber");
  const clean = raw.replace(/_/g, "").replace(/[lL]$/, "");
  let value: number;
  if (/^0[xX]/.test(clean)) value = parseInt(clean.slice(2), 16);
  else if (/^0[oO]/.test(clean)) value = parseInt(clean.slice(2), 8);
  else if (/^0[bB]/.test(clean)) value = parseInt(clean.slice(2), 2);
  else value = Number(clean);
  if (!Number.isFinite(value) || Math.abs(value) > MAX_SAFE) {
    ctx.diagnostics.builtin("bigIntLiteral", span, { raw }, "frontend");
  }
  return createNode("IntLit", { value, raw }, span);
}

function lowerFloat(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const raw = node.text;
  if (/[jJ]$/.test(raw)) return ctx.unsupportedExpr(node, "complex numbers", "complexNumber");
  return createNode("FloatLit", { value: Number(raw.replace(/_/g, "")), raw }, ctx.span(node));
}

function lowerDictionary(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const entries = node.namedChildren
    .filter((c) => c.type !== "comment")
    .map((c) => {
      if (c.type === "pair") {
        return createNode(
          "DictEntry",
          { key: lowerExpression(ctx, ctx.field(c, "key")), value: lowerExpression(ctx, ctx.field(c, "value")) },
          ctx.span(c),
        );
      }
      if (c.type === "dictionary_splat") {
        return createNode("DictEntry", { key: null, value: lowerExpression(ctx, onlyChild(c)) }, ctx.span(c));
      }
      throw new LoweringError(`dictionary entry ${c.type}`, c);
    });
  return createNode("Dict", { entries }, ctx.span(node));
}

function comprehensions(ctx: LoweringContext, node: SyntaxNode): Array<NodeOf<"Comprehension">> {
  const out: Array<NodeOf<"Comprehension">> = [];
  for (const child of node.namedChildren) {
    if (child.type === "for_in_clause") {
      const rights = child.childrenForFieldName("right").filter((c) => c.isNamed);
      const iter =
        rights.length === 1
          ? lowerExpression(ctx, rights[0]!)
          : createNode("Tuple", { elts: rights.map((r) => lowerExpression(ctx, r)) }, ctx.span(child));
      out.push(
        createNode(
          "Comprehension",
          {
            target: lowerExpression(ctx, ctx.field(child, "left")),
            iter,
            ifs: [],
            isAsync: child.children.some((c) => !c.isNamed && c.type === "async"),
          },
          ctx.span(child),
        ),
      );
    } else if (child.type === "if_clause") {
      const last = out[out.length - 1];
      if (!last) throw new LoweringError("if clause before for clause", child);
      last.ifs.push(lowerExpression(ctx, onlyChild(child)));
    }
  }
  return out;
}

function lowerSubscript(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const indexes = node.childrenForFieldName("subscript").filter((c) => c.isNamed);
  const value = lowerExpression(ctx, ctx.field(node, "value"));
  const trailingComma = node.children.some((c, i) => !c.isNamed && c.type === "," && node.children[i + 1]?.type === "]");
  const index =
    indexes.length === 1 && !trailingComma
      ? lowerExpression(ctx, indexes[0]!)
      : createNode("Tuple", { elts: indexes.map((i) => lowerExpression(ctx, i)) }, ctx.span(node));
  return createNode("Subscript", { value, index }, ctx.span(node));
}

function lowerSlice(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const parts: Array<PyExpr | null> = [null, null, null];
  let slot = 0;
  for (const child of node.children) {
    if (!child.isNamed && child.type === ":") slot++;
    else if (child.isNamed && child.type !== "comment" && slot < 3) parts[slot] = lowerExpression(ctx, child);
  }
  return createNode("Slice", { lower: parts[0] ?? null, upper: parts[1] ?? null, step: parts[2] ?? null }, ctx.span(node));
}

function lowerCall(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const func = lowerExpression(ctx, ctx.field(node, "function"));
  const argsNode = ctx.field(node, "arguments");
  const args: PyExpr[] = [];
  const keywords: Array<NodeOf<"Keyword">> = [];
  if (argsNode.type === "generator_expression") {
    args.push(lowerExpression(ctx, argsNode));
  } else {
    for (const arg of argsNode.namedChildren) {
      if (arg.type === "comment") continue;
      if (arg.type === "keyword_argument") {
        keywords.push(
          createNode(
            "Keyword",
            { name: ctx.field(arg, "name").text, value: lowerExpression(ctx, ctx.field(arg, "value")) },
            ctx.span(arg),
          ),
        );
      } else if (arg.type === "dictionary_splat") {
        keywords.push(createNode("Keyword", { name: null, value: lowerExpression(ctx, onlyChild(arg)) }, ctx.span(arg)));
      } else {
        args.push(lowerExpression(ctx, arg));
      }
    }
  }
  // tree-sitter-python parses `*f(x)` in a display as a call of `*f`: it is the star of the call
  if (func.kind === "Starred") {
    const call = createNode("Call", { func: func.value, args, keywords }, ctx.span(node));
    return createNode("Starred", { value: call }, ctx.span(node));
  }
  return createNode("Call", { func, args, keywords }, ctx.span(node));
}

function lowerBooleanOperator(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const op = ctx.field(node, "operator").type === "and" ? "and" : "or";
  const values: PyExpr[] = [];
  const collect = (n: SyntaxNode) => {
    if (n.type === "boolean_operator" && n.childForFieldName("operator")?.type === op) {
      collect(ctx.field(n, "left"));
      collect(ctx.field(n, "right"));
    } else {
      values.push(lowerExpression(ctx, n));
    }
  };
  collect(node);
  return createNode("BoolOp", { op, values }, ctx.span(node));
}

function lowerComparison(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const operands: PyExpr[] = [];
  const ops: ComparisonOperator[] = [];
  for (const child of node.children) {
    if (child.type === "comment") continue;
    if (child.isNamed) {
      operands.push(lowerExpression(ctx, child));
    } else {
      const op = child.type.replace(/\s+/g, " ");
      if (op === "<>") return ctx.unsupportedExpr(node, "the '<>' operator (Python 2)");
      if (!COMPARISON_OPERATORS.has(op)) throw new LoweringError(`comparison operator ${op}`, node);
      ops.push(op as ComparisonOperator);
    }
  }
  const [left, ...comparators] = operands;
  if (!left || comparators.length !== ops.length) throw new LoweringError("malformed comparison", node);
  return createNode("Compare", { left, ops, comparators }, ctx.span(node));
}
