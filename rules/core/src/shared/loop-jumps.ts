/**
 * `break` and `continue` targets. A Python loop's jumps are found before its
 * body is translated; those that must name a label in TypeScript (a `break`
 * that skips a loop's `else` block, or a `break` inside a `match` that
 * could become a `switch`) are recorded here, keyed by node, and the
 * Break/Continue rule reads the label back.
 */
import type { Node, NodeOf, PyStmt } from "@py2ts/core";
import { forEachChild } from "@py2ts/core";

type Jump = NodeOf<"Break"> | NodeOf<"Continue">;

const labels = new WeakMap<Jump, string>();

/** Kinds whose bodies start a new loop or function: their jumps belong elsewhere. */
const BARRIERS = new Set(["For", "While", "FunctionDef", "ClassDef", "Lambda"]);

export interface LoopJumps {
  breaks: Array<{ node: NodeOf<"Break">; inMatch: boolean }>;
  continues: Array<{ node: NodeOf<"Continue">; inMatch: boolean }>;
}

/** The `break`/`continue` statements of a loop body that target this loop. */
export function loopJumps(body: readonly PyStmt[]): LoopJumps {
  const out: LoopJumps = { breaks: [], continues: [] };
  const visit = (node: Node, inMatch: boolean) => {
    if (node.kind === "Break") out.breaks.push({ node, inMatch });
    else if (node.kind === "Continue") out.continues.push({ node, inMatch });
    else if (!BARRIERS.has(node.kind)) forEachChild(node, (child) => visit(child, inMatch || node.kind === "Match"));
  };
  body.forEach((s) => visit(s, false));
  return out;
}

/** Makes a jump name a label. */
export function setJumpLabel(jump: Jump, label: string): void {
  labels.set(jump, label);
}

/** The label a jump must name, or null. */
export function jumpLabel(jump: Jump): string | null {
  return labels.get(jump) ?? null;
}

/** Whether a statement list contains a `yield` (not counting nested functions). */
export function containsKind(nodes: readonly Node[], kinds: ReadonlySet<string>, barriers: ReadonlySet<string> = BARRIERS): boolean {
  let found = false;
  const visit = (node: Node) => {
    if (found) return;
    if (kinds.has(node.kind)) {
      found = true;
      return;
    }
    if (!barriers.has(node.kind)) forEachChild(node, visit);
  };
  nodes.forEach(visit);
  return found;
}
