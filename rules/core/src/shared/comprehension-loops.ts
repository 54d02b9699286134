/**
 * Comprehensions as JavaScript: a single `for x in xs` over a list or tuple
 * becomes array methods (`xs.filter(...).map(...)`); anything else (several
 * `for` clauses, destructuring targets, other iterables) becomes a loop that
 * fills the result, inside an arrow IIFE (which keeps `this`). Generator
 * expressions become generator IIFEs (lazy, like Python's).
 */
import {
  type AnyExpr,
  type AnyStmt,
  type NodeOf,
  type PyExpr,
  type PyType,
  type RuleContext,
  T,
  conditionOf,
  walk,
} from "@py2ts/core";
import { bindingPattern, isNamePattern } from "./assignment-targets";
import { isArrayType, iterableOf } from "./iterables";

export type Comprehension = NodeOf<"ListComp"> | NodeOf<"SetComp"> | NodeOf<"DictComp"> | NodeOf<"GeneratorExp">;

/** What a comprehension collects into. */
export type Collector = "array" | "set" | "map" | "generator";

function elementType(t: PyType, which: "item" | "key" | "value"): PyType {
  if (which === "key") return t.kind === "dict" ? t.key : T.unknown;
  if (which === "value") return t.kind === "dict" ? t.value : T.unknown;
  if (t.kind === "list" || t.kind === "set" || t.kind === "iterator") return t.item;
  return T.unknown;
}

function known(t: PyType): PyType {
  return t.kind === "never" ? T.unknown : t;
}

/** Whether every `for` target can be declared as a binding pattern. */
export function hasNameTargets(node: Comprehension): boolean {
  return node.generators.every((g) => isNamePattern(g.target) && !g.isAsync);
}

function guard(ctx: RuleContext, ifs: PyExpr[], origin: PyExpr): AnyExpr | null {
  if (ifs.length === 0) return null;
  const b = ctx.at(origin);
  return ifs.map((c) => conditionOf(ctx, c)).reduce((x, y) => b.binary("&&", x, y));
}

/** The single-clause fast path: `xs.filter((x) => c).map((x) => e)`, or null when it does not apply. */
function arrayMethods(ctx: RuleContext, node: Comprehension, produce: (b: ReturnType<RuleContext["at"]>) => AnyExpr): AnyExpr | null {
  if (node.generators.length !== 1) return null;
  const gen = node.generators[0]!;
  if (gen.target.kind !== "Name" || gen.isAsync || !isArrayType(ctx.types.of(gen.iter))) return null;
  const b = ctx.at(node);
  const name = ctx.scope.tsName(gen.target.id);
  let items = ctx.lower(gen.iter);
  const test = guard(ctx, gen.ifs, node);
  if (test) items = b.methodCall(items, "filter", [b.arrow([{ name }], test)]);
  const value = produce(b);
  if (value.kind === "TsId" && value.name === name) return test ? items : b.methodCall(items, "slice", []);
  return b.methodCall(items, "map", [b.arrow([{ name }], value)]);
}

/** The nested loops of a comprehension around an innermost statement. */
function loops(ctx: RuleContext, node: Comprehension, innermost: AnyStmt): AnyStmt {
  let body: AnyStmt = innermost;
  for (const gen of [...node.generators].reverse()) {
    const b = ctx.at(gen.target);
    const test = guard(ctx, gen.ifs, gen.target);
    const inner = test ? [b.if(test, [body])] : [body];
    body = b.forOf("const", bindingPattern(ctx, gen.target), iterableOf(ctx, gen.iter), inner);
  }
  return body;
}

/** A list, set or dict comprehension as an expression. */
export function collect(ctx: RuleContext, node: Comprehension, into: Exclude<Collector, "generator">): AnyExpr {
  const b = ctx.at(node);
  const type = ctx.types.of(node);
  if (into === "map" && node.kind === "DictComp") {
    const mapType = type.kind === "dict" ? type : T.dict(T.unknown, T.unknown);
    const typeArgs = () => [ctx.types.toTs(known(elementType(mapType, "key")), node), ctx.types.toTs(known(elementType(mapType, "value")), node)];
    const fast = arrayMethods(ctx, node, (bb) => bb.array([ctx.lower(node.key), ctx.lower(node.value)]));
    if (fast) return b.new(b.id("Map"), [fast], typeArgs());
    const result = ctx.freshName("result");
    const init = b.varDecl("const", result, b.new(b.id("Map"), [], typeArgs()));
    const add = b.exprStmt(b.methodCall(b.id(result), "set", [ctx.lower(node.key), ctx.lower(node.value)]));
    return iife(ctx, node, [init, loops(ctx, node, add), b.return(b.id(result))]);
  }
  if (node.kind === "DictComp") throw new Error("a dict comprehension collects into a map");
  const item = known(elementType(type, "item"));
  if (into === "set") {
    const fast = arrayMethods(ctx, node, () => ctx.lower(node.elt));
    if (fast) return b.new(b.id("Set"), [fast], [ctx.types.toTs(item, node)]);
    const result = ctx.freshName("result");
    const init = b.varDecl("const", result, b.new(b.id("Set"), [], [ctx.types.toTs(item, node)]));
    const add = b.exprStmt(b.methodCall(b.id(result), "add", [ctx.lower(node.elt)]));
    return iife(ctx, node, [init, loops(ctx, node, add), b.return(b.id(result))]);
  }
  const fast = arrayMethods(ctx, node, () => ctx.lower(node.elt));
  if (fast) return fast;
  const result = ctx.freshName("result");
  const init = b.varDecl("const", result, b.array([]), b.arrayType(ctx.types.toTs(item, node)));
  const add = b.exprStmt(b.methodCall(b.id(result), "push", [ctx.lower(node.elt)]));
  return iife(ctx, node, [init, loops(ctx, node, add), b.return(b.id(result))]);
}

function iife(ctx: RuleContext, node: Comprehension, body: AnyStmt[]): AnyExpr {
  const b = ctx.at(node);
  return b.call(b.arrow([], body), []);
}

/** A generator expression as a lazy generator: `(function* () { for (...) yield e; })()`. */
export function generator(ctx: RuleContext, node: NodeOf<"GeneratorExp">): AnyExpr {
  const b = ctx.at(node);
  const item = known(elementType(ctx.types.of(node), "item"));
  const self = selfReference(node);
  const body = loops(ctx, node, b.exprStmt(b.yield(ctx.lower(node.elt))));
  const params = self ? [{ name: "this", type: ctx.types.toTs(ctx.types.of(self), node) }] : [];
  const fn = b.functionExpr({
    params,
    returnType: b.typeRef("Generator", [ctx.types.toTs(item, node), b.keywordType("void"), b.keywordType("unknown")]),
    body: [body],
    isGenerator: true,
  });
  return self ? b.call(b.member(fn, "call"), [b.this()]) : b.call(fn, []);
}

/** A `self` inside the expression (a method's instance, which the generator function must receive as `this`). */
function selfReference(node: PyExpr): NodeOf<"Name"> | null {
  let found: NodeOf<"Name"> | null = null;
  walk(node, (n) => {
    if (found) return false;
    if (n.kind === "Name" && n.id === "self") found = n;
    return undefined;
  });
  return found;
}
