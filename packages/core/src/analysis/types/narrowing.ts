/**
 * Flow narrowing of optional values, the way Python code guards them:
 * `if x is None: return` (x is not None afterwards), `if m:` (m is not None
 * inside), `while (line := next(it, None)) is not None:`, `assert x is not None`.
 * The inference is otherwise flow-insensitive; this refines the type of a
 * name's loads inside a branch and after a guard that leaves the block.
 */
import type { Node, NodeOf, PyExpr, PyStmt } from "../../ir/nodes";
import type { Binding } from "../scopes";
import { type PyType, withoutNone } from "./py-types";

export type Narrowing = ReadonlyMap<Binding, PyType>;

export interface NarrowingQuery {
  bindingOf(name: NodeOf<"Name">): Binding | null;
  /** The un-narrowed type of a binding. */
  typeOf(binding: Binding): PyType;
}

/** The name an expression tests (`x`, or the target of `(x := value)`). */
function testedName(expr: PyExpr): NodeOf<"Name"> | null {
  if (expr.kind === "Name") return expr;
  if (expr.kind === "NamedExpr" && expr.target.kind === "Name") return expr.target;
  return null;
}

function isNone(expr: PyExpr): boolean {
  return expr.kind === "NoneLit";
}

/** What is known about names when `test` evaluated to `truthy`. */
export function narrowingsOf(test: PyExpr, truthy: boolean, q: NarrowingQuery): Map<Binding, PyType> {
  const out = new Map<Binding, PyType>();
  const notNone = (name: NodeOf<"Name"> | null) => {
    const binding = name ? q.bindingOf(name) : null;
    if (binding) out.set(binding, withoutNone(q.typeOf(binding)));
  };
  if (test.kind === "UnaryOp" && test.op === "not") return narrowingsOf(test.operand, !truthy, q);
  if (test.kind === "BoolOp") {
    // all operands were true (and) / all false (or)
    if ((test.op === "and" && truthy) || (test.op === "or" && !truthy)) {
      for (const value of test.values) for (const [b, t] of narrowingsOf(value, truthy, q)) out.set(b, t);
    }
    return out;
  }
  if (test.kind === "Compare" && test.ops.length === 1) {
    const op = test.ops[0]!;
    const right = test.comparators[0]!;
    const [subject, other] = isNone(right) ? [test.left, right] : [right, test.left];
    if (!isNone(other)) return out;
    const isCheck = op === "is" || op === "==";
    const isNotCheck = op === "is not" || op === "!=";
    if ((isNotCheck && truthy) || (isCheck && !truthy)) notNone(testedName(subject));
    return out;
  }
  if (truthy) notNone(testedName(test));
  return out;
}

/** Whether control never continues after this statement list (it ends in return/raise/break/continue). */
export function leavesBlock(body: readonly PyStmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return false;
  if (last.kind === "Return" || last.kind === "Raise" || last.kind === "Break" || last.kind === "Continue") return true;
  if (last.kind === "If") return last.orelse.length > 0 && leavesBlock(last.body) && leavesBlock(last.orelse);
  return false;
}

/** What holds after a statement for the rest of its block. */
export function narrowingsAfter(stmt: PyStmt, q: NarrowingQuery): Map<Binding, PyType> {
  if (stmt.kind === "If") {
    const bodyLeaves = leavesBlock(stmt.body);
    const elseLeaves = stmt.orelse.length > 0 && leavesBlock(stmt.orelse);
    if (bodyLeaves && !elseLeaves) return narrowingsOf(stmt.test, false, q);
    if (elseLeaves && !bodyLeaves) return narrowingsOf(stmt.test, true, q);
  }
  if (stmt.kind === "Assert") return narrowingsOf(stmt.test, true, q);
  return new Map();
}

function contains(outer: Node, inner: Node): boolean {
  const a = outer.span;
  const s = inner.span.start;
  const after = (x: { line: number; column: number }, y: { line: number; column: number }) => x.line > y.line || (x.line === y.line && x.column >= y.column);
  return after(s, a.start) && after(a.end, s);
}

/** The narrowing without the bindings a statement may store to (a store ends what a guard proved). */
export function withoutStoresIn(narrowing: Narrowing, stmt: PyStmt): Narrowing {
  if (narrowing.size === 0) return narrowing;
  let out: Map<Binding, PyType> | null = null;
  for (const binding of narrowing.keys()) {
    if (binding.references.some((r) => r.store && contains(stmt, r.node))) {
      out ??= new Map(narrowing);
      out.delete(binding);
    }
  }
  return out ?? narrowing;
}

export function merge(a: Narrowing, b: ReadonlyMap<Binding, PyType>): Narrowing {
  if (b.size === 0) return a;
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, v);
  return out;
}
