import { type CallTypeHook, type PyType, T, callMappingVisitor, defineRule, iterationType, join, valueMappingVisitor } from "@py2ts/core";

const joinAll = (types: PyType[]): PyType => types.reduce(join, T.never);
import { runtimeModule } from "../shared/runtime-module-functions";

/**
 * Python's `itertools` onto the runtime's `itertools` namespace: lazy
 * generators with Python's semantics (CPython's `groupby`, `islice`'s
 * argument checks, tuples in `product`/`permutations`/`combinations`
 * order). Result item types follow the arguments (`groupby(xs, key=f)`
 * yields `(f's result, iterator of xs's items)`).
 */
const ITERTOOLS = runtimeModule("itertools", "itertools", {
  count: { signature: "(start: int = 0, step: int = 1) -> Iterator[int]", positional: ["start", "step"] },
  cycle: { signature: "(iterable: object) -> Iterator[object]", positional: ["iterable"] },
  repeat: { signature: "(object: object, times: int | None = None) -> Iterator[object]", positional: ["object", "times"] },
  accumulate: { signature: "(iterable: object, func: object = None, *, initial: object = None) -> Iterator[object]", positional: ["iterable", "func"], options: ["initial"] },
  chain: { signature: "(*iterables: object) -> Iterator[object]" },
  "chain.from_iterable": { signature: "(iterable: object) -> Iterator[object]", positional: ["iterable"] },
  compress: { signature: "(data: object, selectors: object) -> Iterator[object]", positional: ["data", "selectors"] },
  dropwhile: { signature: "(predicate: object, iterable: object) -> Iterator[object]", positional: ["predicate", "iterable"] },
  takewhile: { signature: "(predicate: object, iterable: object) -> Iterator[object]", positional: ["predicate", "iterable"] },
  filterfalse: { signature: "(function: object, iterable: object) -> Iterator[object]", positional: ["function", "iterable"] },
  starmap: { signature: "(function: object, iterable: object) -> Iterator[object]", positional: ["function", "iterable"] },
  islice: { signature: "(iterable: object, *args: int | None) -> Iterator[object]", positional: ["iterable"] },
  groupby: { signature: "(iterable: object, key: object = None) -> Iterator[object]", positional: ["iterable", "key"] },
  pairwise: { signature: "(iterable: object) -> Iterator[object]", positional: ["iterable"] },
  zip_longest: { signature: "(*iterables: object, fillvalue: object = None) -> Iterator[object]", options: ["fillvalue"] },
  product: { signature: "(*iterables: object, repeat: int = 1) -> Iterator[object]", options: ["repeat"] },
  permutations: { signature: "(iterable: object, r: int | None = None) -> Iterator[object]", positional: ["iterable", "r"] },
  combinations: { signature: "(iterable: object, r: int) -> Iterator[object]", positional: ["iterable", "r"] },
  combinations_with_replacement: { signature: "(iterable: object, r: int) -> Iterator[object]", positional: ["iterable", "r"] },
  tee: { signature: "(iterable: object, n: int = 2) -> tuple[Iterator[object], ...]", positional: ["iterable", "n"] },
});

export const itertoolsDeclarations = { values: ITERTOOLS.declarations };

type Hook = CallTypeHook;
const items = (i: number): Hook => (call, q) => (call.args[i] ? T.iterator(iterationType(q.typeOf(call.args[i]!))) : undefined);
const allItems: Hook = (call, q) => T.iterator(joinAll(call.args.map((a) => iterationType(q.typeOf(a)))));
const returnsOf = (t: PyType): PyType => (t.kind === "callable" ? t.returns : T.unknown);

export const itertoolsTypeHooks: Record<string, CallTypeHook> = {
  "itertools.count": (call, q) => T.iterator(call.args.some((a) => q.typeOf(a).kind === "float") ? T.float : T.int),
  "itertools.cycle": items(0),
  "itertools.repeat": (call, q) => (call.args[0] ? T.iterator(q.typeOf(call.args[0])) : undefined),
  "itertools.accumulate": items(0),
  "itertools.chain": allItems,
  "itertools.chain.from_iterable": (call, q) => (call.args[0] ? T.iterator(iterationType(iterationType(q.typeOf(call.args[0])))) : undefined),
  "itertools.compress": items(0),
  "itertools.dropwhile": items(1),
  "itertools.takewhile": items(1),
  "itertools.filterfalse": items(1),
  "itertools.starmap": (call, q) => (call.args[0] ? T.iterator(returnsOf(q.typeOf(call.args[0]))) : undefined),
  "itertools.islice": items(0),
  "itertools.groupby": (call, q) => {
    if (!call.args[0]) return undefined;
    const item = iterationType(q.typeOf(call.args[0]));
    const keyFn = call.args[1] ?? call.keywords.find((k) => k.name === "key")?.value;
    const key = keyFn && keyFn.kind !== "NoneLit" ? returnsOf(q.typeOf(keyFn)) : item;
    return T.iterator(T.tuple([key, T.iterator(item, "generator")]));
  },
  "itertools.pairwise": (call, q) => {
    const item = call.args[0] ? iterationType(q.typeOf(call.args[0])) : T.unknown;
    return T.iterator(T.tuple([item, item]));
  },
  "itertools.zip_longest": (call, q) => {
    const fill = call.keywords.find((k) => k.name === "fillvalue")?.value;
    const fillType = fill ? q.typeOf(fill) : T.none;
    return T.iterator(T.tuple(call.args.map((a) => joinAll([iterationType(q.typeOf(a)), fillType]))));
  },
  "itertools.product": (call, q) => {
    if (call.keywords.length > 0) return T.iterator(T.tupleOf(joinAll(call.args.map((a) => iterationType(q.typeOf(a))))));
    return T.iterator(T.tuple(call.args.map((a) => iterationType(q.typeOf(a)))));
  },
  "itertools.permutations": (call, q) => (call.args[0] ? T.iterator(T.tupleOf(iterationType(q.typeOf(call.args[0])))) : undefined),
  "itertools.combinations": (call, q) => (call.args[0] ? T.iterator(T.tupleOf(iterationType(q.typeOf(call.args[0])))) : undefined),
  "itertools.combinations_with_replacement": (call, q) => (call.args[0] ? T.iterator(T.tupleOf(iterationType(q.typeOf(call.args[0])))) : undefined),
  "itertools.tee": (call, q) => (call.args[0] ? T.tupleOf(T.iterator(iterationType(q.typeOf(call.args[0])), "generator")) : undefined),
};

export default defineRule({
  meta: {
    id: "stdlib/itertools",
    description: "Translate itertools to lazy runtime generators",
    messages: {
      unbindable: { code: "PY2TS5270", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, ITERTOOLS.values);
    return { Call: callMappingVisitor(ctx, ITERTOOLS.calls, "unbindable"), Name: values, Attribute: values };
  },
});
