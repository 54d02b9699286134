/**
 * The verify pass: after rewriting, no Python node may remain. Front-end
 * "unsupported" nodes become throwing stubs marked with their existing
 * diagnostic; any other Python node left behind is a PY2TS9001 (a gap in the
 * rules) and becomes a stub too. Every node must carry an origin span.
 */
import { type Node, type NodeKind, isPythonNode } from "../ir/nodes";
import { VISITOR_KEYS, childField, setChildField } from "../ir/visitor-keys";
import type { Diagnostic } from "../report/diagnostic";
import type { DiagnosticCollector } from "../report/diagnostic-collector";
import { type RewriteEngine, isExpressionLike, isStatementLike, markerText } from "./rewrite";

export interface VerifyResult {
  /** Python nodes found (and stubbed). */
  leftovers: number;
  /** Nodes without a span (an engine or rule bug); reported once. */
  missingOrigins: number;
}

function findFrontendDiagnostic(diagnostics: DiagnosticCollector, node: Node): Diagnostic | undefined {
  return diagnostics.all.find(
    (d) =>
      d.ruleId === "frontend" &&
      d.span.start.line === node.span.start.line &&
      d.span.start.column === node.span.start.column &&
      d.code.startsWith("PY2TS2"),
  );
}

export function verifyTree(root: Node, engine: RewriteEngine, diagnostics: DiagnosticCollector): VerifyResult {
  const result: VerifyResult = { leftovers: 0, missingOrigins: 0 };
  const stack: Node[] = [];

  const replacementFor = (node: Node): Node | null => {
    let d: Diagnostic | undefined;
    if (node.kind === "UnsupportedExpr" || node.kind === "UnsupportedStmt") d = findFrontendDiagnostic(diagnostics, node);
    if (!d) {
      const kind = describe(node.kind);
      d = diagnostics.builtin("notLowered", node.span, { kind }, "verify");
    }
    result.leftovers++;
    const owner = isStatementLike(node) ? node : stack[stack.length - 1];
    const stub = engine.stubFor(node, d);
    const marker = { text: markerText(d), diagnosticIndex: diagnostics.all.indexOf(d) };
    if (stub && isStatementLike(node)) engine.decorations.mark(stub, marker);
    else if (owner) engine.decorations.mark(owner, marker);
    if (stub) engine.decorations.onReplace(node, stub);
    return stub;
  };

  const visit = (node: Node, parent: Node | null, field: string, index: number | null): void => {
    if (!node.span) result.missingOrigins++;
    if (isPythonNode(node) && parent) {
      const stub = replacementFor(node);
      if (stub) {
        const slot = childField(parent, field);
        if (Array.isArray(slot) && index !== null) slot[index] = stub;
        else setChildField(parent, field, stub);
      } else {
        const slot = childField(parent, field);
        if (Array.isArray(slot) && index !== null) slot.splice(index, 1);
        else setChildField(parent, field, null);
      }
      return;
    }
    const statementLike = isStatementLike(node);
    if (statementLike) stack.push(node);
    for (const f of VISITOR_KEYS[node.kind]) {
      const value = childField(node, f);
      if (Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) visit(value[i]!, node, f, i);
      } else if (value) visit(value, node, f, null);
    }
    if (statementLike) stack.pop();
  };
  visit(root, null, "root", null);
  void isExpressionLike;
  return result;
}

function describe(kind: NodeKind): string {
  return `Python ${kind.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} (${kind})`;
}
