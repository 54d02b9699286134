/**
 * Which class each zero-argument `super()` belongs to. Python binds `super()`
 * to the class whose body defines the method; the class rule records that
 * here when it translates the class, before the method bodies are visited.
 */
import { type ClassInfo, type Node, type NodeOf, forEachChild } from "@py2ts/core";

const owners = new WeakMap<Node, { cls: ClassInfo; isStatic: boolean }>();

/** Records the `super()` calls of a method body (not those of nested classes). */
export function recordSuperCalls(def: NodeOf<"FunctionDef">, cls: ClassInfo, isStatic: boolean): void {
  const visit = (node: Node) => {
    if (node.kind === "ClassDef") return;
    if (node.kind === "Call" && node.func.kind === "Name" && node.func.id === "super" && node.args.length === 0) {
      owners.set(node, { cls, isStatic });
    }
    forEachChild(node, visit);
  };
  def.body.forEach(visit);
}

/** The class a `super()` call was written in, or undefined. */
export function superOwner(call: Node): { cls: ClassInfo; isStatic: boolean } | undefined {
  return owners.get(call);
}
