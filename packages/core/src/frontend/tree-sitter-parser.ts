/**
 * The tree-sitter parser. This folder (`frontend/`) is the only code that
 * knows tree-sitter or its node names.
 */
import Parser from "tree-sitter";
import Python from "tree-sitter-python";

export type SyntaxNode = Parser.SyntaxNode;
export type SyntaxTree = Parser.Tree;

let shared: Parser | null = null;

export function parseWithTreeSitter(source: string): SyntaxTree {
  if (!shared) {
    shared = new Parser();
    shared.setLanguage(Python as unknown as Parser.Language);
  }
  return shared.parse(source);
}
