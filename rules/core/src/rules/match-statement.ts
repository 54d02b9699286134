import {
  type AnyExpr,
  type AnyStmt,
  type Binding,
  type Node,
  type NodeOf,
  type PyPattern,
  type RuleContext,
  type Scope,
  defineRule,
  forEachChild,
  matchArgs,
} from "@py2ts/core";
import { classObjectOf } from "../shared/class-references";

type Test = AnyExpr;

/** What matching a pattern against a value needs: tests (in order) and captures. */
interface Compiled {
  tests: Test[];
  captures: Array<[string, AnyExpr]>;
}

/** Built-in classes in class patterns: their `typeof`/shape test; `int(x)` captures the subject itself. */
const BUILTIN_CLASS_TESTS: Readonly<Record<string, (ctx: RuleContext, b: ReturnType<RuleContext["at"]>, v: AnyExpr) => AnyExpr>> = {
  "builtins.bool": (_c, b, v) => b.binary("===", b.unary("typeof", v), b.str("boolean")),
  "builtins.str": (_c, b, v) => b.binary("===", b.unary("typeof", v), b.str("string")),
  "builtins.float": (_c, b, v) => b.binary("===", b.unary("typeof", v), b.str("number")),
  "builtins.int": (_c, b, v) =>
    b.binary("||", b.binary("&&", b.binary("===", b.unary("typeof", v), b.str("number")), b.call(b.member(b.id("Number"), "isInteger"), [v])), b.binary("===", b.unary("typeof", v), b.str("boolean"))),
  "builtins.list": (_c, b, v) => b.call(b.member(b.id("Array"), "isArray"), [v]),
  "builtins.tuple": (_c, b, v) => b.call(b.member(b.id("Array"), "isArray"), [v]),
  "builtins.dict": (_c, b, v) => b.binary("instanceof", v, b.id("Map")),
  "builtins.set": (_c, b, v) => b.binary("instanceof", v, b.id("Set")),
  "builtins.bytes": (_c, b, v) => b.binary("instanceof", v, b.id("Uint8Array")),
};

/**
 * `match` statements. The subject is evaluated once; each case becomes a
 * test of its pattern (class patterns by `instanceof`/`typeof`, sequences by
 * `Array.isArray` and length, mappings by `Map` keys, values by Python
 * equality, `None`/`True`/`False` by identity), then its captures are bound
 * (as Python does, before the guard), then the guard; the first case whose
 * pattern and guard hold runs, and leaves the labeled block.
 */
export default defineRule({
  meta: {
    id: "core/match-statement",
    description: "Translate match statements",
    messages: {
      orCaptures: { code: "PY2TS2424", severity: "error", text: "an or-pattern whose alternatives capture names is not translated" },
      unknownClass: { code: "PY2TS2425", severity: "error", text: "the class pattern '{cls}' does not name a known class" },
      numberPattern: {
        code: "PY2TS3405",
        severity: "warning",
        text: "'{cls}()' is decided on the value at run time: an integral float matches int(), an int matches float()",
      },
    },
  },
  create: (ctx) => {
    const compile = (pattern: PyPattern, value: AnyExpr): Compiled => {
      const b = ctx.at(pattern);
      switch (pattern.kind) {
        case "MatchAs": {
          const inner = pattern.pattern ? compile(pattern.pattern, value) : { tests: [], captures: [] };
          if (pattern.name) inner.captures.push([pattern.name, value]);
          return inner;
        }
        case "MatchStar":
          return { tests: [], captures: [] };
        case "MatchValue": {
          const v = pattern.value;
          const literal = v.kind === "StrLit" || v.kind === "IntLit" || (v.kind === "UnaryOp" && v.operand.kind === "IntLit");
          const test = literal ? b.binary("===", value, ctx.lower(v)) : b.call(ctx.runtime("eq"), [value, ctx.lower(v)]);
          return { tests: [test], captures: [] };
        }
        case "MatchSingleton":
          return { tests: [b.binary("===", value, ctx.lower(pattern.value))], captures: [] };
        case "MatchOr": {
          const alternatives = pattern.patterns.map((p) => compile(p, value));
          if (alternatives.some((a) => a.captures.length > 0)) return { tests: [ctx.stubExpr({ messageId: "orCaptures", node: pattern })], captures: [] };
          const tests = alternatives.map((a) => conjunction(b, a.tests));
          return { tests: [tests.reduce((acc, t) => b.binary("||", acc, t))], captures: [] };
        }
        case "MatchSequence": {
          const star = pattern.patterns.findIndex((p) => p.kind === "MatchStar");
          const fixed = pattern.patterns.length - (star >= 0 ? 1 : 0);
          const length = b.member(value, "length");
          const tests: Test[] = [
            b.call(b.member(b.id("Array"), "isArray"), [value]),
            star >= 0 ? b.binary(">=", length, b.num(fixed)) : b.binary("===", length, b.num(fixed)),
          ];
          const captures: Array<[string, AnyExpr]> = [];
          pattern.patterns.forEach((p, i) => {
            if (p.kind === "MatchStar") {
              const after = pattern.patterns.length - i - 1;
              const end = after > 0 ? [b.binary("-", length, b.num(after))] : [];
              if (p.name) captures.push([p.name, b.methodCall(value, "slice", [b.num(i), ...end])]);
              return;
            }
            const index = star >= 0 && i > star ? b.binary("-", length, b.num(pattern.patterns.length - i)) : b.num(i);
            const sub = compile(p, b.index(value, index));
            tests.push(...sub.tests);
            captures.push(...sub.captures);
          });
          return { tests, captures };
        }
        case "MatchMapping": {
          const tests: Test[] = [b.binary("instanceof", value, b.id("Map"))];
          const captures: Array<[string, AnyExpr]> = [];
          pattern.keys.forEach((k, i) => {
            const key = ctx.lower(k);
            tests.push(b.methodCall(value, "has", [key]));
            const sub = compile(pattern.patterns[i]!, b.methodCall(value, "get", [ctx.lower(k)]));
            tests.push(...sub.tests);
            captures.push(...sub.captures);
          });
          if (pattern.rest) {
            const keys = b.array(pattern.keys.map((k) => ctx.lower(k)));
            const entry = ctx.freshName("entry");
            const rest = b.new(b.id("Map"), [
              b.methodCall(b.array([b.spread(value)]), "filter", [b.arrow([{ name: entry }], b.not(b.methodCall(keys, "includes", [b.index(b.id(entry), b.num(0))])))]),
            ]);
            captures.push([pattern.rest, rest]);
          }
          return { tests, captures };
        }
        case "MatchClass":
          return compileClass(pattern, value);
      }
    };

    const compileClass = (pattern: NodeOf<"MatchClass">, value: AnyExpr): Compiled => {
      const b = ctx.at(pattern);
      const qname = ctx.resolve(pattern.cls);
      const builtin = qname ? BUILTIN_CLASS_TESTS[qname] : undefined;
      const tests: Test[] = [];
      const captures: Array<[string, AnyExpr]> = [];
      if (builtin) {
        if (qname === "builtins.int" || qname === "builtins.float") ctx.report({ messageId: "numberPattern", node: pattern, data: { cls: qname.slice(9) } });
        tests.push(builtin(ctx, b, value));
        // int(x), str(x): the single positional pattern matches the subject itself
        pattern.patterns.slice(0, 1).forEach((p) => {
          const sub = compile(p, value);
          tests.push(...sub.tests);
          captures.push(...sub.captures);
        });
        return { tests, captures };
      }
      const cls = classObjectOf(ctx.types.of(pattern.cls));
      if (!cls) return { tests: [ctx.stubExpr({ messageId: "unknownClass", node: pattern.cls, data: { cls: ctx.sourceText(pattern.cls) } })], captures: [] };
      const target = ctx.lower(pattern.cls);
      tests.push(b.binary("instanceof", value, target));
      const narrowed = b.as(value, ctx.types.toTs({ kind: "instance", cls }, pattern));
      const positional = matchArgs(cls);
      const attrs: Array<[string, PyPattern]> = [
        ...pattern.patterns.map((p, i): [string, PyPattern] => [positional[i] ?? `__match_args__[${i}]`, p]),
        ...pattern.kwdNames.map((n, i): [string, PyPattern] => [n, pattern.kwdPatterns[i]!]),
      ];
      for (const [attr, p] of attrs) {
        const sub = compile(p, b.member(narrowed, attr));
        tests.push(...sub.tests);
        captures.push(...sub.captures);
      }
      return { tests, captures };
    };

    return {
      Match(path) {
        const { node } = path;
        const b = ctx.at(node);
        const label = ctx.freshName("match");
        const subject = ctx.freshName("subject");
        const statements: AnyStmt[] = [b.varDecl("const", subject, ctx.lower(node.subject), b.keywordType("unknown"))];
        for (const c of node.cases) {
          const cb = ctx.at(c);
          const compiled = compile(c.pattern, b.id(subject));
          const body: AnyStmt[] = [...c.body, cb.break(label)];
          const guarded: AnyStmt[] = c.guard ? [cb.if(ctx.lower(c.guard), body)] : body;
          const binds = compiled.captures.map(([name, value]) => {
            // the subject is seen as unknown: a capture takes its variable's type
            const binding = captureBinding(ctx.scope.module, c, name);
            const type = binding ? ctx.types.ofBinding(binding) : null;
            const typed = type && !ctx.types.isUnknown(type) ? cb.as(value, ctx.types.toTs(type, c)) : value;
            return cb.exprStmt(cb.assign(cb.id(ctx.scope.tsName(name)), typed));
          });
          const inner = [...binds, ...guarded];
          statements.push(compiled.tests.length > 0 ? cb.if(conjunction(cb, compiled.tests), inner) : cb.block(inner));
        }
        path.replaceWith(b.labeled(label, b.block(statements)));
      },
    };
  },
});

/** The variable a case's capture stores into (found by the name and the statement owning the case). */
function captureBinding(scope: Scope, c: NodeOf<"MatchCase">, name: string): Binding | null {
  const own = scope.bindings.get(name);
  if (own?.references.some((r) => r.how === "match" && containsNode(c.pattern, r.node))) return own;
  for (const child of scope.children) {
    const found = captureBinding(child, c, name);
    if (found) return found;
  }
  return null;
}

function containsNode(root: Node, target: Node): boolean {
  if (root === target) return true;
  let found = false;
  forEachChild(root, (child) => {
    if (!found && containsNode(child, target)) found = true;
  });
  return found;
}

function conjunction(b: ReturnType<RuleContext["at"]>, tests: Test[]): AnyExpr {
  if (tests.length === 0) return b.bool(true);
  return tests.reduce((acc, t) => b.binary("&&", acc, t));
}
