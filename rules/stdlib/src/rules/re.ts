import {
  type AnyExpr,
  type CallMappingTable,
  type CallTypeHook,
  type PyExpr,
  type PyType,
  callMappingVisitor,
  defineRule,
  methodMappingVisitor,
  parseType,
  valueMappingVisitor,
  withoutNone,
} from "@py2ts/core";
import { countGroups, unsupportedConstruct } from "../shared/regex-literals";
import { lowerReceiver, namespaceMapping, receiverMethod } from "../shared/runtime-namespace-calls";

/**
 * Python's `re` module onto the runtime's `re` namespace, which translates
 * Python pattern syntax to JavaScript `RegExp` exactly (or raises `re.error`)
 * and mirrors the Pattern and Match APIs. Literal patterns are checked at
 * compile time: a construct JavaScript cannot express is reported here.
 */
const FLAGS = ["I", "IGNORECASE", "M", "MULTILINE", "S", "DOTALL", "X", "VERBOSE", "A", "ASCII", "U", "UNICODE", "NOFLAG"];

const re = (name: string, signature: string, positional: readonly string[]) => namespaceMapping("re", name, signature, { positional });

const functions: CallMappingTable = {
  "re.compile": re("compile", "(pattern: str, flags: int = 0) -> re.Pattern", ["pattern", "flags"]),
  "re.search": re("search", "(pattern: str, string: str, flags: int = 0) -> re.Match | None", ["pattern", "string", "flags"]),
  "re.match": re("match", "(pattern: str, string: str, flags: int = 0) -> re.Match | None", ["pattern", "string", "flags"]),
  "re.fullmatch": re("fullmatch", "(pattern: str, string: str, flags: int = 0) -> re.Match | None", ["pattern", "string", "flags"]),
  "re.findall": re("findall", "(pattern: str, string: str, flags: int = 0) -> list[object]", ["pattern", "string", "flags"]),
  "re.finditer": re("finditer", "(pattern: str, string: str, flags: int = 0) -> Iterator[re.Match]", ["pattern", "string", "flags"]),
  "re.sub": re("sub", "(pattern: str, repl: object, string: str, count: int = 0, flags: int = 0) -> str", ["pattern", "repl", "string", "count", "flags"]),
  "re.subn": re("subn", "(pattern: str, repl: object, string: str, count: int = 0, flags: int = 0) -> tuple[str, int]", [
    "pattern",
    "repl",
    "string",
    "count",
    "flags",
  ]),
  "re.split": re("split", "(pattern: str, string: str, maxsplit: int = 0, flags: int = 0) -> list[str | None]", ["pattern", "string", "maxsplit", "flags"]),
  "re.escape": re("escape", "(pattern: str) -> str", ["pattern"]),
  "re.purge": re("purge", "() -> None", []),
};

const patternMethods: CallMappingTable = {
  search: receiverMethod("search", "(string: str, pos: int = 0, endpos: int = None) -> re.Match | None", ["string", "pos", "endpos"]),
  match: receiverMethod("match", "(string: str, pos: int = 0, endpos: int = None) -> re.Match | None", ["string", "pos", "endpos"]),
  fullmatch: receiverMethod("fullmatch", "(string: str, pos: int = 0, endpos: int = None) -> re.Match | None", ["string", "pos", "endpos"]),
  findall: receiverMethod("findall", "(string: str, pos: int = 0, endpos: int = None) -> list[object]", ["string", "pos", "endpos"]),
  finditer: receiverMethod("finditer", "(string: str, pos: int = 0, endpos: int = None) -> Iterator[re.Match]", ["string", "pos", "endpos"]),
  sub: receiverMethod("sub", "(repl: object, string: str, count: int = 0) -> str", ["repl", "string", "count"]),
  subn: receiverMethod("subn", "(repl: object, string: str, count: int = 0) -> tuple[str, int]", ["repl", "string", "count"]),
  split: receiverMethod("split", "(string: str, maxsplit: int = 0) -> list[str | None]", ["string", "maxsplit"]),
};

const matchMethods: CallMappingTable = {
  group: receiverMethod("group", "(*groups: int | str) -> str | None", []),
  groups: receiverMethod("groups", "(default: object = None) -> tuple[str | None, ...]", ["default"]),
  groupdict: receiverMethod("groupdict", "(default: object = None) -> dict[str, str | None]", ["default"]),
  start: receiverMethod("start", "(group: int | str = 0) -> int", ["group"]),
  end: receiverMethod("end", "(group: int | str = 0) -> int", ["group"]),
  span: receiverMethod("span", "(group: int | str = 0) -> tuple[int, int]", ["group"]),
  expand: receiverMethod("expand", "(template: str) -> str", ["template"]),
};

const signatures = (table: CallMappingTable): Record<string, string> =>
  Object.fromEntries(Object.entries(table).map(([name, m]) => [name, m.signature]));

/** `findall`/`split` results typed by the number of groups of a literal pattern. */
function groupCount(pattern: PyExpr | undefined): number | null {
  return pattern?.kind === "StrLit" ? countGroups(pattern.value) : null;
}

export const reDeclarations = {
  values: {
    ...signatures(functions),
    ...Object.fromEntries(FLAGS.map((f) => [`re.${f}`, "int"])),
  },
  classes: {
    "re.Pattern": {
      methods: signatures(patternMethods),
      attributes: { pattern: "str", flags: "int", groups: "int", groupindex: "dict[str, int]" },
    },
    "re.Match": {
      methods: { ...signatures(matchMethods), __getitem__: "(group: int | str) -> str | None" },
      attributes: { string: "str", pos: "int", endpos: "int", lastindex: "int | None", lastgroup: "str | None", re: "re.Pattern" },
    },
    "re.error": { base: "builtins.ValueError", attributes: { msg: "str", pattern: "str | None", pos: "int | None" } },
  },
};

const STR = parseType("str");

/** `findall` over a pattern with n groups: strings, or tuples of strings. */
function findallType(groups: number | null): PyType | undefined {
  if (groups === null) return undefined;
  return groups <= 1 ? parseType("list[str]") : parseType(`list[tuple[${Array(groups).fill("str").join(", ")}]]`);
}

/** Number of groups recorded in a `re.Pattern[tuple[str, ...]]` type by `re.compile`. */
function patternGroups(t: PyType): number | null {
  return t.kind === "named" && t.args[0]?.kind === "tuple" ? t.args[0].items.length : null;
}

/** Result types that depend on the pattern: `group()` is a str, `findall`/`split` follow the group count. */
export const reTypeHooks: Record<string, CallTypeHook> = {
  "re.compile": (call) => {
    const groups = groupCount(call.args[0]);
    return groups === null ? undefined : namedType("re.Pattern", [parseType(groups === 0 ? "tuple[()]" : `tuple[${Array(groups).fill("str").join(", ")}]`)]);
  },
  "re.findall": (call) => findallType(groupCount(call.args[0])),
  "re.split": (call) => (groupCount(call.args[0]) === 0 ? parseType("list[str]") : undefined),
  "re.Pattern.findall": (call, q) => (call.func.kind === "Attribute" ? findallType(patternGroups(q.typeOf(call.func.value))) : undefined),
  "re.Pattern.split": (call, q) => (call.func.kind === "Attribute" && patternGroups(q.typeOf(call.func.value)) === 0 ? parseType("list[str]") : undefined),
  "re.Match.group": (call) => {
    const only = call.args[0];
    if (call.args.length === 0 || (call.args.length === 1 && only?.kind === "IntLit" && only.value === 0)) return STR;
    return undefined;
  },
};

function namedType(name: string, args: PyType[]): PyType {
  return { kind: "named", name, args };
}

export default defineRule({
  meta: {
    id: "stdlib/re",
    description: "Translate the re module (patterns, Pattern and Match objects)",
    // before core/subscript, so that `m[1]` on a Match becomes `m.group(1)`
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5201", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedPattern: {
        code: "PY2TS5202",
        severity: "error",
        text: "regular expression uses {construct}, which JavaScript cannot express",
        suggestion: "Rewrite the pattern without it (e.g. split it into several patterns).",
      },
      bytesPattern: { code: "PY2TS5203", severity: "error", text: "bytes regular expressions are not supported" },
    },
  },
  create: (ctx) => {
    const calls = callMappingVisitor(ctx, functions, "unbindable");
    const methods = methodMappingVisitor(ctx, { "named:re.Pattern": patternMethods, "named:re.Match": matchMethods }, "unbindable");
    const values = valueMappingVisitor(ctx, {
      ...Object.fromEntries(FLAGS.map((f) => [`re.${f}`, ({ b, runtime }) => b.member(runtime("re"), f)] as const)),
      "re.error": ({ b, runtime }) => b.member(runtime("re"), "error"),
    });
    return {
      Call(path) {
        const call = path.node;
        const qname = ctx.resolve(call.func);
        const patternArg = qname?.startsWith("re.") ? (call.args[0] ?? call.keywords.find((k) => k.name === "pattern")?.value) : undefined;
        if (patternArg?.kind === "BytesLit") {
          path.replaceWith(ctx.stubExpr({ messageId: "bytesPattern", node: call }));
          return;
        }
        if (patternArg?.kind === "StrLit") {
          const construct = unsupportedConstruct(patternArg.value);
          if (construct) {
            path.replaceWith(ctx.stubExpr({ messageId: "unsupportedPattern", node: call, data: { construct } }));
            return;
          }
        }
        calls(path);
        if (!path.replaced) methods(path);
      },
      Subscript(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        if (t.kind !== "named" || t.name !== "re.Match" || node.index.kind === "Slice") return;
        const b = ctx.at(node);
        const lowered: AnyExpr = b.methodCall(lowerReceiver(ctx, node.value), "group", [ctx.lower(node.index)]);
        path.replaceWith(lowered);
      },
      Attribute(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        if (t.kind === "named" && (t.name === "re.Match" || t.name === "re.Pattern")) {
          const attrs = reDeclarations.classes[t.name].attributes as Record<string, string>;
          if (node.attr in attrs) {
            path.replaceWith(ctx.at(node).member(lowerReceiver(ctx, node.value), node.attr));
            return;
          }
        }
        values(path);
      },
      Name: values,
    };
  },
});
