/**
 * What `@dataclass` generates for a class, read from its decorator options
 * and its annotated class attributes (`name: str = field(...)`): the fields
 * in `__init__` order (base dataclass fields first), and which methods to
 * generate.
 */
import { type ClassInfo, type NodeOf, type ParamType, type PyExpr, type PyType, type RuleContext, join } from "@py2ts/core";

type ClassDef = NodeOf<"ClassDef">;

export interface DataclassOptions {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  frozen: boolean;
}

export interface FieldSpec {
  name: string;
  stmt: NodeOf<"AnnAssign">;
  /** `= value` or `field(default=value)`. */
  default: PyExpr | null;
  /** `field(default_factory=f)`. */
  factory: PyExpr | null;
  init: boolean;
  repr: boolean;
  compare: boolean;
}

export interface DataclassSpec {
  options: DataclassOptions;
  /** Every field in `__init__` order, inherited ones first. */
  fields: FieldSpec[];
  /** The fields this class declares. */
  own: FieldSpec[];
  /** The base class when it is a dataclass too. */
  baseSpec: DataclassSpec | null;
  /** Why the class cannot be translated faithfully, or null. */
  unsupported: string | null;
}

const DEFAULTS: DataclassOptions = { init: true, repr: true, eq: true, order: false, frozen: false };

/** The `@dataclass` / `@dataclass(...)` decorator of a class, or null. */
export function dataclassDecorator(ctx: RuleContext, node: ClassDef): PyExpr | null {
  return node.decorators.find((d) => ctx.resolve(d.kind === "Call" ? d.func : d) === "dataclasses.dataclass") ?? null;
}

function literalBool(expr: PyExpr): boolean | null {
  return expr.kind === "BoolLit" ? expr.value : null;
}

function isClassVar(ctx: RuleContext, annotation: PyExpr): boolean {
  const head = annotation.kind === "Subscript" ? annotation.value : annotation;
  return ctx.resolve(head) === "typing.ClassVar";
}

export function dataclassSpec(ctx: RuleContext, node: ClassDef, cls: ClassInfo | undefined = ctx.types.classInfo(node)): DataclassSpec | null {
  const decorator = dataclassDecorator(ctx, node);
  if (!decorator) return null;
  const spec: DataclassSpec = { options: { ...DEFAULTS }, fields: [], own: [], baseSpec: null, unsupported: null };
  if (decorator.kind === "Call") {
    for (const kw of decorator.keywords) {
      const value = literalBool(kw.value);
      if (kw.name && kw.name in DEFAULTS && value !== null) spec.options[kw.name as keyof DataclassOptions] = value;
      else if (kw.name !== "unsafe_hash" || value !== false) spec.unsupported = `@dataclass(${ctx.sourceText(kw)})`;
    }
    if (decorator.args.length > 0) spec.unsupported = "positional @dataclass arguments";
  }
  for (const stmt of node.body) {
    if (stmt.kind !== "AnnAssign" || stmt.target.kind !== "Name" || isClassVar(ctx, stmt.annotation)) continue;
    const field: FieldSpec = { name: stmt.target.id, stmt, default: stmt.value, factory: null, init: true, repr: true, compare: true };
    const value = stmt.value;
    if (value?.kind === "Call" && ctx.resolve(value.func) === "dataclasses.field") {
      field.default = null;
      if (value.args.length > 0) spec.unsupported = "positional field() arguments";
      for (const kw of value.keywords) {
        if (kw.name === "default") field.default = kw.value;
        else if (kw.name === "default_factory") field.factory = kw.value;
        else if (kw.name === "init" || kw.name === "repr" || kw.name === "compare") {
          const flag = literalBool(kw.value);
          if (flag === null) spec.unsupported = `field(${kw.name}=...) with a computed value`;
          else field[kw.name] = flag;
        } else if (kw.name !== "hash" && kw.name !== "metadata") spec.unsupported = `field(${kw.name}=...)`;
      }
    }
    spec.own.push(field);
  }
  const base = cls?.bases[0];
  const baseDef = base?.def;
  if (baseDef) {
    spec.baseSpec = dataclassSpec(ctx, baseDef, base);
  }
  const inherited = spec.baseSpec ? [...spec.baseSpec.fields] : [];
  for (const f of spec.own) {
    const at = inherited.findIndex((g) => g.name === f.name);
    if (at >= 0) inherited[at] = f;
    else inherited.push(f);
  }
  spec.fields = inherited;
  return spec;
}

/** The static type of a field (its annotation, joined with what the code stores). */
export function fieldType(cls: ClassInfo, name: string): PyType {
  for (let c: ClassInfo | undefined = cls; c; c = c.bases[0]) {
    const declared = c.classAttributes.get(name);
    const stored = c.attributes.get(name);
    if (declared && stored) return join(declared, stored);
    if (declared ?? stored) return (declared ?? stored)!;
  }
  return { kind: "unknown" };
}

/** The parameters of the generated `__init__`, as callers bind to them. */
export function initParams(spec: DataclassSpec, cls: ClassInfo): ParamType[] {
  return spec.fields
    .filter((f) => f.init)
    .map((f) => ({ name: f.name, type: fieldType(cls, f.name), kind: "positional", hasDefault: f.default !== null || f.factory !== null }));
}
