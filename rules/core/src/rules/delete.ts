import { type AnyStmt, type NodeOf, defineRule } from "@py2ts/core";
import { deleteItem } from "../shared/subscripts";

type Name = NodeOf<"Name">;

/**
 * `del`. `del d[k]`, `del xs[i]` and `del xs[a:b]` remove items with Python's
 * semantics (KeyError/IndexError). `del name` only unbinds a variable: when
 * the name is not read again afterwards nothing remains to translate; when it
 * is, Python would raise NameError there, which the translation does not
 * reproduce, so it is reported.
 */
export default defineRule({
  meta: {
    id: "core/delete",
    description: "Translate del statements",
    messages: {
      nameReadLater: {
        code: "PY2TS3203",
        severity: "warning",
        text: "'del {name}' is dropped; a later read of '{name}' would raise NameError in Python but not here",
      },
      unsupportedTarget: { code: "PY2TS2209", severity: "error", text: "'del {target}' is not supported" },
    },
  },
  create: (ctx) => {
    const readLater = (name: Name): boolean => {
      const binding = ctx.scope.binding(name);
      if (!binding) return false;
      const at = name.span.start;
      return binding.references.some((r) => {
        if (r.store) return false;
        const s = r.node.span.start;
        return s.line > at.line || (s.line === at.line && s.column > at.column);
      });
    };
    return {
      Delete(path) {
        const { node } = path;
        const out: AnyStmt[] = [];
        for (const target of node.targets) {
          const b = ctx.at(target);
          if (target.kind === "Subscript") out.push(b.exprStmt(deleteItem(ctx, target)));
          else if (target.kind === "Name") {
            if (readLater(target)) ctx.report({ messageId: "nameReadLater", node: target, data: { name: target.id } });
          } else out.push(ctx.stubStmt({ messageId: "unsupportedTarget", node: target, data: { target: ctx.sourceText(target) } }));
        }
        path.replaceWith(out.length > 0 ? out : [ctx.at(node).empty()]);
      },
    };
  },
});
