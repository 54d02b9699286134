import { type AnyExpr, type ValueMapping, defineRule } from "@py2ts/core";
import { STRING_CLASSES, STRING_CONSTANTS, STRING_VALUES, TEMPLATE } from "../declarations/string";
import { type TranslateBuilder, mapDeclared } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { moduleVisitors } from "../shared/module-members";
import { receiverOf } from "../shared/runtime-namespace-calls";

const calls = mapDeclared(STRING_VALUES, {
  [TEMPLATE]: () => (args, h) => h.b.new(h.runtime("StringTemplate"), [args.required("template")]),
  "string.capwords": () => (args, h) =>
    h.b.call(h.b.member(h.runtime("stringConstants"), "capwords"), [args.required("s"), ...(args.has("sep") ? [args.required("sep")] : [])]),
});

const values: Readonly<Record<string, ValueMapping>> = {
  ...Object.fromEntries(STRING_CONSTANTS.map((c) => [`string.${c}`, ((h) => h.b.member(h.runtime("stringConstants"), c)) satisfies ValueMapping])),
  "string.capwords": (h) => h.b.member(h.runtime("stringConstants"), "capwords"),
  [TEMPLATE]: (h) => h.runtime("StringTemplate"),
};

/** `t.substitute(mapping, **kws)` → `t.substitute(mapping, { kws })` (an omitted mapping is `undefined`). */
const substitute =
  (method: string): TranslateBuilder =>
  () =>
  (args, h) => {
    const kws: Array<[string, AnyExpr]> = args.varKeywords.map(([name, value]) => [name, h.ctx.lower(value)]);
    const callArgs: AnyExpr[] = [];
    if (args.has("mapping")) callArgs.push(args.required("mapping"));
    if (kws.length > 0) {
      if (callArgs.length === 0) callArgs.push(h.b.undefined());
      callArgs.push(h.b.object(kws));
    }
    return h.b.methodCall(receiverOf(args, h), method, callArgs);
  };

const classes = libraryClassTables(STRING_CLASSES, {
  [TEMPLATE]: { methods: { substitute: substitute("substitute"), safe_substitute: substitute("safe_substitute") } },
});

/**
 * The `string` module: its constants and `capwords` (the runtime's
 * `stringConstants`), and `string.Template` (the runtime's
 * `StringTemplate`, a port of CPython's class): `substitute`,
 * `safe_substitute` with a mapping and/or keywords, `get_identifiers`,
 * `is_valid`, `template`. User classes may derive from `Template` and
 * override `delimiter`, `idpattern`, `braceidpattern`, `flags` or `pattern`
 * as class attributes. `string.Formatter` and other names are reported.
 */
export default defineRule({
  meta: {
    id: "stdlib/string-template",
    description: "Translate string.Template (and subclasses), the string constants and capwords",
    // before core/instances, which would call a subclass instance's inherited methods with positional arguments only
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5295", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unmappedName: {
        code: "PY2TS5296",
        severity: "error",
        text: "{name} is not mapped to TypeScript",
        suggestion: "Port this use by hand, or extend the stdlib rule pack.",
      },
      unmappedMember: { code: "PY2TS5297", severity: "error", text: "{type}.{member} is not mapped to TypeScript" },
    },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["string"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
