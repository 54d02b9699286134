/**
 * Builders for TypeScript target nodes, bound to one origin:
 *
 *   const b = ctx.at(path.node);
 *   path.replaceWith(b.call(b.member(b.id("console"), "log"), [arg]));
 */
import { createNode } from "./builders";
import type {
  DeclarationKind,
  NodeOf,
  PyExpr,
  PyStmt,
  TsAssignOperator,
  TsBinaryOperator,
  TsBinding,
  TsExpr,
  TsKeywordTypeName,
  TsMember,
  TsMethodKind,
  TsStmt,
  TsType,
  TsUnaryOperator,
} from "./nodes";
import type { Origin } from "./span";

export type AnyExpr = TsExpr | PyExpr;
export type AnyStmt = TsStmt | PyStmt;

export interface ParamInit {
  name: string;
  type?: TsType | null;
  init?: AnyExpr | null;
  rest?: boolean;
  optional?: boolean;
}

export class TsBuilder {
  constructor(readonly origin: Origin) {}

  // ── expressions ──
  id(name: string): NodeOf<"TsId"> {
    return createNode("TsId", { name }, this.origin);
  }
  num(value: number): AnyExpr {
    if (value < 0 || Object.is(value, -0)) {
      return this.unary("-", createNode("TsNumber", { value: -value }, this.origin));
    }
    return createNode("TsNumber", { value }, this.origin);
  }
  str(value: string): NodeOf<"TsString"> {
    return createNode("TsString", { value }, this.origin);
  }
  bool(value: boolean): NodeOf<"TsBool"> {
    return createNode("TsBool", { value }, this.origin);
  }
  null(): NodeOf<"TsNull"> {
    return createNode("TsNull", {}, this.origin);
  }
  undefined(): NodeOf<"TsUndefined"> {
    return createNode("TsUndefined", {}, this.origin);
  }
  this(): NodeOf<"TsThis"> {
    return createNode("TsThis", {}, this.origin);
  }
  super(): NodeOf<"TsSuper"> {
    return createNode("TsSuper", {}, this.origin);
  }
  template(quasis: string[], exprs: AnyExpr[]): NodeOf<"TsTemplate"> {
    return createNode("TsTemplate", { quasis, exprs }, this.origin);
  }
  /**
   * A string built from parts: string literals merge into the template's text,
   * anything else becomes a `${}` substitution. One string literal stays a literal.
   */
  concat(parts: AnyExpr[]): AnyExpr {
    const quasis: string[] = [""];
    const exprs: AnyExpr[] = [];
    for (const part of parts) {
      if (part.kind === "TsString") quasis[quasis.length - 1] += part.value;
      else if (part.kind === "TsTemplate") {
        quasis[quasis.length - 1] += part.quasis[0] ?? "";
        part.exprs.forEach((e, i) => {
          exprs.push(e);
          quasis.push(part.quasis[i + 1] ?? "");
        });
      } else {
        exprs.push(part);
        quasis.push("");
      }
    }
    if (exprs.length === 0) return this.str(quasis[0]!);
    if (exprs.length === 1 && quasis.every((q) => q === "")) {
      const only = exprs[0]!;
      if (only.kind === "TsString" || only.kind === "TsTemplate") return only;
    }
    return this.template(quasis, exprs);
  }
  array(elements: AnyExpr[]): NodeOf<"TsArray"> {
    return createNode("TsArray", { elements }, this.origin);
  }
  object(props: Array<[string | null, AnyExpr]>): NodeOf<"TsObject"> {
    const nodes = props.map(([key, value]) => createNode("TsProp", { key, value }, this.origin));
    return createNode("TsObject", { props: nodes }, this.origin);
  }
  spread(expr: AnyExpr): NodeOf<"TsSpread"> {
    return createNode("TsSpread", { expr }, this.origin);
  }
  call(callee: AnyExpr, args: AnyExpr[], typeArgs: TsType[] = []): NodeOf<"TsCall"> {
    return createNode("TsCall", { callee, args, typeArgs, optional: false }, this.origin);
  }
  /** `object.method(args)` */
  methodCall(object: AnyExpr, method: string, args: AnyExpr[]): NodeOf<"TsCall"> {
    return this.call(this.member(object, method), args);
  }
  new(callee: AnyExpr, args: AnyExpr[], typeArgs: TsType[] = []): NodeOf<"TsNew"> {
    return createNode("TsNew", { callee, args, typeArgs }, this.origin);
  }
  member(object: AnyExpr, name: string, optional = false): NodeOf<"TsMember"> {
    return createNode("TsMember", { object, name, optional }, this.origin);
  }
  index(object: AnyExpr, index: AnyExpr): NodeOf<"TsIndex"> {
    return createNode("TsIndex", { object, index, optional: false }, this.origin);
  }
  binary(op: TsBinaryOperator, left: AnyExpr, right: AnyExpr): NodeOf<"TsBinary"> {
    return createNode("TsBinary", { op, left, right }, this.origin);
  }
  assign(target: AnyExpr | TsBinding, value: AnyExpr, op: TsAssignOperator = "="): NodeOf<"TsAssign"> {
    return createNode("TsAssign", { op, target, value }, this.origin);
  }
  unary(op: TsUnaryOperator, operand: AnyExpr): NodeOf<"TsUnary"> {
    return createNode("TsUnary", { op, operand }, this.origin);
  }
  not(operand: AnyExpr): NodeOf<"TsUnary"> {
    return this.unary("!", operand);
  }
  increment(operand: AnyExpr, op: "++" | "--" = "++"): NodeOf<"TsUpdate"> {
    return createNode("TsUpdate", { op, prefix: false, operand }, this.origin);
  }
  conditional(test: AnyExpr, then: AnyExpr, otherwise: AnyExpr): NodeOf<"TsConditional"> {
    return createNode("TsConditional", { test, then, else: otherwise }, this.origin);
  }
  arrow(params: ParamInit[], body: AnyExpr | AnyStmt[], returnType: TsType | null = null): NodeOf<"TsArrow"> {
    const isBlock = Array.isArray(body);
    return createNode(
      "TsArrow",
      {
        params: params.map((p) => this.param(p)),
        returnType,
        body: isBlock ? body : [],
        expr: isBlock ? null : body,
        isAsync: false,
      },
      this.origin,
    );
  }
  as(expr: AnyExpr, type: TsType): NodeOf<"TsAs"> {
    return createNode("TsAs", { expr, type }, this.origin);
  }
  asConst(expr: AnyExpr): NodeOf<"TsAs"> {
    return this.as(expr, this.typeRef("const"));
  }
  nonNull(expr: AnyExpr): NodeOf<"TsNonNull"> {
    return createNode("TsNonNull", { expr }, this.origin);
  }
  yield(value: AnyExpr | null, delegate = false): NodeOf<"TsYield"> {
    return createNode("TsYield", { value, delegate }, this.origin);
  }

  // ── bindings ──
  arrayPattern(elements: TsBinding[], rest: TsBinding | null = null): NodeOf<"TsArrayPattern"> {
    return createNode("TsArrayPattern", { elements, rest }, this.origin);
  }
  omitted(): NodeOf<"TsOmitted"> {
    return createNode("TsOmitted", {}, this.origin);
  }

  // ── declarations ──
  sourceFile(statements: AnyStmt[], leadingDoc: string | null = null): NodeOf<"TsSourceFile"> {
    return createNode("TsSourceFile", { statements, leadingDoc }, this.origin);
  }
  functionDecl(init: {
    name: string;
    params: ParamInit[];
    returnType?: TsType | null;
    body: AnyStmt[];
    isGenerator?: boolean;
    isAsync?: boolean;
    exported?: boolean;
    doc?: string | null;
    typeParams?: string[];
  }): NodeOf<"TsFunctionDecl"> {
    return createNode(
      "TsFunctionDecl",
      {
        name: init.name,
        typeParams: init.typeParams ?? [],
        params: init.params.map((p) => this.param(p)),
        returnType: init.returnType ?? null,
        body: init.body,
        isGenerator: init.isGenerator ?? false,
        isAsync: init.isAsync ?? false,
        exported: init.exported ?? false,
        doc: init.doc ?? null,
      },
      this.origin,
    );
  }
  functionExpr(init: { name?: string | null; params: ParamInit[]; returnType?: TsType | null; body: AnyStmt[]; isGenerator?: boolean }): NodeOf<"TsFunctionExpr"> {
    return createNode(
      "TsFunctionExpr",
      {
        name: init.name ?? null,
        params: init.params.map((p) => this.param(p)),
        returnType: init.returnType ?? null,
        body: init.body,
        isGenerator: init.isGenerator ?? false,
        isAsync: false,
      },
      this.origin,
    );
  }
  classDecl(init: { name: string; extends?: AnyExpr | null; extendsTypeArgs?: TsType[]; members: TsMember[]; exported?: boolean; doc?: string | null }): NodeOf<"TsClassDecl"> {
    return createNode(
      "TsClassDecl",
      {
        name: init.name,
        extends: init.extends ?? null,
        extendsTypeArgs: init.extendsTypeArgs ?? [],
        members: init.members,
        exported: init.exported ?? false,
        doc: init.doc ?? null,
      },
      this.origin,
    );
  }
  property(init: { name: string; type?: TsType | null; init?: AnyExpr | null; isStatic?: boolean; isReadonly?: boolean; definite?: boolean; isDeclare?: boolean }): NodeOf<"TsPropertyDecl"> {
    return createNode(
      "TsPropertyDecl",
      {
        name: init.name,
        type: init.type ?? null,
        init: init.init ?? null,
        isStatic: init.isStatic ?? false,
        isReadonly: init.isReadonly ?? false,
        definite: init.definite ?? false,
        isDeclare: init.isDeclare ?? false,
      },
      this.origin,
    );
  }
  method(init: {
    name: string;
    params: ParamInit[];
    returnType?: TsType | null;
    body: AnyStmt[];
    isStatic?: boolean;
    methodKind?: TsMethodKind;
    isGenerator?: boolean;
    doc?: string | null;
  }): NodeOf<"TsMethodDecl"> {
    return createNode(
      "TsMethodDecl",
      {
        name: init.name,
        params: init.params.map((p) => this.param(p)),
        returnType: init.returnType ?? null,
        body: init.body,
        isStatic: init.isStatic ?? false,
        methodKind: init.methodKind ?? "method",
        isGenerator: init.isGenerator ?? false,
        isAsync: false,
        doc: init.doc ?? null,
      },
      this.origin,
    );
  }
  constructorDecl(params: ParamInit[], body: AnyStmt[], doc: string | null = null): NodeOf<"TsConstructorDecl"> {
    return createNode("TsConstructorDecl", { params: params.map((p) => this.param(p)), body, doc }, this.origin);
  }
  switch(discriminant: AnyExpr, cases: Array<{ test: AnyExpr | null; body: AnyStmt[] }>): NodeOf<"TsSwitch"> {
    return createNode(
      "TsSwitch",
      { discriminant, cases: cases.map((c) => createNode("TsCase", { test: c.test, body: c.body }, this.origin)) },
      this.origin,
    );
  }
  typeAlias(name: string, type: TsType, exported = false): NodeOf<"TsTypeAlias"> {
    return createNode("TsTypeAlias", { name, type, exported }, this.origin);
  }

  // ── statements ──
  exprStmt(expr: AnyExpr): NodeOf<"TsExprStatement"> {
    return createNode("TsExprStatement", { expr }, this.origin);
  }
  varDecl(
    declKind: DeclarationKind,
    name: string | TsBinding,
    init: AnyExpr | null,
    type: TsType | null = null,
    options: { definite?: boolean; exported?: boolean } = {},
  ): NodeOf<"TsVarStatement"> {
    return createNode(
      "TsVarStatement",
      {
        declKind,
        name: typeof name === "string" ? this.id(name) : name,
        type,
        init,
        definite: options.definite ?? false,
        exported: options.exported ?? false,
      },
      this.origin,
    );
  }
  if(test: AnyExpr, then: AnyStmt[], otherwise: AnyStmt[] | null = null): NodeOf<"TsIf"> {
    return createNode("TsIf", { test, then, else: otherwise }, this.origin);
  }
  while(test: AnyExpr, body: AnyStmt[]): NodeOf<"TsWhile"> {
    return createNode("TsWhile", { test, body }, this.origin);
  }
  for(init: AnyStmt | null, test: AnyExpr | null, update: AnyExpr | null, body: AnyStmt[]): NodeOf<"TsFor"> {
    return createNode("TsFor", { init, test, update, body }, this.origin);
  }
  forOf(declKind: DeclarationKind | null, binding: TsBinding, iterable: AnyExpr, body: AnyStmt[]): NodeOf<"TsForOf"> {
    return createNode("TsForOf", { declKind, binding, iterable, body }, this.origin);
  }
  block(body: AnyStmt[]): NodeOf<"TsBlock"> {
    return createNode("TsBlock", { body }, this.origin);
  }
  labeled(label: string, body: AnyStmt): NodeOf<"TsLabeled"> {
    return createNode("TsLabeled", { label, body }, this.origin);
  }
  break(label: string | null = null): NodeOf<"TsBreak"> {
    return createNode("TsBreak", { label }, this.origin);
  }
  continue(label: string | null = null): NodeOf<"TsContinue"> {
    return createNode("TsContinue", { label }, this.origin);
  }
  return(value: AnyExpr | null = null): NodeOf<"TsReturn"> {
    return createNode("TsReturn", { value }, this.origin);
  }
  throw(value: AnyExpr): NodeOf<"TsThrow"> {
    return createNode("TsThrow", { value }, this.origin);
  }
  try(
    block: AnyStmt[],
    handler: { name: string | null; body: AnyStmt[] } | null,
    finallyBody: AnyStmt[] | null,
  ): NodeOf<"TsTry"> {
    return createNode(
      "TsTry",
      { block, catchName: handler?.name ?? null, catchBody: handler?.body ?? null, finallyBody },
      this.origin,
    );
  }
  empty(): NodeOf<"TsEmpty"> {
    return createNode("TsEmpty", {}, this.origin);
  }
  param(p: ParamInit): NodeOf<"TsParam"> {
    return createNode(
      "TsParam",
      { name: p.name, type: p.type ?? null, init: p.init ?? null, rest: p.rest ?? false, optional: p.optional ?? false },
      this.origin,
    );
  }

  // ── types ──
  typeRef(name: string, args: TsType[] = []): NodeOf<"TsTypeRef"> {
    return createNode("TsTypeRef", { name, args }, this.origin);
  }
  keywordType(name: TsKeywordTypeName): NodeOf<"TsKeywordType"> {
    return createNode("TsKeywordType", { name }, this.origin);
  }
  arrayType(element: TsType, readonly = false): NodeOf<"TsArrayType"> {
    return createNode("TsArrayType", { element, readonly }, this.origin);
  }
  tupleType(elements: TsType[], readonly = true): NodeOf<"TsTupleType"> {
    return createNode("TsTupleType", { elements, readonly }, this.origin);
  }
  unionType(types: TsType[]): TsType {
    return types.length === 1 ? types[0]! : createNode("TsUnionType", { types }, this.origin);
  }
  functionType(params: ParamInit[], returnType: TsType): NodeOf<"TsFunctionType"> {
    return createNode("TsFunctionType", { params: params.map((p) => this.param(p)), returnType }, this.origin);
  }
  /** `{ name: T; other?: U }` */
  objectType(members: Array<{ name: string; type: TsType; optional?: boolean }>): NodeOf<"TsObjectType"> {
    const signatures = members.map((m) => createNode("TsPropertySignature", { name: m.name, type: m.type, optional: m.optional ?? false }, this.origin));
    return createNode("TsObjectType", { members: signatures }, this.origin);
  }
  literalType(value: string): NodeOf<"TsLiteralType"> {
    return createNode("TsLiteralType", { value }, this.origin);
  }
}
