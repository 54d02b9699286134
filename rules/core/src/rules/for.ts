import {
  type AnyExpr,
  type AnyStmt,
  type Binding,
  type Node,
  type NodeOf,
  type PyExpr,
  type RuleContext,
  defineRule,
} from "@py2ts/core";
import { destructure, isNamePattern, patternNames, shapeIsProven } from "../shared/assignment-targets";
import { iterationSource } from "../shared/iteration-sources";
import { loopFrame } from "../shared/loop-else";
import { bodyResizes, iteratedContainer } from "../shared/mutated-while-iterated";
import { containsKind } from "../shared/loop-jumps";

type For = NodeOf<"For">;

const EARLY_EXITS = new Set(["Break", "Return", "Raise"]);

/** Whether `inner` lies inside `outer` (by source span). */
function within(inner: Node, outer: readonly Node[]): boolean {
  const first = outer[0];
  const last = outer[outer.length - 1];
  if (!first || !last) return false;
  const s = inner.span.start;
  const before = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(first.span.start, s) && before(s, last.span.end);
}

/** Whether a binding is stored to anywhere inside the statements (the loop body). */
function storedWithin(binding: Binding | null, body: readonly Node[]): boolean {
  return binding !== null && binding.references.some((r) => r.store && r.how !== "def" && within(r.node, body));
}

/** An int literal, possibly negated. */
function intLiteral(expr: PyExpr): number | null {
  if (expr.kind === "IntLit") return expr.value;
  if (expr.kind === "UnaryOp" && expr.op === "-" && expr.operand.kind === "IntLit") return -expr.operand.value;
  return null;
}

/**
 * `for i in range(start, stop, step)` as a counting loop, when that is exactly
 * Python's behaviour: the target is a name the loop declares and nothing else
 * assigns (so the body cannot change the iteration), and the step is a literal
 * (its sign decides the comparison). The stop value is evaluated once.
 */
function countingLoop(ctx: RuleContext, node: For): { prelude: AnyStmt[]; loop: AnyStmt } | null {
  const { target, iter } = node;
  if (target.kind !== "Name" || iter.kind !== "Call" || ctx.resolve(iter.func) !== "builtins.range") return null;
  if (iter.keywords.length > 0 || iter.args.length < 1 || iter.args.length > 3 || iter.args.some((a) => a.kind === "Starred")) return null;
  if (ctx.scope.ownedDeclaration(node, target.id) !== "const") return null;
  const step = iter.args.length === 3 ? intLiteral(iter.args[2]!) : 1;
  if (step === null || step === 0) return null;
  if (!iter.args.every((a) => ctx.types.of(a).kind === "int" || ctx.types.of(a).kind === "bool")) return null;
  const b = ctx.at(node);
  const name = ctx.scope.tsName(target.id);
  const [startExpr, stopExpr] = iter.args.length === 1 ? [null, iter.args[0]!] : [iter.args[0]!, iter.args[1]!];
  const prelude: AnyStmt[] = [];
  let stop: AnyExpr;
  const stable =
    intLiteral(stopExpr) !== null ||
    (stopExpr.kind === "Name" && ctx.scope.binding(stopExpr) !== null && !storedWithin(ctx.scope.binding(stopExpr), node.body) &&
      ctx.scope.binding(stopExpr)!.references.filter((r) => r.store).length <= 1);
  if (stable) stop = ctx.lower(stopExpr);
  else {
    const temp = ctx.freshName("stop");
    prelude.push(ctx.at(stopExpr).varDecl("const", temp, ctx.lower(stopExpr)));
    stop = b.id(temp);
  }
  const init = b.varDecl("let", name, startExpr ? ctx.lower(startExpr) : b.num(0));
  const test = b.binary(step > 0 ? "<" : ">", b.id(name), stop);
  const update =
    step === 1 ? b.increment(b.id(name)) : step === -1 ? b.increment(b.id(name), "--") : b.assign(b.id(name), b.num(Math.abs(step)), step > 0 ? "+=" : "-=");
  return { prelude, loop: b.for(init, test, update, node.body) };
}

/**
 * `for` loops. The iterable is chosen by type (see iteration-sources);
 * `range` with a literal step becomes a counting loop. A target the loop owns
 * is declared in the loop header (`for (const x of xs)`); a target used after
 * the loop was declared before it and is assigned (`for (x of xs)`), so it
 * keeps its last value as in Python. Tuple targets destructure; their shape is
 * checked by the runtime where the item type does not prove it. A generator
 * held in a variable is iterated through `keepOpen` when the body may leave
 * the loop early: JavaScript would close it, Python leaves it suspended.
 */
export default defineRule({
  meta: {
    id: "core/for",
    description: "Translate for loops over ranges, sequences, dicts, sets and iterators, including for/else",
    messages: {
      unsupportedTarget: {
        code: "PY2TS2201",
        severity: "error",
        text: "a for-loop target '{target}' (not a name or a tuple of names) is not supported",
      },
      asyncFor: {
        code: "PY2TS2202",
        severity: "error",
        text: "'async for' is not supported",
      },
      unknownItem: {
        code: "PY2TS4201",
        severity: "warning",
        text: "the items of '{iter}' have a type that could not be inferred; the loop variable is unknown",
        suggestion: "Annotate the iterable's type in the Python source.",
      },
    },
  },
  create: (ctx) => ({
    For(path) {
      const node = path.node;
      const b = ctx.at(node);
      if (node.isAsync) {
        path.replaceWith(ctx.stubStmt({ messageId: "asyncFor", node }));
        return;
      }
      if (!isNamePattern(node.target)) {
        path.replaceWith(ctx.stubStmt({ messageId: "unsupportedTarget", node: node.target, data: { target: ctx.sourceText(node.target) } }));
        return;
      }
      const frame = loopFrame(ctx, node);
      const counting = countingLoop(ctx, node);
      if (counting) {
        path.replaceWith([...counting.prelude, ...frame.finish(counting.loop)]);
        return;
      }
      const source = iterationSource(ctx, node.iter);
      if (ctx.types.isUnknown(source.itemType)) ctx.report({ messageId: "unknownItem", node: node.iter, data: { iter: ctx.sourceText(node.iter) } });
      let iterable =
        source.reusableIterator && containsKind(node.body, EARLY_EXITS) ? b.call(ctx.runtime("keepOpen"), [source.iterable]) : source.iterable;
      // a dict or set resized by its own loop: Python's RuntimeError instead of an endless walk
      const container = iteratedContainer(ctx, node.iter);
      if (container && bodyResizes(ctx, node.body, container.expr)) {
        iterable = b.call(ctx.runtime("sizeGuarded"), [ctx.lower(container.expr), iterable, b.str(container.kind)]);
      }
      const target = node.target;
      const names = patternNames(target);
      const owned = names.map((n) => ctx.scope.ownedDeclaration(node, n.id));
      const ownsAll = owned.every((k) => k !== null);
      const ownsNone = owned.every((k) => k === null);
      const declKind = owned.includes("let") ? "let" : "const";
      if (target.kind === "Name") {
        path.replaceWith(frame.finish(b.forOf(ownsAll ? declKind : null, b.id(ctx.scope.tsName(target.id)), iterable, node.body)));
        return;
      }
      if (shapeIsProven(target, source.itemType) && (ownsAll || ownsNone)) {
        const plan = destructure(ctx, target, source.itemType, b.id("_"), null, ownsAll ? declKind : null);
        path.replaceWith(frame.finish(b.forOf(ownsAll ? declKind : null, plan.pattern, iterable, node.body)));
        return;
      }
      // bind each item to a temporary, then destructure it (checked) at the top of the body
      const item = ctx.freshName("item");
      const prefix: AnyStmt[] = [];
      names.forEach((n, i) => {
        if (owned[i] !== null && !ownsAll) {
          const binding = ctx.scope.binding(n);
          const type = binding ? ctx.types.ofBinding(binding) : ctx.types.of(n);
          prefix.push(ctx.at(n).varDecl("let", ctx.scope.tsName(n.id), null, ctx.types.toTs(type, n), { definite: true }));
        }
      });
      const plan = destructure(ctx, target, source.itemType, b.id(item), null, ownsAll ? declKind : null);
      prefix.push(...plan.before);
      prefix.push(ownsAll ? b.varDecl(declKind, plan.pattern, plan.value) : b.exprStmt(b.assign(plan.pattern, plan.value)));
      prefix.push(...plan.after);
      path.replaceWith(frame.finish(b.forOf("const", b.id(item), iterable, [...prefix, ...node.body])));
    },
  }),
});
