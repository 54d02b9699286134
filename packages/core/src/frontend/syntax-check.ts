/**
 * Finds what makes a tree unconvertible: Python 2 constructs (PY2TS1002) and
 * syntax errors (PY2TS1001, from tree-sitter's ERROR and MISSING nodes).
 */
import type { DiagnosticCollector } from "../report/diagnostic-collector";
import type { LoweringContext } from "./lowering-context";
import type { SyntaxNode } from "./tree-sitter-parser";

const MAX_REPORTED = 5;

function python2Marker(node: SyntaxNode): string | null {
  switch (node.type) {
    case "print_statement":
      return "print statement (use print(...))";
    case "exec_statement":
      return "exec statement";
    case "except_clause": {
      const values = node.childrenForFieldName("value");
      const hasComma = node.children.some((c) => !c.isNamed && c.type === ",");
      return values.length === 2 && hasComma ? "'except X, e:' (use 'except X as e:')" : null;
    }
    case "integer":
      if (/^0\d+[lL]?$/.test(node.text) && !/^0+$/.test(node.text)) return `old-style octal literal ${node.text}`;
      if (/[lL]$/.test(node.text)) return `long integer literal ${node.text}`;
      return null;
    case "string_start":
      if (node.text.startsWith("`")) return "backquote repr";
      if (/^ur/i.test(node.text)) return `string prefix '${node.text.replace(/["']+$/, "")}'`;
      return null;
    case "comparison_operator":
      return node.children.some((c) => !c.isNamed && c.type === "<>") ? "the '<>' operator" : null;
    case "raise_statement": {
      const list = node.namedChildren.find((c) => c.type === "expression_list");
      return list ? "'raise E, value'" : null;
    }
    default:
      return null;
  }
}

/** Returns true when the file can be lowered. */
export function checkSyntax(ctx: LoweringContext, root: SyntaxNode, diagnostics: DiagnosticCollector): boolean {
  const py2: SyntaxNode[] = [];
  const errors: SyntaxNode[] = [];
  const visit = (node: SyntaxNode) => {
    if (python2Marker(node)) py2.push(node);
    if (node.isError || node.isMissing) errors.push(node);
    if (!node.hasError && py2.length >= MAX_REPORTED) return;
    for (const child of node.children) visit(child);
  };
  visit(root);
  if (py2.length > 0) {
    for (const node of py2.slice(0, MAX_REPORTED)) {
      diagnostics.builtin("python2", ctx.span(node), { detail: python2Marker(node) ?? node.type }, "frontend");
    }
    return false;
  }
  if (errors.length > 0) {
    for (const node of errors.slice(0, MAX_REPORTED)) {
      const detail = node.isMissing
        ? `missing ${JSON.stringify(node.type)}`
        : `unexpected ${JSON.stringify(node.text.split("\n")[0]!.slice(0, 40) || "end of input")}`;
      diagnostics.builtin("syntaxError", ctx.span(node), { detail }, "frontend");
    }
    return false;
  }
  return true;
}
