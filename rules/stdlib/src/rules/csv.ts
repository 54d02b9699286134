import {
  type AnyExpr,
  type CallMapping,
  type CallMappingHelpers,
  type CallMappingTable,
  type MappedArguments,
  callMappingVisitor,
  defineRule,
  methodMappingVisitor,
  valueMappingVisitor,
  withoutNone,
} from "@py2ts/core";
import { lowerReceiver, receiverOf } from "../shared/runtime-namespace-calls";

/**
 * Python's `csv` onto the runtime's `csv` namespace: a port of CPython's
 * reader state machine and writer (same quoting, `\r\n` rows, `line_num`,
 * `csv.Error` messages). Format parameters become an options object;
 * `writerow` gets the row's static type so numbers are written with
 * Python's `str()` (`2.0`, not `2`).
 */
const FORMAT = ["delimiter", "quotechar", "escapechar", "doublequote", "skipinitialspace", "lineterminator", "quoting", "strict"];
const FORMAT_PARAMS = FORMAT.map((p) => `${p}: object = None`).join(", ");

const READER = "csv.Reader";
const WRITER = "csv.Writer";
const DICT_READER = "csv.DictReader";
const DICT_WRITER = "csv.DictWriter";

const SIGNATURES = {
  "csv.reader": `(csvfile: object, dialect: object = "excel", *, ${FORMAT_PARAMS}) -> ${READER}`,
  "csv.writer": `(csvfile: object, dialect: object = "excel", *, ${FORMAT_PARAMS}) -> ${WRITER}`,
  [DICT_READER]: `(f: object, fieldnames: list[str] | None = None, restkey: str | None = None, restval: str | None = None, dialect: object = "excel", *, ${FORMAT_PARAMS}) -> ${DICT_READER}`,
  [DICT_WRITER]: `(f: object, fieldnames: list[str], restval: object = "", extrasaction: str = "raise", dialect: object = "excel", *, ${FORMAT_PARAMS}) -> ${DICT_WRITER}`,
  "csv.register_dialect": `(name: str, dialect: object = None, *, ${FORMAT_PARAMS}) -> None`,
  "csv.get_dialect": "(name: str) -> object",
  "csv.list_dialects": "() -> list[str]",
};

const CONSTANTS = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE"];

export const csvDeclarations = {
  values: { ...SIGNATURES, ...Object.fromEntries(CONSTANTS.map((c) => [`csv.${c}`, "int"])) },
  classes: {
    [READER]: { iterates: "list[str]", attributes: { line_num: "int" } },
    [DICT_READER]: { iterates: "dict[str, str]", attributes: { line_num: "int", fieldnames: "list[str] | None", restkey: "str | None", restval: "str | None" } },
    [WRITER]: { methods: { writerow: "(row: object) -> int", writerows: "(rows: object) -> None" } },
    [DICT_WRITER]: {
      methods: { writeheader: "() -> int", writerow: "(rowdict: object) -> int", writerows: "(rowdicts: object) -> None" },
      attributes: { fieldnames: "list[str]" },
    },
    "csv.Error": { base: "builtins.Exception" },
  },
};

/** `{ name: value }` of the passed options. */
function options(args: MappedArguments, h: CallMappingHelpers, names: readonly string[]): AnyExpr[] {
  const props: Array<[string, AnyExpr]> = names.filter((n) => args.has(n)).map((n) => [n, args.required(n)]);
  return props.length > 0 ? [h.b.object(props)] : [];
}

function factory(name: string, signature: string, positional: readonly string[], optionNames: readonly string[], isClass: boolean): CallMapping {
  return {
    signature,
    translate: (args, h) => {
      const callee = h.b.member(h.runtime("csv"), name);
      const callArgs = [...positional.map((p) => args.required(p)), ...options(args, h, optionNames)];
      return isClass ? h.b.new(callee, callArgs) : h.b.call(callee, callArgs);
    },
  };
}

const functions: CallMappingTable = {
  "csv.reader": factory("reader", SIGNATURES["csv.reader"], ["csvfile"], ["dialect", ...FORMAT], false),
  "csv.writer": factory("writer", SIGNATURES["csv.writer"], ["csvfile"], ["dialect", ...FORMAT], false),
  [DICT_READER]: factory("DictReader", SIGNATURES[DICT_READER], ["f"], ["fieldnames", "restkey", "restval", "dialect", ...FORMAT], true),
  [DICT_WRITER]: factory("DictWriter", SIGNATURES[DICT_WRITER], ["f", "fieldnames"], ["restval", "extrasaction", "dialect", ...FORMAT], true),
  "csv.register_dialect": {
    signature: SIGNATURES["csv.register_dialect"],
    translate: (args, h) => {
      const opts = [...(args.has("dialect") ? [["dialect", args.required("dialect")] as [string, AnyExpr]] : []), ...FORMAT.filter((n) => args.has(n)).map((n) => [n, args.required(n)] as [string, AnyExpr])];
      return h.b.call(h.b.member(h.runtime("csv"), "register_dialect"), [args.required("name"), ...(opts.length ? [h.b.object(opts)] : [])]);
    },
  },
  "csv.get_dialect": factory("get_dialect", SIGNATURES["csv.get_dialect"], ["name"], [], false),
  "csv.list_dialects": factory("list_dialects", SIGNATURES["csv.list_dialects"], [], [], false),
};

/** `w.writerow(row)` with the static type that guides `str()` of the values. */
function hintedWrite(method: string, param: string, signature: string, hintOf: (h: CallMappingHelpers, args: MappedArguments) => string | null): CallMapping {
  return {
    signature,
    translate: (args, h) => {
      const hint = hintOf(h, args);
      return h.b.methodCall(receiverOf(args, h), method, [args.required(param), ...(hint ? [h.b.str(hint)] : [])]);
    },
  };
}

const rowHint = (h: CallMappingHelpers, args: MappedArguments, param: string) => {
  const t = args.type(param);
  return t ? h.ctx.types.hint(withoutNone(t)) : null;
};

/** The hint of the values of a dict row (DictWriter), or of the dicts' values in a list of rows. */
const valueHint = (h: CallMappingHelpers, args: MappedArguments, param: string, many: boolean) => {
  let t = args.type(param);
  if (t && many) t = t.kind === "list" || t.kind === "iterator" || t.kind === "tupleOf" ? t.item : undefined;
  return t?.kind === "dict" ? h.ctx.types.hint(t.value) : null;
};

const writerMethods: CallMappingTable = {
  writerow: hintedWrite("writerow", "row", "(row: object) -> int", (h, a) => rowHint(h, a, "row")),
  writerows: hintedWrite("writerows", "rows", "(rows: object) -> None", (h, a) => rowHint(h, a, "rows")),
};
const dictWriterMethods: CallMappingTable = {
  writeheader: { signature: "() -> int", translate: (args, h) => h.b.methodCall(receiverOf(args, h), "writeheader", []) },
  writerow: hintedWrite("writerow", "rowdict", "(rowdict: object) -> int", (h, a) => valueHint(h, a, "rowdict", false)),
  writerows: hintedWrite("writerows", "rowdicts", "(rowdicts: object) -> None", (h, a) => valueHint(h, a, "rowdicts", true)),
};

export default defineRule({
  meta: {
    id: "stdlib/csv",
    description: "Translate csv readers and writers (reader, writer, DictReader, DictWriter)",
    messages: {
      unbindable: { code: "PY2TS5260", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const calls = callMappingVisitor(ctx, functions, "unbindable");
    const methods = methodMappingVisitor(ctx, { [`named:${WRITER}`]: writerMethods, [`named:${DICT_WRITER}`]: dictWriterMethods }, "unbindable");
    const values = valueMappingVisitor(ctx, {
      ...Object.fromEntries(CONSTANTS.map((c) => [`csv.${c}`, ({ b, runtime }) => b.member(runtime("csv"), c)] as const)),
      "csv.Error": ({ b, runtime }) => b.member(runtime("csv"), "Error"),
    });
    return {
      Call(path) {
        calls(path);
        if (!path.replaced) methods(path);
      },
      Attribute(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        if (t.kind === "named") {
          const attrs = (csvDeclarations.classes as Record<string, { attributes?: Record<string, string> }>)[t.name]?.attributes;
          if (attrs && node.attr in attrs) {
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
