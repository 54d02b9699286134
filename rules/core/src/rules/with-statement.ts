import { type AnyExpr, type AnyStmt, type NodeOf, type PyType, createNode, defineRule, findMethod } from "@py2ts/core";
import { classList, instanceClass } from "../shared/class-references";

type With = NodeOf<"With">;

/** Library context managers the runtime implements with Python's protocol. */
const RUNTIME_MANAGERS = new Set(["contextlib.GeneratorContextManager", "contextlib.ExitStack"]);

/**
 * `with` statements over context managers the translation knows:
 *
 * - objects of user classes with `__enter__`/`__exit__`: the protocol is
 *   spelled out (enter, body in `try`, `__exit__(type, exc, None)` on an
 *   exception — a true result suppresses it — and `__exit__(None, None, None)`
 *   on every other way out, including `return`/`break`/`continue`);
 * - `contextlib.suppress(E, ...)`: the body in a `try` whose `catch`
 *   swallows exactly those exception classes.
 *
 * A statement with several managers is the nesting of one-manager
 * statements, as in Python; other managers (files, ...) are left to the
 * rules that know them.
 */
export default defineRule({
  meta: {
    id: "core/with-statement",
    description: "Translate with statements over class-based context managers and contextlib.suppress",
    messages: {
      unsupportedTarget: { code: "PY2TS2418", severity: "error", text: "the with-target '{target}' is not a plain name" },
      noEnter: { code: "PY2TS2419", severity: "error", text: "'{cls}' has no __enter__/__exit__ method" },
      dynamicSuppress: { code: "PY2TS2420", severity: "error", text: "the exception classes of '{expr}' are not known statically" },
      asyncWith: { code: "PY2TS2421", severity: "error", text: "'async with' is not translated" },
    },
  },
  create: (ctx) => {
    /** Statements split off a multi-manager `with`, and the statement the analysis knows. */
    const original = new WeakMap<With, With>();

    /** `target = value` for a with-target, declared as the analysis planned. */
    const bindTarget = (node: With, target: NodeOf<"Name">, value: AnyExpr): AnyStmt => {
      const b = ctx.at(target);
      const name = ctx.scope.tsName(target.id);
      const kind = ctx.scope.ownedDeclaration(original.get(node) ?? node, target.id) ?? ctx.scope.siteDeclaration(target);
      return kind ? b.varDecl(kind, name, value) : b.exprStmt(b.assign(b.id(name), value));
    };

    const exitSuppresses = (result: PyType, call: AnyExpr, at: With): AnyExpr => {
      const b = ctx.at(at);
      if (result.kind === "bool") return call;
      return b.call(ctx.runtime("truthy"), [call]);
    };

    const classManager = (node: With, item: NodeOf<"WithItem">): AnyStmt[] | null => {
      const type = ctx.types.of(item.context);
      let exitResult: PyType;
      if (type.kind === "named" && RUNTIME_MANAGERS.has(type.name)) {
        exitResult = { kind: "bool" };
      } else {
        const cls = instanceClass(type);
        if (!cls || !cls.def) return null;
        const enter = findMethod(cls, "__enter__");
        const exit = findMethod(cls, "__exit__");
        if (!enter || !exit) return [ctx.stubStmt({ messageId: "noEnter", node: item.context, data: { cls: cls.name } })];
        exitResult = ctx.types.resultType(exit);
      }
      const b = ctx.at(node);
      if (item.target && item.target.kind !== "Name") {
        return [ctx.stubStmt({ messageId: "unsupportedTarget", node: item.target, data: { target: ctx.sourceText(item.target) } })];
      }
      const manager = ctx.freshName("manager");
      const ok = ctx.freshName("ok");
      const caught = ctx.freshName("error");
      const exc = ctx.freshName("exc");
      const entered = b.methodCall(b.id(manager), "__enter__", []);
      const exitCall = b.methodCall(b.id(manager), "__exit__", [
        b.as(b.member(b.id(exc), "constructor"), b.typeRef(`typeof ${ctx.runtime("BaseException").name}`)),
        b.id(exc),
        b.null(),
      ]);
      const onError: AnyStmt[] = [
        b.exprStmt(b.assign(b.id(ok), b.bool(false))),
        b.varDecl("const", exc, b.call(ctx.runtime("toPyException"), [b.id(caught)])),
        exitResult.kind === "none" ? b.exprStmt(exitCall) : b.if(b.not(exitSuppresses(exitResult, exitCall, node)), [b.throw(b.id(exc))]),
      ];
      if (exitResult.kind === "none") onError.push(b.throw(b.id(exc)));
      return [
        b.varDecl("const", manager, ctx.lower(item.context)),
        item.target ? bindTarget(node, item.target, entered) : b.exprStmt(entered),
        b.varDecl("let", ok, b.bool(true)),
        b.try(node.body, { name: caught, body: onError }, [
          b.if(b.id(ok), [b.exprStmt(b.methodCall(b.id(manager), "__exit__", [b.null(), b.null(), b.null()]))]),
        ]),
      ];
    };

    const suppress = (node: With, item: NodeOf<"WithItem">): AnyStmt[] | null => {
      const call = item.context;
      if (call.kind !== "Call" || ctx.resolve(call.func) !== "contextlib.suppress") return null;
      const b = ctx.at(node);
      const classes = call.keywords.length === 0 ? classList(ctx, createNode("Tuple", { elts: call.args }, call)) : null;
      if (!classes || item.target) return [ctx.stubStmt({ messageId: "dynamicSuppress", node: call, data: { expr: ctx.sourceText(call) } })];
      const caught = ctx.freshName("error");
      const exc = ctx.freshName("exc");
      const matches = classes.map((c): AnyExpr => b.binary("instanceof", b.id(exc), c));
      const body: AnyStmt[] = [b.varDecl("const", exc, b.call(ctx.runtime("toPyException"), [b.id(caught)]))];
      if (matches.length > 0) body.push(b.if(b.not(matches.reduce((acc, t) => b.binary("||", acc, t))), [b.throw(b.id(exc))]));
      else body.push(b.throw(b.id(exc)));
      return [b.try(node.body, { name: caught, body }, null)];
    };

    return {
      With(path) {
        const { node } = path;
        if (node.items.length > 1) {
          // `with a, b:` is `with a: with b:`
          const source = original.get(node) ?? node;
          const split = (i: number, body: With["body"]): With => {
            const stmt = createNode("With", { items: [node.items[i]!], body, isAsync: node.isAsync }, node);
            original.set(stmt, source);
            return stmt;
          };
          let body = node.body;
          for (let i = node.items.length - 1; i >= 1; i--) body = [split(i, body)];
          path.replaceWith(split(0, body));
          return;
        }
        const item = node.items[0];
        if (!item) return;
        if (node.isAsync) {
          path.replaceWith(ctx.stubStmt({ messageId: "asyncWith", node }));
          return;
        }
        const out = suppress(node, item) ?? classManager(node, item);
        if (out) path.replaceWith(out);
      },
    };
  },
});
