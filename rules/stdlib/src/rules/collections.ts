import {
  type AnyExpr,
  type CallMappingTable,
  type CallTypeHook,
  type PyExpr,
  type PyType,
  type RuleContext,
  T,
  applyMapping,
  defineRule,
  parseType,
  withoutNone,
} from "@py2ts/core";
import { receiverMethod } from "../shared/runtime-namespace-calls";

/**
 * `collections.Counter`, `defaultdict`, `OrderedDict` and `deque` onto the
 * runtime classes of the same behaviour. The first three are `Map`s (dict
 * flavors for the type inference, so every dict operation applies) with
 * their own `__getitem__` (a Counter's missing key counts 0, a defaultdict
 * stores `default_factory()`), methods and reprs; `deque` is its own class.
 */
const COUNTER = "collections.Counter";
const DEFAULTDICT = "collections.defaultdict";
const ORDEREDDICT = "collections.OrderedDict";
const DEQUE = "collections.deque";

/** Zero-argument factories of builtin types, and how Python shows them. */
const BUILTIN_FACTORIES: Record<string, { make: (ctx: RuleContext, origin: PyExpr) => AnyExpr; type: string }> = {
  "builtins.int": { make: (ctx, o) => ctx.at(o).num(0), type: "int" },
  "builtins.float": { make: (ctx, o) => ctx.at(o).num(0), type: "float" },
  "builtins.str": { make: (ctx, o) => ctx.at(o).str(""), type: "str" },
  "builtins.bool": { make: (ctx, o) => ctx.at(o).bool(false), type: "bool" },
  "builtins.list": { make: (ctx, o) => ctx.at(o).array([]), type: "list" },
  "builtins.dict": { make: (ctx, o) => ctx.at(o).new(ctx.at(o).id("Map"), []), type: "dict" },
  "builtins.set": { make: (ctx, o) => ctx.at(o).new(ctx.at(o).id("Set"), []), type: "set" },
};

const EMPTY_CONTAINERS: Readonly<Record<string, PyType>> = { list: T.list(T.never), dict: T.dict(T.never, T.never), set: T.set(T.never) };

function elementType(t: PyType): PyType {
  switch (t.kind) {
    case "list":
    case "set":
    case "tupleOf":
    case "iterator":
      return t.item;
    case "str":
      return t;
    case "dict":
      return t.key;
    default:
      return parseType("object");
  }
}

export const collectionsTypeHooks: Record<string, CallTypeHook> = {
  [COUNTER]: (call, q) => {
    const source = call.args[0];
    // an empty one takes its key type from what is counted later
    if (!source) return { kind: "dict", key: T.never, value: parseType("int"), flavor: COUNTER };
    return { kind: "dict", key: elementType(q.typeOf(source)), value: parseType("int"), flavor: COUNTER };
  },
  [DEFAULTDICT]: (call, q) => {
    const factory = call.args[0];
    let value: PyType = parseType("object");
    const builtin = factory ? BUILTIN_FACTORIES[q.resolve(factory) ?? ""] : undefined;
    // a container factory's values grow with what is put in them (`d[k].append(x)`)
    if (builtin) value = EMPTY_CONTAINERS[builtin.type] ?? parseType(builtin.type);
    else if (factory) {
      const t = q.typeOf(factory);
      if (t.kind === "callable") value = t.returns;
      else if (t.kind === "classObject") value = { kind: "instance", cls: t.cls };
    }
    const source = call.args[1] ? withoutNone(q.typeOf(call.args[1])) : null;
    return { kind: "dict", key: source?.kind === "dict" ? source.key : T.never, value, flavor: DEFAULTDICT };
  },
  [ORDEREDDICT]: (call, q) => {
    const source = call.args[0] ? withoutNone(q.typeOf(call.args[0])) : null;
    if (source?.kind === "dict") return { ...source, flavor: ORDEREDDICT };
    return { kind: "dict", key: T.never, value: T.never, flavor: ORDEREDDICT };
  },
  [DEQUE]: (call, q) => ({ kind: "named", name: DEQUE, args: [call.args[0] ? elementType(q.typeOf(call.args[0])) : parseType("object")] }),
  [`${COUNTER}.most_common`]: (call, q) => {
    const t = receiverType(call, q);
    return t?.kind === "dict" ? { kind: "list", item: { kind: "tuple", items: [t.key, parseType("int")] } } : undefined;
  },
  [`${COUNTER}.elements`]: (call, q) => {
    const t = receiverType(call, q);
    return t?.kind === "dict" ? { kind: "iterator", item: t.key, name: "iterator" } : undefined;
  },
  [`${COUNTER}.copy`]: (call, q) => receiverType(call, q),
  [`${DEFAULTDICT}.copy`]: (call, q) => receiverType(call, q),
  [`${ORDEREDDICT}.copy`]: (call, q) => receiverType(call, q),
  [`${ORDEREDDICT}.popitem`]: (call, q) => {
    const t = receiverType(call, q);
    return t?.kind === "dict" ? { kind: "tuple", items: [t.key, t.value] } : undefined;
  },
  ...Object.fromEntries(
    ["pop", "popleft"].map((m) => [`${DEQUE}.${m}`, ((call, q) => {
      const t = receiverType(call, q);
      return t?.kind === "named" ? t.args[0] : undefined;
    }) as CallTypeHook]),
  ),
  [`${DEQUE}.copy`]: (call, q) => receiverType(call, q),
};

function receiverType(call: Parameters<CallTypeHook>[0], q: Parameters<CallTypeHook>[1]): PyType | undefined {
  return call.func.kind === "Attribute" ? withoutNone(q.typeOf(call.func.value)) : undefined;
}

const counterMethods: CallMappingTable = {
  most_common: receiverMethod("most_common", "(n: int | None = None) -> list[tuple[object, int]]", ["n"]),
  elements: receiverMethod("elements", "() -> Iterator[object]", []),
  update: receiverMethod("update", "(iterable: object = None) -> None", ["iterable"]),
  subtract: receiverMethod("subtract", "(iterable: object = None) -> None", ["iterable"]),
  total: receiverMethod("total", "() -> int", []),
  copy: receiverMethod("copy", "() -> object", []),
};

const orderedDictMethods: CallMappingTable = {
  move_to_end: receiverMethod("move_to_end", "(key: object, last: bool = True) -> None", ["key", "last"]),
  popitem: receiverMethod("popitem", "(last: bool = True) -> tuple[object, object]", ["last"]),
  copy: receiverMethod("copy", "() -> object", []),
};

const defaultDictMethods: CallMappingTable = {
  copy: receiverMethod("copy", "() -> object", []),
};

const dequeMethods: CallMappingTable = Object.fromEntries(
  (
    [
      ["append", "(x: object) -> None", ["x"]],
      ["appendleft", "(x: object) -> None", ["x"]],
      ["extend", "(iterable: object) -> None", ["iterable"]],
      ["extendleft", "(iterable: object) -> None", ["iterable"]],
      ["pop", "() -> object", []],
      ["popleft", "() -> object", []],
      ["rotate", "(n: int = 1) -> None", ["n"]],
      ["clear", "() -> None", []],
      ["count", "(x: object) -> int", ["x"]],
      ["index", "(x: object) -> int", ["x"]],
      ["remove", "(value: object) -> None", ["value"]],
      ["reverse", "() -> None", []],
      ["copy", "() -> object", []],
    ] as const
  ).map(([name, sig, params]) => [name, receiverMethod(name, sig, params)]),
);

const FLAVOR_METHODS: Record<string, CallMappingTable> = { [COUNTER]: counterMethods, [ORDEREDDICT]: orderedDictMethods, [DEFAULTDICT]: defaultDictMethods };

export const collectionsDeclarations = {
  values: {
    [COUNTER]: "(iterable: object = None) -> object",
    [DEFAULTDICT]: "(default_factory: object = None, mapping: object = None) -> object",
    [ORDEREDDICT]: "(mapping: object = None) -> object",
    [DEQUE]: "(iterable: object = None, maxlen: int | None = None) -> object",
  },
  classes: {
    [DEQUE]: {
      methods: {
        ...Object.fromEntries(Object.entries(dequeMethods).map(([n, m]) => [n, m.signature])),
        __getitem__: "(index: int) -> object",
        __len__: "() -> int",
      },
      attributes: { maxlen: "int | None" },
      iterates: "object",
    },
  },
};

export default defineRule({
  meta: {
    id: "stdlib/collections",
    description: "Translate collections.Counter, defaultdict, OrderedDict and deque",
    // before the generic dict method mappings: Counter.update counts, OrderedDict.popitem takes `last`
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5220", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      counterOperator: {
        code: "PY2TS5221",
        severity: "error",
        text: "Counter arithmetic ('{op}') is not translated",
        suggestion: "Use update()/subtract() or a loop.",
      },
    },
  },
  create: (ctx) => {
    const construct = (className: string, args: AnyExpr[], node: PyExpr, typeArgs: PyType[]): AnyExpr => {
      const b = ctx.at(node);
      return b.new(ctx.runtime(className), args, typeArgs.map((t) => ctx.types.toTs(t, node)));
    };
    const dictTypeArgs = (t: PyType): PyType[] => (t.kind === "dict" ? [t.key, t.value] : []);
    const constructors: CallMappingTable = {
      [COUNTER]: {
        signature: collectionsDeclarations.values[COUNTER],
        translate: (args) => {
          const t = ctx.types.of(args.call);
          return construct("Counter", args.has("iterable") ? [args.required("iterable")] : [], args.call, t.kind === "dict" ? [t.key] : []);
        },
      },
      [DEFAULTDICT]: {
        signature: collectionsDeclarations.values[DEFAULTDICT],
        translate: (args, { b }) => {
          const factory = args.py("default_factory");
          let make: AnyExpr = b.null();
          let shown: string | null = "None";
          if (factory && factory.kind !== "NoneLit") {
            const qname = ctx.resolve(factory) ?? "";
            const builtin = BUILTIN_FACTORIES[qname];
            if (builtin) {
              make = b.arrow([], builtin.make(ctx, factory));
              shown = `<class '${qname.slice("builtins.".length)}'>`;
            } else {
              const ft = ctx.types.of(factory);
              make = ft.kind === "classObject" ? b.arrow([], b.new(ctx.lower(factory), [])) : ctx.lower(factory);
              shown = null;
            }
          }
          const callArgs: AnyExpr[] = [make, args.get("mapping") ?? b.null()];
          if (shown !== null) callArgs.push(b.str(shown));
          return construct("DefaultDict", callArgs, args.call, dictTypeArgs(ctx.types.of(args.call)));
        },
      },
      [ORDEREDDICT]: {
        signature: collectionsDeclarations.values[ORDEREDDICT],
        translate: (args) => construct("OrderedDict", args.has("mapping") ? [args.required("mapping")] : [], args.call, dictTypeArgs(ctx.types.of(args.call))),
      },
      [DEQUE]: {
        signature: collectionsDeclarations.values[DEQUE],
        translate: (args, { b }) => {
          const t = ctx.types.of(args.call);
          const callArgs: AnyExpr[] = args.has("maxlen") ? [args.get("iterable") ?? b.null(), args.required("maxlen")] : args.has("iterable") ? [args.required("iterable")] : [];
          return construct("Deque", callArgs, args.call, t.kind === "named" ? t.args.slice(0, 1) : []);
        },
      },
    };
    return {
      Call(path) {
        const call = path.node;
        const qname = ctx.resolve(call.func);
        const ctor = qname ? constructors[qname] : undefined;
        let table: CallMappingTable | undefined;
        let receiver: { py: PyExpr; lowered: AnyExpr } | null = null;
        if (!ctor && call.func.kind === "Attribute" && qname === null) {
          const t = withoutNone(ctx.types.of(call.func.value));
          table = t.kind === "dict" && t.flavor ? FLAVOR_METHODS[t.flavor] : t.kind === "named" && t.name === DEQUE ? dequeMethods : undefined;
          if (!table?.[call.func.attr]) return;
          receiver = { py: call.func.value, lowered: ctx.lower(call.func.value) };
        }
        const mapping = ctor ?? (call.func.kind === "Attribute" ? table?.[call.func.attr] : undefined);
        if (!mapping) return;
        const outcome = applyMapping(ctx, call, mapping, receiver);
        if (outcome.kind === "translated") path.replaceWith(outcome.expr);
        else if (outcome.kind === "unbindable") {
          path.replaceWith(ctx.stubExpr({ messageId: "unbindable", node: call, data: { name: qname ?? (call.func.kind === "Attribute" ? call.func.attr : "call"), reason: outcome.reason } }));
        }
      },
      BinOp(path) {
        const { node } = path;
        const isCounter = (e: PyExpr) => {
          const t = ctx.types.of(e);
          return t.kind === "dict" && t.flavor === COUNTER;
        };
        if (isCounter(node.left) || isCounter(node.right)) {
          path.replaceWith(ctx.stubExpr({ messageId: "counterOperator", node, data: { op: node.op } }));
        }
      },
      Attribute(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        if (t.kind === "named" && t.name === DEQUE && node.attr === "maxlen") path.replaceWith(ctx.at(node).member(ctx.lower(node.value), "maxlen"));
        else if (t.kind === "dict" && t.flavor === DEFAULTDICT && node.attr === "default_factory") {
          path.replaceWith(ctx.at(node).member(ctx.lower(node.value), "default_factory"));
        }
      },
      Subscript(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        if (t.kind !== "named" || t.name !== DEQUE || node.index.kind === "Slice") return;
        path.replaceWith(ctx.at(node).methodCall(ctx.lower(node.value), "__getitem__", [ctx.lower(node.index)]));
      },
    };
  },
});
