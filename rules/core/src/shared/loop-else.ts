/**
 * Python's loop `else` block runs when the loop ends without `break`. The
 * loop and its `else` go into a labeled block and every `break` of the loop
 * becomes `break <label>`, which leaves the block and so skips the `else`.
 * Without a `break` the `else` block simply follows the loop. A `break` inside
 * a `match` (which may become a `switch`) names the loop's label.
 */
import type { AnyStmt, NodeOf, PyStmt, RuleContext } from "@py2ts/core";
import { type LoopJumps, loopJumps, setJumpLabel } from "./loop-jumps";

export interface LoopFrame {
  jumps: LoopJumps;
  /** Wraps the translated loop statement together with the `else` block. */
  finish(loop: AnyStmt): AnyStmt[];
}

/** Prepares the jumps of a For/While before its body is translated. */
export function loopFrame(ctx: RuleContext, node: NodeOf<"For"> | NodeOf<"While">): LoopFrame {
  const jumps = loopJumps(node.body);
  const orelse: PyStmt[] = node.orelse;
  const b = ctx.at(node);
  if (orelse.length > 0 && jumps.breaks.length > 0) {
    const label = ctx.freshName("loop");
    for (const { node: jump } of jumps.breaks) setJumpLabel(jump, label);
    return { jumps, finish: (loop) => [b.labeled(label, b.block([loop, ...orelse]))] };
  }
  if (jumps.breaks.some((j) => j.inMatch)) {
    const label = ctx.freshName("loop");
    for (const { node: jump, inMatch } of jumps.breaks) if (inMatch) setJumpLabel(jump, label);
    return { jumps, finish: (loop) => [b.labeled(label, loop), ...orelse] };
  }
  return { jumps, finish: (loop) => [loop, ...orelse] };
}
