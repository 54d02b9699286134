/**
 * Definite assignment: which variables may be read before any value was
 * stored into them. Python raises UnboundLocalError (in a function) or
 * NameError (at module level) for such a read; TypeScript would read
 * `undefined`. A variable flagged here is declared with a value that raises
 * Python's error when used.
 *
 * The analysis is conservative (it may flag a variable that is in fact always
 * assigned in time, never the other way round): branches meet by
 * intersection, a loop body may run zero times, a handler may start before
 * anything in its `try` ran.
 */
import type { Node, NodeOf, PyExpr, PyStmt } from "../ir/nodes";
import { forEachChild } from "../ir/visitor-keys";
import type { Binding, Scope, ScopeAnalysis } from "./scopes";

type State = Set<Binding>;

/** Null: the block never completes normally (return, raise, break, continue). */
type Flow = State | null;

function intersect(a: Flow, b: Flow): Flow {
  if (a === null) return b;
  if (b === null) return a;
  return new Set([...a].filter((x) => b.has(x)));
}

export interface UnboundReads {
  /** Variables some read of which may come before any assignment. */
  bindings: Set<Binding>;
  /** The reads (Name nodes) that may come before any assignment. */
  reads: Set<NodeOf<"Name">>;
}

export function mayBeUnboundBindings(scopes: ScopeAnalysis): UnboundReads {
  const flagged = new Set<Binding>();
  const reads = new Set<NodeOf<"Name">>();

  const analyzeScope = (scope: Scope, body: readonly PyStmt[], initial: Iterable<Binding>) => {
    const own = (name: NodeOf<"Name">): Binding | null => {
      const b = scopes.bindingOf(name);
      return b && b.scope === scope && b.kind === "variable" ? b : null;
    };

    const loads = (node: Node, state: State): void => {
      if (node.kind === "Name") {
        const b = own(node);
        if (b && !state.has(b) && b.references.some((r) => r.node === node && !r.store)) {
          flagged.add(b);
          reads.add(node);
        }
        return;
      }
      if (node.kind === "Lambda") return; // runs later
      if (node.kind === "NamedExpr") {
        loads(node.value, state);
        store(node.target, state);
        return;
      }
      forEachChild(node, (child) => loads(child, state));
    };

    const store = (target: PyExpr, state: State): void => {
      if (target.kind === "Name") {
        const b = own(target);
        if (b) state.add(b);
      } else if (target.kind === "Tuple" || target.kind === "List") target.elts.forEach((e) => store(e, state));
      else if (target.kind === "Starred") store(target.value, state);
      else loads(target, state);
    };

    const block = (stmts: readonly PyStmt[], start: State): Flow => {
      let state: Flow = new Set(start);
      for (const stmt of stmts) {
        if (state === null) return null;
        state = statement(stmt, state);
      }
      return state;
    };

    const statement = (stmt: PyStmt, state: State): Flow => {
      switch (stmt.kind) {
        case "Assign":
          loads(stmt.value, state);
          stmt.targets.forEach((t) => store(t, state));
          return state;
        case "AnnAssign":
          if (stmt.value) {
            loads(stmt.value, state);
            store(stmt.target, state);
          }
          return state;
        case "AugAssign":
          loads(stmt.value, state);
          loads(stmt.target, state);
          store(stmt.target, state);
          return state;
        case "Delete":
          for (const t of stmt.targets) {
            if (t.kind === "Name") {
              const b = own(t);
              if (b) state.delete(b);
            } else loads(t, state);
          }
          return state;
        case "Return":
        case "Raise":
          forEachChild(stmt, (c) => loads(c, state));
          return null;
        case "Break":
        case "Continue":
          return null;
        case "If": {
          loads(stmt.test, state);
          return intersect(block(stmt.body, state), block(stmt.orelse, state));
        }
        case "While": {
          loads(stmt.test, state);
          block(stmt.body, state);
          block(stmt.orelse, state);
          return state;
        }
        case "For": {
          loads(stmt.iter, state);
          const inner = new Set(state);
          store(stmt.target, inner);
          block(stmt.body, inner);
          block(stmt.orelse, state);
          // a loop over a non-empty literal binds its target at least once
          if (isNonEmptyLiteral(stmt.iter)) store(stmt.target, state);
          return state;
        }
        case "With": {
          for (const item of stmt.items) {
            loads(item.context, state);
            if (item.target) store(item.target, state);
          }
          return block(stmt.body, state);
        }
        case "Try": {
          const body = block([...stmt.body, ...stmt.orelse], state);
          let after: Flow = body;
          for (const handler of stmt.handlers) {
            if (handler.type) loads(handler.type, state);
            const start = new Set(state);
            const named = handler.name ? scope.bindings.get(handler.name) : undefined;
            if (named && named.kind === "variable") start.add(named);
            after = intersect(after, block(handler.body, start));
          }
          const fin = block(stmt.finalbody, state);
          if (fin === null) return null;
          if (after === null) return null;
          for (const b of fin) after.add(b);
          return after;
        }
        case "FunctionDef":
          // decorators and defaults run now; the body later, in its own scope
          stmt.decorators.forEach((d) => loads(d, state));
          stmt.params.forEach((p) => p.default && loads(p.default, state));
          return state;
        case "ClassDef":
          stmt.decorators.forEach((d) => loads(d, state));
          stmt.bases.forEach((b) => loads(b, state));
          stmt.keywords.forEach((k) => loads(k.value, state));
          return state;
        case "Match":
          loads(stmt.subject, state);
          for (const c of stmt.cases) {
            const start = new Set(state);
            for (const b of scope.bindings.values()) if (b.references.some((r) => r.how === "match" && r.statement === stmt)) start.add(b);
            block(c.body, start);
          }
          return state;
        case "Global":
        case "Nonlocal":
        case "Import":
        case "ImportFrom":
        case "Pass":
          return state;
        default:
          forEachChild(stmt, (c) => loads(c, state));
          return state;
      }
    };

    block(body, new Set(initial));
  };

  for (const scope of scopes.allScopes()) {
    const node = scope.node;
    if (node.kind === "Module" || node.kind === "FunctionDef") {
      const params = [...scope.bindings.values()].filter((b) => b.kind === "param");
      analyzeScope(scope, node.body, params);
    }
  }
  return { bindings: flagged, reads };
}

/** `range(3)`, `[1, 2]`, `"abc"`, `(a, b)`: an iterable known to yield at least one item. */
function isNonEmptyLiteral(expr: PyExpr): boolean {
  if (expr.kind === "List" || expr.kind === "Tuple" || expr.kind === "Set") return expr.elts.length > 0 && !expr.elts.some((e) => e.kind === "Starred");
  if (expr.kind === "StrLit") return expr.value.length > 0;
  if (expr.kind === "Dict") return expr.entries.length > 0 && expr.entries.every((e) => e.key !== null);
  if (expr.kind === "Call" && expr.func.kind === "Name" && expr.func.id === "range" && expr.keywords.length === 0) {
    const ints = expr.args.map((a) => (a.kind === "IntLit" ? a.value : a.kind === "UnaryOp" && a.op === "-" && a.operand.kind === "IntLit" ? -a.operand.value : null));
    if (ints.some((n) => n === null)) return false;
    const [start, stop, step] = ints.length === 1 ? [0, ints[0]!, 1] : [ints[0]!, ints[1]!, ints[2] ?? 1];
    return step > 0 ? start < stop : step < 0 ? start > stop : false;
  }
  return false;
}
