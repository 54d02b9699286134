/**
 * The members `@dataclass` generates, as TypeScript: the constructor (fields
 * in order, defaults, `default_factory` called per instance, `__post_init__`,
 * frozen fields), `__repr__`, `__eq__`, the ordering methods and `__hash__`,
 * each delegating to the runtime's dataclass helpers; and the registration
 * of the fields after the class.
 */
import { type AnyExpr, type AnyStmt, type ClassInfo, type NodeOf, type RuleContext, type TsMember, createNode } from "@py2ts/core";
import { type DataclassSpec, type FieldSpec, fieldType } from "./dataclass-spec";

type ClassDef = NodeOf<"ClassDef">;

/** A fresh value from `default_factory`: `[]`, `new Map()`, `new Set()`, or the factory called. */
function factoryValue(ctx: RuleContext, factory: NodeOf<"Call">["func"]): AnyExpr {
  const b = ctx.at(factory);
  switch (ctx.resolve(factory)) {
    case "builtins.list":
      return b.array([]);
    case "builtins.dict":
      return b.new(b.id("Map"), []);
    case "builtins.set":
      return b.new(b.id("Set"), []);
    default:
      return ctx.lower(createNode("Call", { func: factory, args: [], keywords: [] }, factory));
  }
}

function initialValue(ctx: RuleContext, f: FieldSpec): AnyExpr | null {
  if (f.factory) return factoryValue(ctx, f.factory);
  if (f.default) return ctx.lower(f.default);
  return null;
}

/** The generated constructor. `baseSpec` set: the base dataclass's constructor runs first with its fields. */
export function dataclassConstructor(ctx: RuleContext, node: ClassDef, cls: ClassInfo, spec: DataclassSpec, extendsSomething: boolean): TsMember {
  const b = ctx.at(node);
  const params = spec.fields
    .filter((f) => f.init)
    .map((f) => ({ name: ctx.scope.tsName(f.name), type: ctx.types.toTs(fieldType(cls, f.name), f.stmt), init: initialValue(ctx, f) }));
  const body: AnyStmt[] = [];
  const inherited = new Set(spec.baseSpec ? spec.baseSpec.fields.map((f) => f.name) : []);
  if (spec.baseSpec) {
    const baseArgs = spec.baseSpec.fields.filter((f) => f.init).map((f) => b.id(ctx.scope.tsName(f.name)));
    body.push(b.exprStmt(b.call(b.super(), baseArgs)));
  } else if (extendsSomething) {
    body.push(b.exprStmt(b.call(b.super(), [])));
  }
  for (const f of spec.fields) {
    // a base dataclass already set its fields, except those this class redefines
    if (inherited.has(f.name) && !spec.own.includes(f)) continue;
    const fb = ctx.at(f.stmt);
    const value = f.init ? fb.id(ctx.scope.tsName(f.name)) : initialValue(ctx, f);
    if (value) body.push(fb.exprStmt(fb.assign(fb.member(fb.this(), f.name), value)));
  }
  const self = b.id(ctx.scope.tsName(node.name));
  body.push(b.exprStmt(b.call(ctx.runtime("finishDataclass"), [b.this(), self, b.id("new.target")])));
  return b.constructorDecl(params, body);
}

/** `__repr__`, `__eq__`, ordering and `__hash__`, for those the class body does not define itself. */
export function dataclassMethods(ctx: RuleContext, node: ClassDef, spec: DataclassSpec, defined: ReadonlySet<string>): TsMember[] {
  const b = ctx.at(node);
  const out: TsMember[] = [];
  const other = { name: "other", type: b.keywordType("unknown") };
  const comparison = b.unionType([b.keywordType("boolean"), b.typeRef("symbol")]);
  const add = (name: string, params: Array<{ name: string; type: ReturnType<typeof b.keywordType> }>, returnType: ReturnType<typeof b.unionType>, value: AnyExpr) => {
    if (!defined.has(name)) out.push(b.method({ name, params, returnType, body: [b.return(value)] }));
  };
  if (spec.options.repr) add("__repr__", [], b.keywordType("string"), b.call(ctx.runtime("dataclassRepr"), [b.this()]));
  if (spec.options.eq) add("__eq__", [other], comparison, b.call(ctx.runtime("dataclassEq"), [b.this(), b.id("other")]));
  if (spec.options.order) {
    for (const [name, op] of [["__lt__", "<"], ["__le__", "<="], ["__gt__", ">"], ["__ge__", ">="]] as const) {
      add(name, [other], comparison, b.call(ctx.runtime("dataclassOrder"), [b.this(), b.id("other"), b.str(op)]));
    }
  }
  if (spec.options.frozen && spec.options.eq) add("__hash__", [], b.keywordType("number"), b.call(ctx.runtime("dataclassHash"), [b.this()]));
  return out;
}

/** `registerDataclass(C, [...fields])` after the class. */
export function dataclassRegistration(ctx: RuleContext, node: ClassDef, cls: ClassInfo, spec: DataclassSpec): AnyStmt {
  const b = ctx.at(node);
  const fields = spec.fields.map((f) => {
    // annotations are not enforced: `size: float` may hold 512, which prints as 512, so floats keep the value's own form
    const declared = ctx.types.hint(fieldType(cls, f.name));
    const hint = declared && !declared.includes("float") ? declared : null;
    return b.object([
      ["name", b.str(f.name)],
      ["init", b.bool(f.init)],
      ["repr", b.bool(f.repr)],
      ["compare", b.bool(f.compare)],
      ["hint", hint ? b.str(hint) : b.null()],
    ]);
  });
  const args: AnyExpr[] = [b.id(ctx.scope.tsName(node.name)), b.array(fields)];
  if (spec.options.frozen) args.push(b.bool(true));
  return b.exprStmt(b.call(ctx.runtime("registerDataclass"), args));
}
