import { type PyType, defineRule, withoutNone } from "@py2ts/core";
import { projectModuleOf } from "../shared/project-names";

/** Whether `value.attr` reads a JavaScript property of the same name on values of this type. */
function isPropertyOwner(t: PyType): boolean {
  switch (t.kind) {
    case "instance":
    case "classObject":
    case "module":
    case "named":
      return true;
    case "union":
      return t.members.every(isPropertyOwner);
    default:
      return false;
  }
}

/**
 * Attribute reads that no specific rule translated: on instances, classes,
 * project modules and declared library types, `value.attr` is the property
 * of the same name (`__name__` of a function or class is its `name`).
 * Runs in the fallback phase, after the rules that know particular
 * attributes. An attribute of a value whose type is unknown, or of a builtin
 * value that has no such property in JavaScript, is reported.
 */
export default defineRule({
  meta: {
    id: "core/attributes",
    description: "Translate attribute access on objects, classes and modules",
    phase: "fallback",
    messages: {
      unknownOwner: {
        code: "PY2TS2314",
        severity: "error",
        text: "attribute '{attr}' of '{expr}', whose type is not known, is not translated",
      },
      builtinAttribute: {
        code: "PY2TS2315",
        severity: "error",
        text: "the attribute '{attr}' of a {type} value is not supported",
      },
    },
  },
  create: (ctx) => ({
    Attribute(path) {
      const { node } = path;
      const owner = withoutNone(ctx.types.of(node.value));
      // library names are left to the library rules (and reported by verify when none translates them)
      const qname = ctx.resolve(node);
      if (owner.kind === "module" ? ctx.importPath(owner.name) === null : qname !== null && projectModuleOf(ctx, qname) === null) return;
      const b = ctx.at(node);
      const module = ctx.resolve(node.value);
      if (node.attr === "__name__" && module !== null && module === projectModuleOf(ctx, module)) {
        // a project module's name is the module name Python gives it
        path.replaceWith(b.str(module));
        return;
      }
      // a JavaScript function's `name` is the Python one unless the name had to change (`delete` → `delete_`)
      const sameName = (t: PyType): boolean => t.kind !== "callable" || !t.fn || t.fn.def.kind !== "FunctionDef" || ctx.scope.tsName(t.fn.def.name) === t.fn.def.name;
      const named = (t: PyType): boolean => (t.kind === "callable" || t.kind === "classObject") && sameName(t);
      if (node.attr === "__name__" && (named(owner) || (owner.kind === "union" && owner.members.every(named)))) {
        path.replaceWith(b.member(ctx.lower(node.value), "name"));
        return;
      }
      if (isPropertyOwner(owner)) {
        path.replaceWith(b.member(ctx.lower(node.value), node.attr));
        return;
      }
      if (owner.kind === "unknown" || owner.kind === "never") {
        path.replaceWith(ctx.stubExpr({ messageId: "unknownOwner", node, data: { attr: node.attr, expr: ctx.sourceText(node.value) } }));
        return;
      }
      path.replaceWith(ctx.stubExpr({ messageId: "builtinAttribute", node, data: { attr: node.attr, type: owner.kind } }));
    },
  }),
});
