import {
  type AnyExpr,
  type CallMappingTable,
  type MappedArguments,
  type PyExpr,
  type RuleContext,
  callMappingVisitor,
  conditionOfValue,
  defineRule,
  iterationType,
} from "@py2ts/core";
import { callbackOf } from "../shared/builtin-functions";
import { identityPredicate, predicateCallback, unaryCallback } from "../shared/callbacks";
import { arrayOf, freshArrayOf, isArrayType, iterableArguments, iterableOf } from "../shared/iterables";
import { numericKind } from "../shared/operand-types";
import { dictEntriesOf, newMap, newSet } from "../shared/collections";

const elementOf = (ctx: RuleContext, expr: PyExpr) => iterationType(ctx.types.of(expr));

/** `{ key, reverse }` / `{ key, default }` options of the runtime's sorted/min/max. */
function options(args: MappedArguments, ctx: RuleContext, items: PyExpr, names: string[]): AnyExpr[] {
  const b = ctx.at(args.call);
  const props: Array<[string, AnyExpr]> = [];
  for (const name of names) {
    if (!args.has(name) || args.literalConstant(name) === null) continue;
    if (name === "key") props.push(["key", callbackOf(ctx, args.py("key")!, elementOf(ctx, items))]);
    else props.push([name, args.required(name)]);
  }
  return props.length ? [b.object(props)] : [];
}

/** `min(a, b)` / `max(xs)`. */
function extreme(which: "min" | "max"): CallMappingTable[string] {
  return {
    signature: "(*args: object, key: object = None, default: object = None) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const values = args.varArgs;
      if (values.length === 0) return null;
      if (values.some((v) => v.kind === "Starred")) {
        // max(*xs, y): the items of every argument, as one list
        const items = b.array(values.map((v) => (v.kind === "Starred" ? b.spread(iterableOf(ctx, v.value)) : ctx.lower(v))));
        return b.call(runtime(which), [items, ...options(args, ctx, values[0]!, ["key", "default"])]);
      }
      if (values.length === 1) return b.call(runtime(which), [iterableOf(ctx, values[0]!), ...options(args, ctx, values[0]!, ["key", "default"])]);
      if (args.has("default")) return null;
      const allInts = values.every((v) => numericKind(ctx.types.of(v)) === "int" && ctx.types.of(v).kind !== "bool");
      if (allInts && !args.has("key")) return b.call(b.member(b.id("Math"), which), values.map((v) => ctx.lower(v)));
      const list = b.array(values.map((v) => ctx.lower(v)));
      const props: Array<[string, AnyExpr]> = args.has("key") ? [["key", callbackOf(ctx, args.py("key")!, ctx.types.of(values[0]!))]] : [];
      return b.call(runtime(which), props.length ? [list, b.object(props)] : [list]);
    },
  };
}

/** `any(p(x) for x in xs)` over an array is `xs.some((x) => p(x))`: lazy, like the generator. */
function someOrEvery(ctx: RuleContext, arg: PyExpr, method: "some" | "every"): AnyExpr | null {
  if (arg.kind !== "GeneratorExp" || arg.generators.length !== 1) return null;
  const gen = arg.generators[0]!;
  if (gen.target.kind !== "Name" || gen.isAsync || !isArrayType(ctx.types.of(gen.iter))) return null;
  const b = ctx.at(arg);
  const name = ctx.scope.tsName(gen.target.id);
  let test = conditionOfValue(ctx, ctx.lower(arg.elt), ctx.types.of(arg.elt), arg.elt);
  if (gen.ifs.length) {
    const guard = gen.ifs.map((c) => conditionOfValue(ctx, ctx.lower(c), ctx.types.of(c), c)).reduce((x, y) => b.binary("&&", x, y));
    // filtered-out items count as neither true (any) nor false (all)
    test = method === "some" ? b.binary("&&", guard, test) : b.binary("||", b.not(guard), test);
  }
  return b.methodCall(arrayOf(ctx, gen.iter), method, [b.arrow([{ name }], test)]);
}

const calls: CallMappingTable = {
  "builtins.range": {
    signature: "(start: int, stop: int = None, step: int = None, /) -> object",
    translate: (args, { b, runtime }) => b.call(runtime("range"), ["start", "stop", "step"].filter((n) => args.has(n)).map((n) => args.required(n))),
  },
  "builtins.slice": {
    signature: "(start: object, stop: object = None, step: object = None, /) -> object",
    translate: (args, { b, runtime }) => b.new(runtime("Slice"), ["start", "stop", "step"].filter((n) => args.has(n)).map((n) => args.required(n))),
  },
  "builtins.enumerate": {
    signature: "(iterable: object, start: int = 0) -> object",
    translate: (args, { b, runtime }) => b.call(runtime("enumerate"), args.has("start") ? [args.required("iterable"), args.required("start")] : [args.required("iterable")]),
  },
  "builtins.zip": {
    signature: "(*iterables: object, strict: bool = False) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const strict = args.has("strict") ? args.literalConstant("strict") : false;
      if (strict === undefined) return null;
      return b.call(runtime(strict ? "zipStrict" : "zip"), iterableArguments(ctx, args.varArgs));
    },
  },
  "builtins.reversed": {
    signature: "(seq: object, /) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const seq = args.py("seq")!;
      const seqType = ctx.types.of(seq);
      if (seqType.kind === "list") return b.methodCall(b.array([b.spread(args.required("seq"))]), "reverse", []);
      // dict views are reversible (insertion order backwards); their lowered iterators are not
      if (seqType.kind === "iterator" && seqType.name === "view") {
        return b.methodCall(b.methodCall(b.array([b.spread(iterableOf(ctx, seq))]), "reverse", []), "values", []);
      }
      return b.call(runtime("reversed"), [args.required("seq")]);
    },
  },
  "builtins.sorted": {
    signature: "(iterable: object, /, *, key: object = None, reverse: bool = False) -> list",
    translate: (args, { ctx, b, runtime }) => {
      const items = args.py("iterable")!;
      return b.call(runtime("sorted"), [args.required("iterable"), ...options(args, ctx, items, ["key", "reverse"])]);
    },
  },
  "builtins.min": extreme("min"),
  "builtins.max": extreme("max"),
  "builtins.sum": {
    signature: "(iterable: object, /, start: object = 0) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const out = [iterableOf(ctx, args.py("iterable")!)];
      if (args.has("start")) out.push(args.required("start"));
      return b.call(runtime("sum"), out);
    },
  },
  "builtins.any": {
    signature: "(iterable: object, /) -> bool",
    translate: (args, { ctx, b, runtime }) => someOrEvery(ctx, args.py("iterable")!, "some") ?? b.call(runtime("any"), [args.required("iterable")]),
  },
  "builtins.all": {
    signature: "(iterable: object, /) -> bool",
    translate: (args, { ctx, b, runtime }) => someOrEvery(ctx, args.py("iterable")!, "every") ?? b.call(runtime("all"), [args.required("iterable")]),
  },
  "builtins.list": {
    signature: "(iterable: object = None, /) -> list",
    translate: (args, { ctx, b }) => (args.has("iterable") ? freshArrayOf(ctx, args.py("iterable")!) : b.array([])),
  },
  "builtins.tuple": {
    signature: "(iterable: object = None, /) -> tuple",
    translate: (args, { ctx, b }) => (args.has("iterable") ? freshArrayOf(ctx, args.py("iterable")!) : b.array([])),
  },
  "builtins.set": {
    signature: "(iterable: object = None, /) -> set",
    translate: (args, { ctx }) => newSet(ctx, args.call, ctx.types.of(args.call), args.has("iterable") ? [iterableOf(ctx, args.py("iterable")!)] : []),
  },
  "builtins.frozenset": {
    signature: "(iterable: object = None, /) -> set",
    translate: (args, { ctx }) => newSet(ctx, args.call, ctx.types.of(args.call), args.has("iterable") ? [iterableOf(ctx, args.py("iterable")!)] : []),
  },
  "builtins.dict": {
    signature: "(source: object = None, /, **kwargs: object) -> dict",
    translate: (args, { ctx, b }) => {
      const entries: AnyExpr[] = [];
      if (args.has("source")) {
        const source = args.py("source")!;
        entries.push(b.spread(ctx.types.of(source).kind === "dict" ? dictEntriesOf(ctx, source) : args.required("source")));
      }
      for (const [name, value] of args.varKeywords) entries.push(b.array([b.str(name), ctx.lower(value)]));
      const type = ctx.types.of(args.call);
      if (entries.length === 1 && entries[0]!.kind === "TsSpread" && args.has("source")) return newMap(ctx, args.call, type, [entries[0]!.expr]);
      return newMap(ctx, args.call, type, entries.length ? [b.array(entries)] : []);
    },
  },
  "builtins.iter": {
    signature: "(obj: object, sentinel: object = ..., /) -> object",
    translate: (args, { b, runtime }) =>
      args.has("sentinel")
        ? b.call(runtime("iterUntil"), [args.required("obj"), args.required("sentinel")])
        : b.call(runtime("iter"), [args.required("obj")]),
  },
  "builtins.next": {
    signature: "(iterator: object, default: object = None, /) -> object",
    translate: (args, { b, runtime }) => b.call(runtime("next"), args.has("default") ? [args.required("iterator"), args.required("default")] : [args.required("iterator")]),
  },
  "builtins.map": {
    signature: "(function: object, *iterables: object) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const fn = args.py("function")!;
      if (args.varArgs.length === 1) {
        const items = args.varArgs[0]!;
        return b.methodCall(arrayOf(ctx, items), "map", [unaryCallback(ctx, fn, elementOf(ctx, items))]);
      }
      if (args.varArgs.length === 0) return null;
      // map(f, a, b): f applied to the zipped items
      const items = ctx.freshName("items");
      const zipped = b.array([b.spread(b.call(runtime("zip"), iterableArguments(ctx, args.varArgs)))]);
      return b.methodCall(zipped, "map", [b.arrow([{ name: items }], b.call(ctx.lower(fn), [b.spread(b.id(items))]))]);
    },
  },
  "builtins.filter": {
    signature: "(function: object, iterable: object, /) -> object",
    translate: (args, { ctx, b }) => {
      const fn = args.py("function")!;
      const items = args.py("iterable")!;
      const item = elementOf(ctx, items);
      const predicate = fn.kind === "NoneLit" ? identityPredicate(ctx, fn, item) : predicateCallback(ctx, fn, item);
      return b.methodCall(arrayOf(ctx, items), "filter", [predicate]);
    },
  },
};

/**
 * Builtins that consume or produce iterables: `range`, `enumerate`, `zip`,
 * `reversed`, `sorted`, `min`/`max`, `sum`, `any`/`all`, `list`/`tuple`/
 * `set`/`frozenset`/`dict`, `iter`/`next`, `map`/`filter`. Python's
 * semantics come from the runtime (`sorted` is a port of CPython's sort,
 * stable, keys computed once; `min`/`max` keep the first extreme); lists use
 * array methods where they are exact (`map` with a one-argument callback,
 * `any(... for x in xs)` as `xs.some(...)`, which stops at the first true
 * item like the generator). `map` and `filter` produce arrays eagerly.
 */
export default defineRule({
  meta: {
    id: "core/builtin-iteration",
    description: "Translate builtins that consume or produce iterables",
    messages: {
      unbindable: { code: "PY2TS2305", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => ({ Call: callMappingVisitor(ctx, calls, "unbindable") }),
});
