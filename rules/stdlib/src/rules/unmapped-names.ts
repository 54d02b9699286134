import { type NodeOf, defineRule } from "@py2ts/core";

/**
 * The names of a mapped standard-library module that no rule translated
 * (`json.JSONEncoder`, `re.Scanner`, `math.frexp`...) are reported with their
 * qualified name and left as throwing stubs, so a partial mapping of a
 * module is never mistaken for a complete one.
 */
export const DATA_MODULES = ["argparse", "collections", "copy", "csv", "datetime", "functools", "heapq", "itertools", "json", "math", "operator", "re"];

function inDataModule(qname: string | null): qname is string {
  return qname !== null && DATA_MODULES.some((m) => qname.startsWith(`${m}.`));
}

export default defineRule({
  meta: {
    id: "stdlib/unmapped-names",
    description: "Report names of mapped standard-library modules that no rule translates",
    phase: "fallback",
    messages: {
      unmapped: {
        code: "PY2TS5200",
        severity: "error",
        text: "'{name}' is not mapped to TypeScript",
        suggestion: "Port this use by hand, or extend the stdlib rule pack.",
      },
    },
  },
  create: (ctx) => {
    const stubValue = (path: { node: NodeOf<"Name"> | NodeOf<"Attribute">; replaceWith(n: ReturnType<typeof ctx.stubExpr>): void }) => {
      const qname = ctx.resolve(path.node);
      if (inDataModule(qname)) path.replaceWith(ctx.stubExpr({ messageId: "unmapped", node: path.node, data: { name: qname } }));
    };
    return {
      Call(path) {
        const qname = ctx.resolve(path.node.func);
        if (inDataModule(qname)) path.replaceWith(ctx.stubExpr({ messageId: "unmapped", node: path.node, data: { name: qname } }));
      },
      Name: stubValue,
      Attribute: stubValue,
    };
  },
});
