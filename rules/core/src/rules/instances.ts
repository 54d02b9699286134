import { type AnyExpr, type ClassInfo, type FunctionInfo, type NodeOf, type PyExpr, type PyType, defineRule, findAttribute, findMethod } from "@py2ts/core";
import { classExpression, classList, classObjectOf, instanceClass, namedClass, userInit } from "../shared/class-references";
import { dataclassSpec, initParams } from "../shared/dataclass-spec";
import { isEnumClass, isMemberName } from "../shared/enum-classes";
import { isNamedTuple, tupleParams } from "../shared/named-tuples";
import { type BoundCall, bindCall, callerParams } from "../shared/signatures";
import { superOwner } from "../shared/super-calls";

const MESSAGES = {
  badCall: { code: "PY2TS2409", severity: "error", text: "call to '{callee}' cannot be bound to its parameters: {reason}" },
  unknownAttribute: { code: "PY2TS2410", severity: "error", text: "'{cls}' has no attribute '{attr}' the translation knows of" },
  unboundMethod: { code: "PY2TS2411", severity: "error", text: "'{expr}' is an unbound method call, which is not translated" },
  boundMethodValue: { code: "PY2TS2412", severity: "error", text: "the bound method '{expr}' is used as a value on a complex receiver" },
  superOutsideMethod: { code: "PY2TS2413", severity: "error", text: "super() outside a method is not translated" },
  noInit: { code: "PY2TS2414", severity: "error", text: "'{cls}()' takes no arguments" },
  alwaysRaises: { code: "PY2TS3403", severity: "warning", text: "this call always raises TypeError: {message}" },
} as const;

/** What the runtime's NamedTuple base class provides. */
const NAMED_TUPLE_MEMBERS = new Set(["_asdict", "_replace", "_fields"]);

/** `Class.method` as CPython names it in TypeError messages. */
function qualname(fn: FunctionInfo): string {
  const name = fn.def.kind === "FunctionDef" ? fn.def.name : "<lambda>";
  return fn.owner ? `${fn.owner.name}.${name}` : name;
}

/** The bound-method view of a method: the parameters a caller passes. */
function boundParams(method: FunctionInfo) {
  return callerParams(method, method.methodKind === "staticmethod" ? 0 : 1);
}

/** Types whose values are objects in TypeScript (`instanceof` accepts them). */
function isObjectType(t: PyType): boolean {
  if (t.kind === "union") return t.members.some(isObjectType);
  return !["int", "float", "bool", "str", "none"].includes(t.kind);
}

/**
 * Instances and class objects of user classes (and of the built-in
 * exceptions): `C(...)` constructs with `new`, binding keywords to
 * `__init__`'s parameters; method calls bind theirs the same way;
 * attributes of instances are properties, class attributes live on the
 * prototype; `super().m(...)` is `super.m(...)`; `isinstance`/`issubclass`
 * with classes are `instanceof` checks.
 */
export default defineRule({
  meta: {
    id: "core/instances",
    description: "Translate construction, method calls and attribute access of class instances",
    messages: MESSAGES,
  },
  create: (ctx) => {
    const positionalArgs = (call: NodeOf<"Call">): AnyExpr[] | null => {
      if (call.keywords.length > 0) return null;
      const b = ctx.at(call);
      return call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)));
    };

    /** A call Python rejects raises its TypeError; one that cannot be bound statically is reported. */
    const rejected = (call: NodeOf<"Call">, name: string, bound: Exclude<BoundCall, { ok: true }>): AnyExpr => {
      if (bound.typeError === null) return ctx.stubExpr({ messageId: "badCall", node: call, data: { callee: name, reason: bound.reason } });
      ctx.report({ messageId: "alwaysRaises", node: call, data: { message: bound.typeError } });
      return bound.raise;
    };

    const callMethod = (call: NodeOf<"Call">, callee: AnyExpr, method: FunctionInfo | null, name: string): AnyExpr => {
      const b = ctx.at(call);
      if (!method) {
        const args = positionalArgs(call);
        if (!args) return ctx.stubExpr({ messageId: "badCall", node: call, data: { callee: name, reason: "keyword arguments" } });
        return b.call(callee, args);
      }
      const bound = bindCall(ctx, call, boundParams(method), qualname(method), method.methodKind === "staticmethod" ? 0 : 1);
      if (bound.ok) return b.call(callee, bound.args);
      return rejected(call, name, bound);
    };

    const construct = (call: NodeOf<"Call">, cls: ClassInfo): AnyExpr | null => {
      const b = ctx.at(call);
      const target = classExpression(ctx, call.func) ?? (call.func.kind === "Name" ? null : ctx.lower(call.func));
      if (!target) return null;
      if (isEnumClass(cls) && cls.def) {
        // Color(3): the member with that value
        if (call.args.length !== 1 || call.keywords.length > 0) return ctx.stubExpr({ messageId: "badCall", node: call, data: { callee: cls.name, reason: "an enum lookup takes one value" } });
        return b.call(ctx.runtime("enumLookup"), [target, ctx.lower(call.args[0]!)]);
      }
      if (isNamedTuple(cls) && !userInit(cls)) {
        const bound = bindCall(ctx, call, tupleParams(cls), cls.name);
        if (bound.ok) return b.new(target, bound.args);
        return rejected(call, cls.name, bound);
      }
      const spec = cls.def ? dataclassSpec(ctx, cls.def, cls) : null;
      if (spec && !findMethod(cls, "__init__")?.owner?.def) {
        const bound = bindCall(ctx, call, initParams(spec, cls), `${cls.name}.__init__`, 1);
        if (bound.ok) return b.new(target, bound.args);
        return rejected(call, cls.name, bound);
      }
      const init = userInit(cls);
      if (init) {
        const bound = bindCall(ctx, call, callerParams(init, 1), qualname(init), 1);
        if (bound.ok) return b.new(target, bound.args);
        return rejected(call, cls.name, bound);
      }
      // a subclass of a library class its pack declares subclassable: the library's declared __init__
      const library = ctx.types.libraryBase(cls);
      const libraryInit = library ? ctx.types.librarySignature(library, "__init__") : undefined;
      if (library && libraryInit) {
        const bound = bindCall(ctx, call, libraryInit.params, `${library}.__init__`, 1);
        if (bound.ok) return b.new(target, bound.args);
        return rejected(call, cls.name, bound);
      }
      const isException = (c: ClassInfo): boolean => c.qualifiedName === "builtins.BaseException" || c.bases.some(isException);
      if (!isException(cls) && (call.args.length > 0 || call.keywords.length > 0)) {
        return ctx.stubExpr({ messageId: "noInit", node: call, data: { cls: cls.name } });
      }
      const args = positionalArgs(call);
      if (!args) return ctx.stubExpr({ messageId: "badCall", node: call, data: { callee: cls.name, reason: "keyword arguments" } });
      return b.new(target, args);
    };

    /** `obj.attr` / `C.attr` for a modelled receiver; null when the receiver is not one. */
    const member = (expr: NodeOf<"Attribute">): AnyExpr | null => {
      const b = ctx.at(expr);
      const type = ctx.types.of(expr.value);
      const instance = instanceClass(type);
      if (instance) {
        const runtimeMember = isNamedTuple(instance) && NAMED_TUPLE_MEMBERS.has(expr.attr);
        if (instance.def && !runtimeMember && !findAttribute(instance, expr.attr) && !findMethod(instance, expr.attr)) {
          // not an attribute the class is known to have: Python's lookup at run time (__getattr__, AttributeError)
          const value = b.call(ctx.runtime("getAttribute"), [ctx.lower(expr.value), b.str(expr.attr)]);
          const result = ctx.types.of(expr);
          return ctx.types.isUnknown(result) ? value : b.as(value, ctx.types.toTs(result, expr));
        }
        const method = findMethod(instance, expr.attr);
        if (method && (method.methodKind === "staticmethod" || method.methodKind === "classmethod") && method.owner?.def) {
          // `self.helper()` of a static or class method: the method of the object's own class
          const ownerType = ctx.types.toTs({ kind: "classObject", cls: method.owner }, expr);
          return b.member(b.as(b.member(ctx.lower(expr.value), "constructor"), ownerType), expr.attr);
        }
        return b.member(ctx.lower(expr.value), expr.attr);
      }
      const cls = classObjectOf(type);
      if (!cls) return null;
      const object = classExpression(ctx, expr.value) ?? ctx.lower(expr.value);
      if (expr.attr === "__name__" || expr.attr === "__qualname__") return b.member(object, "name");
      if (isEnumClass(cls) && isMemberName(cls, expr.attr)) return b.member(object, expr.attr);
      const method = findMethod(cls, expr.attr);
      if (method) {
        if (method.methodKind === "staticmethod" || method.methodKind === "classmethod") return b.member(object, expr.attr);
        return b.member(b.member(object, "prototype"), expr.attr);
      }
      if (findAttribute(cls, expr.attr)) return b.member(b.member(object, "prototype"), expr.attr);
      return ctx.stubExpr({ messageId: "unknownAttribute", node: expr, data: { cls: cls.name, attr: expr.attr } });
    };

    const isCallee = (expr: PyExpr, parent: unknown): boolean =>
      typeof parent === "object" && parent !== null && (parent as { kind?: string }).kind === "Call" && (parent as NodeOf<"Call">).func === expr;

    return {
      Call(path) {
        const { node } = path;
        const func = node.func;
        const b = ctx.at(node);
        const qname = ctx.resolve(func);
        if ((qname === "builtins.isinstance" || qname === "builtins.issubclass") && node.args.length === 2 && node.keywords.length === 0) {
          const classes = classList(ctx, node.args[1]!);
          if (!classes) return;
          const subject = node.args[0]!;
          if (qname === "builtins.isinstance") {
            let value = ctx.lower(subject);
            if (!isObjectType(ctx.types.of(subject))) value = b.as(value, b.keywordType("unknown"));
            const tests = classes.map((c) => b.binary("instanceof", value, c));
            path.replaceWith(tests.reduce((acc, t) => b.binary("||", acc, t)));
          } else {
            const cls = classExpression(ctx, subject);
            if (!cls) return;
            path.replaceWith(b.call(ctx.runtime("issubclass"), [cls, ...classes]));
          }
          return;
        }
        // super().method(...)
        if (func.kind === "Attribute" && func.value.kind === "Call") {
          const owner = superOwner(func.value);
          if (owner) {
            const base = owner.cls.bases[0];
            const method = base ? findMethod(base, func.attr) : null;
            path.replaceWith(callMethod(node, b.member(b.super(), func.attr), method, `super().${func.attr}`));
            return;
          }
        }
        const cls = namedClass(ctx, func);
        if (cls) {
          const built = construct(node, cls);
          if (built) path.replaceWith(built);
          return;
        }
        // calling an object: its __call__
        const called = instanceClass(ctx.types.of(func));
        const dunderCall = called ? findMethod(called, "__call__") : null;
        if (called && dunderCall?.owner?.def) {
          path.replaceWith(callMethod(node, b.member(ctx.lower(func), "__call__"), dunderCall, ctx.sourceText(func)));
          return;
        }
        if (func.kind !== "Attribute") return;
        const receiverType = ctx.types.of(func.value);
        const instance = instanceClass(receiverType);
        const classObject = classObjectOf(receiverType);
        const owner = instance ?? classObject;
        if (!owner) return;
        if (instance && isNamedTuple(instance) && func.attr === "_replace" && node.args.length === 0) {
          // nt._replace(x=1): the changes as a Map
          const entries = node.keywords.map((k) => b.array([b.str(k.name ?? ""), ctx.lower(k.value)]));
          const changes = b.new(b.id("Map"), entries.length > 0 ? [b.array(entries)] : [], [b.keywordType("string"), b.keywordType("unknown")]);
          path.replaceWith(b.methodCall(ctx.lower(func.value), "_replace", [changes]));
          return;
        }
        const method = findMethod(owner, func.attr);
        if (method && method.methodKind === "property") return; // a callable stored behind a property: generic call
        if (classObject && method && method.methodKind === "method") {
          path.replaceWith(ctx.stubExpr({ messageId: "unboundMethod", node, data: { expr: ctx.sourceText(func) } }));
          return;
        }
        const callee = member(func);
        if (!callee) return;
        path.replaceWith(callMethod(node, callee, method && (method.owner?.def ? method : null), ctx.sourceText(func)));
      },

      Subscript(path) {
        const { node } = path;
        const tuple = instanceClass(ctx.types.of(node.value));
        if (tuple && isNamedTuple(tuple)) {
          // a named tuple is indexed and sliced like a tuple
          const b = ctx.at(node);
          if (node.index.kind === "Slice") return;
          path.replaceWith(b.call(ctx.runtime("at"), [ctx.lower(node.value), ctx.lower(node.index)]));
          return;
        }
        const cls = classObjectOf(ctx.types.of(node.value));
        if (!cls || !isEnumClass(cls) || node.index.kind === "Slice") return;
        // Color["RED"]: the member with that name
        const b = ctx.at(node);
        const target = classExpression(ctx, node.value) ?? ctx.lower(node.value);
        path.replaceWith(b.call(ctx.runtime("enumByName"), [target, ctx.lower(node.index)]));
      },

      Attribute(path) {
        const { node } = path;
        if (node.value.kind === "Call" && superOwner(node.value)) {
          path.replaceWith(ctx.at(node).member(ctx.at(node).super(), node.attr));
          return;
        }
        const type = ctx.types.of(node.value);
        const instance = instanceClass(type);
        if (instance && !isCallee(node, path.parent)) {
          const method = findMethod(instance, node.attr);
          if (method && method.methodKind === "method") {
            // a bound method used as a value keeps its receiver
            if (node.value.kind !== "Name") {
              path.replaceWith(ctx.stubExpr({ messageId: "boundMethodValue", node, data: { expr: ctx.sourceText(node) } }));
              return;
            }
            const b = ctx.at(node);
            const receiver = ctx.lower(node.value);
            path.replaceWith(b.methodCall(b.member(receiver, node.attr), "bind", [ctx.lower(node.value)]));
            return;
          }
        }
        if (type.kind === "named" && type.name.startsWith("dataclasses.")) {
          // `f.name` of a dataclasses.Field (runtime objects with the same attributes)
          path.replaceWith(ctx.at(node).member(ctx.lower(node.value), node.attr));
          return;
        }
        const out = member(node);
        if (out) path.replaceWith(out);
      },

      Name(path) {
        const { node } = path;
        if (ctx.scope.binding(node)) return;
        const builtin = namedClass(ctx, node);
        if (builtin && !builtin.def) {
          // a built-in exception class used as a value: the runtime's class
          path.replaceWith(ctx.at(node).id(ctx.runtime(builtin.name).name));
          return;
        }
        if (node.id === "NotImplemented" && ctx.resolve(node) === "builtins.NotImplemented") {
          path.replaceWith(ctx.runtime("NotImplemented"));
          return;
        }
        if (node.id !== "super") return;
        const parent = path.parent;
        if (parent?.kind === "Call" && superOwner(parent)) return;
        path.replaceWith(ctx.stubExpr({ messageId: "superOutsideMethod", node }));
      },
    };
  },
});
