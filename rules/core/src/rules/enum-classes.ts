import { defineRule } from "@py2ts/core";
import { classObjectOf } from "../shared/class-references";
import { isEnumClass } from "../shared/enum-classes";

/**
 * Uses of an enum class as a collection of its members, which the runtime's
 * generic helpers do not treat as one (a class is not iterable in
 * JavaScript): `len(Color)` and `x in Color` work on the member list
 * (runtime `enumMembers`). Iterating an enum class is handled where
 * iterables are translated.
 */
export default defineRule({
  meta: {
    id: "core/enum-classes",
    description: "Translate len() and membership tests on enum classes",
    phase: "early",
    messages: {},
  },
  create: (ctx) => {
    const enumClass = (expr: Parameters<typeof ctx.types.of>[0]) => {
      const cls = classObjectOf(ctx.types.of(expr));
      return cls && cls.def && isEnumClass(cls) ? cls : null;
    };
    return {
      Call(path) {
        const { node } = path;
        if (ctx.resolve(node.func) !== "builtins.len" || node.args.length !== 1 || node.keywords.length > 0) return;
        const arg = node.args[0]!;
        if (!enumClass(arg)) return;
        const b = ctx.at(node);
        path.replaceWith(b.member(b.call(ctx.runtime("enumMembers"), [ctx.lower(arg)]), "length"));
      },
      Compare(path) {
        const { node } = path;
        const op = node.ops[0];
        const container = node.comparators[0];
        if (node.ops.length !== 1 || !container || (op !== "in" && op !== "not in") || !enumClass(container)) return;
        const b = ctx.at(node);
        const test = b.methodCall(b.call(ctx.runtime("enumMembers"), [ctx.lower(container)]), "includes", [ctx.lower(node.left)]);
        path.replaceWith(op === "in" ? test : b.not(test));
      },
    };
  },
});
