/**
 * A node's place in the tree, and the only way rules change the tree
 * (Babel's path API): replaceWith, insertBefore, insertAfter, remove.
 */
import type { BaseNode, Node } from "../ir/nodes";
import { childField, setChildField } from "../ir/visitor-keys";

export interface PathHooks {
  /** Called when a node is replaced, so comments and markers follow it. */
  onReplace(oldNode: Node, newNode: Node): void;
}

export class NodePath<N extends BaseNode = Node> {
  /** Set when the node was replaced, removed or given siblings; read by the traversal. */
  replaced = false;
  removed = false;
  /** Nodes inserted before this one (in a list), which the traversal still has to visit. */
  insertedBefore = 0;
  skipped = false;

  constructor(
    private readonly container: Node | { root: Node | Node[] },
    readonly field: string,
    public index: number | null,
    readonly parentPath: NodePath | null,
    private readonly hooks: PathHooks,
  ) {}

  get parent(): Node | null {
    return "kind" in this.container ? (this.container as Node) : null;
  }

  private get slot(): Node | Node[] | null | undefined {
    return "kind" in this.container ? childField(this.container as Node, this.field) : (this.container as { root: Node | Node[] }).root;
  }

  private setSlot(value: Node | Node[] | null): void {
    if ("kind" in this.container) setChildField(this.container as Node, this.field, value);
    else (this.container as { root: Node | Node[] | null }).root = value;
  }

  get node(): N {
    const slot = this.slot;
    const node = Array.isArray(slot) ? slot[this.index ?? -1] : slot;
    if (!node) throw new Error(`path ${this.field}[${this.index}] has no node`);
    return node as unknown as N;
  }

  get inList(): boolean {
    return Array.isArray(this.slot);
  }

  /** Replaces the node; in a statement list it may be replaced by several nodes. */
  replaceWith(replacement: Node | Node[]): void {
    const old = this.node as unknown as Node;
    const nodes = Array.isArray(replacement) ? replacement : [replacement];
    const slot = this.slot;
    if (Array.isArray(slot)) {
      if (nodes.length === 0) {
        this.remove();
        return;
      }
      slot.splice(this.index!, 1, ...nodes);
    } else {
      if (nodes.length !== 1) throw new Error(`cannot replace the single-node field '${this.field}' with ${nodes.length} nodes`);
      this.setSlot(nodes[0]!);
    }
    if (nodes[0] !== old) this.hooks.onReplace(old, nodes[0]!);
    this.replaced = true;
  }

  insertBefore(nodes: Node | Node[]): void {
    const list = this.requireList("insertBefore");
    const items = Array.isArray(nodes) ? nodes : [nodes];
    const old = this.node as unknown as Node;
    list.splice(this.index!, 0, ...items);
    if (items[0]) this.hooks.onReplace(old, items[0]);
    this.index! += items.length;
    this.insertedBefore += items.length;
  }

  insertAfter(nodes: Node | Node[]): void {
    const list = this.requireList("insertAfter");
    const items = Array.isArray(nodes) ? nodes : [nodes];
    list.splice(this.index! + 1, 0, ...items);
  }

  remove(): void {
    const slot = this.slot;
    if (Array.isArray(slot)) slot.splice(this.index!, 1);
    else this.setSlot(null);
    this.removed = true;
  }

  /** Do not traverse into the node's children (the rule handled them). */
  skip(): void {
    this.skipped = true;
  }

  private requireList(op: string): Node[] {
    const slot = this.slot;
    if (!Array.isArray(slot)) throw new Error(`${op} needs a node in a list, but '${this.field}' holds a single node`);
    return slot;
  }
}
