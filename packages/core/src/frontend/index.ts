/**
 * The front end: bytes → source text → tree-sitter tree → Python IR.
 */
import { createNode } from "../ir/builders";
import type { PyModule } from "../ir/nodes";
import { SourceText } from "../ir/source-text";
import { DiagnosticCollector } from "../report/diagnostic-collector";
import { attachComments, type SourceComment } from "./comments";
import { lowerStatements, splitDocstring } from "./lower-statements";
import { LoweringContext } from "./lowering-context";
import { type DecodeOptions, decodeSource } from "./source-decoding";
import { checkSyntax } from "./syntax-check";
import { parseWithTreeSitter, type SyntaxNode } from "./tree-sitter-parser";

export { DEFAULT_MAX_FILE_SIZE } from "./source-decoding";

export interface FrontEndResult {
  /** Null when the file could not be lowered (see the PY2TS1xxx diagnostics). */
  module: PyModule | null;
  source: SourceText | null;
  diagnostics: DiagnosticCollector;
}

function collectComments(ctx: LoweringContext, root: SyntaxNode): SourceComment[] {
  const out: SourceComment[] = [];
  const visit = (node: SyntaxNode) => {
    if (node.type === "comment") {
      const isHeader = node.startPosition.row <= 1 && (/^#!/.test(node.text) || /coding[:=]/.test(node.text));
      if (!isHeader) out.push({ text: node.text.replace(/^#\s?/, ""), span: ctx.span(node) });
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

/** Lowers already-decoded source text. */
export function lowerSource(text: string, file: string): FrontEndResult {
  const source = new SourceText(text);
  const diagnostics = new DiagnosticCollector(file, source);
  const tree = parseWithTreeSitter(text);
  const ctx = new LoweringContext(text, diagnostics);
  if (!checkSyntax(ctx, tree.rootNode, diagnostics)) return { module: null, source, diagnostics };
  const root = tree.rootNode;
  const { docstring, first } = splitDocstring(ctx, root);
  const children = docstring === null ? root.children : root.children.filter((c) => c.startIndex >= first);
  const body = lowerStatements(ctx, children);
  attachComments(body, collectComments(ctx, root));
  const module = createNode("Module", { body, docstring }, ctx.span(root));
  return { module, source, diagnostics };
}

/** Decodes and lowers a file's bytes. */
export function lowerFile(bytes: Uint8Array, file: string, options: DecodeOptions = {}): FrontEndResult {
  const early = new DiagnosticCollector(file, null);
  const text = decodeSource(bytes, early, options);
  if (text === null) return { module: null, source: null, diagnostics: early };
  return lowerSource(text, file);
}
