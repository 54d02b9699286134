import {
  type AnyExpr,
  type CallMappingTable,
  type PyExpr,
  type PyType,
  type RuleContext,
  callMappingVisitor,
  conditionOf,
  defineRule,
  findAttribute,
  formatType,
  reprOf,
  strOf,
} from "@py2ts/core";
import { absOf, intOf, floatOf, lenOf } from "../shared/builtin-functions";
import { isinstanceCheck } from "../shared/isinstance";
import { numberOperand, numericKind } from "../shared/operand-types";

/** `len(d.keys())` and friends: a dict view has the dict's size. */
function viewOwner(ctx: RuleContext, expr: PyExpr): PyExpr | null {
  if (expr.kind !== "Call" || expr.func.kind !== "Attribute" || expr.args.length > 0) return null;
  if (!["keys", "values", "items"].includes(expr.func.attr)) return null;
  return ctx.types.of(expr.func.value).kind === "dict" ? expr.func.value : null;
}

function isFloat(t: PyType | undefined): boolean {
  return t !== undefined && numericKind(t) === "float";
}

function withHint(ctx: RuleContext, origin: PyExpr, args: AnyExpr[], type: PyType | undefined): AnyExpr[] {
  const hint = type ? ctx.types.hint(type) : null;
  return hint ? [...args, ctx.at(origin).str(hint)] : args;
}

const calls: CallMappingTable = {
  "builtins.len": {
    signature: "(obj: object, /) -> int",
    translate: (args, { ctx, b }) => {
      const obj = args.py("obj")!;
      const owner = viewOwner(ctx, obj);
      if (owner) return b.member(ctx.lower(owner), "size");
      return lenOf(ctx, obj, args.required("obj"), args.type("obj")!);
    },
  },
  "builtins.str": {
    signature: "(object: object = '', /) -> str",
    translate: (args, { ctx, b }) => (args.has("object") ? strOf(ctx, args.py("object")!) : b.str("")),
  },
  "builtins.repr": {
    signature: "(obj: object, /) -> str",
    translate: (args, { ctx }) => reprOf(ctx, args.py("obj")!),
  },
  "builtins.ascii": {
    signature: "(obj: object, /) -> str",
    translate: (args, { ctx, b, runtime }) => b.call(runtime("ascii"), withHint(ctx, args.py("obj")!, [args.required("obj")], args.type("obj"))),
  },
  "builtins.int": {
    signature: "(x: object = 0, /, base: int = 10) -> int",
    translate: (args, { ctx, b, runtime }) => {
      if (!args.has("x")) return b.num(0);
      if (args.has("base")) return b.call(runtime("int"), [args.required("x"), args.required("base")]);
      return intOf(ctx, args.py("x")!, args.required("x"), args.type("x")!);
    },
  },
  "builtins.float": {
    signature: "(x: object = 0.0, /) -> float",
    translate: (args, { ctx, b }) => (args.has("x") ? floatOf(ctx, args.py("x")!, args.required("x"), args.type("x")!) : b.num(0)),
  },
  "builtins.bool": {
    signature: "(x: object = False, /) -> bool",
    translate: (args, { ctx, b }) => (args.has("x") ? conditionOf(ctx, args.py("x")!) : b.bool(false)),
  },
  "builtins.abs": {
    signature: "(x: object, /) -> object",
    translate: (args, { ctx }) => absOf(ctx, args.py("x")!, args.required("x"), args.type("x")!),
  },
  "builtins.round": {
    signature: "(number: float, ndigits: int = None) -> float",
    translate: (args, { ctx, b, runtime }) => {
      const t = args.type("number")!;
      const hasDigits = args.has("ndigits") && args.literalConstant("ndigits") !== null;
      if (numericKind(t) === "int" && !hasDigits) return numberOperand(ctx, args.py("number")!, args.required("number"));
      const out: AnyExpr[] = [numberOperand(ctx, args.py("number")!, args.required("number"))];
      if (hasDigits) out.push(args.required("ndigits"));
      if (isFloat(t)) {
        if (!hasDigits) out.push(b.null());
        out.push(b.bool(true));
      }
      return b.call(runtime("round"), out);
    },
  },
  "builtins.divmod": {
    signature: "(a: float, b: float, /) -> tuple",
    translate: (args, { ctx, b, runtime }) => {
      const floats = isFloat(args.type("a")) || isFloat(args.type("b"));
      const out = [numberOperand(ctx, args.py("a")!, args.required("a")), numberOperand(ctx, args.py("b")!, args.required("b"))];
      return b.call(runtime("divmod"), floats ? [...out, b.bool(true)] : out);
    },
  },
  "builtins.pow": {
    signature: "(base: float, exp: float, mod: int = None) -> float",
    translate: (args, { ctx, b, runtime }) => {
      const floats = isFloat(args.type("base")) || isFloat(args.type("exp"));
      const out: AnyExpr[] = [numberOperand(ctx, args.py("base")!, args.required("base")), numberOperand(ctx, args.py("exp")!, args.required("exp"))];
      if (args.has("mod")) out.push(args.required("mod"));
      else if (floats) out.push(b.null());
      if (floats) out.push(b.bool(true));
      return b.call(runtime("pow"), out);
    },
  },
  "builtins.chr": { signature: "(i: int, /) -> str", translate: (args, { b, runtime }) => b.call(runtime("chr"), [args.required("i")]) },
  "builtins.ord": { signature: "(c: str, /) -> int", translate: (args, { b, runtime }) => b.call(runtime("ord"), [args.required("c")]) },
  "builtins.hex": { signature: "(x: int, /) -> str", translate: (args, { b, runtime }) => b.call(runtime("hex"), [args.required("x")]) },
  "builtins.bin": { signature: "(x: int, /) -> str", translate: (args, { b, runtime }) => b.call(runtime("bin"), [args.required("x")]) },
  "builtins.oct": { signature: "(x: int, /) -> str", translate: (args, { b, runtime }) => b.call(runtime("oct"), [args.required("x")]) },
  "builtins.input": {
    signature: "(prompt: object = None, /) -> str",
    translate: (args, { b, runtime }) => b.call(runtime("input"), args.has("prompt") ? [args.required("prompt")] : []),
  },
  "builtins.format": {
    signature: "(value: object, format_spec: str = '', /) -> str",
    translate: (args, { ctx, b, runtime }) => {
      const out = [args.required("value"), args.has("format_spec") ? args.required("format_spec") : b.str("")];
      return b.call(runtime("format"), withHint(ctx, args.py("value")!, out, args.type("value")));
    },
  },
  "builtins.callable": {
    signature: "(obj: object, /) -> bool",
    translate: (args, { b }) => b.binary("===", b.unary("typeof", args.required("obj")), b.str("function")),
  },
  "builtins.getattr": {
    signature: "(obj: object, name: str, default: object = None, /) -> object",
    translate: (args, { ctx, b, runtime }) => {
      const name = args.literalString("name");
      const owner = args.type("obj")!;
      // a literal name of an attribute the class is known to have is a property read
      if (name && !args.has("default") && /^[A-Za-z_$][\w$]*$/.test(name) && owner.kind === "instance" && findAttribute(owner.cls, name)) {
        return b.member(args.required("obj"), name);
      }
      const call = b.call(runtime("getAttr"), [args.required("obj"), args.required("name"), ...(args.has("default") ? [args.required("default")] : [])]);
      const t = ctx.types.of(args.call);
      return ctx.types.isUnknown(t) ? call : b.as(call, ctx.types.toTs(t, args.call));
    },
  },
  "builtins.hasattr": {
    signature: "(obj: object, name: str, /) -> bool",
    translate: (args, { b, runtime }) => b.call(runtime("hasAttr"), [args.required("obj"), args.required("name")]),
  },
  "builtins.setattr": {
    signature: "(obj: object, name: str, value: object, /) -> None",
    translate: (args, { b, runtime }) => b.call(runtime("setAttr"), [args.required("obj"), args.required("name"), args.required("value")]),
  },
  "builtins.hash": {
    signature: "(obj: object, /) -> int",
    translate: (args, { b, runtime }) => b.call(runtime("hash"), [args.required("obj")]),
  },
  "builtins.isinstance": {
    signature: "(obj: object, class_or_tuple: object, /) -> bool",
    translate: (args, { ctx }) => {
      const rule = ctx as RuleContext<MessageId>;
      return isinstanceCheck(ctx, args.py("obj")!, args.py("class_or_tuple")!, {
        approximate: (why) => rule.report({ messageId: "approximateIsinstance", node: args.call, data: { why } }),
        unsupported: (cls) => rule.stubExpr({ messageId: "unsupportedIsinstance", node: cls, data: { cls: ctx.sourceText(cls) } }),
      });
    },
  },
};

type MessageId = "unbindable" | "untranslatable" | "approximateIsinstance" | "unsupportedIsinstance";

/** Types whose name the run-time value alone does not tell (an integral float, a tuple, a frozenset...). */
const TYPE_NAME_HINTED = new Set<PyType["kind"]>(["float", "tuple", "tupleOf", "set", "list", "dict", "bool", "int", "str", "none", "bytes"]);

/** Builtins whose behaviour depends on the interpreter (identity, hashing, introspection). */
const UNTRANSLATABLE = new Set(["builtins.id", "builtins.vars", "builtins.globals", "builtins.locals", "builtins.eval", "builtins.exec", "builtins.compile", "builtins.dir", "builtins.help", "builtins.breakpoint", "builtins.memoryview", "builtins.object", "builtins.type"]);

/**
 * Builtin conversion and number functions (`len`, `str`, `repr`, `int`,
 * `float`, `bool`, `abs`, `round`, `divmod`, `pow`, `chr`/`ord`/`hex`/`bin`/
 * `oct`, `input`, `format`, `callable`, `isinstance`), type-directed:
 * `len(xs)` is `xs.length`, `len(d)` is `d.size`, `int(s)` the runtime's
 * parser (ValueError on junk), `round` banker's rounding. `type(x).__name__`
 * is the runtime's `typeName`. Builtins whose result depends on the
 * interpreter (`id`, `hash`, `vars`, `eval`...) are reported.
 */
export default defineRule({
  meta: {
    id: "core/builtin-conversions",
    description: "Translate builtin conversion and number functions",
    messages: {
      unbindable: { code: "PY2TS2302", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      untranslatable: { code: "PY2TS2303", severity: "error", text: "{name}() depends on the Python interpreter and is not translated" },
      approximateIsinstance: { code: "PY2TS3303", severity: "warning", text: "isinstance() is approximate here: {why}" },
      unsupportedIsinstance: { code: "PY2TS2304", severity: "error", text: "isinstance() with the class '{cls}' is not supported" },
    },
  },
  create: (ctx) => {
    const mapped = callMappingVisitor(ctx, calls, "unbindable");
    return {
      Call(path) {
        const qname = ctx.resolve(path.node.func);
        if (qname && UNTRANSLATABLE.has(qname)) {
          path.replaceWith(ctx.stubExpr({ messageId: "untranslatable", node: path.node, data: { name: qname.slice(9) } }));
          return;
        }
        mapped(path);
      },
      Attribute(path) {
        const { node } = path;
        // type(x).__name__
        if (node.attr !== "__name__" || node.value.kind !== "Call" || ctx.resolve(node.value.func) !== "builtins.type") return;
        const arg = node.value.args[0];
        if (!arg || node.value.args.length !== 1 || node.value.keywords.length > 0) return;
        const b = ctx.at(node);
        const t = ctx.types.of(arg);
        const hint = TYPE_NAME_HINTED.has(t.kind) ? formatType(t) : null;
        path.replaceWith(b.call(ctx.runtime("typeName"), hint ? [ctx.lower(arg), b.str(hint)] : [ctx.lower(arg)]));
      },
    };
  },
});
