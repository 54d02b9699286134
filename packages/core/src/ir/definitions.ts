/**
 * Every IR node kind, defined once, as data (the Babel `definitions` model).
 *
 * Python kinds (the lowered source) and TypeScript kinds (the target) live in
 * one tree: rules replace Python nodes by TypeScript nodes top-down, so a
 * TypeScript node may hold Python children until the engine reaches them.
 *
 * A field tag names what the field holds:
 *   - a node category (`expr`, `stmt`, `x`, `s`, ...): a child node, visited by traversal
 *   - a value tag (`string`, `number`, `boolean`, an enum name): plain data
 *   - suffix `*` = array, `?` = may be null (`s*?` = array or null).
 * Types (`types.ts`), visitor keys and guards (`traversal.ts`) are derived from this table.
 */
export const NODE_DEFINITIONS = {
  // ───────────────────────────── Python: module and statements ─────────────────────────────
  Module: { category: "module", fields: { body: "stmt*", docstring: "string?" } },
  FunctionDef: {
    category: "stmt",
    fields: {
      name: "string",
      params: "param*",
      body: "stmt*",
      decorators: "expr*",
      returns: "expr?",
      isAsync: "boolean",
      docstring: "string?",
    },
  },
  ClassDef: {
    category: "stmt",
    fields: { name: "string", bases: "expr*", keywords: "keyword*", body: "stmt*", decorators: "expr*", docstring: "string?" },
  },
  Return: { category: "stmt", fields: { value: "expr?" } },
  Delete: { category: "stmt", fields: { targets: "expr*" } },
  Assign: { category: "stmt", fields: { targets: "expr*", value: "expr" } },
  AnnAssign: { category: "stmt", fields: { target: "expr", annotation: "expr", value: "expr?" } },
  AugAssign: { category: "stmt", fields: { target: "expr", op: "binop", value: "expr" } },
  For: { category: "stmt", fields: { target: "expr", iter: "expr", body: "stmt*", orelse: "stmt*", isAsync: "boolean" } },
  While: { category: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*" } },
  If: { category: "stmt", fields: { test: "expr", body: "stmt*", orelse: "stmt*", isElif: "boolean" } },
  With: { category: "stmt", fields: { items: "withitem*", body: "stmt*", isAsync: "boolean" } },
  Match: { category: "stmt", fields: { subject: "expr", cases: "matchcase*" } },
  Raise: { category: "stmt", fields: { exc: "expr?", cause: "expr?" } },
  Try: {
    category: "stmt",
    fields: { body: "stmt*", handlers: "handler*", orelse: "stmt*", finalbody: "stmt*", isStar: "boolean" },
  },
  Assert: { category: "stmt", fields: { test: "expr", msg: "expr?" } },
  Import: { category: "stmt", fields: { names: "alias*" } },
  ImportFrom: { category: "stmt", fields: { module: "string", level: "number", names: "alias*" } },
  Global: { category: "stmt", fields: { names: "string*" } },
  Nonlocal: { category: "stmt", fields: { names: "string*" } },
  ExprStmt: { category: "stmt", fields: { value: "expr" } },
  Pass: { category: "stmt", fields: {} },
  Break: { category: "stmt", fields: {} },
  Continue: { category: "stmt", fields: {} },
  /** A statement the front end cannot lower; carries its PY2TS2xxx diagnostic. */
  UnsupportedStmt: { category: "stmt", fields: { code: "string", construct: "string", text: "string" } },

  // ───────────────────────────── Python: expressions ─────────────────────────────
  Name: { category: "expr", fields: { id: "string" } },
  IntLit: { category: "expr", fields: { value: "number", raw: "string" } },
  FloatLit: { category: "expr", fields: { value: "number", raw: "string" } },
  StrLit: { category: "expr", fields: { value: "string" } },
  /** A bytes literal; `value` holds one char per byte (code 0-255). */
  BytesLit: { category: "expr", fields: { value: "string" } },
  BoolLit: { category: "expr", fields: { value: "boolean" } },
  NoneLit: { category: "expr", fields: {} },
  EllipsisLit: { category: "expr", fields: {} },
  FString: { category: "expr", fields: { parts: "fpart*" } },
  List: { category: "expr", fields: { elts: "expr*" } },
  Tuple: { category: "expr", fields: { elts: "expr*" } },
  Set: { category: "expr", fields: { elts: "expr*" } },
  Dict: { category: "expr", fields: { entries: "dictentry*" } },
  Starred: { category: "expr", fields: { value: "expr" } },
  Attribute: { category: "expr", fields: { value: "expr", attr: "string" } },
  Subscript: { category: "expr", fields: { value: "expr", index: "expr" } },
  Slice: { category: "expr", fields: { lower: "expr?", upper: "expr?", step: "expr?" } },
  Call: { category: "expr", fields: { func: "expr", args: "expr*", keywords: "keyword*" } },
  BinOp: { category: "expr", fields: { left: "expr", op: "binop", right: "expr" } },
  UnaryOp: { category: "expr", fields: { op: "unaryop", operand: "expr" } },
  BoolOp: { category: "expr", fields: { op: "boolop", values: "expr*" } },
  Compare: { category: "expr", fields: { left: "expr", ops: "cmpop*", comparators: "expr*" } },
  IfExp: { category: "expr", fields: { test: "expr", body: "expr", orelse: "expr" } },
  Lambda: { category: "expr", fields: { params: "param*", body: "expr" } },
  NamedExpr: { category: "expr", fields: { target: "expr", value: "expr" } },
  ListComp: { category: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  SetComp: { category: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  DictComp: { category: "expr", fields: { key: "expr", value: "expr", generators: "comprehension*" } },
  GeneratorExp: { category: "expr", fields: { elt: "expr", generators: "comprehension*" } },
  Await: { category: "expr", fields: { value: "expr" } },
  Yield: { category: "expr", fields: { value: "expr?" } },
  YieldFrom: { category: "expr", fields: { value: "expr" } },
  /** An expression the front end cannot lower; carries its PY2TS2xxx diagnostic. */
  UnsupportedExpr: { category: "expr", fields: { code: "string", construct: "string", text: "string" } },

  // ───────────────────────────── Python: auxiliary nodes ─────────────────────────────
  FText: { category: "fpart", fields: { value: "string" } },
  FValue: {
    category: "fpart",
    fields: { value: "expr", conversion: "string?", spec: "fpart*?", debugText: "string?" },
  },
  DictEntry: { category: "dictentry", fields: { key: "expr?", value: "expr" } },
  Keyword: { category: "keyword", fields: { name: "string?", value: "expr" } },
  Param: { category: "param", fields: { name: "string", paramKind: "paramkind", annotation: "expr?", default: "expr?" } },
  Comprehension: { category: "comprehension", fields: { target: "expr", iter: "expr", ifs: "expr*", isAsync: "boolean" } },
  ExceptHandler: { category: "handler", fields: { type: "expr?", name: "string?", body: "stmt*" } },
  Alias: { category: "alias", fields: { name: "string", asname: "string?" } },
  WithItem: { category: "withitem", fields: { context: "expr", target: "expr?" } },
  MatchCase: { category: "matchcase", fields: { pattern: "pattern", guard: "expr?", body: "stmt*" } },
  MatchValue: { category: "pattern", fields: { value: "expr" } },
  MatchSingleton: { category: "pattern", fields: { value: "expr" } },
  MatchSequence: { category: "pattern", fields: { patterns: "pattern*" } },
  MatchMapping: { category: "pattern", fields: { keys: "expr*", patterns: "pattern*", rest: "string?" } },
  MatchClass: {
    category: "pattern",
    fields: { cls: "expr", patterns: "pattern*", kwdNames: "string*", kwdPatterns: "pattern*" },
  },
  MatchStar: { category: "pattern", fields: { name: "string?" } },
  MatchAs: { category: "pattern", fields: { pattern: "pattern?", name: "string?" } },
  MatchOr: { category: "pattern", fields: { patterns: "pattern*" } },

  // ───────────────────────────── TypeScript: file and statements ─────────────────────────────
  TsSourceFile: { category: "tsfile", fields: { statements: "s*", leadingDoc: "string?" } },
  TsVarStatement: {
    category: "tsstmt",
    fields: {
      declKind: "declkind",
      name: "tsbinding",
      type: "tstype?",
      init: "x?",
      definite: "boolean",
      exported: "boolean",
    },
  },
  TsExprStatement: { category: "tsstmt", fields: { expr: "x" } },
  TsIf: { category: "tsstmt", fields: { test: "x", then: "s*", else: "s*?" } },
  TsFor: { category: "tsstmt", fields: { init: "s?", test: "x?", update: "x?", body: "s*" } },
  TsForOf: {
    category: "tsstmt",
    fields: { declKind: "declkind?", binding: "tsbinding", iterable: "x", body: "s*" },
  },
  TsWhile: { category: "tsstmt", fields: { test: "x", body: "s*" } },
  TsDoWhile: { category: "tsstmt", fields: { body: "s*", test: "x" } },
  TsBreak: { category: "tsstmt", fields: { label: "string?" } },
  TsContinue: { category: "tsstmt", fields: { label: "string?" } },
  TsLabeled: { category: "tsstmt", fields: { label: "string", body: "s" } },
  TsReturn: { category: "tsstmt", fields: { value: "x?" } },
  TsThrow: { category: "tsstmt", fields: { value: "x" } },
  TsTry: {
    category: "tsstmt",
    fields: { block: "s*", catchName: "string?", catchBody: "s*?", finallyBody: "s*?" },
  },
  TsSwitch: { category: "tsstmt", fields: { discriminant: "x", cases: "tscase*" } },
  TsBlock: { category: "tsstmt", fields: { body: "s*" } },
  TsEmpty: { category: "tsstmt", fields: {} },
  TsFunctionDecl: {
    category: "tsstmt",
    fields: {
      name: "string",
      typeParams: "string*",
      params: "tsparam*",
      returnType: "tstype?",
      body: "s*",
      isGenerator: "boolean",
      isAsync: "boolean",
      exported: "boolean",
      doc: "string?",
    },
  },
  TsClassDecl: {
    category: "tsstmt",
    fields: { name: "string", extends: "x?", extendsTypeArgs: "tstype*", members: "tsmember*", exported: "boolean", doc: "string?" },
  },
  TsTypeAlias: { category: "tsstmt", fields: { name: "string", type: "tstype", exported: "boolean" } },

  // ───────────────────────────── TypeScript: expressions ─────────────────────────────
  TsId: { category: "tsexpr", fields: { name: "string" } },
  TsNumber: { category: "tsexpr", fields: { value: "number" } },
  TsString: { category: "tsexpr", fields: { value: "string" } },
  TsTemplate: { category: "tsexpr", fields: { quasis: "string*", exprs: "x*" } },
  TsBool: { category: "tsexpr", fields: { value: "boolean" } },
  TsNull: { category: "tsexpr", fields: {} },
  TsUndefined: { category: "tsexpr", fields: {} },
  TsThis: { category: "tsexpr", fields: {} },
  TsSuper: { category: "tsexpr", fields: {} },
  TsArray: { category: "tsexpr", fields: { elements: "x*" } },
  TsObject: { category: "tsexpr", fields: { props: "tsprop*" } },
  TsSpread: { category: "tsexpr", fields: { expr: "x" } },
  TsCall: { category: "tsexpr", fields: { callee: "x", args: "x*", typeArgs: "tstype*", optional: "boolean" } },
  TsNew: { category: "tsexpr", fields: { callee: "x", args: "x*", typeArgs: "tstype*" } },
  TsMember: { category: "tsexpr", fields: { object: "x", name: "string", optional: "boolean" } },
  TsIndex: { category: "tsexpr", fields: { object: "x", index: "x", optional: "boolean" } },
  TsBinary: { category: "tsexpr", fields: { op: "tsbinop", left: "x", right: "x" } },
  TsAssign: { category: "tsexpr", fields: { op: "tsassignop", target: "assigntarget", value: "x" } },
  TsUnary: { category: "tsexpr", fields: { op: "tsunaryop", operand: "x" } },
  TsUpdate: { category: "tsexpr", fields: { op: "tsupdateop", prefix: "boolean", operand: "x" } },
  TsConditional: { category: "tsexpr", fields: { test: "x", then: "x", else: "x" } },
  TsArrow: {
    category: "tsexpr",
    fields: { params: "tsparam*", returnType: "tstype?", body: "s*", expr: "x?", isAsync: "boolean" },
  },
  TsFunctionExpr: {
    category: "tsexpr",
    fields: {
      name: "string?",
      params: "tsparam*",
      returnType: "tstype?",
      body: "s*",
      isGenerator: "boolean",
      isAsync: "boolean",
    },
  },
  TsAs: { category: "tsexpr", fields: { expr: "x", type: "tstype" } },
  TsNonNull: { category: "tsexpr", fields: { expr: "x" } },
  TsYield: { category: "tsexpr", fields: { value: "x?", delegate: "boolean" } },
  TsAwait: { category: "tsexpr", fields: { value: "x" } },
  TsArrayPattern: { category: "tsbinding", fields: { elements: "tsbinding*", rest: "tsbinding?" } },
  /** A hole in an array pattern (`[, b] = ...`). */
  TsOmitted: { category: "tsbinding", fields: {} },

  // ───────────────────────────── TypeScript: auxiliary nodes ─────────────────────────────
  TsProp: { category: "tsprop", fields: { key: "string?", value: "x" } },
  TsParam: {
    category: "tsparam",
    fields: { name: "string", type: "tstype?", init: "x?", rest: "boolean", optional: "boolean" },
  },
  TsCase: { category: "tscase", fields: { test: "x?", body: "s*" } },
  TsPropertyDecl: {
    category: "tsmember",
    fields: {
      name: "string",
      type: "tstype?",
      init: "x?",
      isStatic: "boolean",
      isReadonly: "boolean",
      definite: "boolean",
      /** `declare x: T;` — a type-only field: nothing is defined on the instance until code assigns it. */
      isDeclare: "boolean",
    },
  },
  TsMethodDecl: {
    category: "tsmember",
    fields: {
      name: "string",
      params: "tsparam*",
      returnType: "tstype?",
      body: "s*",
      isStatic: "boolean",
      methodKind: "methodkind",
      isGenerator: "boolean",
      isAsync: "boolean",
      doc: "string?",
    },
  },
  TsConstructorDecl: { category: "tsmember", fields: { params: "tsparam*", body: "s*", doc: "string?" } },

  // ───────────────────────────── TypeScript: types ─────────────────────────────
  TsTypeRef: { category: "tstype", fields: { name: "string", args: "tstype*" } },
  TsKeywordType: { category: "tstype", fields: { name: "tskeywordtype" } },
  TsArrayType: { category: "tstype", fields: { element: "tstype", readonly: "boolean" } },
  TsTupleType: { category: "tstype", fields: { elements: "tstype*", readonly: "boolean" } },
  TsUnionType: { category: "tstype", fields: { types: "tstype*" } },
  TsFunctionType: { category: "tstype", fields: { params: "tsparam*", returnType: "tstype" } },
  TsLiteralType: { category: "tstype", fields: { value: "string" } },
  /** An object type literal: `{ days: number; dir?: string }`. */
  TsObjectType: { category: "tstype", fields: { members: "tspropsig*" } },
  TsPropertySignature: { category: "tspropsig", fields: { name: "string", type: "tstype", optional: "boolean" } },
} as const;
