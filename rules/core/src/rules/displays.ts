import { type AnyExpr, type NodeOf, type RuleContext, defineRule } from "@py2ts/core";
import { dictEntriesOf, displayElements, newMap, newSet } from "../shared/collections";

const MUTABLE_DISPLAYS = new Set(["List", "ListComp", "Starred"]);

function dictDisplay(ctx: RuleContext, node: NodeOf<"Dict">): AnyExpr {
  const b = ctx.at(node);
  const entries = node.entries.map((entry) =>
    entry.key ? b.array([ctx.lower(entry.key), ctx.lower(entry.value)]) : b.spread(dictEntriesOf(ctx, entry.value)),
  );
  return newMap(ctx, node, ctx.types.of(node), entries.length ? [b.array(entries)] : []);
}

/**
 * Displays: a list or tuple is an array (`*xs` spreads), a dict a `Map`
 * (insertion order for every key, unlike an object; `**m` spreads its
 * entries), a set a `Set`. Keys and members that are tuples use the runtime's
 * `KeyMap`/`KeySet`, which compare them by value like Python.
 */
export default defineRule({
  meta: {
    id: "core/displays",
    description: "Translate list, tuple, dict and set displays",
    messages: {},
  },
  create: (ctx) => ({
    List(path) {
      path.replaceWith(ctx.at(path.node).array(displayElements(ctx, path.node.elts)));
    },
    Tuple(path) {
      const { node } = path;
      const b = ctx.at(node);
      const array = b.array(displayElements(ctx, node.elts));
      // `as const` keeps a tuple a tuple where no type is expected (`for (const [k, v] of [["x", 1]])`);
      // a list inside would become readonly too, so those tuples stay plain arrays
      const constant = node.elts.length > 0 && node.elts.every((e) => !MUTABLE_DISPLAYS.has(e.kind));
      path.replaceWith(constant ? b.asConst(array) : array);
    },
    Set(path) {
      const { node } = path;
      path.replaceWith(newSet(ctx, node, ctx.types.of(node), [ctx.at(node).array(displayElements(ctx, node.elts))]));
    },
    Dict(path) {
      path.replaceWith(dictDisplay(ctx, path.node));
    },
  }),
});
