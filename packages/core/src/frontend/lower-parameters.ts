/**
 * Function and lambda parameter lists: positional, positional-only (`/`),
 * keyword-only (after `*` or `*args`), `*args`, `**kwargs`, defaults and annotations.
 */
import { createNode } from "../ir/builders";
import type { NodeOf, ParamKind, PyExpr } from "../ir/nodes";
import { lowerExpression } from "./lower-expressions";
import { type LoweringContext, LoweringError } from "./lowering-context";
import type { SyntaxNode } from "./tree-sitter-parser";

type Param = NodeOf<"Param">;

function annotationOf(ctx: LoweringContext, node: SyntaxNode): PyExpr | null {
  const type = node.childForFieldName("type");
  if (!type) return null;
  const inner = type.namedChildren[0];
  return inner ? lowerTypeExpression(ctx, inner) : null;
}

/** Annotations are expressions in Python's AST; tree-sitter wraps them in `type` nodes. */
export function lowerTypeExpression(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  if (node.type === "type") {
    const inner = node.namedChildren[0];
    if (!inner) throw new LoweringError("empty type", node);
    return lowerTypeExpression(ctx, inner);
  }
  if (node.type === "generic_type") {
    const [base, params] = node.namedChildren;
    if (!base) throw new LoweringError("generic type without base", node);
    const args = params ? params.namedChildren.map((p) => lowerTypeExpression(ctx, p)) : [];
    const index = args.length === 1 ? args[0]! : createNode("Tuple", { elts: args }, ctx.span(node));
    return createNode("Subscript", { value: lowerTypeExpression(ctx, base), index }, ctx.span(node));
  }
  if (node.type === "union_type") {
    const [left, right] = node.namedChildren;
    if (!left || !right) throw new LoweringError("incomplete union type", node);
    return createNode(
      "BinOp",
      { left: lowerTypeExpression(ctx, left), op: "|", right: lowerTypeExpression(ctx, right) },
      ctx.span(node),
    );
  }
  if (node.type === "member_type") {
    const [object, attr] = node.namedChildren;
    if (!object || !attr) throw new LoweringError("incomplete member type", node);
    return createNode("Attribute", { value: lowerTypeExpression(ctx, object), attr: attr.text }, ctx.span(node));
  }
  if (node.type === "constrained_type" || node.type === "splat_type" || node.type === "type_parameter") {
    return ctx.unsupportedExpr(node, `the type syntax '${node.type}'`);
  }
  return lowerExpression(ctx, node);
}

export function lowerParameters(ctx: LoweringContext, node: SyntaxNode): Param[] {
  const params: Param[] = [];
  let keywordOnly = false;
  for (const child of node.namedChildren) {
    const span = ctx.span(child);
    const make = (name: string, kind: ParamKind, annotation: PyExpr | null, dflt: PyExpr | null) =>
      params.push(createNode("Param", { name, paramKind: kind, annotation, default: dflt }, span));
    const plainKind: ParamKind = keywordOnly ? "keywordOnly" : "positional";
    switch (child.type) {
      case "comment":
        break;
      case "identifier":
        make(child.text, plainKind, null, null);
        break;
      case "default_parameter":
      case "typed_default_parameter": {
        const name = ctx.field(child, "name");
        if (name.type !== "identifier") throw new LoweringError("tuple parameter", child);
        make(name.text, plainKind, annotationOf(ctx, child), lowerExpression(ctx, ctx.field(child, "value")));
        break;
      }
      case "typed_parameter": {
        const inner = child.namedChildren.find((c) => c.type !== "type");
        if (!inner) throw new LoweringError("typed parameter without name", child);
        const annotation = annotationOf(ctx, child);
        if (inner.type === "identifier") make(inner.text, plainKind, annotation, null);
        else if (inner.type === "list_splat_pattern") {
          make(starName(inner), "varArgs", annotation, null);
          keywordOnly = true;
        } else if (inner.type === "dictionary_splat_pattern") make(starName(inner), "varKeywords", annotation, null);
        else throw new LoweringError(`typed parameter ${inner.type}`, child);
        break;
      }
      case "list_splat_pattern":
        make(starName(child), "varArgs", null, null);
        keywordOnly = true;
        break;
      case "dictionary_splat_pattern":
        make(starName(child), "varKeywords", null, null);
        break;
      case "keyword_separator":
        keywordOnly = true;
        break;
      case "positional_separator":
        for (const p of params) if (p.paramKind === "positional") p.paramKind = "positionalOnly";
        break;
      default:
        throw new LoweringError(`parameter ${child.type}`, child);
    }
  }
  return params;
}

function starName(node: SyntaxNode): string {
  const id = node.namedChildren.find((c) => c.type === "identifier");
  if (!id) throw new LoweringError("star parameter without name", node);
  return id.text;
}
