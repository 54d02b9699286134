/**
 * The tree-sitter parser. This folder (`frontend/`) is the only code that
 * knows tree-sitter or its node names.
 *
 * The native tree is copied once, with a single cursor walk, into plain
 * JavaScript nodes: reading children through the native binding node by node
 * costs far more than the parse itself.
 */
import type Parser from "tree-sitter";

export interface Point {
  row: number;
  column: number;
}

/** A plain copy of a tree-sitter node, with the subset of the binding's API the front end uses. */
export class SyntaxNode {
  readonly children: SyntaxNode[] = [];
  /** Field name of each child, by index (null when the child has none). */
  readonly fieldNames: Array<string | null> = [];
  parent: SyntaxNode | null = null;
  hasError = false;
  private namedCache: SyntaxNode[] | null = null;

  constructor(
    readonly id: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    readonly startPosition: Point,
    readonly endPosition: Point,
    private readonly source: string,
  ) {}

  get isError(): boolean {
    return this.type === "ERROR";
  }

  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  get namedChildren(): SyntaxNode[] {
    this.namedCache ??= this.children.filter((c) => c.isNamed);
    return this.namedCache;
  }

  get childCount(): number {
    return this.children.length;
  }

  get namedChildCount(): number {
    return this.namedChildren.length;
  }

  child(index: number): SyntaxNode | null {
    return this.children[index] ?? null;
  }

  fieldNameForChild(index: number): string | null {
    return this.fieldNames[index] ?? null;
  }

  childForFieldName(name: string): SyntaxNode | null {
    const i = this.fieldNames.indexOf(name);
    return i >= 0 ? this.children[i]! : null;
  }

  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((_, i) => this.fieldNames[i] === name);
  }
}

/**
 * One parser per process, loaded lazily. The `tree-sitter` module must never
 * be evaluated twice in a process: its second evaluation reads the first's
 * patched prototype getters and breaks every tree. Test runners give each
 * test file a fresh module registry and a fresh `globalThis`, so the parser
 * is kept on an object every registry shares: a Node built-in module.
 */
const SHARED = Symbol.for("py2ts.tree-sitter-parser");

function parser(): Parser {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const holder = require("node:os") as Record<symbol, Parser | undefined>;
  let instance = holder[SHARED];
  if (!instance) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const ParserClass = require("tree-sitter") as typeof Parser;
    const language = require("tree-sitter-python") as Parser.Language;
    /* eslint-enable @typescript-eslint/no-require-imports */
    instance = new ParserClass();
    instance.setLanguage(language);
    holder[SHARED] = instance;
  }
  return instance;
}

/** Parses source text and returns the root of a plain copy of the tree. */
export function parseWithTreeSitter(source: string): { rootNode: SyntaxNode } {
  const tree = parser().parse(source);
  const cursor = tree.walk();
  const lines = lineStarts(source);
  let nextId = 0;
  const make = (): SyntaxNode => {
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    return new SyntaxNode(
      nextId++,
      cursor.nodeType,
      cursor.nodeIsNamed,
      cursor.nodeIsMissing,
      start,
      end,
      pointAt(lines, start),
      pointAt(lines, end),
      source,
    );
  };
  const root = make();
  const stack: SyntaxNode[] = [root];
  // depth-first over the cursor, building children in order
  if (cursor.gotoFirstChild()) {
    for (;;) {
      const parent = stack[stack.length - 1]!;
      const node = make();
      node.parent = parent;
      parent.children.push(node);
      parent.fieldNames.push(cursor.currentFieldName ?? null);
      if (cursor.gotoFirstChild()) {
        stack.push(node);
        continue;
      }
      finish(node);
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) break;
        const done = stack.pop()!;
        finish(done);
        if (stack.length === 0) break;
      }
      if (stack.length === 0 || cursor.currentDepth === 0) break;
    }
  }
  while (stack.length > 0) finish(stack.pop()!);
  return { rootNode: root };
}

function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Row and column (UTF-16 units, like the binding's) of an offset. */
function pointAt(starts: readonly number[], offset: number): Point {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { row: lo, column: offset - starts[lo]! };
}

function finish(node: SyntaxNode): void {
  node.hasError = node.isError || node.isMissing || node.children.some((c) => c.hasError);
}
