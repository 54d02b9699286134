/**
 * Assignment targets: names and destructuring patterns, shared by
 * assignment, for-loops, with-statements and comprehensions.
 *
 * Python unpacks any iterable and checks the count (`ValueError: too many
 * values to unpack`); TypeScript's array destructuring does neither. A level
 * of a pattern destructures its value directly only when the static type is a
 * tuple of exactly the right length; otherwise the value goes through the
 * runtime's `unpack(value, n)` or, with a starred target,
 * `unpackStarred(value, before, after)`, which returns
 * `[firstItems, starredList, lastItems]` and is destructured as
 * `[[a, b], rest, [z]]`. A nested pattern whose shape the type does not
 * prove is bound to a temporary and destructured by a follow-up statement.
 */
import {
  type AnyExpr,
  type AnyStmt,
  type DeclKind,
  type NodeOf,
  type PyExpr,
  type PyType,
  type RuleContext,
  type TsBinding,
  iterationType,
  joinAll,
} from "@py2ts/core";

/** Whether a translated expression can stand on the left of `=` (a stub cannot). */
export function isAssignable(expr: AnyExpr): boolean {
  return expr.kind === "TsId" || expr.kind === "TsMember" || expr.kind === "TsIndex";
}

/** Whether a target is made only of names (possibly nested tuples and one starred name per level). */
export function isNamePattern(target: PyExpr): boolean {
  if (target.kind === "Name") return true;
  if (target.kind === "Tuple" || target.kind === "List") {
    if (target.elts.filter((e) => e.kind === "Starred").length > 1) return false;
    return target.elts.every((e) => (e.kind === "Starred" ? e.value.kind === "Name" : isNamePattern(e)));
  }
  return false;
}

/** All names a pattern binds, in order. */
export function patternNames(target: PyExpr): Array<NodeOf<"Name">> {
  if (target.kind === "Name") return [target];
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.flatMap(patternNames);
  if (target.kind === "Starred") return patternNames(target.value);
  return [];
}

/** The number of values a tuple/list pattern needs, and where its starred element is. */
export function patternArity(target: PyExpr): { count: number; starred: boolean; starIndex: number } {
  if (target.kind !== "Tuple" && target.kind !== "List") return { count: 1, starred: false, starIndex: -1 };
  const starIndex = target.elts.findIndex((e) => e.kind === "Starred");
  return { count: target.elts.length - (starIndex >= 0 ? 1 : 0), starred: starIndex >= 0, starIndex };
}

/** Whether values of `type` destructure into `target` without a run-time check. */
export function shapeIsProven(target: PyExpr, type: PyType): boolean {
  if (target.kind === "Name") return true;
  if (target.kind !== "Tuple" && target.kind !== "List") return false;
  const { count, starred } = patternArity(target);
  if (starred || type.kind !== "tuple" || type.items.length !== count) return false;
  return target.elts.every((e, i) => shapeIsProven(e, type.items[i]!));
}

/** A pattern part bound to a temporary, destructured after the main destructuring. */
interface Deferred {
  temp: string;
  target: PyExpr;
  type: PyType;
}

interface Level {
  pattern: TsBinding;
  value: AnyExpr;
  deferred: Deferred[];
}

/**
 * Names of a pattern that a later part of the same pattern binds again
 * (`_, c, _ = row`): Python assigns left to right so the last one wins, and
 * JavaScript rejects a name declared twice, so the earlier ones are holes.
 */
const REBOUND_LATER = new WeakSet<PyExpr>();

function markReboundNames(target: PyExpr): void {
  const names = patternNames(target);
  names.forEach((n, i) => {
    if (names.slice(i + 1).some((later) => later.id === n.id)) REBOUND_LATER.add(n);
  });
}

/**
 * The pattern of one level. `itemTypes` are the element types when the value
 * is used as is (a proven tuple), null when the runtime checked it (elements
 * then have the iteration type of `type`).
 */
function planLevel(ctx: RuleContext, target: PyExpr, type: PyType, itemTypes: PyType[] | null, deferred: Deferred[]): TsBinding {
  const b = ctx.at(target);
  if (target.kind === "Name") return b.id(ctx.scope.tsName(target.id));
  if (target.kind !== "Tuple" && target.kind !== "List") throw new Error(`not a name pattern: ${target.kind}`);
  const iterated = type.kind === "tuple" ? joinAll(type.items) : iterationType(type);
  const element = (elt: PyExpr, eltType: PyType): TsBinding => {
    if (elt.kind === "Name") return REBOUND_LATER.has(elt) ? b.omitted() : b.id(ctx.scope.tsName(elt.id));
    if (shapeIsProven(elt, eltType) && eltType.kind === "tuple") return planLevel(ctx, elt, eltType, eltType.items, deferred);
    const temp = ctx.freshName("item");
    deferred.push({ temp, target: elt, type: eltType });
    return b.id(temp);
  };
  const { starIndex } = patternArity(target);
  if (starIndex < 0) return b.arrayPattern(target.elts.map((e, i) => element(e, itemTypes?.[i] ?? iterated)));
  const before = target.elts.slice(0, starIndex).map((e) => element(e, iterated));
  const after = target.elts.slice(starIndex + 1).map((e) => element(e, iterated));
  const star = target.elts[starIndex]!;
  const starName = star.kind === "Starred" && star.value.kind === "Name" ? star.value.id : "_";
  return b.arrayPattern([b.arrayPattern(before), b.id(ctx.scope.tsName(starName)), b.arrayPattern(after)]);
}

/** The value for one level: as is when the type proves the shape, else checked by the runtime. */
export function checkedValue(ctx: RuleContext, target: PyExpr, type: PyType, lowered: AnyExpr, origin: PyExpr): AnyExpr {
  const b = ctx.at(origin);
  const { count, starred, starIndex } = patternArity(target);
  if (!starred && type.kind === "tuple" && type.items.length === count) return lowered;
  if (starred) return b.call(ctx.runtime("unpackStarred"), [lowered, b.num(starIndex), b.num(count - starIndex)]);
  return b.call(ctx.runtime("unpack"), [lowered, b.num(count)]);
}

function level(ctx: RuleContext, target: PyExpr, type: PyType, lowered: AnyExpr, valueExpr: PyExpr | null): Level {
  const deferred: Deferred[] = [];
  // a tuple display proves the length of this level
  const levelType: PyType =
    valueExpr?.kind === "Tuple" && !valueExpr.elts.some((e) => e.kind === "Starred")
      ? { kind: "tuple", items: valueExpr.elts.map((e) => ctx.types.of(e)) }
      : type;
  const value = checkedValue(ctx, target, levelType, lowered, valueExpr ?? target);
  const itemTypes = value === lowered && levelType.kind === "tuple" ? levelType.items : null;
  return { pattern: planLevel(ctx, target, levelType, itemTypes, deferred), value, deferred };
}

export interface Destructuring {
  /** The pattern of the first level (`[a, [b, c]]`, `[[first], rest, []]`). */
  pattern: TsBinding;
  /** The value to destructure, wrapped in `unpack`/`unpackStarred` where the type does not prove its shape. */
  value: AnyExpr;
  /** Statements declaring temporaries (assignment mode) — to place before the destructuring. */
  before: AnyStmt[];
  /** Statements destructuring nested parts bound to temporaries — to place right after it. */
  after: AnyStmt[];
}

/**
 * Plans `target = value` for a name pattern. `declKind` is the declaration
 * the names get (null: they are assigned, having been declared earlier).
 */
export function destructure(
  ctx: RuleContext,
  target: PyExpr,
  type: PyType,
  lowered: AnyExpr,
  valueExpr: PyExpr | null,
  declKind: DeclKind | null,
): Destructuring {
  markReboundNames(target);
  const first = level(ctx, target, type, lowered, valueExpr);
  const before: AnyStmt[] = [];
  const after: AnyStmt[] = [];
  const emit = (deferred: Deferred[]) => {
    for (const d of deferred) {
      const b = ctx.at(d.target);
      if (declKind === null) before.push(b.varDecl("let", d.temp, null, ctx.types.toTs(d.type, d.target), { definite: true }));
      const next = level(ctx, d.target, d.type, b.id(d.temp), null);
      after.push(declKind ? b.varDecl(declKind, next.pattern, next.value) : b.exprStmt(b.assign(next.pattern, next.value)));
      emit(next.deferred);
    }
  };
  emit(first.deferred);
  return { pattern: first.pattern, value: first.value, before, after };
}

