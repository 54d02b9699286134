import { defineRule, namedTupleCall } from "@py2ts/core";
import { namedTupleMembers, tupleFields, tupleItemType } from "../shared/named-tuples";

/**
 * `P = namedtuple("P", "x y")` (collections) becomes a class declaration
 * extending the runtime's `NamedTuple` (an array with named read-only fields,
 * Python's repr, `_fields`, `_asdict()`, `_replace()`); `class P(NamedTuple)`
 * is translated by the class rule with the same members. Runs early, before
 * the generic assignment translation.
 */
export default defineRule({
  meta: {
    id: "core/named-tuples",
    description: "Translate namedtuple() class definitions",
    phase: "early",
    messages: {
      unsupportedOption: { code: "PY2TS2426", severity: "error", text: "namedtuple option '{option}' is not translated" },
    },
  },
  create: (ctx) => ({
      Assign(path) {
        // P = namedtuple("P", "x y"): a class declaration
        const { node } = path;
        const target = node.targets[0];
        if (node.targets.length !== 1 || target?.kind !== "Name" || node.value.kind !== "Call" || !namedTupleCall(node.value)) return;
        const type = ctx.types.of(node.value);
        if (type.kind !== "classObject") return;
        const b = ctx.at(node);
        const fields = tupleFields(type.cls, node.value);
        const binding = ctx.scope.binding(target);
        const exported = binding ? ctx.scope.isExported(binding) : false;
        const extra = node.value.keywords.filter((k) => k.name !== "field_names" && k.name !== "typename");
        if (extra.length > 0) {
          path.replaceWith(ctx.stubStmt({ messageId: "unsupportedOption", node, data: { option: ctx.sourceText(extra[0]!) } }));
          return;
        }
        path.replaceWith(b.classDecl({ name: ctx.scope.tsName(target.id), extends: ctx.runtime("NamedTuple"), extendsTypeArgs: [tupleItemType(ctx, node, type.cls, fields)], members: namedTupleMembers(ctx, node, type.cls, fields), exported }));
      },

  }),
});
