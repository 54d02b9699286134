import {
  type AnyExpr,
  type CallMapping,
  type CallMappingTable,
  type NodeOf,
  type ReceiverKind,
  applyMapping,
  defineRule,
  formatType,
  iterationType,
  methodMappingVisitor,
} from "@py2ts/core";
import { callbackOf } from "../shared/builtin-functions";
import { iterableArguments, iterableOf } from "../shared/iterables";
import { needsKeyedCollection } from "../shared/collections";
import { passed } from "../shared/mapped-arguments";
import { unionMemberCall } from "../shared/union-receivers";

/** A runtime helper called with the receiver first, then the passed parameters. */
function helper(name: string, signature: string, params: string[]): CallMapping {
  return { signature, translate: (args, { b, runtime }) => b.call(runtime(name), [args.receiver!, ...passed(args, params, b)]) };
}

/** A JavaScript method of the receiver, with the passed parameters. */
function native(method: string, signature: string, params: string[] = []): CallMapping {
  return { signature, translate: (args, { b }) => b.methodCall(args.receiver!, method, passed(args, params, b)) };
}

const LIST: CallMappingTable = {
  append: native("push", "(object: object, /) -> None", ["object"]),
  extend: {
    signature: "(iterable: object, /) -> None",
    translate: (args, { ctx, b, runtime }) => b.call(runtime("extend"), [args.receiver!, iterableOf(ctx, args.py("iterable")!)]),
  },
  insert: helper("insert", "(index: int, object: object, /) -> None", ["index", "object"]),
  pop: helper("pop", "(index: int = -1, /) -> object", ["index"]),
  remove: helper("remove", "(value: object, /) -> None", ["value"]),
  index: helper("index", "(value: object, start: int = None, stop: int = None, /) -> int", ["value", "start", "stop"]),
  count: helper("count", "(value: object, /) -> int", ["value"]),
  reverse: native("reverse", "() -> None"),
  clear: { signature: "() -> None", translate: (args, { b }) => b.methodCall(args.receiver!, "splice", [b.num(0)]) },
  copy: native("slice", "() -> list"),
  sort: {
    signature: "(*, key: object = None, reverse: bool = False) -> None",
    translate: (args, { ctx, b, runtime }) => {
      const options: Array<[string, AnyExpr]> = [];
      if (args.has("key") && args.literalConstant("key") !== null) {
        options.push(["key", callbackOf(ctx, args.py("key")!, iterationType(ctx.types.of(args.receiverPy!)))]);
      }
      if (args.has("reverse")) options.push(["reverse", args.required("reverse")]);
      return b.call(runtime("sortList"), options.length ? [args.receiver!, b.object(options)] : [args.receiver!]);
    },
  },
};

const TUPLE: CallMappingTable = {
  index: helper("index", "(value: object, start: int = None, stop: int = None, /) -> int", ["value", "start", "stop"]),
  count: helper("count", "(value: object, /) -> int", ["value"]),
};

const DICT: CallMappingTable = {
  get: helper("dictGet", "(key: object, default: object = None, /) -> object", ["key", "default"]),
  keys: native("keys", "() -> object"),
  values: native("values", "() -> object"),
  items: native("entries", "() -> object"),
  pop: helper("dictPop", "(key: object, default: object = None, /) -> object", ["key", "default"]),
  popitem: helper("popitem", "() -> tuple", []),
  setdefault: {
    signature: "(key: object, default: object = None, /) -> object",
    translate: (args, { b, runtime }) => b.call(runtime("setdefault"), [args.receiver!, args.required("key"), args.get("default") ?? b.null()]),
  },
  update: {
    signature: "(other: object = None, /, **kwargs: object) -> None",
    translate: (args, { ctx, b, runtime }) => {
      const out = [args.receiver!, args.get("other") ?? b.null()];
      if (args.varKeywords.length) out.push(b.object(args.varKeywords.map(([name, value]) => [name, ctx.lower(value)])));
      return b.call(runtime("update"), out);
    },
  },
  clear: native("clear", "() -> None"),
  copy: {
    signature: "() -> dict",
    translate: (args, { ctx, b, runtime }) => {
      const t = ctx.types.of(args.receiverPy!);
      const keyed = t.kind === "dict" && needsKeyedCollection(t.key);
      return b.new(keyed ? runtime("KeyMap") : b.id("Map"), [args.receiver!]);
    },
  },
};

const SET: CallMappingTable = {
  add: native("add", "(element: object, /) -> None", ["element"]),
  discard: helper("setDiscard", "(element: object, /) -> None", ["element"]),
  remove: helper("setRemove", "(element: object, /) -> None", ["element"]),
  pop: helper("setPop", "() -> object", []),
  clear: native("clear", "() -> None"),
  copy: {
    signature: "() -> set",
    translate: (args, { ctx, b, runtime }) => {
      const t = ctx.types.of(args.receiverPy!);
      return b.new(t.kind === "set" && needsKeyedCollection(t.item) ? runtime("KeySet") : b.id("Set"), [args.receiver!]);
    },
  },
  union: { signature: "(*others: object) -> set", translate: (args, { ctx, b, runtime }) => b.call(runtime("union"), [args.receiver!, ...iterableArguments(ctx, args.varArgs)]) },
  intersection: { signature: "(*others: object) -> set", translate: (args, { ctx, b, runtime }) => b.call(runtime("intersection"), [args.receiver!, ...iterableArguments(ctx, args.varArgs)]) },
  difference: { signature: "(*others: object) -> set", translate: (args, { ctx, b, runtime }) => b.call(runtime("difference"), [args.receiver!, ...iterableArguments(ctx, args.varArgs)]) },
  symmetric_difference: helper("symmetricDifference", "(other: object, /) -> set", ["other"]),
  issubset: helper("isSubset", "(other: object, /) -> bool", ["other"]),
  issuperset: helper("isSuperset", "(other: object, /) -> bool", ["other"]),
  isdisjoint: helper("isDisjoint", "(other: object, /) -> bool", ["other"]),
  update: { signature: "(*others: object) -> None", translate: (args, { ctx, b, runtime }) => b.call(runtime("setUpdate"), [args.receiver!, ...iterableArguments(ctx, args.varArgs)]) },
};

const FROMKEYS: CallMapping = {
  signature: "(iterable: object, value: object = None, /) -> dict",
  translate: (args, { ctx, b, runtime }) => b.call(runtime("fromkeys"), [iterableOf(ctx, args.py("iterable")!), args.get("value") ?? b.null()]),
};

const SLICE: CallMappingTable = { indices: native("indices", "(length: int, /) -> tuple", ["length"]) };

const TABLES: Readonly<Partial<Record<ReceiverKind, CallMappingTable>>> = {
  list: LIST,
  tuple: TUPLE,
  tupleOf: TUPLE,
  dict: DICT,
  set: SET,
  "named:builtins.slice": SLICE,
};

/**
 * The methods of `list`, `tuple`, `dict` and `set`, by receiver type.
 * JavaScript's methods where they are exact (`append` is `push`, `keys()`,
 * `items()` is `entries()`, `add`, `clear`); the runtime where Python raises
 * or differs (`pop`/`remove`/`index` raise IndexError/ValueError/KeyError,
 * `sort` is CPython's stable sort with `key` computed once, `dict.get` keeps
 * a stored None, set algebra). A method that is not translated is reported.
 */
export default defineRule({
  meta: {
    id: "core/container-methods",
    description: "Translate methods of list, tuple, dict and set",
    messages: {
      unionReceiver: {
        code: "PY2TS3305",
        severity: "warning",
        text: "'{expr}' may hold other types than {type}; the method is translated for {type} only",
      },
      unbindable: { code: "PY2TS2309", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedMethod: { code: "PY2TS2310", severity: "error", text: "{type}.{name}() is not supported" },
    },
  },
  create: (ctx) => {
    const mapped = methodMappingVisitor(ctx, TABLES, "unbindable");
    const fromkeys = (path: { node: NodeOf<"Call">; replaceWith(node: AnyExpr): void }) => {
      const outcome = applyMapping(ctx, path.node, FROMKEYS);
      if (outcome.kind === "translated") path.replaceWith(outcome.expr);
      else path.replaceWith(ctx.stubExpr({ messageId: "unbindable", node: path.node, data: { name: "dict.fromkeys", reason: outcome.kind === "unbindable" ? outcome.reason : "unsupported arguments" } }));
    };
    return {
      Call(path) {
        const { node } = path;
        // dict.fromkeys(keys, value=None)
        if (node.func.kind === "Attribute" && node.func.attr === "fromkeys" && ctx.resolve(node.func.value) === "builtins.dict") {
          fromkeys(path);
          return;
        }
        mapped(path);
        if (path.node === node) {
          const narrowed = unionMemberCall(ctx, node, TABLES);
          if (narrowed) {
            ctx.report({ messageId: "unionReceiver", node, data: { expr: ctx.sourceText(node.func.kind === "Attribute" ? node.func.value : node), type: formatType(narrowed.member) } });
            path.replaceWith(narrowed.expr);
            return;
          }
        }
        if (path.node !== node || node.func.kind !== "Attribute" || ctx.resolve(node.func) !== null) return;
        const kind = ctx.types.of(node.func.value).kind;
        if (!["list", "tuple", "tupleOf", "dict", "set"].includes(kind)) return;
        path.replaceWith(ctx.stubExpr({ messageId: "unsupportedMethod", node, data: { type: kind === "tupleOf" ? "tuple" : kind, name: node.func.attr } }));
      },
    };
  },
});
