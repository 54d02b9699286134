/**
 * `match` statements and their patterns (PEP 634).
 */
import { createNode } from "../ir/builders";
import type { NodeOf, PyExpr, PyPattern, PyStmt } from "../ir/nodes";
import { lowerExpression } from "./lower-expressions";
import { type LoweringContext, LoweringError } from "./lowering-context";
import type { SyntaxNode } from "./tree-sitter-parser";

type BlockLowering = (ctx: LoweringContext, node: SyntaxNode | null) => PyStmt[];

export function lowerMatch(ctx: LoweringContext, node: SyntaxNode, block: BlockLowering): PyStmt {
  const subjects = node.childrenForFieldName("subject").filter((c) => c.isNamed);
  const subject =
    subjects.length === 1
      ? lowerExpression(ctx, subjects[0]!)
      : createNode("Tuple", { elts: subjects.map((s) => lowerExpression(ctx, s)) }, ctx.span(node));
  const body = ctx.field(node, "body");
  const cases = body.namedChildren
    .filter((c) => c.type === "case_clause")
    .map((clause) => {
      const patterns = clause.namedChildren.filter((c) => c.type === "case_pattern");
      const pattern =
        patterns.length === 1
          ? lowerPattern(ctx, patterns[0]!)
          : createNode("MatchSequence", { patterns: patterns.map((p) => lowerPattern(ctx, p)) }, ctx.span(clause));
      const guard = clause.childForFieldName("guard");
      const guardExpr = guard?.namedChildren.find((c) => c.type !== "comment");
      return createNode(
        "MatchCase",
        {
          pattern,
          guard: guardExpr ? lowerExpression(ctx, guardExpr) : null,
          body: block(ctx, clause.childForFieldName("consequence")),
        },
        ctx.span(clause),
      );
    });
  return createNode("Match", { subject, cases }, ctx.span(node));
}

function isWildcard(node: SyntaxNode): boolean {
  return node.children.length === 1 && !node.children[0]!.isNamed && node.children[0]!.type === "_";
}

function lowerPattern(ctx: LoweringContext, node: SyntaxNode): PyPattern {
  const span = ctx.span(node);
  if (node.type === "case_pattern") {
    if (isWildcard(node)) return createNode("MatchAs", { pattern: null, name: null }, span);
    const negated = node.children.some((c) => !c.isNamed && c.type === "-");
    const inner = node.namedChildren.find((c) => c.type !== "comment");
    if (!inner) throw new LoweringError("empty case pattern", node);
    if (negated) return createNode("MatchValue", { value: negate(ctx, inner) }, span);
    return lowerPattern(ctx, inner);
  }
  switch (node.type) {
    case "as_pattern": {
      const inner = node.namedChildren.find((c) => c.type === "case_pattern");
      const alias = node.namedChildren.filter((c) => c.type === "identifier").pop();
      return createNode(
        "MatchAs",
        { pattern: inner ? lowerPattern(ctx, inner) : null, name: alias ? alias.text : null },
        span,
      );
    }
    case "union_pattern":
      return createNode("MatchOr", { patterns: unionAlternatives(ctx, node) }, span);
    case "tuple_pattern": {
      // `case (3):` is a group pattern: parentheses without a comma do not make a sequence
      const items = node.namedChildren.filter((c) => c.type !== "comment");
      if (items.length === 1 && !node.children.some((c) => c.type === ",") && items[0]!.type !== "splat_pattern") return lowerPattern(ctx, items[0]!);
      return createNode(
        "MatchSequence",
        { patterns: items.map((c) => lowerPattern(ctx, c)) },
        span,
      );
    }
    case "list_pattern":
      return createNode(
        "MatchSequence",
        { patterns: node.namedChildren.filter((c) => c.type !== "comment").map((c) => lowerPattern(ctx, c)) },
        span,
      );
    case "splat_pattern": {
      const id = node.namedChildren.find((c) => c.type === "identifier");
      return createNode("MatchStar", { name: id && id.text !== "_" ? id.text : null }, span);
    }
    case "dict_pattern":
      return lowerDictPattern(ctx, node);
    case "class_pattern":
      return lowerClassPattern(ctx, node);
    case "dotted_name": {
      const parts = node.namedChildren.filter((c) => c.type === "identifier");
      if (parts.length === 1) return createNode("MatchAs", { pattern: null, name: parts[0]!.text }, span);
      return createNode("MatchValue", { value: dottedExpression(ctx, node) }, span);
    }
    case "none":
    case "true":
    case "false":
      return createNode("MatchSingleton", { value: lowerExpression(ctx, node) }, span);
    case "integer":
    case "float":
    case "string":
    case "concatenated_string":
      return createNode("MatchValue", { value: lowerExpression(ctx, node) }, span);
    case "complex_pattern":
      return createNode("MatchValue", { value: ctx.unsupportedExpr(node, "complex numbers", "complexNumber") }, span);
    case "identifier":
      return createNode("MatchAs", { pattern: null, name: node.text === "_" ? null : node.text }, span);
    default:
      throw new LoweringError(`pattern ${node.type}`, node);
  }
}

function negate(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  return createNode("UnaryOp", { op: "-", operand: lowerExpression(ctx, node) }, ctx.span(node));
}

/** A union's alternatives; `-1` appears as a '-' token followed by the number. */
function unionAlternatives(ctx: LoweringContext, node: SyntaxNode): PyPattern[] {
  const out: PyPattern[] = [];
  let negative = false;
  for (const child of node.children) {
    if (!child.isNamed) {
      if (child.type === "-") negative = true;
      continue;
    }
    if (child.type === "comment") continue;
    if (negative) {
      out.push(createNode("MatchValue", { value: negate(ctx, child) }, ctx.span(child)));
      negative = false;
    } else {
      out.push(lowerPattern(ctx, child));
    }
  }
  return out;
}

function dottedExpression(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  const parts = node.namedChildren.filter((c) => c.type === "identifier");
  let expr: PyExpr = createNode("Name", { id: parts[0]!.text }, ctx.span(parts[0]!));
  for (const part of parts.slice(1)) {
    expr = createNode("Attribute", { value: expr, attr: part.text }, ctx.span(node));
  }
  return expr;
}

function lowerDictPattern(ctx: LoweringContext, node: SyntaxNode): PyPattern {
  const keys: PyExpr[] = [];
  const patterns: PyPattern[] = [];
  let rest: string | null = null;
  let pendingKey: PyExpr | null = null;
  let negative = false;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i)!;
    const field = node.fieldNameForChild(i);
    if (!child.isNamed) {
      if (child.type === "-" && field === "key") negative = true;
      continue;
    }
    if (field === "key") {
      pendingKey = negative ? negate(ctx, child) : keyExpression(ctx, child);
      negative = false;
    } else if (field === "value") {
      if (!pendingKey) throw new LoweringError("mapping pattern value without key", child);
      keys.push(pendingKey);
      patterns.push(lowerPattern(ctx, child));
      pendingKey = null;
    } else if (child.type === "splat_pattern") {
      const id = child.namedChildren.find((c) => c.type === "identifier");
      rest = id ? id.text : null;
    }
  }
  return createNode("MatchMapping", { keys, patterns, rest }, ctx.span(node));
}

function keyExpression(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  if (node.type === "dotted_name") return dottedExpression(ctx, node);
  return lowerExpression(ctx, node);
}

function lowerClassPattern(ctx: LoweringContext, node: SyntaxNode): NodeOf<"MatchClass"> {
  const name = node.namedChildren.find((c) => c.type === "dotted_name");
  if (!name) throw new LoweringError("class pattern without class", node);
  const patterns: PyPattern[] = [];
  const kwdNames: string[] = [];
  const kwdPatterns: PyPattern[] = [];
  for (const child of node.namedChildren) {
    if (child.type !== "case_pattern") continue;
    const keyword = child.namedChildren.find((c) => c.type === "keyword_pattern");
    // tree-sitter reads `k="a" | "b" as v` as `(k="a" | "b") as v`; Python binds `as` inside the keyword
    const asWrapped = child.namedChildren.find((c) => c.type === "as_pattern");
    const wrappedKeyword = asWrapped?.namedChildren
      .find((c) => c.type === "case_pattern")
      ?.namedChildren.find((c) => c.type === "keyword_pattern");
    if (keyword || wrappedKeyword) {
      const [id, value] = (keyword ?? wrappedKeyword)!.namedChildren;
      if (!id || !value) throw new LoweringError("incomplete keyword pattern", child);
      kwdNames.push(id.text);
      const inner = lowerPattern(ctx, value);
      const alias = keyword ? null : asWrapped!.namedChildren.filter((c) => c.type === "identifier").pop();
      kwdPatterns.push(alias ? createNode("MatchAs", { pattern: inner, name: alias.text }, ctx.span(child)) : inner);
    } else {
      patterns.push(lowerPattern(ctx, child));
    }
  }
  return createNode("MatchClass", { cls: dottedExpression(ctx, name), patterns, kwdNames, kwdPatterns }, ctx.span(node));
}
