import { type AnyExpr, type PyExpr, type PyType, conditionOf, defineRule, findMethod, hasJsTruthiness, isSimple, withoutNone } from "@py2ts/core";

/** Whether every non-None value of the type is truthy (instances without `__bool__`/`__len__`, functions, classes). */
function alwaysTruthy(t: PyType): boolean {
  if (t.kind === "union") return t.members.every(alwaysTruthy);
  if (t.kind === "instance") return !findMethod(t.cls, "__bool__") && !findMethod(t.cls, "__len__");
  return t.kind === "callable" || t.kind === "classObject" || t.kind === "module";
}

/** The truth of a literal operand, or null when it is not a literal. */
function literalTruth(e: PyExpr): boolean | null {
  switch (e.kind) {
    case "StrLit":
    case "IntLit":
    case "FloatLit":
    case "BoolLit":
      return Boolean(e.value);
    case "NoneLit":
      return false;
    default:
      return null;
  }
}

/**
 * `a and b` / `a or b` return one of their operands, like Python. Where
 * JavaScript's truthiness of every operand equals Python's (numbers, strings,
 * booleans, None) they are `&&`/`||`; `x or y` where x is an object or None
 * is `x ?? y`; otherwise the left operand is tested with Python's truthiness
 * (`items.length > 0`, `truthy(x)`) and evaluated once.
 */
export default defineRule({
  meta: {
    id: "core/boolean-operators",
    description: "Translate 'and' and 'or'",
    messages: {},
  },
  create: (ctx) => {
    const fold = (op: "and" | "or", values: PyExpr[]): AnyExpr => {
      const [first, ...rest] = values;
      if (rest.length === 0) return ctx.lower(first!);
      // a literal's truth is known: `"x" or y` is "x", `0 or y` is y (JavaScript rejects constant conditions)
      const known = literalTruth(first!);
      if (known !== null) return known === (op === "or") ? ctx.lower(first!) : fold(op, rest);
      const b = ctx.at(first!);
      const t = ctx.types.of(first!);
      const others = () => fold(op, rest);
      if (hasJsTruthiness(t) && rest.every((v) => hasJsTruthiness(ctx.types.of(v)))) {
        return b.binary(op === "and" ? "&&" : "||", ctx.lower(first!), others());
      }
      if (op === "or" && t.kind === "union" && withoutNone(t).kind !== "never" && alwaysTruthy(withoutNone(t))) {
        return b.binary("??", ctx.lower(first!), others());
      }
      const choose = (value: AnyExpr, test: AnyExpr): AnyExpr => (op === "and" ? b.conditional(test, others(), value) : b.conditional(test, value, others()));
      if (isSimple(first!)) return choose(ctx.lower(first!), conditionOf(ctx, first!));
      const name = ctx.freshName("value");
      const test = conditionOf(ctx, first!, b.id(name));
      return b.call(b.arrow([{ name }], choose(b.id(name), test)), [ctx.lower(first!)]);
    };
    return {
      BoolOp(path) {
        path.replaceWith(fold(path.node.op, path.node.values));
      },
    };
  },
});
