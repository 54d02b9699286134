/**
 * Target IR → TypeScript compiler nodes (through ts-morph's bundled
 * TypeScript factory). The factory parenthesizes by precedence, so the IR
 * never carries parentheses.
 */
import { ts } from "ts-morph";
import type { Node, NodeOf, TsBinding, TsExpr, TsStmt, TsType } from "../ir/nodes";

const f = ts.factory;
const SK = ts.SyntaxKind;

export const BLANK_LINE_MARKER = "__py2ts_blank_line__";

/** Raised when the tree still holds a node the emitter cannot print (a verify bug). */
export class EmitError extends Error {
  constructor(
    message: string,
    readonly node: Node,
  ) {
    super(message);
  }
}

/** A diagnostic marker placed as a comment; collected in print order. */
export interface MarkerComment {
  text: string;
  diagnosticIndex: number;
}

const BINARY_TOKENS: Record<string, ts.BinaryOperator> = {
  "+": SK.PlusToken,
  "-": SK.MinusToken,
  "*": SK.AsteriskToken,
  "/": SK.SlashToken,
  "%": SK.PercentToken,
  "**": SK.AsteriskAsteriskToken,
  "===": SK.EqualsEqualsEqualsToken,
  "!==": SK.ExclamationEqualsEqualsToken,
  "==": SK.EqualsEqualsToken,
  "!=": SK.ExclamationEqualsToken,
  "<": SK.LessThanToken,
  "<=": SK.LessThanEqualsToken,
  ">": SK.GreaterThanToken,
  ">=": SK.GreaterThanEqualsToken,
  "&&": SK.AmpersandAmpersandToken,
  "||": SK.BarBarToken,
  "??": SK.QuestionQuestionToken,
  "&": SK.AmpersandToken,
  "|": SK.BarToken,
  "^": SK.CaretToken,
  "<<": SK.LessThanLessThanToken,
  ">>": SK.GreaterThanGreaterThanToken,
  ">>>": SK.GreaterThanGreaterThanGreaterThanToken,
  instanceof: SK.InstanceOfKeyword,
  in: SK.InKeyword,
  ",": SK.CommaToken,
  "=": SK.EqualsToken,
  "+=": SK.PlusEqualsToken,
  "-=": SK.MinusEqualsToken,
  "*=": SK.AsteriskEqualsToken,
  "/=": SK.SlashEqualsToken,
  "%=": SK.PercentEqualsToken,
  "**=": SK.AsteriskAsteriskEqualsToken,
  "&&=": SK.AmpersandAmpersandEqualsToken,
  "||=": SK.BarBarEqualsToken,
  "??=": SK.QuestionQuestionEqualsToken,
  "&=": SK.AmpersandEqualsToken,
  "|=": SK.BarEqualsToken,
  "^=": SK.CaretEqualsToken,
  "<<=": SK.LessThanLessThanEqualsToken,
  ">>=": SK.GreaterThanGreaterThanEqualsToken,
};

const KEYWORD_TYPES: Record<string, ts.KeywordTypeSyntaxKind> = {
  number: SK.NumberKeyword,
  string: SK.StringKeyword,
  boolean: SK.BooleanKeyword,
  undefined: SK.UndefinedKeyword,
  void: SK.VoidKeyword,
  never: SK.NeverKeyword,
  unknown: SK.UnknownKeyword,
  bigint: SK.BigIntKeyword,
  object: SK.ObjectKeyword,
};

export class TypeScriptAstBuilder {
  readonly markers: MarkerComment[] = [];

  constructor(private readonly markerOf: (node: Node) => MarkerComment[] = () => []) {}

  statements(nodes: readonly Node[]): ts.Statement[] {
    return nodes.map((n) => this.statement(n));
  }

  private withComments<T extends ts.Node>(node: Node, out: T): T {
    const leading: Array<[ts.CommentKind, string]> = [];
    if (node.blankLineBefore) leading.push([SK.MultiLineCommentTrivia, BLANK_LINE_MARKER]);
    for (const marker of this.markerOf(node)) {
      this.markers.push(marker);
      leading.push([SK.SingleLineCommentTrivia, ` ${marker.text}`]);
    }
    for (const text of node.leadingComments ?? []) leading.push([SK.SingleLineCommentTrivia, text ? ` ${text}` : ""]);
    // comments already attached by the statement itself (its JSDoc) stay closest to it
    const own = ts.getSyntheticLeadingComments(out) ?? [];
    ts.setSyntheticLeadingComments(out, undefined);
    for (const [kind, text] of leading) ts.addSyntheticLeadingComment(out, kind, text, true);
    for (const c of own) ts.addSyntheticLeadingComment(out, c.kind, c.text, c.hasTrailingNewLine);
    if (node.trailingComment !== undefined) {
      ts.addSyntheticTrailingComment(out, SK.SingleLineCommentTrivia, ` ${node.trailingComment}`, false);
    }
    return out;
  }

  private block(nodes: readonly Node[]): ts.Block {
    return f.createBlock(this.statements(nodes), true);
  }

  private jsDoc(node: ts.Node, doc: string | null): void {
    if (doc === null) return;
    const lines = doc.replace(/\*\//g, "*\\/").split("\n");
    const body = lines.length === 1 ? `* ${lines[0]} ` : `*\n${lines.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n `;
    ts.addSyntheticLeadingComment(node, SK.MultiLineCommentTrivia, body, true);
  }

  private exportModifiers(exported: boolean): ts.Modifier[] | undefined {
    return exported ? [f.createModifier(SK.ExportKeyword)] : undefined;
  }

  statement(node: Node): ts.Statement {
    const out = this.statementInner(node);
    return this.withComments(node, out);
  }

  private statementInner(node: Node): ts.Statement {
    switch (node.kind) {
      case "TsVarStatement": {
        const decl = f.createVariableDeclaration(
          this.binding(node.name),
          node.definite ? f.createToken(SK.ExclamationToken) : undefined,
          node.type ? this.type(node.type) : undefined,
          node.init ? this.expr(node.init) : undefined,
        );
        return f.createVariableStatement(
          this.exportModifiers(node.exported),
          f.createVariableDeclarationList([decl], node.declKind === "const" ? ts.NodeFlags.Const : ts.NodeFlags.Let),
        );
      }
      case "TsExprStatement":
        return f.createExpressionStatement(this.expr(node.expr));
      case "TsIf": {
        let elseStmt: ts.Statement | undefined;
        if (node.else && node.else.length === 1 && node.else[0]!.kind === "TsIf" && !hasComments(node.else[0]!)) {
          elseStmt = this.statement(node.else[0]!);
        } else if (node.else && node.else.length > 0) {
          elseStmt = this.block(node.else);
        }
        return f.createIfStatement(this.expr(node.test), this.block(node.then), elseStmt);
      }
      case "TsFor": {
        let init: ts.ForInitializer | undefined;
        if (node.init?.kind === "TsVarStatement") {
          const stmt = this.statementInner(node.init) as ts.VariableStatement;
          init = stmt.declarationList;
        } else if (node.init?.kind === "TsExprStatement") {
          init = this.expr(node.init.expr);
        } else if (node.init) {
          throw new EmitError(`for-loop initializer ${node.init.kind}`, node.init);
        }
        return f.createForStatement(
          init,
          node.test ? this.expr(node.test) : undefined,
          node.update ? this.expr(node.update) : undefined,
          this.block(node.body),
        );
      }
      case "TsForOf": {
        const initializer: ts.ForInitializer = node.declKind
          ? f.createVariableDeclarationList(
              [f.createVariableDeclaration(this.binding(node.binding))],
              node.declKind === "const" ? ts.NodeFlags.Const : ts.NodeFlags.Let,
            )
          : this.bindingTarget(node.binding);
        return f.createForOfStatement(undefined, initializer, this.expr(node.iterable), this.block(node.body));
      }
      case "TsWhile":
        return f.createWhileStatement(this.expr(node.test), this.block(node.body));
      case "TsDoWhile":
        return f.createDoStatement(this.block(node.body), this.expr(node.test));
      case "TsBreak":
        return f.createBreakStatement(node.label ?? undefined);
      case "TsContinue":
        return f.createContinueStatement(node.label ?? undefined);
      case "TsLabeled":
        return f.createLabeledStatement(node.label, this.statement(node.body));
      case "TsReturn":
        return f.createReturnStatement(node.value ? this.expr(node.value) : undefined);
      case "TsThrow":
        return f.createThrowStatement(this.expr(node.value));
      case "TsTry": {
        const clause =
          node.catchBody !== null
            ? f.createCatchClause(
                node.catchName !== null ? f.createVariableDeclaration(node.catchName) : undefined,
                this.block(node.catchBody),
              )
            : undefined;
        return f.createTryStatement(
          this.block(node.block),
          clause,
          node.finallyBody !== null ? this.block(node.finallyBody) : undefined,
        );
      }
      case "TsSwitch":
        return f.createSwitchStatement(
          this.expr(node.discriminant),
          f.createCaseBlock(
            node.cases.map((c) =>
              c.test ? f.createCaseClause(this.expr(c.test), this.statements(c.body)) : f.createDefaultClause(this.statements(c.body)),
            ),
          ),
        );
      case "TsBlock":
        return this.block(node.body);
      case "TsEmpty":
        return f.createNotEmittedStatement(f.createEmptyStatement());
      case "TsFunctionDecl": {
        const fn = f.createFunctionDeclaration(
          node.isAsync
            ? [...(this.exportModifiers(node.exported) ?? []), f.createModifier(SK.AsyncKeyword)]
            : this.exportModifiers(node.exported),
          node.isGenerator ? f.createToken(SK.AsteriskToken) : undefined,
          node.name,
          node.typeParams.length ? node.typeParams.map((t) => f.createTypeParameterDeclaration(undefined, t)) : undefined,
          node.params.map((p) => this.param(p)),
          node.returnType ? this.type(node.returnType) : undefined,
          this.block(node.body),
        );
        this.jsDoc(fn, node.doc);
        return fn;
      }
      case "TsClassDecl": {
        const heritage = node.extends
          ? [
              f.createHeritageClause(SK.ExtendsKeyword, [
                f.createExpressionWithTypeArguments(
                  this.expr(node.extends),
                  node.extendsTypeArgs.length > 0 ? node.extendsTypeArgs.map((t) => this.type(t)) : undefined,
                ),
              ]),
            ]
          : undefined;
        const cls = f.createClassDeclaration(
          this.exportModifiers(node.exported),
          node.name,
          undefined,
          heritage,
          node.members.map((m) => this.member(m)),
        );
        this.jsDoc(cls, node.doc);
        return cls;
      }
      case "TsTypeAlias":
        return f.createTypeAliasDeclaration(this.exportModifiers(node.exported), node.name, undefined, this.type(node.type));
      default:
        throw new EmitError(`not a TypeScript statement: ${node.kind}`, node);
    }
  }

  private member(node: Node): ts.ClassElement {
    const out = this.memberInner(node);
    return this.withComments(node, out);
  }

  private memberInner(node: Node): ts.ClassElement {
    switch (node.kind) {
      case "TsPropertyDecl": {
        const modifiers: ts.Modifier[] = [];
        if (node.isDeclare) modifiers.push(f.createModifier(SK.DeclareKeyword));
        if (node.isStatic) modifiers.push(f.createModifier(SK.StaticKeyword));
        if (node.isReadonly) modifiers.push(f.createModifier(SK.ReadonlyKeyword));
        return f.createPropertyDeclaration(
          modifiers,
          propertyName(node.name),
          node.definite ? f.createToken(SK.ExclamationToken) : undefined,
          node.type ? this.type(node.type) : undefined,
          node.init ? this.expr(node.init) : undefined,
        );
      }
      case "TsMethodDecl": {
        const modifiers: ts.Modifier[] = [];
        if (node.isStatic) modifiers.push(f.createModifier(SK.StaticKeyword));
        if (node.isAsync) modifiers.push(f.createModifier(SK.AsyncKeyword));
        const params = node.params.map((p) => this.param(p));
        const body = this.block(node.body);
        let out: ts.ClassElement;
        if (node.methodKind === "get") {
          out = f.createGetAccessorDeclaration(modifiers, propertyName(node.name), params, node.returnType ? this.type(node.returnType) : undefined, body);
        } else if (node.methodKind === "set") {
          out = f.createSetAccessorDeclaration(modifiers, propertyName(node.name), params, body);
        } else {
          out = f.createMethodDeclaration(
            modifiers,
            node.isGenerator ? f.createToken(SK.AsteriskToken) : undefined,
            propertyName(node.name),
            undefined,
            undefined,
            params,
            node.returnType ? this.type(node.returnType) : undefined,
            body,
          );
        }
        this.jsDoc(out, node.doc);
        return out;
      }
      case "TsConstructorDecl": {
        const ctor = f.createConstructorDeclaration(undefined, node.params.map((p) => this.param(p)), this.block(node.body));
        this.jsDoc(ctor, node.doc);
        return ctor;
      }
      default:
        throw new EmitError(`not a class member: ${node.kind}`, node);
    }
  }

  private param(node: NodeOf<"TsParam">): ts.ParameterDeclaration {
    return f.createParameterDeclaration(
      undefined,
      node.rest ? f.createToken(SK.DotDotDotToken) : undefined,
      node.name,
      node.optional ? f.createToken(SK.QuestionToken) : undefined,
      node.type ? this.type(node.type) : undefined,
      node.init ? this.expr(node.init) : undefined,
    );
  }

  private binding(node: TsBinding): ts.BindingName {
    if (node.kind === "TsId") return f.createIdentifier(node.name);
    if (node.kind === "TsArrayPattern") {
      const elements: ts.ArrayBindingElement[] = node.elements.map((e) =>
        e.kind === "TsOmitted" ? f.createOmittedExpression() : f.createBindingElement(undefined, undefined, this.binding(e)),
      );
      if (node.rest) elements.push(f.createBindingElement(f.createToken(SK.DotDotDotToken), undefined, this.binding(node.rest)));
      return f.createArrayBindingPattern(elements);
    }
    throw new EmitError(`not a binding: ${node.kind}`, node);
  }

  /** A binding used as an assignment target (`[a, b] = ...`, `for (x of ...)`). */
  private bindingTarget(node: TsBinding | TsExpr): ts.Expression {
    if (node.kind === "TsArrayPattern") {
      const elements: ts.Expression[] = node.elements.map((e) =>
        e.kind === "TsOmitted" ? f.createOmittedExpression() : this.bindingTarget(e),
      );
      if (node.rest) elements.push(f.createSpreadElement(this.bindingTarget(node.rest)));
      return f.createArrayLiteralExpression(elements);
    }
    if (node.kind === "TsOmitted") return f.createOmittedExpression();
    return this.expr(node);
  }

  expr(node: Node): ts.Expression {
    switch (node.kind) {
      case "TsId":
        return f.createIdentifier(node.name);
      case "TsNumber":
        if (Number.isNaN(node.value)) return f.createIdentifier("NaN");
        if (!Number.isFinite(node.value)) return f.createIdentifier("Infinity");
        return f.createNumericLiteral(numberText(node.value));
      case "TsString":
        return f.createStringLiteral(node.value);
      case "TsTemplate": {
        if (node.exprs.length === 0) return f.createNoSubstitutionTemplateLiteral(node.quasis[0] ?? "");
        const spans = node.exprs.map((e, i) => {
          const text = node.quasis[i + 1] ?? "";
          const literal = i === node.exprs.length - 1 ? f.createTemplateTail(text) : f.createTemplateMiddle(text);
          return f.createTemplateSpan(this.expr(e), literal);
        });
        return f.createTemplateExpression(f.createTemplateHead(node.quasis[0] ?? ""), spans);
      }
      case "TsBool":
        return node.value ? f.createTrue() : f.createFalse();
      case "TsNull":
        return f.createNull();
      case "TsUndefined":
        return f.createIdentifier("undefined");
      case "TsThis":
        return f.createThis();
      case "TsSuper":
        return f.createSuper();
      case "TsArray":
        return f.createArrayLiteralExpression(node.elements.map((e) => this.expr(e)), false);
      case "TsObject":
        return f.createObjectLiteralExpression(
          node.props.map((p) =>
            p.key === null
              ? f.createSpreadAssignment(this.expr(p.value))
              : p.value.kind === "TsId" && p.value.name === p.key
                ? f.createShorthandPropertyAssignment(p.key)
                : f.createPropertyAssignment(propertyName(p.key), this.expr(p.value)),
          ),
          false,
        );
      case "TsSpread":
        return f.createSpreadElement(this.expr(node.expr));
      case "TsCall": {
        const typeArgs = node.typeArgs.length ? node.typeArgs.map((t) => this.type(t)) : undefined;
        const args = node.args.map((a) => this.expr(a));
        return node.optional
          ? f.createCallChain(this.expr(node.callee), f.createToken(SK.QuestionDotToken), typeArgs, args)
          : f.createCallExpression(this.expr(node.callee), typeArgs, args);
      }
      case "TsNew":
        return f.createNewExpression(
          this.expr(node.callee),
          node.typeArgs.length ? node.typeArgs.map((t) => this.type(t)) : undefined,
          node.args.map((a) => this.expr(a)),
        );
      case "TsMember": {
        const object = this.expr(node.object);
        if (!isIdentifierName(node.name)) {
          return node.optional
            ? f.createElementAccessChain(object, f.createToken(SK.QuestionDotToken), f.createStringLiteral(node.name))
            : f.createElementAccessExpression(object, f.createStringLiteral(node.name));
        }
        return node.optional
          ? f.createPropertyAccessChain(object, f.createToken(SK.QuestionDotToken), node.name)
          : f.createPropertyAccessExpression(object, node.name);
      }
      case "TsIndex":
        return node.optional
          ? f.createElementAccessChain(this.expr(node.object), f.createToken(SK.QuestionDotToken), this.expr(node.index))
          : f.createElementAccessExpression(this.expr(node.object), this.expr(node.index));
      case "TsBinary":
        return f.createBinaryExpression(this.expr(node.left), BINARY_TOKENS[node.op]!, this.expr(node.right));
      case "TsAssign":
        return f.createBinaryExpression(this.bindingTarget(node.target as TsBinding | TsExpr), BINARY_TOKENS[node.op]!, this.expr(node.value));
      case "TsUnary": {
        const operand = this.expr(node.operand);
        switch (node.op) {
          case "typeof":
            return f.createTypeOfExpression(operand);
          case "void":
            return f.createVoidExpression(operand);
          case "delete":
            return f.createDeleteExpression(operand);
          default: {
            const token = { "!": SK.ExclamationToken, "-": SK.MinusToken, "+": SK.PlusToken, "~": SK.TildeToken }[node.op];
            return f.createPrefixUnaryExpression(token as ts.PrefixUnaryOperator, operand);
          }
        }
      }
      case "TsUpdate": {
        const token = node.op === "++" ? SK.PlusPlusToken : SK.MinusMinusToken;
        return node.prefix
          ? f.createPrefixUnaryExpression(token, this.expr(node.operand))
          : f.createPostfixUnaryExpression(this.expr(node.operand), token);
      }
      case "TsConditional":
        return f.createConditionalExpression(
          this.expr(node.test),
          f.createToken(SK.QuestionToken),
          this.expr(node.then),
          f.createToken(SK.ColonToken),
          this.expr(node.else),
        );
      case "TsArrow":
        return f.createArrowFunction(
          node.isAsync ? [f.createModifier(SK.AsyncKeyword)] : undefined,
          undefined,
          node.params.map((p) => this.param(p)),
          node.returnType ? this.type(node.returnType) : undefined,
          f.createToken(SK.EqualsGreaterThanToken),
          node.expr ? this.expr(node.expr) : this.block(node.body),
        );
      case "TsFunctionExpr":
        return f.createFunctionExpression(
          node.isAsync ? [f.createModifier(SK.AsyncKeyword)] : undefined,
          node.isGenerator ? f.createToken(SK.AsteriskToken) : undefined,
          node.name ?? undefined,
          undefined,
          node.params.map((p) => this.param(p)),
          node.returnType ? this.type(node.returnType) : undefined,
          this.block(node.body),
        );
      case "TsAs":
        return f.createAsExpression(this.expr(node.expr), this.type(node.type));
      case "TsNonNull":
        return f.createNonNullExpression(this.expr(node.expr));
      case "TsYield":
        if (node.delegate && node.value) return f.createYieldExpression(f.createToken(SK.AsteriskToken), this.expr(node.value));
        return f.createYieldExpression(undefined, node.value ? this.expr(node.value) : undefined);
      case "TsAwait":
        return f.createAwaitExpression(this.expr(node.value));
      default:
        throw new EmitError(`not a TypeScript expression: ${node.kind}`, node);
    }
  }

  type(node: TsType): ts.TypeNode {
    switch (node.kind) {
      case "TsTypeRef":
        if (node.name === "const") return f.createTypeReferenceNode("const");
        return f.createTypeReferenceNode(node.name, node.args.length ? node.args.map((a) => this.type(a)) : undefined);
      case "TsKeywordType":
        if (node.name === "null") return f.createLiteralTypeNode(f.createNull());
        return f.createKeywordTypeNode(KEYWORD_TYPES[node.name]!);
      case "TsArrayType": {
        const element = this.type(node.element);
        const array = f.createArrayTypeNode(needsParens(node.element) ? f.createParenthesizedType(element) : element);
        return node.readonly ? f.createTypeOperatorNode(SK.ReadonlyKeyword, array) : array;
      }
      case "TsTupleType": {
        const tuple = f.createTupleTypeNode(node.elements.map((e) => this.type(e)));
        return node.readonly ? f.createTypeOperatorNode(SK.ReadonlyKeyword, tuple) : tuple;
      }
      case "TsUnionType":
        return f.createUnionTypeNode(
          node.types.map((t) => (t.kind === "TsFunctionType" ? f.createParenthesizedType(this.type(t)) : this.type(t))),
        );
      case "TsFunctionType":
        return f.createFunctionTypeNode(undefined, node.params.map((p) => this.param(p)), this.type(node.returnType));
      case "TsLiteralType":
        return f.createLiteralTypeNode(f.createStringLiteral(node.value));
      case "TsObjectType":
        return f.createTypeLiteralNode(
          node.members.map((m) =>
            f.createPropertySignature(
              undefined,
              /^[A-Za-z_$][\w$]*$/.test(m.name) ? f.createIdentifier(m.name) : f.createStringLiteral(m.name),
              m.optional ? f.createToken(SK.QuestionToken) : undefined,
              this.type(m.type),
            ),
          ),
        );
    }
  }
}

function needsParens(type: TsType): boolean {
  return type.kind === "TsUnionType" || type.kind === "TsFunctionType" || ((type.kind === "TsArrayType" || type.kind === "TsTupleType") && type.readonly);
}

function hasComments(node: Node): boolean {
  return (node.leadingComments?.length ?? 0) > 0 || node.trailingComment !== undefined || node.blankLineBefore === true;
}

function isIdentifierName(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name);
}

/** A member name; `[Symbol.iterator]` (well-known symbols, never a Python name) is a computed name. */
function propertyName(name: string): ts.PropertyName {
  const symbol = /^\[Symbol\.(\w+)\]$/.exec(name);
  if (symbol) return f.createComputedPropertyName(f.createPropertyAccessExpression(f.createIdentifier("Symbol"), symbol[1]!));
  return isIdentifierName(name) ? f.createIdentifier(name) : f.createStringLiteral(name);
}

function numberText(value: number): string {
  return String(value);
}

export function isTsStatementNode(node: Node): node is TsStmt {
  return node.kind.startsWith("Ts");
}
