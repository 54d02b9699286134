import { type AnyExpr, defineRule, hasIntFloatAmbiguity, strOf } from "@py2ts/core";

/**
 * `print(*values, sep=" ", end="\n", file=sys.stdout)`. Each value is
 * converted the way Python's `str()` would (type-directed); the line is
 * written with `console.log` (stdout) or `console.error` (`file=sys.stderr`),
 * or with `process.stdout.write` when `end` is not a newline.
 */
export default defineRule({
  meta: {
    id: "core/print",
    description: "Translate print() calls",
    messages: {
      dynamicOptions: {
        code: "PY2TS3003",
        severity: "info",
        text: "print() with computed sep/end/file uses the runtime helper",
      },
      intFloat: {
        code: "PY2TS3002",
        severity: "warning",
        text: "'{expr}' may hold an int or a float; an integral float prints without '.0'",
        suggestion: "Convert explicitly with float() or int() where the output format matters.",
      },
    },
  },
  create: (ctx) => ({
    Call(path) {
      const { node } = path;
      if (ctx.resolve(node.func) !== "builtins.print") return;
      const b = ctx.at(node);
      const keyword = (name: string) => node.keywords.find((k) => k.name === name)?.value ?? null;
      const sep = keyword("sep");
      const end = keyword("end");
      const file = keyword("file");
      const literal = (e: typeof sep, fallback: string): string | null =>
        e === null || e.kind === "NoneLit" ? fallback : e.kind === "StrLit" ? e.value : null;
      const sepText = literal(sep, " ");
      const endText = literal(end, "\n");
      const target = file === null || file.kind === "NoneLit" ? "stdout" : ctx.resolve(file) === "sys.stderr" ? "stderr" : ctx.resolve(file) === "sys.stdout" ? "stdout" : null;
      const dynamic =
        sepText === null || endText === null || target === null || node.args.some((a) => a.kind === "Starred") || node.keywords.some((k) => k.name === null);
      for (const arg of node.args) {
        if (arg.kind !== "Starred" && hasIntFloatAmbiguity(ctx.types.of(arg))) {
          ctx.report({ messageId: "intFloat", node: arg, data: { expr: ctx.sourceText(arg) } });
        }
      }
      if (dynamic) {
        ctx.report({ messageId: "dynamicOptions", node });
        const args = node.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)));
        if (node.keywords.some((k) => k.name === null)) {
          // `**mapping`: keywords and mappings merged in call order and checked at run time
          const parts = node.keywords.map((k) => (k.name === null ? ctx.lower(k.value) : b.array([b.array([b.str(k.name), ctx.lower(k.value)])])));
          path.replaceWith(b.call(ctx.runtime("printWith"), [b.call(ctx.runtime("printOptions"), parts), ...args]));
          return;
        }
        const options: Array<[string, AnyExpr]> = [];
        if (sep) options.push(["sep", ctx.lower(sep)]);
        if (end) options.push(["end", ctx.lower(end)]);
        if (file) options.push(["file", ctx.lower(file)]);
        path.replaceWith(b.call(ctx.runtime("printWith"), [b.object(options), ...args]));
        return;
      }
      const parts: AnyExpr[] = [];
      node.args.forEach((arg, i) => {
        if (i > 0 && sepText) parts.push(b.str(sepText));
        parts.push(strOf(ctx, arg, { inTemplate: true }));
      });
      const stream = b.member(b.id("process"), target!);
      if (endText === "\n") {
        const log = b.member(b.id("console"), target === "stderr" ? "error" : "log");
        const text = b.concat(parts);
        const isEmpty = text.kind === "TsString" && text.value === "";
        path.replaceWith(b.call(log, isEmpty ? [] : [text]));
        return;
      }
      path.replaceWith(b.methodCall(stream, "write", [b.concat([...parts, b.str(endText!)])]));
    },
  }),
});
