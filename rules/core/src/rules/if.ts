import { type AnyExpr, type NodeOf, type PyExpr, type RuleContext, conditionOf, defineRule } from "@py2ts/core";

/** Whether `test` is `__name__ == "__main__"` (either way round) with the module's own `__name__`. */
function isMainGuard(ctx: RuleContext, test: PyExpr): boolean {
  if (test.kind !== "Compare" || test.ops.length !== 1 || test.ops[0] !== "==") return false;
  const [a, c] = [test.left, test.comparators[0]!];
  const isName = (e: PyExpr) => e.kind === "Name" && e.id === "__name__" && ctx.scope.binding(e) === null;
  const isMain = (e: PyExpr) => e.kind === "StrLit" && e.value === "__main__";
  return (isName(a) && isMain(c)) || (isMain(a) && isName(c));
}

/** The condition of an `if`/`elif`: the entry check, or Python truthiness of the test. */
export function ifCondition(ctx: RuleContext, node: NodeOf<"If">): AnyExpr {
  const b = ctx.at(node.test);
  if (isMainGuard(ctx, node.test)) return b.call(ctx.runtime("isMain"), [b.member(b.id("import.meta"), "url")]);
  return conditionOf(ctx, node.test);
}

/**
 * `if`/`elif`/`else`. The test is converted with Python's truthiness for its
 * static type (`if items:` is `items.length > 0`); `elif` chains become
 * `else if`. `if __name__ == "__main__":` becomes the runtime's entry check
 * `isMain(import.meta.url)`, true when the module is the script Node runs.
 */
export default defineRule({
  meta: {
    id: "core/if",
    description: "Translate if/elif/else statements and the __main__ entry check",
    messages: {},
  },
  create: (ctx) => ({
    If(path) {
      const { node } = path;
      const b = ctx.at(node);
      path.replaceWith(b.if(ifCondition(ctx, node), node.body, node.orelse.length > 0 ? node.orelse : null));
    },
  }),
});
