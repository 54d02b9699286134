/**
 * Assignment targets: names, destructuring patterns, attributes and
 * subscripts, shared by assignment, for-loops, with-statements and
 * comprehensions.
 */
import type { AnyExpr, NodeOf, PyExpr, RuleContext, TsBinding } from "@py2ts/core";

/** Whether a target is made only of names (possibly nested tuples and one starred name per level). */
export function isNamePattern(target: PyExpr): boolean {
  if (target.kind === "Name") return true;
  if (target.kind === "Tuple" || target.kind === "List") {
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

/** A TypeScript binding pattern for a name pattern (`[a, [b, c], ...rest]`). */
export function bindingPattern(ctx: RuleContext, target: PyExpr): TsBinding {
  const b = ctx.at(target);
  if (target.kind === "Name") return b.id(ctx.scope.tsName(target.id));
  if (target.kind === "Tuple" || target.kind === "List") {
    const starIndex = target.elts.findIndex((e) => e.kind === "Starred");
    const elements = target.elts.filter((_, i) => starIndex < 0 || i < starIndex).map((e) => bindingPattern(ctx, e));
    const star = starIndex >= 0 ? target.elts[starIndex]! : null;
    return b.arrayPattern(elements, star && star.kind === "Starred" ? bindingPattern(ctx, star.value) : null);
  }
  throw new Error(`not a name pattern: ${target.kind}`);
}

/** The number of values a tuple/list pattern needs, and whether it has a starred element. */
export function patternArity(target: PyExpr): { count: number; starred: boolean; starIndex: number } {
  if (target.kind !== "Tuple" && target.kind !== "List") return { count: 1, starred: false, starIndex: -1 };
  const starIndex = target.elts.findIndex((e) => e.kind === "Starred");
  return { count: target.elts.length - (starIndex >= 0 ? 1 : 0), starred: starIndex >= 0, starIndex };
}

/**
 * The value to destructure, checked the way Python unpacks: a value whose type
 * is a tuple of the right length is used as is; anything else goes through
 * the runtime's `unpack`, which raises Python's ValueError on a count mismatch
 * and turns any iterable into an array.
 */
export function unpackedValue(ctx: RuleContext, target: PyExpr, valueExpr: PyExpr, lowered: AnyExpr): AnyExpr {
  const { count, starred, starIndex } = patternArity(target);
  const type = ctx.types.of(valueExpr);
  const b = ctx.at(valueExpr);
  if (!starred && type.kind === "tuple" && type.items.length === count) return lowered;
  if (!starred && valueExpr.kind === "Tuple" && valueExpr.elts.length === count && !valueExpr.elts.some((e) => e.kind === "Starred")) return lowered;
  const args: AnyExpr[] = [lowered, b.num(count)];
  if (starred) args.push(b.num(starIndex));
  return b.call(ctx.runtime("unpack"), args);
}
