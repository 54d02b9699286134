/**
 * The parts of a Python class body: methods by how they are bound
 * (decorators), class attributes, and statements a class body may not hold
 * in the translation. Shared by the class rules (plain classes, dataclasses).
 */
import { type Node, type NodeOf, type PyExpr, type PyStmt, forEachChild } from "@py2ts/core";

export type MethodBinding =
  | { kind: "method" }
  | { kind: "static" }
  | { kind: "classmethod" }
  | { kind: "getter" }
  | { kind: "setter"; property: string }
  | { kind: "unsupported"; decorator: string };

export interface ClassAttribute {
  name: string;
  /** The statement defining it. */
  stmt: NodeOf<"Assign"> | NodeOf<"AnnAssign">;
  /** The value, or null for a bare annotation (`port: int`). */
  value: PyExpr | null;
  annotation: PyExpr | null;
}

export interface ClassBody {
  methods: Array<{ def: NodeOf<"FunctionDef">; binding: MethodBinding }>;
  attributes: ClassAttribute[];
  /** Statements with no translation in a class body. */
  other: PyStmt[];
}

function decoratorName(expr: PyExpr): string {
  if (expr.kind === "Name") return expr.id;
  if (expr.kind === "Attribute") return `${decoratorName(expr.value)}.${expr.attr}`;
  if (expr.kind === "Call") return `${decoratorName(expr.func)}(...)`;
  return "<expression>";
}

export function methodBinding(def: NodeOf<"FunctionDef">): MethodBinding {
  if (def.decorators.length === 0) return { kind: "method" };
  if (def.decorators.length > 1) return { kind: "unsupported", decorator: def.decorators.map(decoratorName).join(", ") };
  const d = def.decorators[0]!;
  if (d.kind === "Name") {
    if (d.id === "staticmethod") return { kind: "static" };
    if (d.id === "classmethod") return { kind: "classmethod" };
    if (d.id === "property") return { kind: "getter" };
  }
  if (d.kind === "Attribute" && d.attr === "setter" && d.value.kind === "Name" && d.value.id === def.name) {
    return { kind: "setter", property: d.value.id };
  }
  return { kind: "unsupported", decorator: decoratorName(d) };
}

/** Splits a class body into methods, class attributes and the rest. */
export function classBody(body: PyStmt[]): ClassBody {
  const out: ClassBody = { methods: [], attributes: [], other: [] };
  for (const stmt of body) {
    if (stmt.kind === "FunctionDef") out.methods.push({ def: stmt, binding: methodBinding(stmt) });
    else if (stmt.kind === "Assign" && stmt.targets.every((t) => t.kind === "Name")) {
      for (const t of stmt.targets) out.attributes.push({ name: (t as NodeOf<"Name">).id, stmt, value: stmt.value, annotation: null });
    } else if (stmt.kind === "AnnAssign" && stmt.target.kind === "Name") {
      out.attributes.push({ name: stmt.target.id, stmt, value: stmt.value, annotation: stmt.annotation });
    } else if (stmt.kind === "Pass" || (stmt.kind === "ExprStmt" && stmt.value.kind === "StrLit")) {
      continue;
    } else out.other.push(stmt);
  }
  return out;
}

/** `super().__init__(...)` or `Base.__init__(self, ...)` as a statement: the call, else null. */
export function superInitCall(stmt: PyStmt, selfName: string): { call: NodeOf<"Call">; explicitSelf: boolean } | null {
  if (stmt.kind !== "ExprStmt" || stmt.value.kind !== "Call") return null;
  const call = stmt.value;
  const func = call.func;
  if (func.kind !== "Attribute" || func.attr !== "__init__") return null;
  if (func.value.kind === "Call" && func.value.func.kind === "Name" && func.value.func.id === "super" && func.value.args.length === 0) {
    return { call, explicitSelf: false };
  }
  if (func.value.kind === "Name" && call.args[0]?.kind === "Name" && call.args[0].id === selfName) return { call, explicitSelf: true };
  return null;
}

/** Whether a subtree mentions a name. */
export function mentionsName(node: Node, name: string): boolean {
  let found = false;
  const visit = (n: Node) => {
    if (found) return;
    if (n.kind === "Name" && n.id === name) found = true;
    else forEachChild(n, visit);
  };
  visit(node);
  return found;
}
