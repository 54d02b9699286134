/**
 * Node types derived from `NODE_DEFINITIONS`. Nothing here is written twice:
 * adding a kind to the definitions table adds its type, its visitor keys and
 * its place in the category unions.
 */
import { NODE_DEFINITIONS } from "./definitions";
import type { Span } from "./span";

type Definitions = typeof NODE_DEFINITIONS;
export type NodeKind = keyof Definitions;
type CategoryOf<K extends NodeKind> = Definitions[K]["category"];
export type NodeCategory = CategoryOf<NodeKind>;

export type BinaryOperator = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "@" | "<<" | ">>" | "&" | "|" | "^";
export type UnaryOperator = "-" | "+" | "~" | "not";
export type BooleanOperator = "and" | "or";
export type ComparisonOperator = "==" | "!=" | "<" | "<=" | ">" | ">=" | "is" | "is not" | "in" | "not in";
export type ParamKind = "positional" | "positionalOnly" | "keywordOnly" | "varArgs" | "varKeywords";
export type DeclarationKind = "const" | "let";
export type TsBinaryOperator =
  | "+" | "-" | "*" | "/" | "%" | "**"
  | "===" | "!==" | "==" | "!=" | "<" | "<=" | ">" | ">="
  | "&&" | "||" | "??"
  | "&" | "|" | "^" | "<<" | ">>" | ">>>"
  | "instanceof" | "in" | ",";
export type TsAssignOperator = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "**=" | "&&=" | "||=" | "??=" | "&=" | "|=" | "^=" | "<<=" | ">>=";
export type TsUnaryOperator = "!" | "-" | "+" | "~" | "typeof" | "void" | "delete";
export type TsUpdateOperator = "++" | "--";
export type TsMethodKind = "method" | "get" | "set";
export type TsKeywordTypeName =
  | "number" | "string" | "boolean" | "null" | "undefined" | "void" | "never" | "unknown" | "bigint" | "object";

/** Comments carried by statements (and kept in the output). */
export interface NodeComments {
  leadingComments?: string[];
  trailingComment?: string;
  /** The source had an empty line before this statement (kept in the output). */
  blankLineBefore?: boolean;
}

interface FieldTypes {
  string: string;
  number: number;
  boolean: boolean;
  binop: BinaryOperator;
  unaryop: UnaryOperator;
  boolop: BooleanOperator;
  cmpop: ComparisonOperator;
  paramkind: ParamKind;
  declkind: DeclarationKind;
  tsbinop: TsBinaryOperator;
  tsassignop: TsAssignOperator;
  tsunaryop: TsUnaryOperator;
  tsupdateop: TsUpdateOperator;
  methodkind: TsMethodKind;
  tskeywordtype: TsKeywordTypeName;
  // Python children
  module: PyModule;
  stmt: PyStmt;
  expr: PyExpr;
  fpart: NodeOfCategory<"fpart">;
  dictentry: NodeOfCategory<"dictentry">;
  keyword: NodeOfCategory<"keyword">;
  param: NodeOfCategory<"param">;
  comprehension: NodeOfCategory<"comprehension">;
  handler: NodeOfCategory<"handler">;
  alias: NodeOfCategory<"alias">;
  withitem: NodeOfCategory<"withitem">;
  matchcase: NodeOfCategory<"matchcase">;
  pattern: PyPattern;
  // TypeScript children; `x` and `s` also accept Python nodes not yet rewritten.
  x: TsExpr | PyExpr;
  assigntarget: TsExpr | PyExpr | TsBinding;
  s: TsStmt | PyStmt;
  tsbinding: TsBinding;
  tsprop: NodeOfCategory<"tsprop">;
  tsparam: NodeOfCategory<"tsparam">;
  tscase: NodeOfCategory<"tscase">;
  tspropsig: NodeOfCategory<"tspropsig">;
  tsmember: TsMember;
  tstype: TsType;
}

type FieldType<T extends string> = T extends `${infer B}?`
  ? FieldType<B> | null
  : T extends `${infer B}*`
    ? FieldType<B>[]
    : T extends keyof FieldTypes
      ? FieldTypes[T]
      : never;

type FieldsOf<K extends NodeKind> = Definitions[K]["fields"];

/** The node of one kind: `kind`, its origin `span`, and its fields. */
export type NodeOf<K extends NodeKind> = {
  readonly kind: K;
  span: Span;
} & NodeComments & { -readonly [F in keyof FieldsOf<K>]: FieldType<FieldsOf<K>[F] & string> };

type NodeMap = { [K in NodeKind]: NodeOf<K> };

/** The node type of each of the kinds in K (distributes over a union of kinds). */
export type NodeOfKind<K extends NodeKind> = K extends NodeKind ? NodeOf<K> : never;

/** What every node has, whatever its kind. */
export type BaseNode = { readonly kind: NodeKind; span: Span } & NodeComments;
export type KindsOfCategory<C extends string> = { [K in NodeKind]: CategoryOf<K> extends C ? K : never }[NodeKind];
export type NodeOfCategory<C extends string> = NodeMap[KindsOfCategory<C>];

export type Node = NodeMap[NodeKind];
export type PyModule = NodeOf<"Module">;
export type PyStmt = NodeOfCategory<"stmt">;
export type PyExpr = NodeOfCategory<"expr">;
export type PyPattern = NodeOfCategory<"pattern">;
export type TsStmt = NodeOfCategory<"tsstmt">;
export type TsExpr = NodeOfCategory<"tsexpr">;
export type TsType = NodeOfCategory<"tstype">;
export type TsMember = NodeOfCategory<"tsmember">;
export type TsBinding = NodeOfCategory<"tsbinding"> | NodeOf<"TsId">;
export type TsSourceFile = NodeOf<"TsSourceFile">;

/** Python-side categories: a node of these kinds must be rewritten before emit. */
export const PYTHON_CATEGORIES: ReadonlySet<string> = new Set([
  "module", "stmt", "expr", "fpart", "dictentry", "keyword", "param", "comprehension",
  "handler", "alias", "withitem", "matchcase", "pattern",
]);

export function isPythonNode(node: Node): boolean {
  return PYTHON_CATEGORIES.has(NODE_DEFINITIONS[node.kind].category);
}

export function categoryOf(kind: NodeKind): NodeCategory {
  return NODE_DEFINITIONS[kind].category;
}
