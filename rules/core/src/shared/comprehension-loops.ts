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
import { destructure, isNamePattern, patternNames, shapeIsProven } from "./assignment-targets";
import { isArrayType } from "./iterables";
import { iterationSource } from "./iteration-sources";

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
  if (node.generators.length !== 1 || capturesTargets(node) || assignsInside(node)) return null;
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

/**
 * Whether the comprehension assigns a name (`(v := f(x))`): filter then map
 * would run every test before the first element, so each element would see
 * the last assignment instead of its own; the loop keeps Python's order.
 */
function assignsInside(node: Comprehension): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.kind === "NamedExpr") found = true;
  });
  return found;
}

/**
 * Whether a function created inside the comprehension (a lambda) refers to a
 * loop variable: Python's comprehension has one variable for all iterations
 * (`[lambda: i for i in range(3)]` all return 2), unlike a fresh `const` per
 * iteration in JavaScript, so the variables are then declared once.
 */
function capturesTargets(node: Comprehension): boolean {
  const names = new Set(node.generators.flatMap((g) => patternNames(g.target).map((n) => n.id)));
  let found = false;
  const parts: PyExpr[] = [...(node.kind === "DictComp" ? [node.key, node.value] : [node.elt]), ...node.generators.flatMap((g) => [...g.ifs, g.iter])];
  for (const part of parts) {
    walk(part, (n) => {
      if (found) return false;
      if (n.kind === "Lambda") {
        walk(n.body, (m) => {
          if (m.kind === "Name" && names.has(m.id)) found = true;
          return !found;
        });
        return false;
      }
      return undefined;
    });
  }
  return found;
}

/** `let i: number;` for each loop variable, when the variables are shared by all iterations. */
function sharedDeclarations(ctx: RuleContext, node: Comprehension): AnyStmt[] {
  const seen = new Set<string>();
  const out: AnyStmt[] = [];
  for (const gen of node.generators) {
    for (const name of patternNames(gen.target)) {
      if (seen.has(name.id)) continue;
      seen.add(name.id);
      const binding = ctx.scope.binding(name);
      const type = binding ? ctx.types.ofBinding(binding) : ctx.types.of(name);
      out.push(ctx.at(name).varDecl("let", ctx.scope.tsName(name.id), null, ctx.types.toTs(type, name)));
    }
  }
  return out;
}

/** The nested loops of a comprehension around an innermost statement (`shared`: variables declared before). */
function loops(ctx: RuleContext, node: Comprehension, innermost: AnyStmt, shared: boolean): AnyStmt {
  let body: AnyStmt = innermost;
  const declKind = shared ? null : "const";
  for (const gen of [...node.generators].reverse()) {
    const b = ctx.at(gen.target);
    const source = iterationSource(ctx, gen.iter);
    const test = guard(ctx, gen.ifs, gen.target);
    const inner = test ? [b.if(test, [body])] : [body];
    if (gen.target.kind === "Name") {
      body = b.forOf(declKind, b.id(ctx.scope.tsName(gen.target.id)), source.iterable, inner);
    } else if (shapeIsProven(gen.target, source.itemType)) {
      const plan = destructure(ctx, gen.target, source.itemType, b.id("_"), null, declKind);
      body = b.forOf(declKind, plan.pattern, source.iterable, inner);
    } else {
      // each item destructured (checked by the runtime) at the top of the body
      const item = ctx.freshName("item");
      const plan = destructure(ctx, gen.target, source.itemType, b.id(item), null, declKind);
      const bind = declKind ? b.varDecl(declKind, plan.pattern, plan.value) : b.exprStmt(b.assign(plan.pattern, plan.value));
      body = b.forOf("const", b.id(item), source.iterable, [...plan.before, bind, ...plan.after, ...inner]);
    }
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
    return filled(ctx, node, init, add, result);
  }
  if (node.kind === "DictComp") throw new Error("a dict comprehension collects into a map");
  const item = known(elementType(type, "item"));
  if (into === "set") {
    const fast = arrayMethods(ctx, node, () => ctx.lower(node.elt));
    if (fast) return b.new(b.id("Set"), [fast], [ctx.types.toTs(item, node)]);
    const result = ctx.freshName("result");
    const init = b.varDecl("const", result, b.new(b.id("Set"), [], [ctx.types.toTs(item, node)]));
    const add = b.exprStmt(b.methodCall(b.id(result), "add", [ctx.lower(node.elt)]));
    return filled(ctx, node, init, add, result);
  }
  const fast = arrayMethods(ctx, node, () => ctx.lower(node.elt));
  if (fast) return fast;
  const result = ctx.freshName("result");
  const init = b.varDecl("const", result, b.array([]), b.arrayType(ctx.types.toTs(item, node)));
  const add = b.exprStmt(b.methodCall(b.id(result), "push", [ctx.lower(node.elt)]));
  return filled(ctx, node, init, add, result);
}

/** `(() => { const result = ...; for (...) add; return result; })()` */
function filled(ctx: RuleContext, node: Comprehension, init: AnyStmt, add: AnyStmt, result: string): AnyExpr {
  const b = ctx.at(node);
  const shared = capturesTargets(node);
  const body = [...(shared ? sharedDeclarations(ctx, node) : []), init, loops(ctx, node, add, shared), b.return(b.id(result))];
  return b.call(b.arrow([], body), []);
}

/** A generator expression as a lazy generator: `(function* () { for (...) yield e; })()`. */
export function generator(ctx: RuleContext, node: NodeOf<"GeneratorExp">): AnyExpr {
  const b = ctx.at(node);
  const item = known(elementType(ctx.types.of(node), "item"));
  const self = selfReference(node);
  const shared = capturesTargets(node);
  const body = [...(shared ? sharedDeclarations(ctx, node) : []), loops(ctx, node, b.exprStmt(b.yield(ctx.lower(node.elt))), shared)];
  const params = self ? [{ name: "this", type: ctx.types.toTs(ctx.types.of(self), node) }] : [];
  const fn = b.functionExpr({
    params,
    returnType: b.typeRef("Generator", [ctx.types.toTs(item, node), b.keywordType("void"), b.keywordType("unknown")]),
    body,
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
