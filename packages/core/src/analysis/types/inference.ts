/**
 * Type inference for unannotated code: a whole-project, flow-insensitive
 * fixed point. Every binding's type is the join of everything stored into it
 * (assignments, loop targets, container mutations such as `xs.append(v)` and
 * `d[k] = v`); a parameter's type is its annotation, or the join of its default
 * and of the arguments at every call site; a function's result is the join of
 * its `return` values. Types only grow (from `never`, "nothing seen yet"), so
 * the iteration converges; it stops after a fixed number of rounds regardless.
 */
import type { BinaryOperator, Node, NodeOf, PyExpr, PyModule, PyPattern, PyStmt } from "../../ir/nodes";
import { forEachChild } from "../../ir/visitor-keys";
import type { QualifiedNames } from "../qualified-names";
import type { Binding, ScopeAnalysis } from "../scopes";
import { annotationType } from "./annotations";
import { BUILTIN_CLASS_METHODS, BUILTIN_EXCEPTIONS, BUILTIN_FUNCTIONS, builtinMethodType, type CallTypes } from "./builtin-types";
import { evaluateOperator } from "./operators";
import { type Narrowing, type NarrowingQuery, merge, narrowingsAfter, narrowingsOf, withoutStoresIn } from "./narrowing";
import {
  type ClassInfo,
  type FunctionInfo,
  type ParamType,
  type PyType,
  T,
  equalTypes,
  findAttribute,
  findMethod,
  isSubclass,
  iterationType,
  join,
  joinAll,
  withoutNone,
} from "./py-types";
import { type DeclarationRegistry, type Signature, isSignature } from "./type-declarations";

const MAX_ROUNDS = 8;

/** Dunder methods whose second parameter is the other operand. */
const BINARY_DUNDERS = new Set([
  "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
  "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__floordiv__", "__mod__",
  "__and__", "__or__", "__xor__",
]);

export interface ModuleUnit {
  moduleName: string;
  module: PyModule;
  scopes: ScopeAnalysis;
  names: QualifiedNames;
}

/** A plugin hook computing the type of calls to a qualified name (e.g. argparse's parse_args). */
export type CallTypeHook = (call: NodeOf<"Call">, query: TypeQuery) => PyType | undefined;

/**
 * A plugin hook typing a binary operator on a declared library class
 * (`datetime - datetime` is a timedelta, `datetime - timedelta` a datetime).
 */
export type OperatorTypeHook = (op: BinaryOperator, left: PyType, right: PyType) => PyType | undefined;

export interface TypeQuery {
  typeOf(expr: PyExpr): PyType;
  resolve(expr: PyExpr): string | null;
  /**
   * Records an attribute of a declared library class whose attributes are
   * made by calls (`openAttributes`: argparse's `add_argument` defines the
   * attributes of the parsed `Namespace`); its type grows like a binding's.
   */
  recordAttribute(className: string, attr: string, type: PyType): void;
}

export interface TypeInfo {
  typeOf(expr: PyExpr): PyType;
  bindingType(binding: Binding): PyType;
  functionInfo(def: NodeOf<"FunctionDef"> | NodeOf<"Lambda">): FunctionInfo | undefined;
  classInfo(def: NodeOf<"ClassDef">): ClassInfo | undefined;
  /** The class info for a qualified name (user classes and builtin exceptions). */
  classByName(qualifiedName: string): ClassInfo | undefined;
  /** The declared subclassable library class (qualified name) a class derives from, or null. */
  libraryBase(cls: ClassInfo): string | null;
  /** The declared signature of a library class's method (`__init__` included), without `self`. */
  librarySignature(className: string, method: string): Signature | undefined;
  /** The parameter types of a function after call-site inference. */
  paramType(fn: FunctionInfo, name: string): PyType;
  /** What calling the function gives: its annotation, the join of its returns, or a generator. */
  resultType(fn: FunctionInfo): PyType;
  /** The attributes recorded for a declared class with `openAttributes`, in recording order. */
  recordedAttributes(className: string): ReadonlyMap<string, PyType>;
  /** Unresolved library names seen in the project (for reports). */
}

interface FrameContext {
  unit: ModuleUnit;
  fn: FunctionInfo | null;
  cls: ClassInfo | null;
  /** What guards proved about names at this point (`x is not None`). */
  narrowed?: Narrowing;
}

export function inferTypes(
  units: ModuleUnit[],
  registry: DeclarationRegistry,
  hooks: ReadonlyMap<string, CallTypeHook> = new Map(),
  operatorHooks: ReadonlyMap<string, OperatorTypeHook> = new Map(),
): TypeInfo {
  const binaryType = (op: BinaryOperator, left: PyType, right: PyType): PyType => {
    for (const side of [withoutNone(left), withoutNone(right)]) {
      const hook = side.kind === "named" ? operatorHooks.get(side.name) : undefined;
      const hooked = hook?.(op, withoutNone(left), withoutNone(right));
      if (hooked) return hooked;
    }
    return operatorType(op, left, right);
  };
  const bindingTypes = new Map<Binding, PyType>();
  const exprTypes = new Map<PyExpr, PyType>();
  const functions = new Map<Node, FunctionInfo>();
  const classes = new Map<NodeOf<"ClassDef">, ClassInfo>();
  const classesByName = new Map<string, ClassInfo>(
    [...BUILTIN_EXCEPTIONS.values(), ...ENUM_CLASSES.values(), NAMED_TUPLE].map((c) => [c.qualifiedName, c] as const),
  );
  // declared library exceptions (`json.JSONDecodeError` based on `builtins.ValueError`) are classes like the builtin ones
  const libraryException = (name: string, seen: Set<string>): ClassInfo | undefined => {
    const known = classesByName.get(name);
    if (known || seen.has(name)) return known;
    seen.add(name);
    const declared = registry.cls(name);
    const base = declared?.base ? libraryException(declared.base, seen) : undefined;
    if (!declared || !base) return undefined;
    const info: ClassInfo = {
      qualifiedName: name,
      name: name.slice(name.lastIndexOf(".") + 1),
      def: null,
      bases: [base],
      attributes: new Map(declared.attributes),
      classAttributes: new Map(),
      methods: new Map(),
    };
    classesByName.set(name, info);
    return info;
  };
  for (const declared of registry.allClasses()) libraryException(declared.name, new Set());
  const callSiteTypes = new Map<FunctionInfo, Map<string, PyType>>();
  /** `namedtuple("P", "x y")` calls and the classes they create, with their field names. */
  const namedTuples = new Map<NodeOf<"Call">, ClassInfo>();
  const namedTupleFields = new Map<ClassInfo, string[]>();
  // annotations name library classes however they were imported (each Name belongs to one unit)
  const resolveAnnotationName = (expr: PyExpr): string | null => {
    for (const unit of units) {
      const qname = unit.names.resolve(expr);
      if (qname && !qname.startsWith("builtins.")) return qname;
    }
    return null;
  };
  // operators of declared library classes (`path / "x"`) come from their dunder methods
  const operatorType = (op: Parameters<typeof evaluateOperator>[0], left: PyType, right: PyType): PyType =>
    registry.operatorResult(op, withoutNone(left), withoutNone(right)) ?? evaluateOperator(op, left, right);
  const recorded = new Map<string, Map<string, PyType>>();
  const recordAttribute = (className: string, attr: string, type: PyType) => {
    let attrs = recorded.get(className);
    if (!attrs) recorded.set(className, (attrs = new Map()));
    grow(attrs, attr, type);
  };
  const unitOfModule = new Map(units.map((u) => [u.moduleName, u] as const));
  let changed = false;

  const grow = <K>(map: Map<K, PyType>, key: K, type: PyType) => {
    const old = map.get(key) ?? T.never;
    const next = join(old, type);
    if (!equalTypes(old, next)) {
      map.set(key, next);
      changed = true;
    }
  };

  // ── declarations: classes and functions get their info objects up front ──
  const declare = (unit: ModuleUnit) => {
    const visit = (node: Node, owner: ClassInfo | null, prefix: string) => {
      if (node.kind === "ClassDef") {
        const info: ClassInfo = {
          qualifiedName: `${prefix}.${node.name}`,
          name: node.name,
          def: node,
          bases: [],
          attributes: new Map(),
          classAttributes: new Map(),
          methods: new Map(),
        };
        classes.set(node, info);
        classesByName.set(info.qualifiedName, info);
        node.body.forEach((s) => visit(s, info, info.qualifiedName));
        return;
      }
      if (node.kind === "Assign") {
        const spec = namedTupleCall(node.value);
        if (spec) {
          const info: ClassInfo = {
            qualifiedName: `${prefix}.${spec.name}`,
            name: spec.name,
            def: null,
            bases: [NAMED_TUPLE],
            attributes: new Map(spec.fields.map((f) => [f, T.never] as const)),
            classAttributes: new Map([["_fields", T.tupleOf(T.str)]]),
            methods: new Map(),
          };
          namedTuples.set(node.value as NodeOf<"Call">, info);
          namedTupleFields.set(info, spec.fields);
          classesByName.set(info.qualifiedName, info);
        }
      }
      if (node.kind === "FunctionDef" || node.kind === "Lambda") {
        const decorators = node.kind === "FunctionDef" ? node.decorators.map((d) => (d.kind === "Name" ? d.id : d.kind === "Attribute" ? d.attr : "")) : [];
        const methodKind: FunctionInfo["methodKind"] = !owner || node.kind === "Lambda"
          ? "function"
          : decorators.includes("staticmethod")
            ? "staticmethod"
            : decorators.includes("classmethod")
              ? "classmethod"
              : decorators.includes("property")
                ? "property"
                : "method";
        const info: FunctionInfo = {
          qualifiedName: node.kind === "FunctionDef" ? `${prefix}.${node.name}` : `${prefix}.<lambda>`,
          def: node,
          params: node.params.map((p) => ({ name: p.name, type: T.never, kind: p.paramKind, hasDefault: p.default !== null })),
          returns: T.never,
          isGenerator: containsYield(node),
          yields: T.never,
          owner: node.kind === "FunctionDef" ? owner : null,
          methodKind,
        };
        functions.set(node, info);
        if (owner && node.kind === "FunctionDef" && !owner.methods.has(node.name)) owner.methods.set(node.name, info);
        const childPrefix = node.kind === "FunctionDef" ? `${prefix}.${node.name}` : prefix;
        forEachChild(node, (c) => visit(c, null, childPrefix));
        return;
      }
      forEachChild(node, (c) => visit(c, owner, prefix));
    };
    unit.module.body.forEach((s) => visit(s, null, unit.moduleName));
  };
  units.forEach(declare);

  /**
   * The type an annotation declares. A bare `tuple` is a tuple of any length;
   * a name (or a string forward reference) naming a project class is an
   * instance of it.
   */
  const annotated = (expr: PyExpr): PyType => {
    // a bare container annotation says nothing about the items: what the code stores tells
    const bare = expr.kind === "Name" ? expr.id : expr.kind === "Attribute" && expr.value.kind === "Name" && expr.value.id === "typing" ? expr.attr : null;
    if (bare === "tuple" || bare === "Tuple") return T.tupleOf(T.never);
    if (bare === "list" || bare === "List") return T.list(T.never);
    if (bare === "dict" || bare === "Dict") return T.dict(T.never, T.never);
    if (bare === "set" || bare === "Set") return T.set(T.never);
    return userClasses(annotationType(expr, registry, resolveAnnotationName));
  };

  const userClasses = (t: PyType): PyType => {
    switch (t.kind) {
      case "named": {
        if (t.args.length > 0) return t;
        const matches = [...classesByName.values()].filter((c) => c.def && (c.name === t.name || c.qualifiedName === t.name));
        return matches.length === 1 ? { kind: "instance", cls: matches[0]! } : t;
      }
      case "list":
        return T.list(userClasses(t.item));
      case "set":
        return T.set(userClasses(t.item), t.frozen);
      case "dict":
        return T.dict(userClasses(t.key), userClasses(t.value));
      case "tuple":
        return T.tuple(t.items.map(userClasses));
      case "tupleOf":
        return T.tupleOf(userClasses(t.item));
      case "union":
        return joinAll(t.members.map(userClasses));
      default:
        return t;
    }
  };

  // ── queries shared by the walk ──
  const resolveClass = (expr: PyExpr, unit: ModuleUnit): ClassInfo | undefined => {
    const qname = unit.names.resolve(expr);
    if (qname?.startsWith("builtins.")) return BUILTIN_EXCEPTIONS.get(qname.slice(9));
    if (qname) {
      const local = classesByName.get(qname) ?? importedClass(qname);
      if (local) return local;
    }
    if (expr.kind === "Name") {
      const binding = unit.scopes.bindingOf(expr);
      const def = binding?.references.find((r) => r.how === "def")?.node;
      if (def?.kind === "ClassDef") return classes.get(def);
    }
    return undefined;
  };

  // declared library classes user classes may derive from (`string.Template`): one class info each, made when a class names it as its base
  const libraryBases = new Map<string, ClassInfo>();
  const subclassableLibraryClass = (qname: string): ClassInfo | undefined => {
    const declared = registry.cls(qname);
    if (!declared?.subclassable) return undefined;
    let info = libraryBases.get(qname);
    if (!info) {
      info = {
        qualifiedName: qname,
        name: qname.slice(qname.lastIndexOf(".") + 1),
        def: null,
        bases: [],
        attributes: new Map(declared.attributes),
        classAttributes: new Map(),
        methods: new Map(),
      };
      libraryBases.set(qname, info);
    }
    return info;
  };
  /** The nearest declared subclassable library class a class derives from. */
  const libraryBaseOf = (cls: ClassInfo): ClassInfo | null => {
    if (!cls.def && libraryBases.get(cls.qualifiedName) === cls) return cls;
    for (const base of cls.bases) {
      const found = libraryBaseOf(base);
      if (found) return found;
    }
    return null;
  };

  const importedClass = (qname: string): ClassInfo | undefined => {
    const dot = qname.lastIndexOf(".");
    const module = qname.slice(0, dot);
    if (unitOfModule.has(module)) return classesByName.get(qname);
    return undefined;
  };

  const importedValue = (qname: string): PyType | undefined => {
    const dot = qname.lastIndexOf(".");
    const unit = unitOfModule.get(qname.slice(0, dot));
    if (!unit) return undefined;
    const binding = unit.scopes.module.bindings.get(qname.slice(dot + 1));
    return binding ? typeOfBinding(binding) : undefined;
  };

  const typeOfBinding = (binding: Binding): PyType => {
    const def = binding.references.find((r) => r.how === "def")?.node;
    if (binding.kind === "function" && def?.kind === "FunctionDef") {
      const fn = functions.get(def)!;
      return decorated.get(def) ?? callableOf(fn);
    }
    if (binding.kind === "class" && def?.kind === "ClassDef") return { kind: "classObject", cls: classes.get(def)! };
    if (binding.kind === "param") {
      const paramNode = binding.references.find((r) => r.how === "param")?.node;
      const owner = binding.scope.node;
      if (paramNode?.kind === "Param" && (owner.kind === "FunctionDef" || owner.kind === "Lambda")) {
        const fn = functions.get(owner);
        if (fn) return paramTypeOf(fn, paramNode.name);
      }
    }
    return bindingTypes.get(binding) ?? T.never;
  };

  const callableOf = (fn: FunctionInfo): PyType => {
    const params = fn.params.map((p) => ({ ...p, type: paramTypeOf(fn, p.name) }));
    return T.callable(params, resultOf(fn), fn);
  };

  const resultOf = (fn: FunctionInfo): PyType => {
    if (fn.isGenerator) return { kind: "iterator", item: fn.yields, name: "generator", fn };
    const def = fn.def;
    if (def.kind === "FunctionDef" && def.returns) return annotated(def.returns);
    return fn.returns;
  };

  const paramTypeOf = (fn: FunctionInfo, name: string): PyType => {
    const def = fn.def;
    const param = def.params.find((p) => p.name === name);
    if (!param) return T.unknown;
    if (param.annotation) {
      const t = annotated(param.annotation);
      if (param.paramKind === "varArgs") return T.tupleOf(t);
      if (param.paramKind === "varKeywords") return T.dict(T.str, t);
      return param.default?.kind === "NoneLit" ? T.optional(t) : t;
    }
    const index = def.params.indexOf(param);
    if (fn.owner && index === 0 && fn.methodKind === "method") return { kind: "instance", cls: fn.owner };
    if (fn.owner && index === 0 && fn.methodKind === "property") return { kind: "instance", cls: fn.owner };
    if (fn.owner && index === 0 && fn.methodKind === "classmethod") return { kind: "classObject", cls: fn.owner };
    const seen = callSiteTypes.get(fn)?.get(name) ?? protocolParamType(fn, index);
    if (param.paramKind === "varArgs") return T.tupleOf(seen);
    if (param.paramKind === "varKeywords") return T.dict(T.str, seen);
    return seen;
  };

  /**
   * `@dataclass` classes get an `__init__` taking their annotated fields in
   * order (base dataclass fields first): the arguments of a construction are
   * the values of those attributes. Annotations are not enforced, so the
   * attributes hold what is passed (an `int` for `size: float = ...`).
   */
  const recordFields = (cls: ClassInfo, call: NodeOf<"Call">, ctx: FrameContext) => {
    const names: string[] = [];
    for (let c: ClassInfo | undefined = cls; c?.def && isDataclass(c.def); c = c.bases[0]) {
      const own = c.def.body.flatMap((s) => (s.kind === "AnnAssign" && s.target.kind === "Name" ? [s.target.id] : []));
      names.unshift(...own.filter((n) => !names.includes(n)));
    }
    call.args.forEach((arg, i) => {
      const t = evalExpr(arg, ctx);
      const name = names[i];
      if (name && arg.kind !== "Starred") grow(cls.attributes, name, t);
    });
    for (const kw of call.keywords) {
      const t = evalExpr(kw.value, ctx);
      if (kw.name && names.includes(kw.name)) grow(cls.attributes, kw.name, t);
    }
  };

  /** The fields of a named tuple class: its `namedtuple(...)` names, or its annotated class attributes. */
  const tupleFields = (cls: ClassInfo): string[] =>
    namedTupleFields.get(cls) ?? cls.def?.body.flatMap((s) => (s.kind === "AnnAssign" && s.target.kind === "Name" ? [s.target.id] : [])) ?? [];

  const recordTupleFields = (cls: ClassInfo, call: NodeOf<"Call">, ctx: FrameContext) => {
    const names = tupleFields(cls);
    call.args.forEach((arg, i) => {
      const t = evalExpr(arg, ctx);
      const name = names[i];
      if (name && arg.kind !== "Starred") grow(cls.attributes, name, t);
    });
    for (const kw of call.keywords) {
      const t = evalExpr(kw.value, ctx);
      if (kw.name && names.includes(kw.name)) grow(cls.attributes, kw.name, t);
    }
  };

  /** Records the operand types of a protocol method the runtime calls (`__getitem__(index)`), after `self`. */
  const recordProtocolArgs = (fn: FunctionInfo, args: PyType[]) => {
    const types = callSiteTypes.get(fn) ?? new Map<string, PyType>();
    callSiteTypes.set(fn, types);
    args.forEach((t, i) => {
      const param = fn.def.params[i + 1];
      if (param) grow(types, param.name, t);
    });
  };

  /** The `@name.setter` function of a property, if the class defines one. */
  const setterOf = (property: FunctionInfo): FunctionInfo | undefined => {
    const name = property.def.kind === "FunctionDef" ? property.def.name : "";
    const def = property.owner?.def?.body.find(
      (s): s is NodeOf<"FunctionDef"> =>
        s.kind === "FunctionDef" && s.name === name && s.decorators.some((d) => d.kind === "Attribute" && d.attr === "setter"),
    );
    return def ? functions.get(def) : undefined;
  };

  /**
   * Parameters of protocol methods the runtime calls (never seen at a call
   * site): `__exit__(exc_type, exc, tb)` gets Python's exception triple, the
   * `other` of a binary dunder an instance of its own class.
   */
  const protocolParamType = (fn: FunctionInfo, index: number): PyType => {
    const name = fn.def.kind === "FunctionDef" ? fn.def.name : "";
    if (!fn.owner || fn.methodKind !== "method") return T.never;
    if (name === "__exit__" && fn.def.params[index]?.paramKind !== "varArgs") {
      const base = BUILTIN_EXCEPTIONS.get("BaseException")!;
      if (index === 1) return T.optional({ kind: "classObject", cls: base });
      if (index === 2) return T.optional({ kind: "instance", cls: base });
      if (index === 3) return T.none;
    }
    if (index === 1 && BINARY_DUNDERS.has(name)) return { kind: "instance", cls: fn.owner };
    if (index === 1 && (name === "__format__" || name === "__getattr__")) return T.str;
    return T.never;
  };

  const recordArgs = (fn: FunctionInfo, call: NodeOf<"Call">, ctx: FrameContext, skipFirst: boolean) => {
    const params = fn.def.params.filter((p, i) => !(skipFirst && i === 0));
    const types = callSiteTypes.get(fn) ?? new Map<string, PyType>();
    callSiteTypes.set(fn, types);
    const growParam = (name: string, t: PyType) => grow(types, name, t);
    let position = 0;
    for (const arg of call.args) {
      const t = evalExpr(arg, ctx);
      if (arg.kind === "Starred") {
        const item = iterationType(t);
        for (const p of params.slice(position)) if (p.paramKind === "positional" || p.paramKind === "positionalOnly") growParam(p.name, item);
        const star = params.find((q) => q.paramKind === "varArgs");
        if (star) growParam(star.name, item);
        continue;
      }
      const p = params[position];
      if (p && (p.paramKind === "positional" || p.paramKind === "positionalOnly")) {
        growParam(p.name, t);
        position++;
      } else {
        const star = params.find((q) => q.paramKind === "varArgs");
        if (star) growParam(star.name, t);
      }
    }
    for (const kw of call.keywords) {
      const t = evalExpr(kw.value, ctx);
      if (kw.name === null) {
        // `**mapping`: its values may land in any keyword parameter or in **kwargs
        const value = t.kind === "dict" ? t.value : t.kind === "never" ? T.never : T.unknown;
        const star = params.find((q) => q.paramKind === "varKeywords");
        if (star) growParam(star.name, value);
        continue;
      }
      const p = params.find((q) => q.name === kw.name && q.paramKind !== "positionalOnly");
      if (p) growParam(p.name, t);
      else {
        const star = params.find((q) => q.paramKind === "varKeywords");
        if (star) growParam(star.name, t);
      }
    }
    // defaults contribute their own type
    for (const p of params) if (p.default) growParam(p.name, evalExpr(p.default, ctx));
  };

  /** A store into a parameter (`bucket = []`, `bucket.append(x)`) widens the parameter's inferred type. */
  const growParamFromStore = (binding: Binding, type: PyType) => {
    const owner = binding.scope.node;
    if (owner.kind !== "FunctionDef" && owner.kind !== "Lambda") return;
    const fn = functions.get(owner);
    const param = owner.params.find((p) => p.name === binding.name);
    if (!fn || !param || param.paramKind === "varArgs" || param.paramKind === "varKeywords") return;
    const types = callSiteTypes.get(fn) ?? new Map<string, PyType>();
    callSiteTypes.set(fn, types);
    grow(types, binding.name, type);
  };

  /**
   * `@deco def f`: the name is bound to `deco(f)`. A user-defined decorator
   * receives the function (typing its parameter) and gives its result type;
   * a library decorator is assumed to keep the signature.
   */
  const decorated = new Map<NodeOf<"FunctionDef">, PyType>();
  const applyDecorators = (def: NodeOf<"FunctionDef">, fn: FunctionInfo, ctx: FrameContext) => {
    let t: PyType = callableOf(fn);
    for (const d of [...def.decorators].reverse()) {
      const dt = evalExpr(d, ctx);
      if (ctx.unit.names.resolve(d) === "contextlib.contextmanager" && t.kind === "callable") {
        // a generator function made a factory of context managers entering with its first yielded value
        t = T.callable(t.params, T.named("contextlib.GeneratorContextManager", [fn.yields]), fn);
        continue;
      }
      if (fn.owner || dt.kind !== "callable" || !dt.fn || dt.fn.owner) continue;
      const first = dt.fn.params[0];
      if (first && (first.kind === "positional" || first.kind === "positionalOnly")) {
        const types = callSiteTypes.get(dt.fn) ?? new Map<string, PyType>();
        callSiteTypes.set(dt.fn, types);
        grow(types, first.name, t);
      }
      t = resultOf(dt.fn);
    }
    if (def.decorators.length > 0 && !fn.owner) grow(decorated, def, t);
  };

  /** `xs += ys` extends the list with any iterable; set and dict operators update in place. */
  const inPlaceResult = (op: string, current: PyType, value: PyType): PyType | null => {
    if (current.kind === "list" && op === "+") return T.list(join(current.item, iterationType(value)));
    if (current.kind === "list" && op === "*") return current;
    if (current.kind === "set" && (op === "|" || op === "^")) return T.set(join(current.item, iterationType(value)), current.frozen);
    if (current.kind === "set" && (op === "&" || op === "-")) return current;
    if (current.kind === "dict" && op === "|") return value.kind === "dict" ? join(current, value) : current;
    return null;
  };

  // ── stores and container refinement ──
  const store = (target: PyExpr, type: PyType, ctx: FrameContext) => {
    switch (target.kind) {
      case "Name": {
        const binding = ctx.unit.scopes.bindingOf(target);
        if (binding && binding.kind !== "param") grow(bindingTypes, binding, type);
        else if (binding) growParamFromStore(binding, type);
        exprTypes.set(target, type);
        return;
      }
      case "Tuple":
      case "List": {
        // unpacking None raises: an optional value unpacks as its other members
        type = withoutNone(type);
        const starIndex = target.elts.findIndex((e) => e.kind === "Starred");
        target.elts.forEach((elt, i) => {
          let t: PyType;
          if (elt.kind === "Starred") t = T.list(type.kind === "tuple" ? joinAll(type.items.slice(i, type.items.length - (target.elts.length - i - 1))) : iterationType(type));
          else if (type.kind === "tuple" && starIndex < 0) t = type.items[i] ?? T.unknown;
          else if (type.kind === "tuple" && i < starIndex) t = type.items[i] ?? T.unknown;
          else if (type.kind === "tuple") t = type.items[type.items.length - (target.elts.length - i)] ?? T.unknown;
          else t = iterationType(type);
          store(elt.kind === "Starred" ? elt.value : elt, t, ctx);
        });
        return;
      }
      case "Starred":
        store(target.value, T.list(iterationType(type)), ctx);
        return;
      case "Attribute": {
        const owner = withoutNone(evalExpr(target.value, ctx));
        const property = owner.kind === "instance" ? findMethod(owner.cls, target.attr) : null;
        if (property?.methodKind === "property") {
          // assigning a property calls its setter
          const setter = setterOf(property);
          const param = setter?.def.params[1];
          if (setter && param) {
            const types = callSiteTypes.get(setter) ?? new Map<string, PyType>();
            callSiteTypes.set(setter, types);
            grow(types, param.name, type);
          }
          return;
        }
        // the attribute exists from its first assignment on, even before its value's type is known
        if (owner.kind === "instance" && owner.cls.def) {
          const declaring = declaringClass(owner.cls, target.attr) ?? owner.cls;
          if (!declaring.attributes.has(target.attr)) declaring.attributes.set(target.attr, T.never);
          grow(declaring.attributes, target.attr, type);
        } else if (owner.kind === "classObject" && owner.cls.def) grow(owner.cls.classAttributes, target.attr, type);
        return;
      }
      case "Subscript": {
        const base = evalExpr(target.value, ctx);
        const index = evalExpr(target.index, ctx);
        if (base.kind === "instance") {
          const setitem = findMethod(base.cls, "__setitem__");
          if (setitem) recordProtocolArgs(setitem, [index, type]);
        }
        if (base.kind === "dict" || base.kind === "never") refine(target.value, T.dict(index, type), ctx);
        else if (base.kind === "list" && target.index.kind !== "Slice") refine(target.value, T.list(type), ctx);
        return;
      }
      default:
        return;
    }
  };

  /** Widens the storage behind an expression (a variable, attribute or container slot) to include `type`. */
  const refine = (expr: PyExpr, type: PyType, ctx: FrameContext) => {
    if (expr.kind === "Name" || expr.kind === "Attribute") store(expr, type, ctx);
    else if (expr.kind === "Subscript") {
      const base = evalExpr(expr.value, ctx);
      if (base.kind === "dict") refine(expr.value, T.dict(evalExpr(expr.index, ctx), type), ctx);
      else if (base.kind === "list") refine(expr.value, T.list(type), ctx);
    } else if (expr.kind === "Call" && expr.func.kind === "Attribute" && ["setdefault", "get"].includes(expr.func.attr)) {
      const base = evalExpr(expr.func.value, ctx);
      const key = expr.args[0];
      if (base.kind === "dict" && key) refine(expr.func.value, T.dict(evalExpr(key, ctx), type), ctx);
    }
  };

  const MUTATORS: Record<string, (receiver: PyType, args: PyType[]) => PyType | null> = {
    append: (r, a) => (r.kind === "list" || r.kind === "never" ? T.list(a[0] ?? T.unknown) : null),
    insert: (r, a) => (r.kind === "list" ? T.list(a[1] ?? T.unknown) : null),
    extend: (r, a) => (r.kind === "list" ? T.list(iterationType(a[0] ?? T.unknown)) : null),
    add: (r, a) => (r.kind === "set" ? T.set(a[0] ?? T.unknown, r.frozen) : null),
    update: (r, a) =>
      r.kind === "set" ? T.set(joinAll(a.map(iterationType)), r.frozen) : r.kind === "dict" && a[0]?.kind === "dict" ? a[0] : null,
    setdefault: (r, a) => (r.kind === "dict" && a.length > 1 ? T.dict(a[0]!, a[1]!, r.flavor) : null),
  };

  // ── expressions ──
  const evalExpr = (expr: PyExpr, ctx: FrameContext): PyType => {
    const t = evalExprInner(expr, ctx);
    exprTypes.set(expr, t);
    return t;
  };

  const evalCall = (call: NodeOf<"Call">, ctx: FrameContext): PyType => {
    const func = call.func;
    const argTypes = () => call.args.map((a) => evalExpr(a, ctx));
    // every keyword value is typed (`**mapping` too); the map holds the named ones
    const kwTypes = () => new Map(call.keywords.map((k) => [k.name, evalExpr(k.value, ctx)] as const).filter((e): e is readonly [string, PyType] => e[0] !== null));
    const qname = ctx.unit.names.resolve(func);
    // lambdas passed as key=/map/filter functions see the element type of the iterable
    const keyFn = call.keywords.find((k) => k.name === "key")?.value;
    if (keyFn?.kind === "Lambda" && call.args[0]) inferLambda(keyFn, [elemOf(call.args[0], ctx)], ctx);
    // `xs.sort(key=lambda v: ...)`: the key sees the list's items
    else if (keyFn?.kind === "Lambda" && func.kind === "Attribute" && func.attr === "sort") inferLambda(keyFn, [elemOf(func.value, ctx)], ctx);
    if ((qname === "builtins.map" || qname === "builtins.filter") && call.args[0]?.kind === "Lambda" && call.args[1]) {
      inferLambda(call.args[0], call.args.slice(1).map((a) => elemOf(a, ctx)), ctx);
    }
    const namedTuple = namedTuples.get(call);
    if (namedTuple) {
      argTypes();
      return { kind: "classObject", cls: namedTuple };
    }
    // super() in a method: the base class's view of self
    if (func.kind === "Name" && func.id === "super" && call.args.length === 0 && !ctx.unit.scopes.bindingOf(func)) {
      const owner = ctx.fn?.owner;
      const base = owner?.bases[0];
      return base ? { kind: "instance", cls: base } : T.unknown;
    }
    if (qname && hooks.has(qname)) {
      argTypes();
      kwTypes();
      const hooked = hooks.get(qname)!(call, { typeOf: (e) => evalExpr(e, ctx), resolve: (e) => ctx.unit.names.resolve(e), recordAttribute });
      if (hooked) return hooked;
    }
    // class methods of builtin types (`float.fromhex(s)`, `dict.fromkeys(keys, v)`)
    if (func.kind === "Attribute") {
      const owner = ctx.unit.names.resolve(func.value);
      const classMethod = owner?.startsWith("builtins.") ? BUILTIN_CLASS_METHODS[`${owner.slice(9)}.${func.attr}`] : undefined;
      if (classMethod) return classMethod({ args: argTypes(), keywords: kwTypes() });
    }
    if (qname?.startsWith("builtins.")) {
      const name = qname.slice(9);
      const exc = BUILTIN_EXCEPTIONS.get(name);
      if (exc) {
        argTypes();
        return { kind: "instance", cls: exc };
      }
      const rule = BUILTIN_FUNCTIONS[name];
      if (rule) return rule({ args: argTypes(), keywords: kwTypes() });
    }
    // method calls on builtin and declared types, with container refinement
    if (func.kind === "Attribute") {
      const receiver = evalExpr(func.value, ctx);
      const args = argTypes();
      if (receiver.kind === "never" && ctx.unit.names.resolve(func) === null) {
        kwTypes();
        return T.never; // nothing seen yet for the receiver: no result yet either
      }
      if (func.attr === "send" && receiver.kind === "iterator" && receiver.fn && args[0]) {
        const sent = join(receiver.fn.sends ?? T.never, args[0]);
        if (!equalTypes(sent, receiver.fn.sends ?? T.never)) {
          receiver.fn.sends = sent;
          changed = true;
        }
      }
      // generator methods: send/throw give the next yielded value, close gives None
      if (receiver.kind === "iterator" && receiver.name === "generator" && ["send", "throw", "close"].includes(func.attr)) {
        kwTypes();
        return func.attr === "close" ? T.none : receiver.item;
      }
      const mutator = MUTATORS[func.attr];
      if (mutator) {
        const refined = mutator(receiver, args);
        if (refined) refine(func.value, refined, ctx);
      }
      const c: CallTypes = { args, keywords: kwTypes() };
      // a receiver with no value seen yet (this round) tells nothing yet
      if (receiver.kind === "never") return T.never;
      // a hook keyed by `<library class>.<method>` types a method of a declared class or dict flavor
      const bare = withoutNone(receiver);
      const className = bare.kind === "named" ? bare.name : bare.kind === "dict" ? bare.flavor : undefined;
      const methodHook = className ? hooks.get(`${className}.${func.attr}`) : undefined;
      const hooked = methodHook?.(call, { typeOf: (e) => evalExpr(e, ctx), resolve: (e) => ctx.unit.names.resolve(e), recordAttribute });
      if (hooked) return hooked;
      const builtin = builtinMethodType(withoutNone(receiver), func.attr, c);
      if (builtin) return builtin;
      const declaredReceiver = withoutNone(receiver);
      if (declaredReceiver.kind === "named") {
        const sig = registry.methodSignature(declaredReceiver, func.attr);
        if (sig) return sig.returns;
      }
    }
    const evaluated = evalExpr(func, ctx);
    // calling an optional function (`fn = handlers.get(name)`) calls the function
    const callee = evaluated.kind === "union" && withoutNone(evaluated).kind === "callable" ? withoutNone(evaluated) : evaluated;
    if (callee.kind === "classObject") {
      const init = findMethod(callee.cls, "__init__");
      if (init) recordArgs(init, call, ctx, true);
      else if (callee.cls.def && isDataclass(callee.cls.def)) recordFields(callee.cls, call, ctx);
      else if (isSubclass(callee.cls, "typing.NamedTuple")) recordTupleFields(callee.cls, call, ctx);
      else argTypes();
      kwTypes();
      return { kind: "instance", cls: callee.cls };
    }
    if (callee.kind === "instance") {
      const dunderCall = findMethod(callee.cls, "__call__");
      if (dunderCall) {
        recordArgs(dunderCall, call, ctx, true);
        return resultOf(dunderCall);
      }
    }
    if (callee.kind === "never") {
      argTypes();
      kwTypes();
      return T.never; // nothing seen yet for the callee
    }
    if (callee.kind === "callable") {
      if (callee.fn) recordArgs(callee.fn, call, ctx, callee.fn.owner !== null && callee.fn.methodKind !== "staticmethod" && func.kind === "Attribute");
      else {
        argTypes();
        kwTypes();
      }
      return callee.returns;
    }
    // one of several functions (a dispatch table, argparse's `args.func`): each sees the arguments
    if (callee.kind === "union" && callee.members.every((m) => m.kind === "callable" || m.kind === "none")) {
      const callables = callee.members.filter((m): m is Extract<PyType, { kind: "callable" }> => m.kind === "callable");
      for (const c of callables) if (c.fn) recordArgs(c.fn, call, ctx, c.fn.owner !== null && c.fn.methodKind !== "staticmethod" && func.kind === "Attribute");
      argTypes();
      kwTypes();
      return joinAll(callables.map((c) => c.returns));
    }
    argTypes();
    kwTypes();
    if (qname) {
      const declared = registry.value(qname);
      if (isSignature(declared)) return declared.returns;
    }
    return T.unknown;
  };

  const elemOf = (expr: PyExpr, ctx: FrameContext): PyType => iterationType(evalExpr(expr, ctx));

  const inferLambda = (lambda: NodeOf<"Lambda">, paramTypes: PyType[], ctx: FrameContext) => {
    const fn = functions.get(lambda);
    if (!fn) return;
    const types = callSiteTypes.get(fn) ?? new Map<string, PyType>();
    callSiteTypes.set(fn, types);
    lambda.params.forEach((p, i) => {
      const t = paramTypes[i];
      if (t) grow(types, p.name, t);
    });
    void ctx;
  };

  const attributeType = (expr: NodeOf<"Attribute">, ctx: FrameContext): PyType => {
    const qname = ctx.unit.names.resolve(expr);
    if (qname) {
      const imported = importedValue(qname);
      if (imported) return imported;
      const cls = classesByName.get(qname);
      if (cls) return { kind: "classObject", cls };
      const declared = registry.value(qname);
      if (declared) return isSignature(declared) ? signatureCallable(declared) : declared;
      if (unitOfModule.has(qname)) return { kind: "module", name: qname };
    }
    const owner = evalExpr(expr.value, ctx);
    if (owner.kind === "never") return T.never;
    return memberType(withoutNone(owner), expr.attr);
  };

  const memberType = (owner: PyType, attr: string): PyType => {
    if (owner.kind === "never") return T.never;
    if (owner.kind === "classObject" && (attr === "__name__" || attr === "__qualname__" || attr === "__module__")) return T.str;
    if (owner.kind === "instance" || owner.kind === "classObject") {
      const method = findMethod(owner.cls, attr);
      if (method) {
        if (method.methodKind === "property") return resultOf(method);
        const c = callableOf(method);
        if (c.kind === "callable" && c.params && (method.methodKind === "method" || (method.methodKind === "classmethod")) && !(owner.kind === "classObject" && method.methodKind === "method")) {
          return { ...c, params: c.params.slice(1) };
        }
        return c;
      }
      // an attribute of a user class not assigned yet in this round may be assigned later: nothing seen yet
      const found = findAttribute(owner.cls, attr);
      if (found) return found;
      const hook = owner.kind === "instance" ? findMethod(owner.cls, "__getattr__") : null;
      if (hook) return resultOf(hook);
      // members a user class inherits from a library class
      const library = libraryBaseOf(owner.cls);
      const inherited = library ? registry.methodSignature({ kind: "named", name: library.qualifiedName, args: [] }, attr) : undefined;
      if (inherited) return signatureCallable(inherited);
      return owner.cls.def ? T.never : T.unknown;
    }
    if (owner.kind === "named") {
      const t = registry.attributeType(owner, attr);
      if (t) return t;
      const sig = registry.methodSignature(owner, attr);
      if (sig) return signatureCallable(sig);
      // attributes made by calls: "not seen yet" until a call records them
      if (registry.cls(owner.name)?.openAttributes) return recorded.get(owner.name)?.get(attr) ?? T.never;
    }
    if (owner.kind === "union") return joinAll(owner.members.map((m) => memberType(m, attr)));
    return T.unknown;
  };

  const signatureCallable = (sig: Signature): PyType => T.callable(sig.params, sig.returns);

  const nameType = (expr: NodeOf<"Name">, ctx: FrameContext): PyType => {
    const binding = ctx.unit.scopes.bindingOf(expr);
    const narrowed = binding ? ctx.narrowed?.get(binding) : undefined;
    if (narrowed) return narrowed;
    if (binding) {
      if (binding.kind === "import") {
        const qname = ctx.unit.names.ofBinding(binding);
        if (qname) {
          if (unitOfModule.has(qname)) return { kind: "module", name: qname };
          const imported = importedValue(qname);
          if (imported) return imported;
          const cls = classesByName.get(qname);
          if (cls) return { kind: "classObject", cls };
          const declared = registry.value(qname);
          if (declared) return isSignature(declared) ? signatureCallable(declared) : declared;
          return { kind: "module", name: qname };
        }
      }
      return typeOfBinding(binding);
    }
    const exc = BUILTIN_EXCEPTIONS.get(expr.id);
    if (exc) return { kind: "classObject", cls: exc };
    if (expr.id === "__name__" || expr.id === "__file__") return T.str;
    if (expr.id === "__doc__") return T.optional(T.str);
    return T.unknown;
  };

  const evalExprInner = (expr: PyExpr, ctx: FrameContext): PyType => {
    switch (expr.kind) {
      case "IntLit":
        return T.int;
      case "FloatLit":
        return T.float;
      case "StrLit":
        return T.str;
      case "BytesLit":
        return T.bytes;
      case "BoolLit":
        return T.bool;
      case "NoneLit":
        return T.none;
      case "FString":
        for (const part of expr.parts) visitFPart(part, ctx);
        return T.str;
      case "Name":
        return nameType(expr, ctx);
      case "List":
        return T.list(joinAll(expr.elts.map((e) => (e.kind === "Starred" ? iterationType(evalExpr(e.value, ctx)) : evalExpr(e, ctx)))));
      case "Set":
        return T.set(joinAll(expr.elts.map((e) => (e.kind === "Starred" ? iterationType(evalExpr(e.value, ctx)) : evalExpr(e, ctx)))));
      case "Tuple": {
        if (expr.elts.some((e) => e.kind === "Starred")) {
          return T.tupleOf(joinAll(expr.elts.map((e) => (e.kind === "Starred" ? iterationType(evalExpr(e.value, ctx)) : evalExpr(e, ctx)))));
        }
        return T.tuple(expr.elts.map((e) => evalExpr(e, ctx)));
      }
      case "Dict": {
        let key = T.never;
        let value = T.never;
        for (const entry of expr.entries) {
          const v = evalExpr(entry.value, ctx);
          if (entry.key) {
            key = join(key, evalExpr(entry.key, ctx));
            value = join(value, v);
          } else if (v.kind === "dict") {
            key = join(key, v.key);
            value = join(value, v.value);
          } else {
            key = T.unknown;
            value = T.unknown;
          }
        }
        return T.dict(key, value);
      }
      case "Starred":
        return evalExpr(expr.value, ctx);
      case "Attribute":
        return attributeType(expr, ctx);
      case "Subscript":
        return subscriptType(expr, ctx);
      case "Slice":
        for (const part of [expr.lower, expr.upper, expr.step]) if (part) evalExpr(part, ctx);
        return T.unknown;
      case "Call":
        return evalCall(expr, ctx);
      case "BinOp":
        return binaryType(expr.op, evalExpr(expr.left, ctx), evalExpr(expr.right, ctx));
      case "UnaryOp": {
        const t = evalExpr(expr.operand, ctx);
        if (expr.op === "not") return T.bool;
        if (t.kind === "bool") return T.int;
        return expr.op === "~" ? T.int : t;
      }
      case "BoolOp": {
        // each operand is evaluated knowing the previous ones were true (and) / false (or)
        let frame = ctx;
        const types = expr.values.map((v) => {
          const t = evalExpr(v, frame);
          frame = narrowedFrame(frame, narrowingsOf(v, expr.op === "and", narrowingQuery(frame)));
          return t;
        });
        if (expr.op === "or") return joinAll(types.map((t, i) => (i < types.length - 1 ? withoutNone(t) : t)));
        return joinAll(types);
      }
      case "Compare": {
        const operands = [expr.left, ...expr.comparators].map((c) => evalExpr(c, ctx));
        expr.ops.forEach((op, i) => {
          // `x in obj` calls obj.__contains__(x)
          const container = operands[i + 1];
          if ((op === "in" || op === "not in") && container?.kind === "instance") {
            const contains = findMethod(container.cls, "__contains__");
            if (contains) recordProtocolArgs(contains, [operands[i]!]);
          }
        });
        return T.bool;
      }
      case "IfExp": {
        evalExpr(expr.test, ctx);
        const q = narrowingQuery(ctx);
        const body = evalExpr(expr.body, narrowedFrame(ctx, narrowingsOf(expr.test, true, q)));
        return join(body, evalExpr(expr.orelse, narrowedFrame(ctx, narrowingsOf(expr.test, false, q))));
      }
      case "Lambda": {
        const fn = functions.get(expr)!;
        expr.params.forEach((p) => p.default && evalExpr(p.default, ctx));
        const body = evalExpr(expr.body, { unit: ctx.unit, fn, cls: null });
        if (!equalTypes(fn.returns, join(fn.returns, body))) {
          fn.returns = join(fn.returns, body);
          changed = true;
        }
        return callableOf(fn);
      }
      case "NamedExpr": {
        const t = evalExpr(expr.value, ctx);
        store(expr.target, t, ctx);
        return t;
      }
      case "ListComp":
      case "SetComp":
      case "GeneratorExp":
      case "DictComp":
        return comprehensionType(expr, ctx);
      case "Await":
        evalExpr(expr.value, ctx);
        return T.unknown;
      case "Yield":
        if (ctx.fn) growYield(ctx.fn, expr.value ? evalExpr(expr.value, ctx) : T.none);
        // next() resumes with None, send(v) with v
        return ctx.fn ? join(T.none, withoutNone(ctx.fn.sends ?? T.never)) : T.unknown;
      case "YieldFrom": {
        const source = evalExpr(expr.value, ctx);
        if (ctx.fn) growYield(ctx.fn, iterationType(source));
        // the value of `yield from gen` is the generator's return value
        if (source.kind === "iterator" && source.fn) return source.fn.returns.kind === "never" ? T.none : source.fn.returns;
        return source.kind === "iterator" && source.name === "generator" ? T.unknown : T.none;
      }
      case "EllipsisLit":
      case "UnsupportedExpr":
        return T.unknown;
    }
  };

  const growYield = (fn: FunctionInfo, t: PyType) => {
    const next = join(fn.yields, t);
    if (!equalTypes(next, fn.yields)) {
      fn.yields = next;
      changed = true;
    }
  };

  const visitFPart = (part: NodeOf<"FText"> | NodeOf<"FValue">, ctx: FrameContext) => {
    if (part.kind === "FValue") {
      evalExpr(part.value, ctx);
      part.spec?.forEach((p) => visitFPart(p, ctx));
    }
  };

  const subscriptType = (expr: NodeOf<"Subscript">, ctx: FrameContext): PyType => {
    const base = evalExpr(expr.value, ctx);
    const indexType = evalExpr(expr.index, ctx);
    const isSlice = expr.index.kind === "Slice" || (indexType.kind === "named" && indexType.name === "builtins.slice");
    const pick = (t: PyType): PyType => {
      switch (t.kind) {
        case "list":
          return isSlice ? t : t.item;
        case "str":
          return T.str;
        case "bytes":
          return isSlice ? T.bytes : T.int;
        case "tupleOf":
          return isSlice ? t : t.item;
        case "tuple": {
          if (isSlice) return T.tupleOf(joinAll(t.items));
          const index = constantIndex(expr.index);
          if (index !== null) return t.items[index < 0 ? t.items.length + index : index] ?? T.unknown;
          return joinAll(t.items);
        }
        case "dict":
          return t.value;
        case "classObject":
          return isSubclass(t.cls, "enum.Enum") ? { kind: "instance", cls: t.cls } : T.unknown;
        case "instance": {
          if (isSubclass(t.cls, "typing.NamedTuple")) {
            const fields = tupleFields(t.cls).map((f) => findAttribute(t.cls, f) ?? T.unknown);
            const index = constantIndex(expr.index);
            if (isSlice) return T.tupleOf(joinAll(fields));
            if (index !== null) return fields[index < 0 ? fields.length + index : index] ?? T.unknown;
            return joinAll(fields);
          }
          const getitem = findMethod(t.cls, "__getitem__");
          if (getitem) recordProtocolArgs(getitem, [evalExpr(expr.index, ctx)]);
          return getitem ? resultOf(getitem) : T.unknown;
        }
        case "named":
          return registry.cls(t.name)?.methods.get("__getitem__")?.returns ?? T.unknown;
        case "union":
          return joinAll(t.members.filter((m) => m.kind !== "none").map(pick));
        case "never":
          return T.never;
        default:
          return T.unknown;
      }
    };
    return pick(base);
  };

  const comprehensionType = (
    expr: NodeOf<"ListComp"> | NodeOf<"SetComp"> | NodeOf<"GeneratorExp"> | NodeOf<"DictComp">,
    ctx: FrameContext,
  ): PyType => {
    for (const gen of expr.generators) {
      store(gen.target, iterationType(evalExpr(gen.iter, ctx)), ctx);
      gen.ifs.forEach((c) => {
        evalExpr(c, ctx);
        ctx = narrowedFrame(ctx, narrowingsOf(c, true, narrowingQuery(ctx)));
      });
    }
    if (expr.kind === "DictComp") return T.dict(evalExpr(expr.key, ctx), evalExpr(expr.value, ctx));
    const elt = evalExpr(expr.elt, ctx);
    if (expr.kind === "ListComp") return T.list(elt);
    if (expr.kind === "SetComp") return T.set(elt);
    return T.iterator(elt, "generator");
  };

  // ── statements ──
  const narrowingQuery = (ctx: FrameContext): NarrowingQuery => ({
    bindingOf: (name) => ctx.unit.scopes.bindingOf(name),
    typeOf: (binding) => ctx.narrowed?.get(binding) ?? typeOfBinding(binding),
  });

  const narrowedFrame = (ctx: FrameContext, facts: ReadonlyMap<Binding, PyType>): FrameContext =>
    facts.size === 0 ? ctx : { ...ctx, narrowed: merge(ctx.narrowed ?? new Map(), facts) };

  /** Walks a block in order, carrying what guards proved (`if x is None: return` narrows x after it). */
  const walkBody = (stmts: PyStmt[], ctx: FrameContext) => {
    let frame = ctx;
    for (const s of stmts) {
      if (frame.narrowed) frame = { ...frame, narrowed: withoutStoresIn(frame.narrowed, s) };
      walkStmt(s, frame);
      frame = narrowedFrame(frame, narrowingsAfter(s, narrowingQuery(frame)));
    }
  };

  const walkStmt = (stmt: PyStmt, ctx: FrameContext): void => {
    switch (stmt.kind) {
      case "FunctionDef": {
        const fn = functions.get(stmt)!;
        applyDecorators(stmt, fn, ctx);
        stmt.params.forEach((p) => p.default && evalExpr(p.default, ctx));
        walkBody(stmt.body, { unit: ctx.unit, fn, cls: null });
        if (!fn.isGenerator && mayFallThrough(stmt.body)) growReturn(fn, T.none);
        return;
      }
      case "ClassDef": {
        const cls = classes.get(stmt)!;
        cls.bases = stmt.bases
          .map((b) => {
            const qname = ctx.unit.names.resolve(b);
            return resolveClass(b, ctx.unit) ?? (qname ? subclassableLibraryClass(qname) : undefined);
          })
          .filter((c): c is ClassInfo => c !== undefined);
        stmt.bases.forEach((b) => evalExpr(b, ctx));
        const isEnum = isSubclass(cls, "enum.Enum");
        for (const s of stmt.body) {
          if (s.kind === "Assign" && isEnum && isEnumMember(s)) {
            // enum members are instances of the class; their values are the `value` attribute
            const t = isAutoCall(s.value) ? T.int : evalExpr(s.value, ctx);
            evalExpr(s.value, ctx);
            for (const target of s.targets) if (target.kind === "Name") grow(cls.classAttributes, target.id, { kind: "instance", cls });
            grow(cls.attributes, "value", t);
          } else if (s.kind === "Assign") {
            const t = evalExpr(s.value, ctx);
            for (const target of s.targets) if (target.kind === "Name") grow(cls.classAttributes, target.id, t);
          } else if (s.kind === "AnnAssign" && s.target.kind === "Name") {
            grow(cls.classAttributes, s.target.id, annotated(s.annotation));
            if (s.value) evalExpr(s.value, ctx);
          } else {
            walkStmt(s, { unit: ctx.unit, fn: null, cls });
          }
        }
        return;
      }
      case "Return":
        if (ctx.fn) growReturn(ctx.fn, stmt.value ? evalExpr(stmt.value, ctx) : T.none);
        return;
      case "If":
      case "While": {
        evalExpr(stmt.test, ctx);
        const q = narrowingQuery(ctx);
        walkBody(stmt.body, narrowedFrame(ctx, narrowingsOf(stmt.test, true, q)));
        walkBody(stmt.orelse, narrowedFrame(ctx, narrowingsOf(stmt.test, false, q)));
        return;
      }
      case "Assign": {
        const t = evalExpr(stmt.value, ctx);
        stmt.targets.forEach((target) => store(target, t, ctx));
        // an empty display has the type of the variable it initialises (`counts = {}` filled later)
        const value = stmt.value;
        const empty = (value.kind === "Dict" && value.entries.length === 0) || ((value.kind === "Set" || value.kind === "List") && value.elts.length === 0);
        // so does a dict flavor made empty (`seen = Counter()`, `groups = defaultdict(list)`)
        const flavored = value.kind === "Call" && t.kind === "dict" && t.flavor !== undefined && t.key.kind === "never";
        if ((empty || flavored) && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name") {
          const held = evalExpr(stmt.targets[0]!, ctx);
          if (held.kind === t.kind && (held.kind !== "dict" || t.kind !== "dict" || held.flavor === t.flavor)) exprTypes.set(value, held);
        }
        return;
      }
      case "AnnAssign": {
        const declared = annotated(stmt.annotation);
        if (stmt.value) evalExpr(stmt.value, ctx);
        if (stmt.value || stmt.target.kind !== "Name") store(stmt.target, declared, ctx);
        else store(stmt.target, declared, ctx);
        return;
      }
      case "AugAssign": {
        const current = evalExpr(stmt.target, ctx);
        const value = evalExpr(stmt.value, ctx);
        store(stmt.target, inPlaceResult(stmt.op, current, value) ?? binaryType(stmt.op, current, value), ctx);
        return;
      }
      case "For":
        store(stmt.target, iterationType(evalExpr(stmt.iter, ctx)), ctx);
        walkBody(stmt.body, ctx);
        walkBody(stmt.orelse, ctx);
        return;
      case "With":
        for (const item of stmt.items) {
          const t = evalExpr(item.context, ctx);
          if (item.target) store(item.target, enterType(t), ctx);
        }
        walkBody(stmt.body, ctx);
        return;
      case "Try":
        walkBody(stmt.body, ctx);
        for (const handler of stmt.handlers) {
          if (handler.type) evalExpr(handler.type, ctx);
          if (handler.name) {
            const binding = ctx.unit.scopes.module && findHandlerBinding(handler, ctx);
            if (binding) grow(bindingTypes, binding, exceptionInstanceType(handler.type, ctx));
          }
          walkBody(handler.body, ctx);
        }
        walkBody(stmt.orelse, ctx);
        walkBody(stmt.finalbody, ctx);
        return;
      case "Delete":
        stmt.targets.forEach((t) => (t.kind === "Name" ? undefined : evalExpr(t, ctx)));
        return;
      case "Match": {
        const subject = evalExpr(stmt.subject, ctx);
        for (const c of stmt.cases) {
          capturePattern(c.pattern, subject, ctx);
          if (c.guard) evalExpr(c.guard, ctx);
          walkBody(c.body, ctx);
        }
        return;
      }
      default:
        forEachChild(stmt, (child) => {
          if (isExpr(child)) evalExpr(child, ctx);
          else if (isStmt(child)) walkStmt(child, ctx);
          else if (child.kind === "MatchCase") {
            if (child.guard) evalExpr(child.guard, ctx);
            walkBody(child.body, ctx);
          }
        });
    }
  };

  /** Stores into a match capture name (bound in the enclosing function scope). */
  const storeCapture = (node: Node, name: string, type: PyType, ctx: FrameContext) => {
    for (const scope of ctx.unit.scopes.allScopes()) {
      const binding = scope.bindings.get(name);
      if (binding?.references.some((r) => r.node === node)) {
        grow(bindingTypes, binding, type);
        return;
      }
    }
  };

  /** The names a pattern captures get the type of the part of the subject they match. */
  const capturePattern = (pattern: PyPattern, subject: PyType, ctx: FrameContext): void => {
    switch (pattern.kind) {
      case "MatchAs": {
        const narrowed = pattern.pattern ? patternType(pattern.pattern, subject, ctx) : subject;
        if (pattern.pattern) capturePattern(pattern.pattern, subject, ctx);
        if (pattern.name) storeCapture(pattern, pattern.name, narrowed, ctx);
        return;
      }
      case "MatchOr":
        pattern.patterns.forEach((p) => capturePattern(p, subject, ctx));
        return;
      case "MatchStar":
        if (pattern.name) storeCapture(pattern, pattern.name, T.list(sequenceItem(subject)), ctx);
        return;
      case "MatchSequence":
        pattern.patterns.forEach((p, i) => capturePattern(p, subject.kind === "tuple" && !pattern.patterns.some((q) => q.kind === "MatchStar") ? (subject.items[i] ?? T.unknown) : sequenceItem(subject), ctx));
        return;
      case "MatchMapping": {
        const value = subject.kind === "dict" ? subject.value : subject.kind === "never" ? T.never : T.unknown;
        pattern.keys.forEach((k) => evalExpr(k, ctx));
        pattern.patterns.forEach((p) => capturePattern(p, value, ctx));
        if (pattern.rest) storeCapture(pattern, pattern.rest, subject.kind === "dict" ? subject : T.dict(T.unknown, T.unknown), ctx);
        return;
      }
      case "MatchClass": {
        const clsType = evalExpr(pattern.cls, ctx);
        const narrowed = patternType(pattern, subject, ctx);
        const positional = clsType.kind === "classObject" ? matchArgs(clsType.cls) : [];
        pattern.patterns.forEach((p, i) => {
          const attr = positional[i];
          // a built-in class pattern (`int(n)`) matches its single positional pattern against the subject itself
          const t = attr !== undefined ? memberType(narrowed, attr) : clsType.kind !== "classObject" || !clsType.cls.def ? narrowed : T.unknown;
          capturePattern(p, t, ctx);
        });
        pattern.kwdPatterns.forEach((p, i) => capturePattern(p, memberType(narrowed, pattern.kwdNames[i]!), ctx));
        return;
      }
      case "MatchValue":
      case "MatchSingleton":
        evalExpr(pattern.value, ctx);
        return;
    }
  };

  /** The type of what a pattern matches, within the subject's type. */
  const patternType = (pattern: PyPattern, subject: PyType, ctx: FrameContext): PyType => {
    if (pattern.kind === "MatchClass") {
      const cls = evalExpr(pattern.cls, ctx);
      if (cls.kind === "classObject") return { kind: "instance", cls: cls.cls };
      const qname = ctx.unit.names.resolve(pattern.cls);
      const builtin: Record<string, PyType> = {
        "builtins.int": T.int, "builtins.float": T.float, "builtins.str": T.str, "builtins.bool": T.bool,
        "builtins.bytes": T.bytes, "builtins.list": T.list(T.unknown), "builtins.dict": T.dict(T.unknown, T.unknown),
      };
      return (qname ? builtin[qname] : undefined) ?? T.unknown;
    }
    if (pattern.kind === "MatchAs" && pattern.pattern) return patternType(pattern.pattern, subject, ctx);
    if (pattern.kind === "MatchOr") return joinAll(pattern.patterns.map((p) => patternType(p, subject, ctx)));
    if (pattern.kind === "MatchValue") return evalExpr(pattern.value, ctx);
    return subject;
  };

  const findHandlerBinding = (handler: NodeOf<"ExceptHandler">, ctx: FrameContext): Binding | null => {
    for (const scope of ctx.unit.scopes.allScopes()) {
      const binding = scope.bindings.get(handler.name!);
      if (binding?.references.some((r) => r.node === handler)) return binding;
    }
    return null;
  };

  const exceptionInstanceType = (type: PyExpr | null, ctx: FrameContext): PyType => {
    if (!type) return { kind: "instance", cls: BUILTIN_EXCEPTIONS.get("BaseException")! };
    const classesOf = type.kind === "Tuple" ? type.elts : [type];
    return joinAll(
      classesOf.map((c) => {
        const cls = resolveClass(c, ctx.unit);
        if (cls) return { kind: "instance", cls } as PyType;
        const qname = ctx.unit.names.resolve(c);
        return qname ? T.named(qname) : T.unknown;
      }),
    );
  };

  /** The type bound by `with X as y`: files and unknown managers pass through; user classes use __enter__. */
  const enterType = (t: PyType): PyType => {
    if (t.kind === "instance") {
      const enter = findMethod(t.cls, "__enter__");
      return enter ? resultOf(enter) : t;
    }
    if (t.kind === "named") {
      if (t.name === "contextlib.GeneratorContextManager") return t.args[0] ?? T.unknown;
      const enter = registry.cls(t.name)?.methods.get("__enter__");
      return enter ? enter.returns : t;
    }
    return t;
  };

  const growReturn = (fn: FunctionInfo, t: PyType) => {
    const next = join(fn.returns, t);
    if (!equalTypes(next, fn.returns)) {
      fn.returns = next;
      changed = true;
    }
  };

  for (let round = 0; round < MAX_ROUNDS; round++) {
    changed = false;
    for (const unit of units) walkBody(unit.module.body, { unit, fn: null, cls: null });
    if (!changed) break;
  }

  return {
    typeOf: (expr) => exprTypes.get(expr) ?? T.unknown,
    bindingType: (binding) => {
      const t = typeOfBinding(binding);
      return t;
    },
    functionInfo: (def) => functions.get(def),
    classInfo: (def) => classes.get(def),
    classByName: (name) => classesByName.get(name),
    libraryBase: (cls) => libraryBaseOf(cls)?.qualifiedName ?? null,
    librarySignature: (className, method) => registry.methodSignature({ kind: "named", name: className, args: [] }, method),
    paramType: (fn, name) => paramTypeOf(fn, name),
    resultType: (fn) => resultOf(fn),
    recordedAttributes: (className) => recorded.get(className) ?? new Map(),
  };
}

/** `enum.Enum` and its library subclasses, as the bases of user enums. */
const ENUM_CLASSES: ReadonlyMap<string, ClassInfo> = (() => {
  const out = new Map<string, ClassInfo>();
  const make = (name: string, base: string | null) => {
    const cls: ClassInfo = {
      qualifiedName: `enum.${name}`,
      name,
      def: null,
      bases: base ? [out.get(`enum.${base}`)!] : [],
      attributes: new Map<string, PyType>([["name", T.str], ["value", T.unknown]]),
      classAttributes: new Map(),
      methods: new Map(),
    };
    out.set(cls.qualifiedName, cls);
  };
  make("Enum", null);
  make("IntEnum", "Enum");
  make("StrEnum", "Enum");
  make("Flag", "Enum");
  make("IntFlag", "Flag");
  return out;
})();

/** `typing.NamedTuple`, the base of named tuple classes (functional `namedtuple(...)` ones too). */
const NAMED_TUPLE: ClassInfo = {
  qualifiedName: "typing.NamedTuple",
  name: "NamedTuple",
  def: null,
  bases: [],
  attributes: new Map(),
  classAttributes: new Map([["_fields", T.tupleOf(T.str)]]),
  methods: new Map(),
};

/** `namedtuple("P", "x y")` / `namedtuple("P", ["x", "y"])` (by name): the class name and fields. */
export function namedTupleCall(expr: PyExpr): { name: string; fields: string[] } | null {
  if (expr.kind !== "Call") return null;
  const f = expr.func;
  const isCall = (f.kind === "Name" && f.id === "namedtuple") || (f.kind === "Attribute" && f.attr === "namedtuple");
  const [nameArg, fieldsArg] = expr.args;
  if (!isCall || nameArg?.kind !== "StrLit" || !fieldsArg) return null;
  let fields: string[] | null = null;
  if (fieldsArg.kind === "StrLit") fields = fieldsArg.value.replace(/,/g, " ").split(/\s+/).filter((x) => x !== "");
  else if ((fieldsArg.kind === "List" || fieldsArg.kind === "Tuple") && fieldsArg.elts.every((e) => e.kind === "StrLit")) {
    fields = fieldsArg.elts.map((e) => (e as NodeOf<"StrLit">).value);
  }
  return fields ? { name: nameArg.value, fields } : null;
}

/** A class-body assignment that defines an enum member (not a dunder/sunder name, not a function). */
function isEnumMember(stmt: NodeOf<"Assign">): boolean {
  return stmt.targets.every((t) => t.kind === "Name" && !t.id.startsWith("_")) && stmt.value.kind !== "Lambda";
}

function isAutoCall(expr: PyExpr): boolean {
  return expr.kind === "Call" && ((expr.func.kind === "Name" && expr.func.id === "auto") || (expr.func.kind === "Attribute" && expr.func.attr === "auto"));
}

/** The element type of a sequence subject (lists and tuples; anything else is unknown). */
function sequenceItem(t: PyType): PyType {
  if (t.kind === "never") return T.never;
  if (t.kind === "list" || t.kind === "tupleOf") return t.item;
  if (t.kind === "tuple") return joinAll(t.items);
  return T.unknown;
}

/** `__match_args__` of a class: a dataclass's fields, or a literal tuple of names in the class body. */
export function matchArgs(cls: ClassInfo): string[] {
  const def = cls.def;
  if (!def) return [];
  for (const s of def.body) {
    if (s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === "__match_args__") && (s.value.kind === "Tuple" || s.value.kind === "List")) {
      return s.value.elts.flatMap((e) => (e.kind === "StrLit" ? [e.value] : []));
    }
  }
  if (isDataclass(def)) {
    const base = cls.bases[0];
    const inherited = base ? matchArgs(base) : [];
    const own = def.body.flatMap((s) => (s.kind === "AnnAssign" && s.target.kind === "Name" ? [s.target.id] : []));
    return [...inherited, ...own.filter((n) => !inherited.includes(n))];
  }
  return cls.bases[0] ? matchArgs(cls.bases[0]) : [];
}

/** Whether a class is decorated with `@dataclass` / `@dataclass(...)` (by name). */
function isDataclass(def: NodeOf<"ClassDef">): boolean {
  return def.decorators.some((d) => {
    const head = d.kind === "Call" ? d.func : d;
    return (head.kind === "Name" && head.id === "dataclass") || (head.kind === "Attribute" && head.attr === "dataclass");
  });
}

/** The first user class in the hierarchy holding an attribute (instance or class-level). */
function declaringClass(cls: ClassInfo, attr: string): ClassInfo | null {
  if (cls.def && (cls.attributes.has(attr) || cls.classAttributes.has(attr))) return cls;
  for (const base of cls.bases) {
    const found = declaringClass(base, attr);
    if (found) return found;
  }
  return null;
}

function constantIndex(expr: PyExpr): number | null {
  if (expr.kind === "IntLit") return expr.value;
  if (expr.kind === "UnaryOp" && expr.op === "-" && expr.operand.kind === "IntLit") return -expr.operand.value;
  return null;
}

function isExpr(node: Node): node is PyExpr {
  return NODE_CATEGORY_EXPR.has(node.kind);
}

function isStmt(node: Node): node is PyStmt {
  return NODE_CATEGORY_STMT.has(node.kind);
}

import { KINDS_BY_CATEGORY } from "../../ir/kinds";
const NODE_CATEGORY_EXPR = KINDS_BY_CATEGORY.get("expr")!;
const NODE_CATEGORY_STMT = KINDS_BY_CATEGORY.get("stmt")!;

function containsYield(def: NodeOf<"FunctionDef"> | NodeOf<"Lambda">): boolean {
  let found = false;
  const visit = (node: Node) => {
    if (found) return;
    if (node.kind === "Yield" || node.kind === "YieldFrom") {
      found = true;
      return;
    }
    if (node !== def && (node.kind === "FunctionDef" || node.kind === "Lambda" || node.kind === "ClassDef")) return;
    forEachChild(node, visit);
  };
  forEachChild(def, visit);
  return found;
}

/** Conservative: can control reach the end of this statement list? */
export function mayFallThrough(body: PyStmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return true;
  switch (last.kind) {
    case "Return":
    case "Raise":
      return false;
    case "If":
      return last.orelse.length === 0 || mayFallThrough(last.body) || mayFallThrough(last.orelse);
    case "While":
      return !(last.test.kind === "BoolLit" && last.test.value && !containsBreak(last.body));
    case "Try":
      if (last.finalbody.length > 0 && !mayFallThrough(last.finalbody)) return false;
      return (
        (last.orelse.length > 0 ? mayFallThrough(last.orelse) : mayFallThrough(last.body)) ||
        last.handlers.some((h) => mayFallThrough(h.body))
      );
    case "With":
      return mayFallThrough(last.body);
    case "Match":
      return true;
    case "ExprStmt":
      return !(last.value.kind === "Call" && last.value.func.kind === "Attribute" && last.value.func.attr === "exit" && last.value.func.value.kind === "Name" && last.value.func.value.id === "sys");
    default:
      return true;
  }
}

function containsBreak(body: PyStmt[]): boolean {
  let found = false;
  const visit = (node: Node) => {
    if (found) return;
    if (node.kind === "Break") found = true;
    else if (node.kind === "For" || node.kind === "While" || node.kind === "FunctionDef" || node.kind === "ClassDef") return;
    else forEachChild(node, visit);
  };
  body.forEach(visit);
  return found;
}

export type { ParamType };
