/**
 * Visitor keys, derived from the definitions: the fields of each kind that
 * hold child nodes, in definition order (which is source order).
 */
import { NODE_DEFINITIONS } from "./definitions";
import type { Node, NodeKind } from "./nodes";

const VALUE_TAGS = new Set([
  "string", "number", "boolean", "binop", "unaryop", "boolop", "cmpop", "paramkind", "declkind",
  "tsbinop", "tsassignop", "tsunaryop", "tsupdateop", "methodkind", "tskeywordtype",
]);

function baseTag(tag: string): string {
  return tag.replace(/[*?]+$/, "");
}

export const VISITOR_KEYS: Readonly<Record<NodeKind, readonly string[]>> = Object.fromEntries(
  (Object.keys(NODE_DEFINITIONS) as NodeKind[]).map((kind) => {
    const fields = NODE_DEFINITIONS[kind].fields as Record<string, string>;
    return [kind, Object.keys(fields).filter((f) => !VALUE_TAGS.has(baseTag(fields[f]!)))];
  }),
) as unknown as Record<NodeKind, readonly string[]>;

export const ALL_KINDS: readonly NodeKind[] = Object.keys(NODE_DEFINITIONS) as NodeKind[];

/** The raw value of a child field (a node, an array of nodes, or null). */
export function childField(node: Node, field: string): Node | Node[] | null | undefined {
  return (node as unknown as Record<string, Node | Node[] | null | undefined>)[field];
}

export function setChildField(node: Node, field: string, value: Node | Node[] | null): void {
  (node as unknown as Record<string, Node | Node[] | null>)[field] = value;
}

/** Calls `fn` for each direct child node, in source order. */
export function forEachChild(node: Node, fn: (child: Node) => void): void {
  for (const field of VISITOR_KEYS[node.kind]) {
    const value = childField(node, field);
    if (Array.isArray(value)) value.forEach(fn);
    else if (value) fn(value);
  }
}

/** Depth-first, pre-order walk of a subtree (read only). Return false from fn to skip a subtree. */
export function walk(node: Node, fn: (node: Node, parent: Node | null) => boolean | void, parent: Node | null = null): void {
  if (fn(node, parent) === false) return;
  forEachChild(node, (child) => walk(child, fn, node));
}
