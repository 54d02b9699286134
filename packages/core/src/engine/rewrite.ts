/**
 * The rewrite pass: one merged, top-down traversal calling every rule's
 * visitors in rule order. A replacement is visited again (so rules compose);
 * a Python node no visitor replaced is left for `verify` to report.
 */
import { createNode } from "../ir/builders";
import { KINDS_BY_CATEGORY } from "../ir/kinds";
import { type Node, type NodeKind, type PyExpr, type PyStmt, isPythonNode } from "../ir/nodes";
import { type Origin, spanOf } from "../ir/span";
import type { AnyExpr, AnyStmt } from "../ir/ts-builder";
import { VISITOR_KEYS, childField } from "../ir/visitor-keys";
import type { Diagnostic } from "../report/diagnostic";
import type { DiagnosticCollector } from "../report/diagnostic-collector";
import type { MarkerComment } from "../emit/typescript-ast";
import { NodePath, type PathHooks } from "./node-path";
import type { Rule, Visitor } from "./rule";
import { type EngineServices, RuleContext } from "./rule-context";

type Handler = { ruleId: string; fn: (path: NodePath) => void };

const STATEMENT_LIKE = new Set([
  ...KINDS_BY_CATEGORY.get("stmt")!,
  ...KINDS_BY_CATEGORY.get("tsstmt")!,
  ...KINDS_BY_CATEGORY.get("tsmember")!,
]);
const EXPRESSION_LIKE = new Set([...KINDS_BY_CATEGORY.get("expr")!, ...KINDS_BY_CATEGORY.get("tsexpr")!]);

export function isStatementLike(node: Node): boolean {
  return STATEMENT_LIKE.has(node.kind);
}

export function isExpressionLike(node: Node): boolean {
  return EXPRESSION_LIKE.has(node.kind);
}

/** Per-file decorations that follow a node when it is replaced: comments, blank lines, diagnostic markers. */
export class Decorations implements PathHooks {
  readonly markers = new Map<Node, MarkerComment[]>();

  onReplace(oldNode: Node, newNode: Node): void {
    if (oldNode === newNode) return;
    if (oldNode.leadingComments?.length) newNode.leadingComments = [...oldNode.leadingComments, ...(newNode.leadingComments ?? [])];
    if (oldNode.trailingComment !== undefined && newNode.trailingComment === undefined) newNode.trailingComment = oldNode.trailingComment;
    if (oldNode.blankLineBefore) newNode.blankLineBefore = true;
    const markers = this.markers.get(oldNode);
    if (markers) {
      this.markers.set(newNode, [...markers, ...(this.markers.get(newNode) ?? [])]);
      this.markers.delete(oldNode);
    }
    oldNode.leadingComments = undefined;
    oldNode.trailingComment = undefined;
    oldNode.blankLineBefore = undefined;
  }

  mark(node: Node, marker: MarkerComment): void {
    const list = this.markers.get(node) ?? [];
    list.push(marker);
    this.markers.set(node, list);
  }
}

/** The marker comment of a diagnostic: one line (a message quoting multi-line source is joined). */
export function markerText(d: Diagnostic): string {
  return `py2ts ${d.code}: ${d.message.replace(/\s*[\r\n\u2028\u2029]+\s*/g, " ")}`;
}

export class RewriteEngine {
  private readonly enter = new Map<NodeKind, Handler[]>();
  private readonly exit = new Map<NodeKind, Handler[]>();
  private readonly done = new WeakSet<Node>();
  private readonly statementStack: Node[] = [];
  readonly decorations = new Decorations();

  constructor(
    rules: readonly Rule[],
    private readonly services: Omit<EngineServices, "lowerExpr" | "lowerStatements" | "addDiagnostic">,
    private readonly diagnostics: DiagnosticCollector,
  ) {
    const fullServices: EngineServices = {
      ...services,
      lowerExpr: (expr) => this.lowerExpr(expr),
      lowerStatements: (stmts) => this.lowerStatements(stmts),
      addDiagnostic: (ruleId, input) => this.addDiagnostic(ruleId, input),
    };
    for (const rule of rules) {
      const ctx = new RuleContext(rule.meta, fullServices);
      const visitors = rule.create(ctx) as Record<string, Visitor<NodeKind> | undefined>;
      for (const [key, fn] of Object.entries(visitors)) {
        if (!fn) continue;
        const isExit = key.endsWith(":exit");
        const kind = (isExit ? key.slice(0, -5) : key) as NodeKind;
        if (!VISITOR_KEYS[kind]) throw new Error(`rule ${rule.meta.id} has a visitor for unknown kind '${kind}'`);
        const table = isExit ? this.exit : this.enter;
        const list = table.get(kind) ?? [];
        list.push({ ruleId: rule.meta.id, fn: fn as (path: NodePath) => void });
        table.set(kind, list);
      }
    }
  }

  addDiagnostic(
    ruleId: string,
    input: { code: string; severity: Diagnostic["severity"]; message: string; origin: Origin; suggestion?: string },
  ): Diagnostic {
    const d = this.diagnostics.add({
      code: input.code,
      ruleId,
      severity: input.severity,
      message: input.message,
      span: spanOf(input.origin),
      ...(input.suggestion ? { suggestion: input.suggestion } : {}),
    });
    const owner = this.statementStack[this.statementStack.length - 1];
    if (owner && d.severity !== "info") {
      this.decorations.mark(owner, { text: markerText(d), diagnosticIndex: this.diagnostics.all.indexOf(d) });
    }
    return d;
  }

  /** Rewrites a whole module; returns the new root. */
  run(root: Node): Node {
    const container = { root: root as Node | Node[] };
    this.visit(new NodePath(container, "root", null, null, this.decorations));
    return container.root as Node;
  }

  lowerExpr(expr: PyExpr): AnyExpr {
    const container = { root: expr as Node | Node[] };
    this.visit(new NodePath(container, "root", null, null, this.decorations));
    return container.root as AnyExpr;
  }

  lowerStatements(stmts: PyStmt[]): AnyStmt[] {
    const container = { root: [...stmts] as Node[] };
    this.visitList(container, "root", container.root, null);
    return container.root as AnyStmt[];
  }

  private visitList(container: Node | { root: Node | Node[] }, field: string, list: Node[], parentPath: NodePath | null): void {
    for (let i = 0; i < list.length; i++) {
      const path = new NodePath(container, field, i, parentPath, this.decorations);
      this.visit(path);
      if (path.removed) {
        i--;
      } else if (path.insertedBefore > 0) {
        i = path.index! - path.insertedBefore - 1;
      } else {
        i = path.index!;
      }
    }
  }

  private visit(path: NodePath): void {
    let node = path.node;
    if (this.done.has(node)) return;
    const statementLike = isStatementLike(node);
    if (statementLike) this.statementStack.push(node);
    try {
      node = this.runHandlers(path, node, this.enter);
      if (path.removed) return;
      if (!path.skipped && !isPythonNode(node)) this.visitChildren(node, path);
      if (!path.removed) {
        const before = node;
        node = this.runHandlers(path, path.node, this.exit);
        if (node !== before && !path.removed) this.visit(path);
      }
      if (!path.removed) this.done.add(path.node);
    } finally {
      if (statementLike) this.statementStack.pop();
    }
  }

  /** Calls the handlers for a node's kind; restarts with the replacement when one replaces it. */
  private runHandlers(path: NodePath, start: Node, table: Map<NodeKind, Handler[]>): Node {
    let node = start;
    for (let restarts = 0; restarts < 100; restarts++) {
      const handlers = table.get(node.kind) ?? [];
      let replaced = false;
      for (const handler of handlers) {
        try {
          handler.fn(path);
        } catch (error) {
          this.ruleFailed(path, node, handler.ruleId, error);
        }
        if (path.removed) return node;
        if (path.replaced) {
          path.replaced = false;
          const next = path.node;
          if (isStatementLike(node) && this.statementStack[this.statementStack.length - 1] === node) {
            this.statementStack[this.statementStack.length - 1] = next;
          }
          replaced = next !== node;
          node = next;
          if (replaced) break;
        }
        if (path.skipped) return node;
      }
      if (!replaced || this.done.has(node)) return node;
    }
    throw new Error(`rules keep replacing a ${node.kind} node`);
  }

  private ruleFailed(path: NodePath, node: Node, ruleId: string, error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    const d = this.diagnostics.builtin("ruleCrashed", node.span, { rule: ruleId, kind: node.kind, detail }, ruleId);
    const owner = this.statementStack[this.statementStack.length - 1];
    if (owner) this.decorations.mark(owner, { text: markerText(d), diagnosticIndex: this.diagnostics.all.indexOf(d) });
    const stub = this.stubFor(node, d);
    if (stub) path.replaceWith(stub);
    else path.skip();
  }

  /** A throwing stand-in for a node that could not be translated. */
  stubFor(node: Node, d: Diagnostic): Node | null {
    const message = createNode("TsString", { value: `${d.code}: ${d.message}` }, node);
    const helper = createNode("TsId", { name: this.services.imports.named("@py2ts/runtime", "unsupported") }, node);
    const call = createNode("TsCall", { callee: helper, args: [message], typeArgs: [], optional: false }, node);
    if (isExpressionLike(node)) return call;
    if (isStatementLike(node)) return createNode("TsExprStatement", { expr: call }, node);
    return null;
  }

  private visitChildren(node: Node, parentPath: NodePath): void {
    for (const field of VISITOR_KEYS[node.kind]) {
      const value = childField(node, field);
      if (Array.isArray(value)) this.visitList(node, field, value, parentPath);
      else if (value) this.visit(new NodePath(node, field, null, parentPath, this.decorations));
    }
  }
}
