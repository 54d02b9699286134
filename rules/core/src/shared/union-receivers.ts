/**
 * Method calls on a receiver whose static type is a union (`cp[1].append(x)`
 * where `cp` holds ints and lists): when exactly one member type has the
 * method, the call is translated for that member, with the receiver cast to
 * it. Python would raise AttributeError for the other members; the
 * translation then fails with a different error, which the caller reports.
 */
import {
  type AnyExpr,
  type CallMappingTable,
  type NodeOf,
  type PyType,
  type ReceiverKind,
  type RuleContext,
  applyMapping,
  withoutNone,
} from "@py2ts/core";

function receiverKey(t: PyType): ReceiverKind {
  return t.kind === "named" ? `named:${t.name}` : t.kind;
}

/** The translation of `call` for the only union member whose table has the method, or null. */
export function unionMemberCall(
  ctx: RuleContext,
  call: NodeOf<"Call">,
  tables: Readonly<Partial<Record<ReceiverKind, CallMappingTable>>>,
): { expr: AnyExpr; member: PyType } | null {
  if (call.func.kind !== "Attribute" || ctx.resolve(call.func) !== null) return null;
  const receiverType = withoutNone(ctx.types.of(call.func.value));
  if (receiverType.kind !== "union") return null;
  const attr = call.func.attr;
  const candidates = receiverType.members.filter((m) => tables[receiverKey(m)]?.[attr]);
  if (candidates.length !== 1) return null;
  const member = candidates[0]!;
  const b = ctx.at(call.func.value);
  const lowered = b.as(ctx.lower(call.func.value), ctx.types.toTs(member, call.func.value));
  const outcome = applyMapping(ctx, call, tables[receiverKey(member)]![attr]!, { py: call.func.value, lowered });
  return outcome.kind === "translated" ? { expr: outcome.expr, member } : null;
}
