import { type CallMappingTable, callMappingVisitor, defineRule } from "@py2ts/core";

/**
 * The functions of the `dataclasses` module, over the fields the class rule
 * registers for every `@dataclass` (runtime `registerDataclass`):
 * `asdict`/`astuple` (recursive, like Python), `replace(obj, **changes)`,
 * `fields(...)` (objects with `.name`) and `is_dataclass`.
 */
const calls: CallMappingTable = {
  "dataclasses.asdict": {
    signature: "(obj: object) -> dict[str, object]",
    translate: (args, { b, runtime }) => b.call(runtime("asdict"), [args.required("obj")]),
  },
  "dataclasses.astuple": {
    signature: "(obj: object) -> tuple[object, ...]",
    translate: (args, { b, runtime }) => b.call(runtime("astuple"), [args.required("obj")]),
  },
  "dataclasses.replace": {
    signature: "(obj: object, **changes: object) -> object",
    translate: (args, { b, runtime, ctx }) => {
      const entries = args.varKeywords.map(([name, value]) => b.array([b.str(name), ctx.lower(value)]));
      const changes = b.new(b.id("Map"), entries.length > 0 ? [b.array(entries)] : [], [b.keywordType("string"), b.keywordType("unknown")]);
      return b.call(runtime("dataclassReplace"), [args.required("obj"), changes]);
    },
  },
  "dataclasses.fields": {
    signature: "(class_or_instance: object) -> list[dataclasses.Field]",
    translate: (args, { b, runtime }) => b.call(runtime("fields"), [args.required("class_or_instance")]),
  },
  "dataclasses.is_dataclass": {
    signature: "(obj: object) -> bool",
    translate: (args, { b, runtime }) => b.call(runtime("isDataclass"), [args.required("obj")]),
  },
};

export default defineRule({
  meta: {
    id: "core/dataclass-functions",
    description: "Translate the functions of the dataclasses module",
    messages: {
      unbindable: { code: "PY2TS2422", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => ({ Call: callMappingVisitor(ctx, calls, "unbindable") }),
});
