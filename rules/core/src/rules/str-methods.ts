import {
  type AnyExpr,
  type CallMapping,
  type CallMappingTable,
  type MappedArguments,
  type NodeOf,
  type RuleContext,
  defineRule,
  formatType,
  iterationType,
  methodMappingVisitor,
} from "@py2ts/core";
import { arrayOf } from "../shared/iterables";
import { unionMemberCall } from "../shared/union-receivers";
import { dictEntriesOf } from "../shared/collections";
import { passed } from "../shared/mapped-arguments";

/** A runtime helper called with the receiver first, then the given parameters that were passed, in order. */
function helper(name: string, signature: string, params: string[]): CallMapping {
  return {
    signature,
    translate: (args, { b, runtime }) => b.call(runtime(name), [args.receiver!, ...passed(args, params, b)]),
  };
}

function native(method: string, signature = "() -> str"): CallMapping {
  return { signature, translate: (args, { b }) => b.methodCall(args.receiver!, method, []) };
}

/** Whether a literal replacement string is free of `$` patterns (`replaceAll` would interpret them). */
function literalSafeForReplace(text: string | null): boolean {
  return text !== null && !text.includes("$");
}

function strFormat(args: MappedArguments, ctx: RuleContext): AnyExpr {
  const b = ctx.at(args.call);
  const positional = args.rest();
  const hints = args.varArgs.map((a) => ctx.types.hint(ctx.types.of(a)));
  const kwargs = args.varKeywords.map(([name, value]) => [name, ctx.lower(value)] as [string, AnyExpr]);
  const kwHints = args.varKeywords.map(([name, value]) => [name, ctx.types.hint(ctx.types.of(value))] as const).filter(([, h]) => h !== null);
  const out: AnyExpr[] = [args.receiver!, b.array(positional)];
  const hintProps: Array<[string, AnyExpr]> = [];
  if (hints.some((h) => h !== null)) hintProps.push(["args", b.array(hints.map((h) => (h ? b.str(h) : b.undefined())))]);
  if (kwHints.length) hintProps.push(["kwargs", b.object(kwHints.map(([n, h]) => [n, b.str(h!)]))]);
  if (kwargs.length || hintProps.length) out.push(b.object(kwargs));
  if (hintProps.length) out.push(b.object(hintProps));
  return b.call(ctx.runtime("strFormat"), out);
}

/** `fmt.format(*args, **mapping)`: the arguments are spread into the runtime's `strFormat`. */
function formatWithSpreads(ctx: RuleContext, call: NodeOf<"Call">): AnyExpr | null {
  if (!call.args.some((a) => a.kind === "Starred") && !call.keywords.some((k) => k.name === null)) return null;
  if (call.func.kind !== "Attribute") return null;
  // a `**mapping` of unknown type cannot be typed as keyword arguments: left to the mapping (reported)
  if (call.keywords.some((k) => k.name === null && ctx.types.of(k.value).kind !== "dict")) return null;
  const b = ctx.at(call);
  const positional = b.array(call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a))));
  const entries: AnyExpr[] = call.keywords.map((k) => (k.name === null ? b.spread(dictEntriesOf(ctx, k.value)) : b.array([b.str(k.name), ctx.lower(k.value)])));
  const only = call.keywords.length === 1 && call.keywords[0]!.name === null && ctx.types.of(call.keywords[0]!.value).kind === "dict" ? call.keywords[0]!.value : null;
  const kwargs = only ? ctx.lower(only) : b.new(b.id("Map"), [b.array(entries)], [b.keywordType("string"), b.keywordType("unknown")]);
  return b.call(ctx.runtime("strFormat"), [ctx.lower(call.func.value), positional, kwargs]);
}

const STR: CallMappingTable = {
  join: {
    signature: "(iterable: object, /) -> str",
    translate: (args, { ctx, b, runtime }) => {
      const items = args.py("iterable")!;
      if (iterationType(ctx.types.of(items)).kind === "str") return b.methodCall(arrayOf(ctx, items), "join", [args.receiver!]);
      return b.call(runtime("join"), [args.receiver!, args.required("iterable")]);
    },
  },
  split: {
    signature: "(sep: str = None, maxsplit: int = -1) -> list",
    translate: (args, { b, runtime }) => {
      const sep = args.literalString("sep");
      if (sep && !args.has("maxsplit")) return b.methodCall(args.receiver!, "split", [args.required("sep")]);
      return b.call(runtime("split"), [args.receiver!, ...passed(args, ["sep", "maxsplit"], b)]);
    },
  },
  rsplit: helper("rsplit", "(sep: str = None, maxsplit: int = -1) -> list", ["sep", "maxsplit"]),
  splitlines: helper("splitlines", "(keepends: bool = False) -> list", ["keepends"]),
  partition: helper("partition", "(sep: str, /) -> tuple", ["sep"]),
  rpartition: helper("rpartition", "(sep: str, /) -> tuple", ["sep"]),
  strip: helper("strip", "(chars: str = None, /) -> str", ["chars"]),
  lstrip: helper("lstrip", "(chars: str = None, /) -> str", ["chars"]),
  rstrip: helper("rstrip", "(chars: str = None, /) -> str", ["chars"]),
  upper: native("toUpperCase"),
  lower: native("toLowerCase"),
  title: helper("title", "() -> str", []),
  capitalize: helper("capitalize", "() -> str", []),
  swapcase: helper("swapcase", "() -> str", []),
  casefold: helper("casefold", "() -> str", []),
  startswith: {
    signature: "(prefix: object, start: int = None, end: int = None, /) -> bool",
    translate: (args, { ctx, b, runtime }) => {
      if (ctx.types.of(args.py("prefix")!).kind === "str" && !args.has("start")) return b.methodCall(args.receiver!, "startsWith", [args.required("prefix")]);
      return b.call(runtime("startswith"), [args.receiver!, ...passed(args, ["prefix", "start", "end"], b)]);
    },
  },
  endswith: {
    signature: "(suffix: object, start: int = None, end: int = None, /) -> bool",
    translate: (args, { ctx, b, runtime }) => {
      if (ctx.types.of(args.py("suffix")!).kind === "str" && !args.has("start")) return b.methodCall(args.receiver!, "endsWith", [args.required("suffix")]);
      return b.call(runtime("endswith"), [args.receiver!, ...passed(args, ["suffix", "start", "end"], b)]);
    },
  },
  replace: {
    signature: "(old: str, new: str, count: int = -1, /) -> str",
    translate: (args, { b, runtime }) => {
      const old = args.literalString("old");
      if (old && literalSafeForReplace(args.literalString("new")) && !args.has("count")) {
        return b.methodCall(args.receiver!, "replaceAll", [args.required("old"), args.required("new")]);
      }
      return b.call(runtime("replace"), [args.receiver!, ...passed(args, ["old", "new", "count"], b)]);
    },
  },
  find: helper("find", "(sub: str, start: int = None, end: int = None, /) -> int", ["sub", "start", "end"]),
  rfind: helper("rfind", "(sub: str, start: int = None, end: int = None, /) -> int", ["sub", "start", "end"]),
  index: helper("stringIndex", "(sub: str, start: int = None, end: int = None, /) -> int", ["sub", "start", "end"]),
  rindex: helper("rindex", "(sub: str, start: int = None, end: int = None, /) -> int", ["sub", "start", "end"]),
  count: helper("stringCount", "(sub: str, start: int = None, end: int = None, /) -> int", ["sub", "start", "end"]),
  center: helper("center", "(width: int, fillchar: str = ' ', /) -> str", ["width", "fillchar"]),
  ljust: helper("ljust", "(width: int, fillchar: str = ' ', /) -> str", ["width", "fillchar"]),
  rjust: helper("rjust", "(width: int, fillchar: str = ' ', /) -> str", ["width", "fillchar"]),
  zfill: helper("zfill", "(width: int, /) -> str", ["width"]),
  expandtabs: helper("expandtabs", "(tabsize: int = 8) -> str", ["tabsize"]),
  removeprefix: helper("removeprefix", "(prefix: str, /) -> str", ["prefix"]),
  removesuffix: helper("removesuffix", "(suffix: str, /) -> str", ["suffix"]),
  format: { signature: "(*args: object, **kwargs: object) -> str", translate: (args, { ctx }) => strFormat(args, ctx) },
  format_map: {
    signature: "(mapping: object, /) -> str",
    translate: (args, { b, runtime }) => b.call(runtime("strFormat"), [args.receiver!, b.array([]), args.required("mapping")]),
  },
  encode: {
    signature: "(encoding: str = 'utf-8', errors: str = 'strict') -> bytes",
    translate: (args, { b }) => {
      const encoding = args.has("encoding") ? args.literalString("encoding")?.toLowerCase().replace("_", "-") : "utf-8";
      if ((encoding !== "utf-8" && encoding !== "utf8") || args.has("errors")) return null;
      return b.methodCall(b.new(b.id("TextEncoder"), []), "encode", [args.receiver!]);
    },
  },
  ...Object.fromEntries(
    ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isascii", "isprintable"].map(
      (name) => [name, helper(name, "() -> bool", [])],
    ),
  ),
};

/**
 * The methods of `str`, by receiver type. JavaScript's own methods where
 * they are exact (`upper`/`lower` use the same full case mappings, `split`
 * with a literal separator, `startswith` with a string, `replace` of a
 * literal with a `$`-free literal, `join` of strings); the runtime where
 * Python differs (whitespace set of `strip`/`split()`, code-point indexes of
 * `find`/`count`/`ljust`..., `str.format`). A method call on a string whose
 * arguments cannot be bound, or that is not translated, is reported.
 */
export default defineRule({
  meta: {
    id: "core/str-methods",
    description: "Translate methods of str",
    messages: {
      unionReceiver: {
        code: "PY2TS3306",
        severity: "warning",
        text: "'{expr}' may hold other types than {type}; the method is translated for {type} only",
      },
      unbindable: { code: "PY2TS2307", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedMethod: { code: "PY2TS2308", severity: "error", text: "str.{name}() is not supported{detail}" },
    },
  },
  create: (ctx) => {
    const mapped = methodMappingVisitor(ctx, { str: STR }, "unbindable");
    return {
      Call(path) {
        const { node } = path;
        if (node.func.kind === "Attribute" && node.func.attr === "format" && ctx.resolve(node.func) === null && ctx.types.of(node.func.value).kind === "str") {
          const spread = formatWithSpreads(ctx, node);
          if (spread) {
            path.replaceWith(spread);
            return;
          }
        }
        mapped(path);
        if (path.node === node) {
          const narrowed = unionMemberCall(ctx, node, { str: STR });
          if (narrowed) {
            ctx.report({ messageId: "unionReceiver", node, data: { expr: ctx.sourceText(node.func.kind === "Attribute" ? node.func.value : node), type: formatType(narrowed.member) } });
            path.replaceWith(narrowed.expr);
            return;
          }
        }
        if (path.node !== node || node.func.kind !== "Attribute" || ctx.resolve(node.func) !== null) return;
        if (ctx.types.of(node.func.value).kind !== "str") return;
        const detail = STR[node.func.attr] ? " with these arguments" : "";
        path.replaceWith(ctx.stubExpr({ messageId: "unsupportedMethod", node, data: { name: node.func.attr, detail } }));
      },
    };
  },
});
