/**
 * tree-sitter statement nodes → Python IR statements.
 */
import { createNode } from "../ir/builders";
import type { BinaryOperator, NodeOf, PyExpr, PyStmt } from "../ir/nodes";
import { lowerExpression } from "./lower-expressions";
import { lowerParameters, lowerTypeExpression } from "./lower-parameters";
import { lowerMatch } from "./lower-patterns";
import { isPlainString } from "./lower-strings";
import { type LoweringContext, LoweringError } from "./lowering-context";
import type { SyntaxNode } from "./tree-sitter-parser";

/** Lowers the statements of a module or block; a statement that fails to lower becomes an unsupported stub. */
export function lowerStatements(ctx: LoweringContext, nodes: readonly SyntaxNode[]): PyStmt[] {
  const out: PyStmt[] = [];
  let previousEnd = -1;
  for (const node of nodes) {
    if (!node.isNamed || node.type === "comment" || node.type === "line_continuation") continue;
    const blankLineBefore = previousEnd >= 0 && hasBlankLineBetween(ctx.source, previousEnd, node.startIndex);
    previousEnd = node.endIndex;
    try {
      const lowered = lowerStatement(ctx, node);
      if (blankLineBefore && lowered[0]) lowered[0].blankLineBefore = true;
      out.push(...lowered);
    } catch (e) {
      if (!(e instanceof LoweringError)) throw e;
      ctx.diagnostics.builtin("internalError", ctx.span(e.node), { phase: "frontend", detail: e.message }, "frontend");
      out.push(createNode("UnsupportedStmt", { code: "PY2TS9005", construct: e.message, text: node.text }, ctx.span(node)));
    }
  }
  return out;
}

function hasBlankLineBetween(source: string, from: number, to: number): boolean {
  return /\n[ \t\f]*\r?\n/.test(source.slice(from, to));
}

function block(ctx: LoweringContext, node: SyntaxNode | null): PyStmt[] {
  return node ? lowerStatements(ctx, node.children) : [];
}

/** Splits a leading docstring off a body. */
export function splitDocstring(ctx: LoweringContext, blockNode: SyntaxNode | null): { docstring: string | null; first: number } {
  const first = blockNode?.namedChildren.find((c) => c.type !== "comment");
  if (first?.type === "expression_statement" && first.namedChildCount === 1 && isPlainString(first.namedChildren[0]!)) {
    const lowered = lowerExpression(ctx, first.namedChildren[0]!);
    if (lowered.kind === "StrLit") return { docstring: lowered.value, first: first.endIndex };
  }
  return { docstring: null, first: -1 };
}

function bodyWithoutDocstring(ctx: LoweringContext, blockNode: SyntaxNode): { body: PyStmt[]; docstring: string | null } {
  const { docstring, first } = splitDocstring(ctx, blockNode);
  const children = docstring === null ? blockNode.children : blockNode.children.filter((c) => c.startIndex >= first);
  return { body: lowerStatements(ctx, children), docstring };
}

function lowerStatement(ctx: LoweringContext, node: SyntaxNode): PyStmt[] {
  const span = ctx.span(node);
  switch (node.type) {
    case "expression_statement":
      return [lowerExpressionStatement(ctx, node)];
    case "pass_statement":
      return [createNode("Pass", {}, span)];
    case "break_statement":
      return [createNode("Break", {}, span)];
    case "continue_statement":
      return [createNode("Continue", {}, span)];
    case "return_statement": {
      const value = node.namedChildren.find((c) => c.type !== "comment");
      return [createNode("Return", { value: value ? lowerExpression(ctx, value) : null }, span)];
    }
    case "delete_statement": {
      const target = node.namedChildren.find((c) => c.type !== "comment");
      if (!target) throw new LoweringError("del without target", node);
      const targets = target.type === "expression_list" ? target.namedChildren : [target];
      return [createNode("Delete", { targets: targets.map((t) => lowerExpression(ctx, t)) }, span)];
    }
    case "raise_statement": {
      const cause = node.childForFieldName("cause");
      const exc = node.namedChildren.find((c) => c.type !== "comment" && c.id !== cause?.id);
      return [
        createNode(
          "Raise",
          { exc: exc ? lowerExpression(ctx, exc) : null, cause: cause ? lowerExpression(ctx, cause) : null },
          span,
        ),
      ];
    }
    case "assert_statement": {
      const [test, msg] = node.namedChildren.filter((c) => c.type !== "comment");
      if (!test) throw new LoweringError("assert without test", node);
      return [createNode("Assert", { test: lowerExpression(ctx, test), msg: msg ? lowerExpression(ctx, msg) : null }, span)];
    }
    case "global_statement":
      return [createNode("Global", { names: node.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text) }, span)];
    case "nonlocal_statement":
      return [createNode("Nonlocal", { names: node.namedChildren.filter((c) => c.type === "identifier").map((c) => c.text) }, span)];
    case "import_statement":
      return [createNode("Import", { names: node.childrenForFieldName("name").map((n) => lowerAlias(ctx, n)) }, span)];
    case "import_from_statement":
    case "future_import_statement":
      return [lowerImportFrom(ctx, node)];
    case "if_statement":
      return [lowerIf(ctx, node, false)];
    case "for_statement":
      return [
        createNode(
          "For",
          {
            target: lowerExpression(ctx, ctx.field(node, "left")),
            iter: lowerExpression(ctx, ctx.field(node, "right")),
            body: block(ctx, ctx.field(node, "body")),
            orelse: block(ctx, node.childForFieldName("alternative")?.childForFieldName("body") ?? null),
            isAsync: node.children.some((c) => !c.isNamed && c.type === "async"),
          },
          span,
        ),
      ];
    case "while_statement":
      return [
        createNode(
          "While",
          {
            test: lowerExpression(ctx, ctx.field(node, "condition")),
            body: block(ctx, ctx.field(node, "body")),
            orelse: block(ctx, node.childForFieldName("alternative")?.childForFieldName("body") ?? null),
          },
          span,
        ),
      ];
    case "try_statement":
      return [lowerTry(ctx, node)];
    case "with_statement":
      return [lowerWith(ctx, node)];
    case "function_definition":
      if (node.childForFieldName("type_parameters")) return [ctx.unsupportedStmt(node, "type parameters (PEP 695)")];
      return [lowerFunction(ctx, node, [])];
    case "class_definition":
      if (node.childForFieldName("type_parameters")) return [ctx.unsupportedStmt(node, "type parameters (PEP 695)")];
      return [lowerClass(ctx, node, [])];
    case "decorated_definition": {
      const decorators = node.namedChildren
        .filter((c) => c.type === "decorator")
        .map((d) => lowerExpression(ctx, d.namedChildren.find((c) => c.type !== "comment") ?? d));
      const def = ctx.field(node, "definition");
      if (def.childForFieldName("type_parameters")) return [ctx.unsupportedStmt(node, "type parameters (PEP 695)")];
      const lowered = def.type === "class_definition" ? lowerClass(ctx, def, decorators) : lowerFunction(ctx, def, decorators);
      lowered.span = span;
      return [lowered];
    }
    case "match_statement":
      return [lowerMatch(ctx, node, block)];
    case "type_alias_statement":
      return [ctx.unsupportedStmt(node, "the 'type' alias statement")];
    case "print_statement":
      return [ctx.unsupportedStmt(node, "the Python 2 print statement")];
    case "exec_statement":
      return [ctx.unsupportedStmt(node, "the Python 2 exec statement")];
    default:
      return [ctx.unsupportedStmt(node, `the statement '${node.type}'`)];
  }
}

function lowerExpressionStatement(ctx: LoweringContext, node: SyntaxNode): PyStmt {
  const children = node.namedChildren.filter((c) => c.type !== "comment");
  const span = ctx.span(node);
  if (children.length !== 1) {
    return createNode("ExprStmt", { value: createNode("Tuple", { elts: children.map((c) => lowerExpression(ctx, c)) }, span) }, span);
  }
  const child = children[0]!;
  if (child.type === "assignment") return lowerAssignment(ctx, child, span);
  if (child.type === "augmented_assignment") {
    const op = ctx.field(child, "operator").type.slice(0, -1) as BinaryOperator;
    return createNode(
      "AugAssign",
      { target: lowerExpression(ctx, ctx.field(child, "left")), op, value: lowerRight(ctx, ctx.field(child, "right")) },
      span,
    );
  }
  return createNode("ExprStmt", { value: lowerExpression(ctx, child) }, span);
}

function lowerRight(ctx: LoweringContext, node: SyntaxNode): PyExpr {
  if (node.type === "assignment" || node.type === "augmented_assignment") {
    return ctx.unsupportedExpr(node, "an assignment in this position");
  }
  return lowerExpression(ctx, node);
}

function lowerAssignment(ctx: LoweringContext, node: SyntaxNode, span: ReturnType<LoweringContext["span"]>): PyStmt {
  const typeNode = node.childForFieldName("type");
  const right = node.childForFieldName("right");
  const left = lowerExpression(ctx, ctx.field(node, "left"));
  if (typeNode) {
    const annotation = lowerTypeExpression(ctx, typeNode);
    return createNode("AnnAssign", { target: left, annotation, value: right ? lowerRight(ctx, right) : null }, span);
  }
  if (!right) throw new LoweringError("assignment without value", node);
  // a = b = value: the tree nests assignments on the right
  const targets = [left];
  let value = right;
  while (value.type === "assignment" && !value.childForFieldName("type") && value.childForFieldName("right")) {
    targets.push(lowerExpression(ctx, ctx.field(value, "left")));
    value = ctx.field(value, "right");
  }
  return createNode("Assign", { targets, value: lowerRight(ctx, value) }, span);
}

function lowerAlias(ctx: LoweringContext, node: SyntaxNode): NodeOf<"Alias"> {
  if (node.type === "aliased_import") {
    return createNode("Alias", { name: ctx.field(node, "name").text, asname: ctx.field(node, "alias").text }, ctx.span(node));
  }
  return createNode("Alias", { name: node.text, asname: null }, ctx.span(node));
}

function lowerImportFrom(ctx: LoweringContext, node: SyntaxNode): PyStmt {
  const span = ctx.span(node);
  if (node.type === "future_import_statement") {
    return createNode("ImportFrom", { module: "__future__", level: 0, names: node.childrenForFieldName("name").map((n) => lowerAlias(ctx, n)) }, span);
  }
  const moduleNode = ctx.field(node, "module_name");
  let level = 0;
  let module = moduleNode.text;
  if (moduleNode.type === "relative_import") {
    const prefix = moduleNode.namedChildren.find((c) => c.type === "import_prefix");
    level = prefix ? prefix.text.length : 0;
    module = moduleNode.namedChildren.find((c) => c.type === "dotted_name")?.text ?? "";
  }
  const wildcard = node.namedChildren.some((c) => c.type === "wildcard_import");
  const names = wildcard
    ? [createNode("Alias", { name: "*", asname: null }, span)]
    : node.childrenForFieldName("name").map((n) => lowerAlias(ctx, n));
  return createNode("ImportFrom", { module, level, names }, span);
}

function lowerIf(ctx: LoweringContext, node: SyntaxNode, isElif: boolean): NodeOf<"If"> {
  const test = lowerExpression(ctx, ctx.field(node, "condition"));
  const body = block(ctx, ctx.field(node, "consequence"));
  const alternatives = node.childrenForFieldName("alternative");
  return createNode("If", { test, body, orelse: lowerAlternatives(ctx, alternatives), isElif }, ctx.span(node));
}

function lowerAlternatives(ctx: LoweringContext, alternatives: SyntaxNode[]): PyStmt[] {
  const [first, ...rest] = alternatives;
  if (!first) return [];
  if (first.type === "else_clause") return block(ctx, first.childForFieldName("body"));
  // elif: an If whose own else is the remaining alternatives
  const elif = createNode(
    "If",
    {
      test: lowerExpression(ctx, ctx.field(first, "condition")),
      body: block(ctx, ctx.field(first, "consequence")),
      orelse: lowerAlternatives(ctx, rest),
      isElif: true,
    },
    ctx.span(first),
  );
  return [elif];
}

function lowerTry(ctx: LoweringContext, node: SyntaxNode): PyStmt {
  const handlers: Array<NodeOf<"ExceptHandler">> = [];
  let orelse: PyStmt[] = [];
  let finalbody: PyStmt[] = [];
  let isStar = false;
  for (const child of node.namedChildren) {
    if (child.type === "except_clause" || child.type === "except_group_clause") {
      if (child.children.some((c) => !c.isNamed && c.type === "except*") || child.type === "except_group_clause") isStar = true;
      let values = child.childrenForFieldName("value");
      let aliasName = child.childForFieldName("alias")?.text ?? null;
      const asPattern = values.length === 1 && values[0]!.type === "as_pattern" ? values[0]! : null;
      if (asPattern) {
        aliasName = asPattern.childForFieldName("alias")?.text ?? null;
        values = asPattern.namedChildren.filter((c) => c.type !== "as_pattern_target" && c.type !== "comment");
      }
      const body = child.namedChildren.find((c) => c.type === "block") ?? null;
      const typeExpr =
        values.length === 0
          ? null
          : values.length === 1
            ? lowerExpression(ctx, values[0]!)
            : createNode("Tuple", { elts: values.map((v) => lowerExpression(ctx, v)) }, ctx.span(child));
      handlers.push(
        createNode("ExceptHandler", { type: typeExpr, name: aliasName, body: block(ctx, body) }, ctx.span(child)),
      );
    } else if (child.type === "else_clause") {
      orelse = block(ctx, child.childForFieldName("body"));
    } else if (child.type === "finally_clause") {
      finalbody = block(ctx, child.namedChildren.find((c) => c.type === "block") ?? null);
    }
  }
  return createNode(
    "Try",
    { body: block(ctx, ctx.field(node, "body")), handlers, orelse, finalbody, isStar },
    ctx.span(node),
  );
}

function lowerWith(ctx: LoweringContext, node: SyntaxNode): PyStmt {
  const clause = node.namedChildren.find((c) => c.type === "with_clause");
  const items = (clause?.namedChildren ?? [])
    .filter((c) => c.type === "with_item")
    .map((item) => {
      const value = ctx.field(item, "value");
      if (value.type === "as_pattern") {
        const target = value.childForFieldName("alias");
        const contextNode = value.namedChildren.find((c) => c.type !== "as_pattern_target" && c.type !== "comment");
        if (!contextNode) throw new LoweringError("with item without context", item);
        const targetExpr = target?.namedChildren[0] ?? target;
        return createNode(
          "WithItem",
          { context: lowerExpression(ctx, contextNode), target: targetExpr ? lowerExpression(ctx, targetExpr) : null },
          ctx.span(item),
        );
      }
      return createNode("WithItem", { context: lowerExpression(ctx, value), target: null }, ctx.span(item));
    });
  return createNode(
    "With",
    {
      items,
      body: block(ctx, ctx.field(node, "body")),
      isAsync: node.children.some((c) => !c.isNamed && c.type === "async"),
    },
    ctx.span(node),
  );
}

function lowerFunction(ctx: LoweringContext, node: SyntaxNode, decorators: PyExpr[]): NodeOf<"FunctionDef"> {
  if (node.childForFieldName("type_parameters")) {
    throw new LoweringError("type parameters on a function", node);
  }
  const returnType = node.childForFieldName("return_type");
  const { body, docstring } = bodyWithoutDocstring(ctx, ctx.field(node, "body"));
  return createNode(
    "FunctionDef",
    {
      name: ctx.field(node, "name").text,
      params: lowerParameters(ctx, ctx.field(node, "parameters")),
      body,
      decorators,
      returns: returnType ? lowerTypeExpression(ctx, returnType) : null,
      isAsync: node.children.some((c) => !c.isNamed && c.type === "async"),
      docstring,
    },
    ctx.span(node),
  );
}

function lowerClass(ctx: LoweringContext, node: SyntaxNode, decorators: PyExpr[]): NodeOf<"ClassDef"> {
  const bases: PyExpr[] = [];
  const keywords: Array<NodeOf<"Keyword">> = [];
  const superclasses = node.childForFieldName("superclasses");
  if (superclasses) {
    for (const arg of superclasses.namedChildren) {
      if (arg.type === "comment") continue;
      if (arg.type === "keyword_argument") {
        keywords.push(
          createNode("Keyword", { name: ctx.field(arg, "name").text, value: lowerExpression(ctx, ctx.field(arg, "value")) }, ctx.span(arg)),
        );
      } else {
        bases.push(lowerExpression(ctx, arg));
      }
    }
  }
  const { body, docstring } = bodyWithoutDocstring(ctx, ctx.field(node, "body"));
  return createNode(
    "ClassDef",
    { name: ctx.field(node, "name").text, bases, keywords, body, decorators, docstring },
    ctx.span(node),
  );
}
