/**
 * Node construction. Every node is created with an origin (a node or a span),
 * so every node of the output can be traced to the Python it came from.
 */
import type { NodeComments, NodeKind, NodeOf } from "./nodes";
import { type Origin, spanOf } from "./span";

/** The fields a caller provides for a node of kind K (everything but kind, span and comments). */
export type NodeFields<K extends NodeKind> = Omit<NodeOf<K>, "kind" | "span" | keyof NodeComments>;

export function createNode<K extends NodeKind>(kind: K, fields: NodeFields<K>, origin: Origin): NodeOf<K> {
  return { kind, span: spanOf(origin), ...fields } as NodeOf<K>;
}

/** Shallow copy of a node with some fields replaced (same origin unless given). */
export function withFields<K extends NodeKind>(node: NodeOf<K>, fields: Partial<NodeFields<K>>): NodeOf<K> {
  return { ...node, ...fields };
}
