import {
  type AnyExpr,
  type CallMapping,
  type CallMappingHelpers,
  type CallMappingTable,
  type NodeOf,
  type PyExpr,
  type PyType,
  callMappingVisitor,
  defineRule,
  isNumeric,
  methodMappingVisitor,
  parseSignature,
  valueMappingVisitor,
  withoutNone,
} from "@py2ts/core";
import {
  DATETIME_ATTRIBUTES,
  DATETIME_CLASSES,
  DATETIME_CONSTANTS,
  DATETIME_FUNCTIONS,
  DATETIME_METHOD_SIGNATURES,
  ISOCALENDAR,
  TIMEDELTA,
} from "../declarations/datetime";
import { lowerReceiver, namespaceCall, receiverOf } from "../shared/runtime-namespace-calls";

/**
 * Python's `datetime` onto the runtime's `datetime` namespace (classes of
 * the same names with Python's calendar, arithmetic, naive/aware rules,
 * str/repr, strftime/strptime and isoformat). Operators become the dunder
 * methods of the runtime classes (`ts + delta` → `ts.__add__(delta)`), which
 * keep Python's result types and TypeErrors; keyword-only options
 * (`replace(day=1)`) become an options object.
 */

/** `datetime.datetime.strptime` → the runtime member path `datetime.datetime.strptime`. */
function runtimeMember(h: CallMappingHelpers, qname: string): AnyExpr {
  const parts = qname.split(".").slice(1);
  return parts.reduce<AnyExpr>((obj, name) => h.b.member(obj, name), h.runtime("datetime"));
}

/** Positional parameters in order, keyword-only ones gathered into an options object. */
function shapeOf(signature: string): { positional: string[]; options: string[] } {
  const params = parseSignature(signature).params;
  return {
    positional: params.filter((p) => p.kind === "positional" || p.kind === "positionalOnly").map((p) => p.name),
    options: params.filter((p) => p.kind === "keywordOnly").map((p) => p.name),
  };
}

function functionMapping(qname: string, signature: string): CallMapping {
  const isClass = DATETIME_CLASSES.includes(qname);
  return {
    signature,
    translate: (args, h) => {
      const call = namespaceCall(args, h, runtimeMember(h, qname), shapeOf(signature)) as NodeOf<"TsCall">;
      return isClass ? h.b.new(call.callee, call.args) : call;
    },
  };
}

/** A method: positional parameters passed positionally; `replace`'s fields as an options object. */
function methodMapping(name: string, signature: string): CallMapping {
  const params = parseSignature(signature).params.map((p) => p.name);
  const shape = name === "replace" ? { options: params } : { positional: params };
  return {
    signature,
    translate: (args, h) => namespaceCall(args, h, h.b.member(receiverOf(args, h), name), shape),
  };
}

/** `timedelta(hours=2)` → `timedelta.of({ hours: 2 })`; positional calls stay positional. */
const timedeltaMapping: CallMapping = {
  signature: DATETIME_FUNCTIONS[TIMEDELTA]!,
  translate: (args, h) => {
    if (args.call.keywords.length === 0) return functionMapping(TIMEDELTA, DATETIME_FUNCTIONS[TIMEDELTA]!).translate(args, h);
    const names = parseSignature(DATETIME_FUNCTIONS[TIMEDELTA]!).params.map((p) => p.name);
    return namespaceCall(args, h, h.b.member(runtimeMember(h, TIMEDELTA), "of"), { options: names });
  },
};

const functions: CallMappingTable = {
  ...Object.fromEntries(Object.entries(DATETIME_FUNCTIONS).map(([q, sig]) => [q, functionMapping(q, sig)])),
  [TIMEDELTA]: timedeltaMapping,
};
const methods = Object.fromEntries(
  DATETIME_CLASSES.map((c) => [`named:${c}`, Object.fromEntries(Object.entries(DATETIME_METHOD_SIGNATURES[c]!).map(([m, sig]) => [m, methodMapping(m, sig)]))]),
);

/** Operators as the dunder methods of the left operand, or the reflected method of the right one. */
const DUNDERS: Partial<Record<string, [string, string | null]>> = {
  "+": ["__add__", "__radd__"],
  "-": ["__sub__", null],
  "*": ["__mul__", "__rmul__"],
  "/": ["__truediv__", null],
  "//": ["__floordiv__", null],
  "%": ["__mod__", null],
};

/**
 * `isocalendar()` is typed `tuple[int, int, int]`; its runtime value (an
 * IsoCalendarDate) also has `.year`, `.week` and `.weekday`, which a plain
 * tuple lacks (Python raises AttributeError there).
 */
function isIsoCalendarTuple(t: PyType): boolean {
  return t.kind === "tuple" && t.items.length === 3 && t.items.every((i) => i.kind === "int");
}

function isDatetimeValue(ctx: { types: { of(e: PyExpr): PyType } }, e: PyExpr): boolean {
  const t = withoutNone(ctx.types.of(e));
  return t.kind === "named" && DATETIME_CLASSES.includes(t.name);
}

export default defineRule({
  meta: {
    id: "stdlib/datetime",
    description: "Translate the datetime module (date, datetime, time, timedelta, timezone)",
    // before the generic operator and builtin rules: `ts - delta` and `abs(delta)` go to the runtime classes
    phase: "early",
    messages: {
      unbindable: { code: "PY2TS5250", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedOperator: {
        code: "PY2TS5251",
        severity: "error",
        text: "the operator '{op}' on datetime values ({expr}) is not supported",
      },
    },
  },
  create: (ctx) => {
    const calls = callMappingVisitor(ctx, functions, "unbindable");
    const methodCalls = methodMappingVisitor(ctx, methods, "unbindable");
    const values = valueMappingVisitor(
      ctx,
      Object.fromEntries([...Object.keys(DATETIME_FUNCTIONS), ...Object.keys(DATETIME_CONSTANTS)].map((q) => [q, (h) => runtimeMember(h, q)] as const)),
    );
    const dunderCall = (node: PyExpr, op: string, left: PyExpr, right: PyExpr): AnyExpr => {
      const b = ctx.at(node);
      const names = DUNDERS[op];
      if (names && isDatetimeValue(ctx, left)) return b.methodCall(lowerReceiver(ctx, left), names[0], [ctx.lower(right)]);
      if (names?.[1] && isDatetimeValue(ctx, right) && isNumeric(ctx.types.of(left))) return b.methodCall(lowerReceiver(ctx, right), names[1], [ctx.lower(left)]);
      return ctx.stubExpr({ messageId: "unsupportedOperator", node, data: { op, expr: ctx.sourceText(node) } });
    };
    return {
      Call(path) {
        const { node } = path;
        const qname = ctx.resolve(node.func);
        // abs(delta), divmod(delta, delta)
        if ((qname === "builtins.abs" || qname === "builtins.divmod") && node.keywords.length === 0 && node.args[0] && isDatetimeValue(ctx, node.args[0])) {
          const b = ctx.at(node);
          const receiver = lowerReceiver(ctx, node.args[0]);
          path.replaceWith(qname === "builtins.abs" ? b.methodCall(receiver, "__abs__", []) : b.methodCall(receiver, "__divmod__", node.args.slice(1).map((a) => ctx.lower(a))));
          return;
        }
        calls(path);
        if (!path.replaced) methodCalls(path);
      },
      BinOp(path) {
        const { node } = path;
        // a right-hand datetime value with an unknown left operand is left to the generic operators (runtime dunder dispatch)
        if (isDatetimeValue(ctx, node.left) || (isDatetimeValue(ctx, node.right) && isNumeric(ctx.types.of(node.left)))) {
          path.replaceWith(dunderCall(node, node.op, node.left, node.right));
        }
      },
      UnaryOp(path) {
        const { node } = path;
        if ((node.op === "-" || node.op === "+") && isDatetimeValue(ctx, node.operand)) {
          path.replaceWith(ctx.at(node).methodCall(lowerReceiver(ctx, node.operand), node.op === "-" ? "__neg__" : "__pos__", []));
        }
      },
      AugAssign(path) {
        const { node } = path;
        if (node.target.kind !== "Name" || !isDatetimeValue(ctx, node.target)) return;
        const b = ctx.at(node);
        const names = DUNDERS[node.op];
        const target = b.id(ctx.scope.tsName(node.target.id));
        const value = names ? b.methodCall(target, names[0], [ctx.lower(node.value)]) : ctx.stubExpr({ messageId: "unsupportedOperator", node, data: { op: node.op, expr: ctx.sourceText(node) } });
        path.replaceWith(b.exprStmt(b.assign(b.id(target.name), value)));
      },
      Attribute(path) {
        const { node } = path;
        const t = withoutNone(ctx.types.of(node.value));
        const attrs = t.kind === "named" ? DATETIME_ATTRIBUTES[t.name] : isIsoCalendarTuple(t) ? DATETIME_ATTRIBUTES[ISOCALENDAR] : undefined;
        if (attrs && node.attr in attrs) {
          path.replaceWith(ctx.at(node).member(lowerReceiver(ctx, node.value), node.attr));
          return;
        }
        values(path);
      },
      Name: values,
    };
  },
});
