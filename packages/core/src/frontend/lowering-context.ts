/**
 * State shared by the lowering functions of one file: spans, diagnostics and
 * the construction of explicit "unsupported" nodes.
 */
import { createNode } from "../ir/builders";
import type { NodeOf } from "../ir/nodes";
import type { Span } from "../ir/span";
import type { DiagnosticCollector } from "../report/diagnostic-collector";
import type { BuiltinCodeName } from "../report/builtin-codes";
import type { SyntaxNode } from "./tree-sitter-parser";

export class LoweringContext {
  constructor(
    readonly source: string,
    readonly diagnostics: DiagnosticCollector,
  ) {}

  span(node: SyntaxNode): Span {
    return {
      start: { line: node.startPosition.row + 1, column: node.startPosition.column + 1 },
      end: { line: node.endPosition.row + 1, column: node.endPosition.column + 1 },
    };
  }

  text(node: SyntaxNode): string {
    return node.text;
  }

  /** A required field; its absence means the tree has an error the syntax check already reported. */
  field(node: SyntaxNode, name: string): SyntaxNode {
    const child = node.childForFieldName(name);
    if (!child) throw new LoweringError(`${node.type} without ${name}`, node);
    return child;
  }

  unsupportedExpr(node: SyntaxNode, construct: string, code: BuiltinCodeName = "unsupportedSyntax"): NodeOf<"UnsupportedExpr"> {
    const d = this.diagnostics.builtin(code, this.span(node), { construct }, "frontend");
    return createNode("UnsupportedExpr", { code: d.code, construct, text: node.text }, this.span(node));
  }

  unsupportedStmt(node: SyntaxNode, construct: string, code: BuiltinCodeName = "unsupportedSyntax"): NodeOf<"UnsupportedStmt"> {
    const d = this.diagnostics.builtin(code, this.span(node), { construct }, "frontend");
    return createNode("UnsupportedStmt", { code: d.code, construct, text: node.text }, this.span(node));
  }
}

/** Thrown when the tree has a shape the lowering does not expect; caught per statement. */
export class LoweringError extends Error {
  constructor(
    message: string,
    readonly node: SyntaxNode,
  ) {
    super(message);
  }
}
