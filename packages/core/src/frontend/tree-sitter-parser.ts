/**
 * The tree-sitter parser. This folder (`frontend/`) is the only code that
 * knows tree-sitter or its node names.
 *
 * The native binding keeps the JavaScript classes of the first module
 * instance that initialised it; a second instance of the wrapper (a test
 * runner giving every test file its own module registry) would get nodes it
 * cannot read. So the parser is created once per process and kept on a
 * built-in module object, which every module registry shares.
 */
import type Parser from "tree-sitter";

export type SyntaxNode = Parser.SyntaxNode;
export type SyntaxTree = Parser.Tree;

interface TreeSitterModules {
  parser: Parser;
}

// A Node built-in module object is one per process, even where every test file gets its own globals.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const holder = require("node:util") as { __py2tsTreeSitter?: TreeSitterModules };

function sharedParser(): Parser {
  if (!holder.__py2tsTreeSitter) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const ParserClass = require("tree-sitter") as typeof Parser;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const python = require("tree-sitter-python") as unknown as Parser.Language;
    const parser = new ParserClass();
    parser.setLanguage(python);
    holder.__py2tsTreeSitter = { parser };
  }
  return holder.__py2tsTreeSitter.parser;
}

export function parseWithTreeSitter(source: string): SyntaxTree {
  return sharedParser().parse(source);
}
