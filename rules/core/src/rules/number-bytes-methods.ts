import {
  type CallMappingTable,
  type MappedArguments,
  type ReceiverKind,
  applyMapping,
  callMappingVisitor,
  defineRule,
  methodMappingVisitor,
} from "@py2ts/core";

/** Whether an `encoding` argument names UTF-8 (or is absent). */
function isUtf8(args: MappedArguments, name = "encoding"): boolean {
  if (!args.has(name)) return true;
  const text = args.literalString(name);
  return text !== null && ["utf-8", "utf8", "utf_8"].includes(text.toLowerCase());
}

const INT: CallMappingTable = {
  bit_length: { signature: "() -> int", translate: (args, { b, runtime }) => b.call(runtime("intBitLength"), [args.receiver!]) },
  bit_count: { signature: "() -> int", translate: (args, { b, runtime }) => b.call(runtime("intBitCount"), [args.receiver!]) },
  is_integer: { signature: "() -> bool", translate: (args, { b }) => b.call(b.member(b.id("Number"), "isInteger"), [args.receiver!]) },
  as_integer_ratio: { signature: "() -> tuple", translate: (args, { b }) => b.array([b.call(b.id("Number"), [args.receiver!]), b.num(1)]) },
};

const FLOAT: CallMappingTable = {
  is_integer: { signature: "() -> bool", translate: (args, { b }) => b.call(b.member(b.id("Number"), "isInteger"), [args.receiver!]) },
  hex: { signature: "() -> str", translate: (args, { b, runtime }) => b.call(runtime("floatHex"), [args.receiver!]) },
  as_integer_ratio: { signature: "() -> tuple", translate: (args, { b, runtime }) => b.call(runtime("asIntegerRatio"), [args.receiver!]) },
};

const BYTES: CallMappingTable = {
  decode: {
    signature: "(encoding: str = 'utf-8', errors: str = 'strict') -> str",
    translate: (args, { b }) => {
      if (!isUtf8(args) || args.has("errors")) return null;
      const decoder = b.new(b.id("TextDecoder"), [b.str("utf-8"), b.object([["fatal", b.bool(true)]])]);
      return b.methodCall(decoder, "decode", [args.receiver!]);
    },
  },
  hex: {
    signature: "() -> str",
    translate: (args, { b }) => b.methodCall(b.call(b.member(b.id("Buffer"), "from"), [args.receiver!]), "toString", [b.str("hex")]),
  },
};

const TABLES: Readonly<Partial<Record<ReceiverKind, CallMappingTable>>> = { int: INT, bool: INT, float: FLOAT, bytes: BYTES };

const CALLS: CallMappingTable = {
  "float.fromhex": {
    signature: "(string: str, /) -> float",
    translate: (args, { b, runtime }) => b.call(runtime("floatFromHex"), [args.required("string")]),
  },
  "builtins.bytes": {
    signature: "(source: object = None, encoding: str = None, errors: str = None, /) -> bytes",
    translate: (args, { b }) => {
      if (!args.has("source")) return b.new(b.id("Uint8Array"), []);
      const type = args.type("source")!;
      if (type.kind === "str" && args.has("encoding") && isUtf8(args) && !args.has("errors")) {
        return b.methodCall(b.new(b.id("TextEncoder"), []), "encode", [args.required("source")]);
      }
      if (args.has("encoding")) return null;
      if (type.kind === "list" || type.kind === "tuple" || type.kind === "tupleOf" || type.kind === "bytes") {
        return b.new(b.id("Uint8Array"), [args.required("source")]);
      }
      return null;
    },
  },
};

/**
 * `bytes` values (`Uint8Array`): literals, `bytes(list)`, `bytes(s, "utf-8")`,
 * `b.decode()` (UTF-8, failing on invalid input like Python's strict mode)
 * and `b.hex()`; the methods of `int` and `float` (`bit_length`,
 * `bit_count`, `is_integer`). Other encodings and error handlers, and the
 * methods not listed, are reported.
 */
export default defineRule({
  meta: {
    id: "core/number-bytes-methods",
    description: "Translate bytes literals and the methods of int, float and bytes",
    messages: {
      unbindable: { code: "PY2TS2311", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedMethod: { code: "PY2TS2312", severity: "error", text: "{type}.{name}() is not supported with these arguments" },
      unsupportedBytes: { code: "PY2TS2313", severity: "error", text: "bytes() is only translated from a list of ints, bytes, or a str with the UTF-8 encoding" },
    },
  },
  create: (ctx) => {
    const methods = methodMappingVisitor(ctx, TABLES, "unbindable");
    const calls = callMappingVisitor(ctx, CALLS, "unbindable");
    return {
      BytesLit(path) {
        const { node } = path;
        const b = ctx.at(node);
        const codes = [...node.value].map((ch) => b.num(ch.charCodeAt(0)));
        path.replaceWith(b.new(b.id("Uint8Array"), codes.length ? [b.array(codes)] : []));
      },
      Call(path) {
        const { node } = path;
        if (node.func.kind === "Attribute" && node.func.attr === "fromhex" && ctx.resolve(node.func.value) === "builtins.float") {
          const outcome = applyMapping(ctx, node, CALLS["float.fromhex"]!);
          if (outcome.kind === "translated") path.replaceWith(outcome.expr);
          else path.replaceWith(ctx.stubExpr({ messageId: "unbindable", node, data: { name: "float.fromhex", reason: outcome.kind === "unbindable" ? outcome.reason : "unsupported arguments" } }));
          return;
        }
        if (ctx.resolve(node.func) === "builtins.bytes") {
          calls(path);
          if (path.node === node) path.replaceWith(ctx.stubExpr({ messageId: "unsupportedBytes", node }));
          return;
        }
        methods(path);
        if (path.node !== node || node.func.kind !== "Attribute" || ctx.resolve(node.func) !== null) return;
        const kind = ctx.types.of(node.func.value).kind;
        if (kind === "bytes" || kind === "int" || kind === "float") {
          path.replaceWith(ctx.stubExpr({ messageId: "unsupportedMethod", node, data: { type: kind, name: node.func.attr } }));
        }
      },
    };
  },
});
