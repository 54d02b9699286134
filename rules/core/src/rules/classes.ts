import {
  type AnyExpr,
  type AnyStmt,
  type ClassInfo,
  type Node,
  type NodeOf,
  type PyType,
  type RuleContext,
  type TsMember,
  defineRule,
  findAttribute,
  findMethod,
  forEachChild,
  join,
} from "@py2ts/core";
import { type ClassAttribute, type MethodBinding, classBody, mentionsName, superInitCall } from "../shared/class-body";
import { isExceptionClass, userInit } from "../shared/class-references";
import { dataclassConstructor, dataclassMethods, dataclassRegistration } from "../shared/dataclass-members";
import { dataclassDecorator, dataclassSpec } from "../shared/dataclass-spec";
import { enumBase, isAuto, isEnumClass, isMemberAssignment } from "../shared/enum-classes";
import { isNamedTuple, namedTupleMembers, tupleFields, tupleItemType } from "../shared/named-tuples";
import { bindCall, callerParams, lowerSignature } from "../shared/signatures";
import { recordSuperCalls } from "../shared/super-calls";

type ClassDef = NodeOf<"ClassDef">;
type FunctionDef = NodeOf<"FunctionDef">;

const MESSAGES = {
  multipleBases: { code: "PY2TS2401", severity: "error", text: "class '{name}' has several base classes; multiple inheritance is not translated" },
  unsupportedBase: { code: "PY2TS2402", severity: "error", text: "class '{name}' derives from '{base}', which is not translated" },
  unsupportedDecorator: { code: "PY2TS2403", severity: "error", text: "decorator '{decorator}' on '{name}' is not translated" },
  unsupportedStatement: { code: "PY2TS2404", severity: "error", text: "this statement in the body of class '{name}' is not translated" },
  classKeywords: { code: "PY2TS2406", severity: "error", text: "class keyword arguments (metaclass=...) of '{name}' are not translated" },
  baseInitSkipped: { code: "PY2TS2407", severity: "error", text: "'{name}.__init__' does not call the __init__ of its base class '{base}'" },
  badSuperCall: { code: "PY2TS2408", severity: "error", text: "the base __init__ call cannot be bound: {reason}" },
  superReordered: {
    code: "PY2TS3401",
    severity: "warning",
    text: "'{name}.__init__' sets attributes before calling the base __init__; the base __init__ now runs first",
    suggestion: "Call super().__init__(...) first in the Python source.",
  },
  unknownAttribute: {
    code: "PY2TS4401",
    severity: "warning",
    text: "the type of attribute '{name}' could not be inferred; it is declared as unknown",
    suggestion: "Annotate the attribute in the class body (name: type).",
  },
  unknownParam: {
    code: "PY2TS4402",
    severity: "warning",
    text: "the type of parameter '{name}' could not be inferred; it is declared as unknown",
    suggestion: "Add a type annotation to the parameter.",
  },
} as const;

type MessageId = keyof typeof MESSAGES;

/** The declared `__init__` parameters of a subclassable library base class (without `self`), or null. */
function libraryInitParams(ctx: RuleContext, base: ClassInfo) {
  if (base.def || ctx.types.libraryBase(base) !== base.qualifiedName) return null;
  return ctx.types.librarySignature(base.qualifiedName, "__init__")?.params ?? null;
}

/** The base class a class extends in TypeScript, or a reason it cannot. */
function baseOf(ctx: RuleContext<MessageId>, node: ClassDef): { expr: AnyExpr | null; cls: ClassInfo | null } | { error: MessageId; base: string } {
  const bases = node.bases.filter((b) => ctx.resolve(b) !== "builtins.object");
  if (bases.length === 0) return { expr: null, cls: null };
  if (bases.length > 1) return { error: "multipleBases", base: "" };
  const base = bases[0]!;
  // a library class its pack declares subclassable: the pack lowers its name to the runtime class
  const libraryBase = ctx.types.classInfo(node)?.bases[0];
  if (libraryBase && !libraryBase.def && ctx.types.libraryBase(libraryBase) === libraryBase.qualifiedName) return { expr: ctx.lower(base), cls: libraryBase };
  const t = ctx.types.of(base);
  if (t.kind !== "classObject" || !(t.cls.def || t.cls.qualifiedName.startsWith("builtins."))) {
    return { error: "unsupportedBase", base: ctx.sourceText(base) };
  }
  const expr = t.cls.def ? ctx.lower(base) : ctx.runtime(t.cls.name);
  return { expr, cls: t.cls };
}

function attributeType(cls: ClassInfo, name: string): PyType {
  const own = cls.attributes.get(name);
  const shared = cls.classAttributes.get(name);
  if (own && shared) return join(own, shared);
  return (own ?? shared)!;
}

/** Whether a base class (transitively) declares this attribute or member. */
function declaredInBases(cls: ClassInfo, name: string): boolean {
  return cls.bases.some((b) => findAttribute(b, name) !== null || findMethod(b, name) !== null);
}

/**
 * Classes. A Python class becomes a TypeScript class: `__init__` the
 * constructor, methods methods, `@staticmethod`/`@classmethod` static methods
 * (`cls` is `this`), `@property` and its setter accessors; dunder methods keep
 * their names, so the runtime's `str`, `eq`, `len`, ... find them. Instance
 * attributes (from `self.x = ...`) are `declare`d with their inferred types,
 * so, like in Python, an attribute exists only once code assigns it. Class
 * attributes live on the prototype (`C.prototype.kind = "web"`): reading them
 * through an instance, shadowing them by an instance assignment and
 * overriding them in a subclass behave as in Python.
 */
export default defineRule({
  meta: {
    id: "core/classes",
    description: "Translate class definitions",
    messages: MESSAGES,
  },
  create: (ctx) => {
    const methodMember = (node: ClassDef, def: FunctionDef, binding: MethodBinding, hoisted: AnyStmt[]): TsMember => {
      const b = ctx.at(def);
      const fn = ctx.types.functionInfo(def)!;
      const skip = binding.kind === "static" ? 0 : 1;
      const sig = lowerSignature(ctx, def, fn, skip, node.name);
      hoisted.push(...sig.hoisted);
      const getter = binding.kind === "setter" ? ctx.types.classInfo(node)?.methods.get(binding.property) : undefined;
      if (getter && sig.params[0] && sig.unknownParams.includes(def.params[1]?.name ?? "")) {
        // a setter is called by assignments: its value has the property's type
        sig.params[0].type = ctx.types.toTs(ctx.types.resultType(getter), def);
        sig.unknownParams.splice(sig.unknownParams.indexOf(def.params[1]!.name), 1);
      }
      for (const name of sig.unknownParams) ctx.report({ messageId: "unknownParam", node: def, data: { name } });
      let body: AnyStmt[] = def.body;
      if (binding.kind === "unsupported") {
        body = [ctx.stubStmt({ messageId: "unsupportedDecorator", node: def, data: { decorator: binding.decorator, name: def.name } })];
      }
      const methodKind = binding.kind === "getter" ? "get" : binding.kind === "setter" ? "set" : "method";
      return b.method({
        name: def.name,
        params: sig.params,
        returnType: methodKind === "set" ? null : sig.returnType,
        body,
        isStatic: binding.kind === "static" || binding.kind === "classmethod",
        methodKind,
        isGenerator: fn.isGenerator,
        doc: def.docstring,
      });
    };

    /**
     * `self` in the arguments of the base `__init__` call: TypeScript has no
     * `this` before `super()`, but class attributes are reachable through the
     * class being constructed (`new.target.prototype`).
     */
    const selfBeforeSuper = new WeakSet<Node>();
    /** `self` in the base `__init__` arguments when attributes set before it are read there: the object holding them. */
    const selfAsPresets = new WeakMap<Node, string>();

    /** The `super(...)` call statement for a constructor, or a stub. */
    const superStatement = (
      node: ClassDef,
      base: ClassInfo,
      call: NodeOf<"Call">,
      explicitSelf: boolean,
      selfName: string,
      presets: { name: string; attrs: ReadonlySet<string> } | null = null,
    ): AnyStmt => {
      const b = ctx.at(call);
      const mark = (n: Node) => {
        if (presets && n.kind === "Attribute" && n.value.kind === "Name" && n.value.id === selfName && presets.attrs.has(n.attr)) {
          selfAsPresets.set(n.value, presets.name);
          return;
        }
        if (n.kind === "Name" && n.id === selfName) selfBeforeSuper.add(n);
        forEachChild(n, mark);
      };
      (explicitSelf ? call.args.slice(1) : call.args).forEach(mark);
      call.keywords.forEach((k) => mark(k.value));
      const baseInit = userInit(base);
      const libraryParams = libraryInitParams(ctx, base);
      const args = explicitSelf ? call.args.slice(1) : call.args;
      const bound = { ...call, args };
      if (baseInit || libraryParams) {
        const result = bindCall(ctx, bound, baseInit ? callerParams(baseInit, 1) : libraryParams!, `${base.name}.__init__`, 1);
        if (result.ok) return b.exprStmt(b.call(b.super(), result.args));
        const reason = result.typeError ?? result.reason;
        return ctx.stubStmt({ messageId: "badSuperCall", node: call, data: { reason } });
      }
      if (call.keywords.length > 0) return ctx.stubStmt({ messageId: "badSuperCall", node: call, data: { reason: "keyword arguments" } });
      void node;
      return b.exprStmt(b.call(b.super(), args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)))));
    };

    /** The attributes of `self` an expression reads (`self.x` → "x"; a bare `self` → null). */
    const selfReads = (expr: Node, selfName: string): (string | null)[] => {
      const out: (string | null)[] = [];
      const visit = (n: Node) => {
        if (n.kind === "Attribute" && n.value.kind === "Name" && n.value.id === selfName) out.push(n.attr);
        else if (n.kind === "Name" && n.id === selfName) out.push(null);
        else forEachChild(n, visit);
      };
      visit(expr);
      return out;
    };

    const constructorMember = (node: ClassDef, base: ClassInfo | null, def: FunctionDef, hoisted: AnyStmt[]): TsMember => {
      const b = ctx.at(def);
      const fn = ctx.types.functionInfo(def)!;
      const sig = lowerSignature(ctx, def, fn, 1, node.name);
      hoisted.push(...sig.hoisted);
      for (const name of sig.unknownParams) ctx.report({ messageId: "unknownParam", node: def, data: { name } });
      const selfName = def.params[0]?.name ?? "self";
      const body: AnyStmt[] = [...def.body];
      if (base) {
        const index = def.body.findIndex((s) => superInitCall(s, selfName) !== null);
        if (index >= 0) {
          const found = superInitCall(def.body[index]!, selfName)!;
          const before = def.body.slice(0, index);
          if (before.some((s) => mentionsName(s, selfName))) {
            const baseInit = userInit(base);
            const assigned = before.flatMap((s) => (s.kind === "Assign" ? s.targets : [])).filter((t) => t.kind === "Attribute").map((t) => (t as NodeOf<"Attribute">).attr);
            const safe =
              before.every((s) => s.kind === "Assign" && s.targets.every((t) => t.kind === "Attribute" && t.value.kind === "Name" && t.value.id === selfName) && !mentionsName(s.value, selfName)) &&
              (!baseInit || !assigned.some((a) => mentionsName(baseInit.def, a)));
            const superArgs = [...(found.explicitSelf ? found.call.args.slice(1) : found.call.args), ...found.call.keywords.map((k) => k.value)];
            const reads = superArgs.flatMap((a) => selfReads(a, selfName));
            const readsAssigned = reads.some((r) => r !== null && assigned.includes(r));
            if (safe && readsAssigned && !reads.includes(null) && new Set(assigned).size === assigned.length) {
              // `self.x = v; super().__init__(self.x)`: the values are computed first, kept in an object the base call reads, then stored
              const presets = ctx.freshName("presets");
              const values = (before as NodeOf<"Assign">[]).map((s): [string, AnyExpr] => [(s.targets[0] as NodeOf<"Attribute">).attr, s.value]);
              body.splice(0, index + 1, b.varDecl("const", presets, b.object(values)), superStatement(node, base, found.call, found.explicitSelf, selfName, { name: presets, attrs: new Set(assigned) }));
              body.splice(2, 0, ...values.map(([attr]) => b.exprStmt(b.assign(b.member(b.this(), attr), b.member(b.id(presets), attr)))));
            } else {
              if (!safe || reads.some((r) => r === null || assigned.includes(r))) ctx.report({ messageId: "superReordered", node: found.call, data: { name: node.name } });
              body.splice(index, 1);
              body.unshift(superStatement(node, base, found.call, found.explicitSelf, selfName));
            }
          } else {
            body.splice(index, 1, superStatement(node, base, found.call, found.explicitSelf, selfName));
          }
        } else if (userInit(base) || libraryInitParams(ctx, base)) {
          body.unshift(ctx.stubStmt({ messageId: "baseInitSkipped", node: def, data: { name: node.name, base: base.name } }));
          body.unshift(b.exprStmt(b.call(b.super(), [])));
        } else {
          // like BaseException.__new__, the base keeps the constructor's arguments as `args`
          const args = sig.params.map((p) => (p.rest ? b.spread(b.id(p.name)) : b.id(p.name)));
          body.unshift(b.exprStmt(b.call(b.super(), isExceptionClass(base) ? args : [])));
        }
      }
      return b.constructorDecl(sig.params, body, def.docstring);
    };

    const attributeMembers = (node: ClassDef, cls: ClassInfo, attrs: ClassAttribute[]): TsMember[] => {
      const names = [...cls.attributes.keys(), ...attrs.map((a) => a.name)];
      const members: TsMember[] = [];
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name) || cls.methods.has(name) || declaredInBases(cls, name)) continue;
        seen.add(name);
        const b = ctx.at(node);
        const alias = attrs.find((a) => a.name === name && a.value?.kind === "Name" && cls.methods.has(a.value.id))?.value;
        if (alias?.kind === "Name") {
          // `__radd__ = __add__`: the same function under another name
          members.push(b.property({ name, type: b.typeRef(`${ctx.scope.tsName(node.name)}[${JSON.stringify(alias.id)}]`), isDeclare: true }));
          continue;
        }
        const type = attributeType(cls, name);
        if (ctx.types.isUnknown(type)) ctx.report({ messageId: "unknownAttribute", node, data: { name } });
        members.push(b.property({ name, type: ctx.types.toTs(type, node), isDeclare: true }));
      }
      return members;
    };

    /**
     * Enum members: `static readonly RED: Color = enumMember(Color, "RED", 1)`,
     * created in definition order (aliases resolve to the first member), and
     * the type of their `value`.
     */
    const enumMemberDecls = (node: ClassDef, cls: ClassInfo, attrs: ClassAttribute[]): TsMember[] => {
      if (attrs.length === 0) return [];
      const b = ctx.at(node);
      const self = ctx.scope.tsName(node.name);
      const out: TsMember[] = attrs.map((a) => {
        const ab = ctx.at(a.stmt);
        const value = a.value && isAuto(ctx, a.value) ? ctx.runtime("AUTO") : a.value!;
        const init = ab.call(ctx.runtime("enumMember"), [ab.id(self), ab.str(a.name), value]);
        return ab.property({ name: a.name, type: ab.typeRef(self), init, isStatic: true, isReadonly: true });
      });
      const valueType = cls.attributes.get("value");
      if (valueType && !ctx.types.isUnknown(valueType)) out.push(b.property({ name: "value", type: ctx.types.toTs(valueType, node), isDeclare: true, isReadonly: true }));
      return out;
    };

    /**
     * A class with `__iter__` is also a JavaScript iterable (`[Symbol.iterator]`
     * delegating to it), so TypeScript accepts its objects wherever iterables go.
     */
    const iterableMember = (node: ClassDef, def: FunctionDef | undefined): TsMember | null => {
      if (!def) return null;
      const fn = ctx.types.functionInfo(def);
      if (!fn) return null;
      const b = ctx.at(def);
      const result = ctx.types.resultType(fn);
      const item = result.kind === "iterator" ? result.item : { kind: "unknown" as const };
      const type = b.typeRef("Iterator", [ctx.types.toTs(item, def)]);
      const call = b.methodCall(b.this(), "__iter__", []);
      void node;
      return b.method({ name: "[Symbol.iterator]", params: [], returnType: type, body: [b.return(result.kind === "iterator" ? call : b.as(call, type))] });
    };

    return {
      ClassDef(path) {
        const { node } = path;
        const cls = ctx.types.classInfo(node);
        if (!cls) return;
        const b = ctx.at(node);
        if (node.keywords.length > 0) {
          path.replaceWith(ctx.stubStmt({ messageId: "classKeywords", node, data: { name: node.name } }));
          return;
        }
        const dataclass = dataclassDecorator(ctx, node);
        const spec = dataclassSpec(ctx, node, cls);
        if (spec?.unsupported) {
          path.replaceWith(ctx.stubStmt({ messageId: "unsupportedDecorator", node, data: { decorator: spec.unsupported, name: node.name } }));
          return;
        }
        const unknownDecorator = node.decorators.find(
          (d) => d !== dataclass && ctx.resolve(d) !== "functools.total_ordering" && !(ctx.resolve(d) === "enum.unique" && isEnumClass(cls)),
        );
        if (unknownDecorator) {
          const decorator = ctx.sourceText(unknownDecorator);
          path.replaceWith(ctx.stubStmt({ messageId: "unsupportedDecorator", node, data: { decorator, name: node.name } }));
          return;
        }
        const enumBaseClass = enumBase(ctx, node);
        if (enumBaseClass && "error" in enumBaseClass) {
          path.replaceWith(ctx.stubStmt({ messageId: "unsupportedBase", node, data: { name: node.name, base: enumBaseClass.error } }));
          return;
        }
        const namedTuple = isNamedTuple(cls) && node.bases.some((x) => ctx.resolve(x) === "typing.NamedTuple");
        const base = enumBaseClass
          ? { expr: enumBaseClass.expr, cls: cls.bases[0] ?? null }
          : namedTuple
            ? { expr: ctx.runtime("NamedTuple"), cls: null }
            : baseOf(ctx, node);
        if ("error" in base) {
          path.replaceWith(ctx.stubStmt({ messageId: base.error, node, data: { name: node.name, base: base.base } }));
          return;
        }
        const body = classBody(node.body);
        const enumMembers = enumBaseClass ? body.attributes.filter((a) => isMemberAssignment(a.stmt)) : [];
        if (enumMembers.length > 0) body.attributes = body.attributes.filter((a) => !enumMembers.includes(a));
        const hoisted: AnyStmt[] = [];
        if (namedTuple) body.attributes = [];
        const members: TsMember[] = namedTuple
          ? namedTupleMembers(ctx, node, cls, tupleFields(cls))
          : [...enumMemberDecls(node, cls, enumMembers), ...attributeMembers(node, cls, body.attributes)];
        for (const m of body.methods) recordSuperCalls(m.def, cls, m.binding.kind === "static" || m.binding.kind === "classmethod");
        const init = body.methods.find((m) => m.def.name === "__init__" && m.binding.kind === "method");
        if (init) members.push(constructorMember(node, base.cls, init.def, hoisted));
        else if (spec?.options.init) members.push(dataclassConstructor(ctx, node, cls, spec, base.expr !== null));
        if (spec) members.push(...dataclassMethods(ctx, node, spec, new Set(body.methods.map((m) => m.def.name))));
        for (const { def, binding } of body.methods) {
          if (def === init?.def) continue;
          members.push(methodMember(node, def, binding, hoisted));
        }
        const iterMember = iterableMember(node, body.methods.find((m) => m.def.name === "__iter__" && m.binding.kind === "method")?.def);
        if (iterMember) members.push(iterMember);
        const binding = ctx.scope.module.bindings.get(node.name);
        const exported = binding?.references.some((r) => r.node === node) ? ctx.scope.isExported(binding) : false;
        const extendsTypeArgs = namedTuple ? [tupleItemType(ctx, node, cls, tupleFields(cls))] : [];
        const decl = b.classDecl({ name: ctx.scope.tsName(node.name), extends: base.expr, extendsTypeArgs, members, exported, doc: node.docstring });
        const after: AnyStmt[] = [];
        for (const attr of body.attributes) {
          if (!attr.value) continue;
          if (spec && attr.value.kind === "Call" && ctx.resolve(attr.value.func) === "dataclasses.field") {
            // field(default=x) leaves x as the class attribute; field(default_factory=f) leaves none
            const fieldSpec = spec.own.find((f) => f.name === attr.name);
            if (fieldSpec?.default) {
              const ab = ctx.at(attr.stmt);
              after.push(ab.exprStmt(ab.assign(ab.member(ab.member(ab.id(ctx.scope.tsName(node.name)), "prototype"), attr.name), fieldSpec.default)));
            }
            continue;
          }
          const ab = ctx.at(attr.stmt);
          after.push(ab.exprStmt(ab.assign(ab.member(ab.member(ab.id(ctx.scope.tsName(node.name)), "prototype"), attr.name), attr.value)));
        }
        if (spec) after.push(dataclassRegistration(ctx, node, cls, spec));
        if (node.decorators.some((d) => ctx.resolve(d) === "enum.unique")) {
          const names = b.array(enumMembers.map((m) => b.str(m.name)));
          after.push(b.exprStmt(b.call(ctx.runtime("enumUnique"), [b.id(ctx.scope.tsName(node.name)), names])));
        }
        if (node.decorators.some((d) => ctx.resolve(d) === "functools.total_ordering")) {
          // @functools.total_ordering: the missing comparisons, derived at run time like functools does
          after.push(b.exprStmt(b.call(ctx.runtime("totalOrdering"), [b.id(ctx.scope.tsName(node.name))])));
        }
        for (const stmt of body.other) after.push(ctx.stubStmt({ messageId: "unsupportedStatement", node: stmt, data: { name: node.name } }));
        path.replaceWith([...hoisted, decl, ...after]);
      },

      Name(path) {
        const { node } = path;
        const binding = ctx.scope.binding(node);
        if (!binding) return;
        const b = ctx.at(node);
        const presets = selfAsPresets.get(node);
        if (presets) {
          path.replaceWith(b.id(presets));
          return;
        }
        if (selfBeforeSuper.has(node)) {
          path.replaceWith(b.member(b.id("new.target"), "prototype"));
          return;
        }
        // a name bound in a class body, used in that body: the class attribute
        if (binding.scope.kind === "class" && binding.scope.node.kind === "ClassDef") {
          path.replaceWith(b.member(b.member(b.id(ctx.scope.tsName(binding.scope.node.name)), "prototype"), node.id));
          return;
        }
        // `cls` in a classmethod is the class the method was called on: `this` of a static method
        if (binding.kind === "param" && binding.scope.node.kind === "FunctionDef") {
          const fn = ctx.types.functionInfo(binding.scope.node);
          if (fn?.owner && fn.methodKind === "classmethod" && fn.def.params[0]?.name === node.id) path.replaceWith(b.this());
        }
      },
    };
  },
});
