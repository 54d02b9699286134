import { type CallMappingTable, callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";
import { type NamespaceCallShape, namespaceMapping } from "../shared/runtime-namespace-calls";

/**
 * Python's `json` module onto the runtime's `json` namespace, which writes
 * exactly what Python writes (separators, `indent`, `sort_keys`,
 * `ensure_ascii`, float repr, `NaN`/`Infinity`) and decodes objects into
 * insertion-ordered `Map`s with Python's `JSONDecodeError` messages. The
 * static type of the dumped value is passed as a hint, so a float `1.0`
 * is written `1.0`. Hooks (`cls=`, `object_hook=`, `parse_float=`...) are not
 * mapped: such calls are reported.
 */
const DUMP_OPTIONS = ["ensure_ascii", "allow_nan", "indent", "separators", "default", "sort_keys"];
const DUMP_KEYWORDS =
  "ensure_ascii: bool = True, allow_nan: bool = True, indent: int | str | None = None, separators: tuple[str, str] | None = None, default: object = None, sort_keys: bool = False";

/** Keyword options, plus the static type of `obj` as a repr hint (int vs float). */
const hintOption: NamespaceCallShape = {
  options: DUMP_OPTIONS,
  extraOptions: (args, h) => {
    const t = args.type("obj");
    const hint = t ? h.ctx.types.hint(t) : null;
    return hint ? [["hint", h.b.str(hint)]] : [];
  },
};

const functions: CallMappingTable = {
  "json.dumps": namespaceMapping("json", "dumps", `(obj: object, *, ${DUMP_KEYWORDS}) -> str`, { positional: ["obj"], ...hintOption }),
  "json.dump": namespaceMapping("json", "dump", `(obj: object, fp: object, *, ${DUMP_KEYWORDS}) -> None`, { positional: ["obj", "fp"], ...hintOption }),
  "json.loads": namespaceMapping("json", "loads", "(s: str) -> object", { positional: ["s"] }),
  "json.load": namespaceMapping("json", "load", "(fp: object) -> object", { positional: ["fp"] }),
};

export const jsonDeclarations = {
  values: Object.fromEntries(Object.entries(functions).map(([name, m]) => [name, m.signature])),
  classes: {
    "json.JSONDecodeError": { base: "builtins.ValueError", attributes: { msg: "str", doc: "str", pos: "int", lineno: "int", colno: "int" } },
  },
};

export default defineRule({
  meta: {
    id: "stdlib/json",
    description: "Translate json.dumps/dump/loads/load with Python's exact output and errors",
    messages: {
      unbindable: { code: "PY2TS5210", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      numbersLoseKind: {
        code: "PY2TS3550",
        severity: "info",
        text: "numbers read by {name} are JavaScript numbers: an integral float such as 1.0 prints as 1",
      },
    },
  },
  create: (ctx) => {
    const calls = callMappingVisitor(ctx, functions, "unbindable");
    const values = valueMappingVisitor(ctx, {
      "json.JSONDecodeError": ({ b, runtime }) => b.member(runtime("json"), "JSONDecodeError"),
    });
    return {
      Call(path) {
        const qname = ctx.resolve(path.node.func);
        if (qname === "json.loads" || qname === "json.load") ctx.report({ messageId: "numbersLoseKind", node: path.node, data: { name: qname } });
        calls(path);
      },
      Name: values,
      Attribute: values,
    };
  },
});
