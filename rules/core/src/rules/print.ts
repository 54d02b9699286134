import { type AnyExpr, type PyExpr, type RuleContext, defineRule, hasIntFloatAmbiguity, isSubclass, strOf, walk, withoutNone } from "@py2ts/core";

const MUTABLE_KINDS = new Set(["list", "dict", "set", "instance", "named", "unknown"]);

/** Methods of list, dict and set that change the receiver. */
const MUTATING_METHODS = new Set([
  "append", "extend", "insert", "pop", "remove", "clear", "sort", "reverse", "add", "discard", "update", "setdefault", "popitem",
  "difference_update", "intersection_update", "symmetric_difference_update",
]);

/**
 * Whether a later argument may change an earlier, mutable one: a mutating
 * method call on it (`print(d, d.pop(k))`, any method of a user class), or a
 * call of a user function it is passed to (`print(xs, drain(xs))`). Builtins
 * and library functions do not change their arguments.
 */
function argumentsMutateEarlierOnes(ctx: RuleContext, args: readonly PyExpr[]): boolean {
  const mutable = (e: PyExpr): boolean => {
    if (e.kind !== "Name" && e.kind !== "Attribute" && e.kind !== "Subscript") return false;
    const t = withoutNone(ctx.types.of(e));
    // named tuples cannot change
    return MUTABLE_KINDS.has(t.kind) && !(t.kind === "instance" && isSubclass(t.cls, "typing.NamedTuple"));
  };
  const userCode = (func: PyExpr): boolean => {
    const t = withoutNone(ctx.types.of(func));
    return (t.kind === "callable" && t.fn !== null) || (t.kind === "unknown" && ctx.resolve(func) === null);
  };
  const touches = (e: PyExpr, earlier: ReadonlySet<string>): boolean => {
    let found = false;
    walk(e, (n) => {
      if (n.kind === "Call") {
        const receiver = n.func.kind === "Attribute" ? n.func.value : null;
        if (receiver && n.func.kind === "Attribute" && earlier.has(ctx.sourceText(receiver))) {
          const owner = withoutNone(ctx.types.of(receiver));
          if (MUTATING_METHODS.has(n.func.attr) || (owner.kind === "instance" && owner.cls.def !== null) || owner.kind === "unknown") found = true;
        }
        if (userCode(n.func) && n.args.some((a) => earlier.has(ctx.sourceText(a)))) found = true;
      }
      return !found;
    });
    return found;
  };
  return args.some((a, i) => {
    const earlier = new Set(args.slice(0, i).filter(mutable).map((e) => ctx.sourceText(e)));
    return earlier.size > 0 && touches(a, earlier);
  });
}

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
      // print() evaluates every argument before converting any: `print(d, d.pop(k))` shows `d` after the pop
      const evaluatedFirst = argumentsMutateEarlierOnes(ctx, node.args);
      const temps = evaluatedFirst ? node.args.map(() => ctx.freshName("value")) : [];
      const parts: AnyExpr[] = [];
      node.args.forEach((arg, i) => {
        if (i > 0 && sepText) parts.push(b.str(sepText));
        parts.push(strOf(ctx, arg, evaluatedFirst ? { inTemplate: true, lowered: b.id(temps[i]!) } : { inTemplate: true }));
      });
      const stream = b.member(b.id("process"), target!);
      let output: AnyExpr;
      if (endText === "\n") {
        const log = b.member(b.id("console"), target === "stderr" ? "error" : "log");
        const text = b.concat(parts);
        const isEmpty = text.kind === "TsString" && text.value === "";
        output = b.call(log, isEmpty ? [] : [text]);
      } else output = b.methodCall(stream, "write", [b.concat([...parts, b.str(endText!)])]);
      if (evaluatedFirst) {
        const params = node.args.map((arg, i) => ({ name: temps[i]!, type: ctx.types.toTs(ctx.types.of(arg), arg) }));
        output = b.call(b.arrow(params, output), node.args.map((a) => ctx.lower(a)));
      }
      path.replaceWith(output);
    },
  }),
});
