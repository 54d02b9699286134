/**
 * Front-end completeness: every named node kind of tree-sitter-python is
 * either lowered into the IR (or consumed by its parent's lowering), or
 * becomes an explicit unsupported node with a PY2TS2xxx diagnostic, or is a
 * Python 2 construct reported as PY2TS1002. Each kind is proven with a sample
 * program that contains it.
 */
import { TREE_SITTER_KINDS } from "./node-kinds";
import { lowerSource } from "./index";
import { parseWithTreeSitter, type SyntaxNode } from "./tree-sitter-parser";
import { walk } from "../ir/visitor-keys";
import { DiagnosticCollector } from "../report/diagnostic-collector";
import { lowerExpression } from "./lower-expressions";
import { lowerTypeExpression } from "./lower-parameters";
import { LoweringContext } from "./lowering-context";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeTypes = require("tree-sitter-python/src/node-types.json") as Array<{ type: string; named: boolean }>;

const SAMPLES: Record<string, string> = {
  module: "x = 1\n",
  block: "if x:\n    y = 1\n",
  expression_statement: "f()\n",
  assignment: "x: int = 1\na = b = 2\n",
  augmented_assignment: "x += 1\n",
  assert_statement: "assert x, 'msg'\n",
  break_statement: "for x in y:\n    break\n",
  continue_statement: "for x in y:\n    continue\n",
  pass_statement: "pass\n",
  return_statement: "def f():\n    return 1, 2\n",
  raise_statement: "raise ValueError('x') from None\n",
  delete_statement: "del a[0], b\n",
  global_statement: "def f():\n    global x\n",
  nonlocal_statement: "def f():\n    x = 1\n    def g():\n        nonlocal x\n",
  import_statement: "import os.path as p, sys\n",
  import_from_statement: "from . import a as b\nfrom ..m import *\n",
  future_import_statement: "from __future__ import annotations\n",
  aliased_import: "import os as o\n",
  dotted_name: "import os.path\n",
  relative_import: "from .m import x\n",
  import_prefix: "from .. import x\n",
  wildcard_import: "from os import *\n",
  if_statement: "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
  elif_clause: "if a:\n    pass\nelif b:\n    pass\n",
  else_clause: "for x in y:\n    pass\nelse:\n    pass\n",
  for_statement: "async def f():\n    async for a, b in c:\n        pass\n",
  while_statement: "while x:\n    pass\nelse:\n    pass\n",
  try_statement: "try:\n    pass\nexcept (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  except_clause: "try:\n    pass\nexcept ValueError:\n    pass\n",
  finally_clause: "try:\n    pass\nfinally:\n    pass\n",
  with_statement: "with open(a) as f, open(b) as g:\n    pass\n",
  with_clause: "with a:\n    pass\n",
  with_item: "with a as b:\n    pass\n",
  function_definition: "async def f(a, /, b: int = 2, *args, c, d=1, **kw) -> int:\n    '''doc'''\n    return a\n",
  parameters: "def f(a):\n    pass\n",
  lambda_parameters: "f = lambda a, *b, c=1, **d: a\n",
  default_parameter: "def f(a=1):\n    pass\n",
  typed_parameter: "def f(a: int, *b: str, **c: float):\n    pass\n",
  typed_default_parameter: "def f(a: int = 1):\n    pass\n",
  list_splat_pattern: "a, *b = c\n",
  dictionary_splat_pattern: "def f(**kw):\n    pass\n",
  keyword_separator: "def f(*, a):\n    pass\n",
  positional_separator: "def f(a, /):\n    pass\n",
  class_definition: "class A(B, metaclass=M):\n    '''doc'''\n    x = 1\n",
  decorated_definition: "@dec(1)\n@other\ndef f():\n    pass\n",
  decorator: "@dec\nclass A:\n    pass\n",
  match_statement: "match p:\n    case [1, *rest] if rest:\n        pass\n    case _:\n        pass\n",
  case_clause: "match p:\n    case 1:\n        pass\n",
  case_pattern: "match p:\n    case x:\n        pass\n",
  as_pattern: "match p:\n    case [1, 2] as q:\n        pass\n",
  class_pattern: "match p:\n    case Point(x=0, y=yy):\n        pass\n",
  complex_pattern: "match p:\n    case 1+2j:\n        pass\n",
  dict_pattern: "match p:\n    case {'k': v, **rest}:\n        pass\n",
  keyword_pattern: "match p:\n    case Point(x=0):\n        pass\n",
  list_pattern: "match p:\n    case [a, b]:\n        pass\n",
  splat_pattern: "match p:\n    case [a, *b]:\n        pass\n",
  tuple_pattern: "match p:\n    case (a, b):\n        pass\n",
  union_pattern: "match p:\n    case 1 | -2 | 'x':\n        pass\n",
  type_alias_statement: "type Point = tuple[int, int]\n",
  type_parameter: "def f[T](x: T) -> T:\n    return x\n",
  print_statement: "print 'hello'\n",
  chevron: "print >> f, 'x'\n",
  exec_statement: "exec 'x = 1'\n",
  identifier: "x\n",
  integer: "x = 0x1F + 0o7 + 0b1 + 1_000\n",
  float: "x = 1.5e3\n",
  true: "x = True\n",
  false: "x = False\n",
  none: "x = None\n",
  ellipsis: "x = ...\n",
  string: "x = 'a\\tb'\n",
  string_start: "x = 'a'\n",
  string_content: "x = 'a'\n",
  string_end: "x = 'a'\n",
  escape_sequence: "x = 'a\\n'\n",
  escape_interpolation: "x = f'{{a}}'\n",
  concatenated_string: "x = 'a' 'b'\n",
  interpolation: "x = f'{a!r:>8}'\n",
  format_specifier: "x = f'{a:>{w}}'\n",
  format_expression: "x = f'{a:>{w}}'\n",
  type_conversion: "x = f'{a!s}'\n",
  parenthesized_expression: "x = (a)\n",
  list: "x = [1, *y]\n",
  tuple: "x = (1, 2)\n",
  set: "x = {1, 2}\n",
  dictionary: "x = {'a': 1, **b}\n",
  pair: "x = {'a': 1}\n",
  dictionary_splat: "f(**kw)\n",
  list_splat: "f(*args)\n",
  parenthesized_list_splat: "x = [*(a)]\n",
  expression_list: "x = 1, 2\n",
  pattern_list: "a, b = c\n",
  list_comprehension: "x = [a for a in b if a]\n",
  set_comprehension: "x = {a for a in b}\n",
  dictionary_comprehension: "x = {a: b for a, b in c}\n",
  generator_expression: "x = sum(a for a in b)\n",
  for_in_clause: "x = [a for a in b]\n",
  if_clause: "x = [a for a in b if a]\n",
  attribute: "x = a.b\n",
  subscript: "x = a[1, 2:3]\n",
  slice: "x = a[1:2:3]\n",
  call: "f(1, k=2)\n",
  argument_list: "f(1)\n",
  keyword_argument: "f(k=1)\n",
  binary_operator: "x = a // b\n",
  unary_operator: "x = -a\n",
  not_operator: "x = not a\n",
  boolean_operator: "x = a and b or c\n",
  comparison_operator: "x = a < b <= c not in d is not e\n",
  conditional_expression: "x = a if b else c\n",
  lambda: "f = lambda: 1\n",
  named_expression: "if (n := 1):\n    pass\n",
  await: "async def f():\n    await g()\n",
  yield: "def f():\n    yield 1\n    yield from g()\n",
  type: "x: int = 1\n",
  generic_type: "x: dict[str, list[int]] = {}\n",
  union_type: "x: int | None = None\n",
  member_type: "x: typing.Any = 1\n",
  constrained_type: "def f[T: (int, str)](x: T) -> T:\n    return x\n",
  splat_type: "def f[*Ts](x):\n    return x\n",
  comment: "x = 1  # comment\n",
  line_continuation: "x = 1 + \\\n    2\n",
  _compound_statement: "if x:\n    pass\n",
  _simple_statement: "pass\n",
  expression: "x\n",
  parameter: "def f(a):\n    pass\n",
  pattern: "a, b = c\n",
  primary_expression: "x\n",
};

/**
 * Kinds the grammar declares but its precedences never produce from source
 * (the plain-expression alternative always wins). They are still lowered;
 * a synthetic node proves the code path.
 */
const UNREACHABLE_FROM_SOURCE = new Set(["member_type", "union_type", "parenthesized_list_splat"]);

function fakeNode(type: string, children: SyntaxNode[] = [], text = ""): SyntaxNode {
  const node = {
    type,
    text,
    isNamed: true,
    children,
    namedChildren: children,
    namedChildCount: children.length,
    childCount: children.length,
    startIndex: 0,
    endIndex: text.length,
    startPosition: { row: 0, column: 0 },
    endPosition: { row: 0, column: text.length },
    childForFieldName: () => null,
    childrenForFieldName: () => [],
  };
  return node as unknown as SyntaxNode;
}

function lowerSynthetic(kind: string): string {
  const ctx = new LoweringContext("", new DiagnosticCollector("x.py", null));
  const id = (name: string) => fakeNode("identifier", [], name);
  if (kind === "union_type") return lowerTypeExpression(ctx, fakeNode("union_type", [fakeNode("type", [id("int")]), fakeNode("type", [id("str")])])).kind;
  if (kind === "member_type") return lowerTypeExpression(ctx, fakeNode("member_type", [fakeNode("type", [id("typing")]), id("Any")])).kind;
  return lowerExpression(ctx, fakeNode("parenthesized_list_splat", [fakeNode("list_splat", [id("a")])])).kind;
}

function kindsIn(source: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: SyntaxNode) => {
    seen.add(node.type);
    node.children.forEach(visit);
  };
  visit(parseWithTreeSitter(source).rootNode);
  return seen;
}

describe("front end completeness", () => {
  const named = [...new Set(nodeTypes.filter((t) => t.named).map((t) => t.type))].sort();

  it("classifies every named node kind of tree-sitter-python", () => {
    const missing = named.filter((kind) => !(kind in TREE_SITTER_KINDS));
    expect(missing).toEqual([]);
  });

  it("has a sample program for every kind", () => {
    expect(named.filter((kind) => !(kind in SAMPLES))).toEqual([]);
  });

  for (const kind of named) {
    const handling = TREE_SITTER_KINDS[kind] ?? "extra";
    const sample = SAMPLES[kind] ?? "";
    if (UNREACHABLE_FROM_SOURCE.has(kind)) {
      it(`${kind} (${handling}, synthetic)`, () => {
        expect(lowerSynthetic(kind)).not.toMatch(/^Unsupported/);
      });
      continue;
    }
    it(`${kind} (${handling})`, () => {
      const supertype = kind.startsWith("_") || ["expression", "parameter", "pattern", "primary_expression"].includes(kind);
      if (!supertype) expect(kindsIn(sample)).toContain(kind);
      const result = lowerSource(sample, "sample.py");
      const codes = result.diagnostics.all.map((d) => d.code);
      expect(codes.filter((c) => c.startsWith("PY2TS9"))).toEqual([]);
      switch (handling) {
        case "python2":
          expect(codes).toContain("PY2TS1002");
          expect(result.module).toBeNull();
          break;
        case "unsupported": {
          expect(result.module).not.toBeNull();
          expect(codes.some((c) => c.startsWith("PY2TS2"))).toBe(true);
          let unsupportedNodes = 0;
          walk(result.module!, (n) => {
            if (n.kind === "UnsupportedExpr" || n.kind === "UnsupportedStmt") unsupportedNodes++;
          });
          expect(unsupportedNodes).toBeGreaterThan(0);
          break;
        }
        default:
          expect(result.module).not.toBeNull();
          expect(codes.filter((c) => c.startsWith("PY2TS1") || c.startsWith("PY2TS2"))).toEqual([]);
      }
    });
  }
});
