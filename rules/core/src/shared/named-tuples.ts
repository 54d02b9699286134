/**
 * Named tuple classes (`class P(NamedTuple): x: int` and
 * `P = namedtuple("P", "x y")`): their fields, the parameters of their
 * constructor, and the TypeScript members giving an array subclass named,
 * read-only fields (runtime `NamedTuple`).
 */
import { type AnyExpr, type ClassInfo, type NodeOf, type ParamType, type PyExpr, type PyType, type RuleContext, type TsMember, findAttribute, isSubclass, joinAll, namedTupleCall } from "@py2ts/core";

export interface TupleField {
  name: string;
  default: PyExpr | null;
}

export function isNamedTuple(cls: ClassInfo): boolean {
  return isSubclass(cls, "typing.NamedTuple");
}

/** The fields of a named tuple class, from its class body or its `namedtuple(...)` call. */
export function tupleFields(cls: ClassInfo, call: NodeOf<"Call"> | null = null): TupleField[] {
  if (cls.def) {
    return cls.def.body.flatMap((s) => (s.kind === "AnnAssign" && s.target.kind === "Name" ? [{ name: s.target.id, default: s.value }] : []));
  }
  const spec = call ? namedTupleCall(call) : null;
  if (spec) return spec.fields.map((name) => ({ name, default: null }));
  return [...cls.attributes.keys()].map((name) => ({ name, default: null }));
}

export function fieldType(cls: ClassInfo, name: string): PyType {
  return findAttribute(cls, name) ?? { kind: "unknown" };
}

export function tupleParams(cls: ClassInfo): ParamType[] {
  return tupleFields(cls).map((f) => ({ name: f.name, type: fieldType(cls, f.name), kind: "positional", hasDefault: f.default !== null }));
}

/** `static _fields`, the constructor (`super(); this.push(x, y)`) and a getter per field. */
export function namedTupleMembers(ctx: RuleContext, origin: NodeOf<"ClassDef"> | NodeOf<"Assign">, cls: ClassInfo, fields: TupleField[]): TsMember[] {
  const b = ctx.at(origin);
  const out: TsMember[] = [
    b.property({ name: "_fields", type: b.arrayType(b.keywordType("string"), true), init: b.array(fields.map((f) => b.str(f.name))), isStatic: true }),
  ];
  const params = fields.map((f) => ({ name: ctx.scope.tsName(f.name), type: ctx.types.toTs(fieldType(cls, f.name), origin), init: f.default as AnyExpr | null }));
  out.push(
    b.constructorDecl(params, [
      b.exprStmt(b.call(b.super(), [])),
      b.exprStmt(b.methodCall(b.this(), "push", fields.map((f) => b.id(ctx.scope.tsName(f.name))))),
    ]),
  );
  fields.forEach((f, i) => {
    const type = ctx.types.toTs(fieldType(cls, f.name), origin);
    out.push(b.method({ name: f.name, params: [], returnType: type, body: [b.return(b.as(b.index(b.this(), b.num(i)), type))], methodKind: "get" }));
  });
  return out;
}

/** The item type of a named tuple's array base: the union of its field types. */
export function tupleItemType(ctx: RuleContext, origin: NodeOf<"ClassDef"> | NodeOf<"Assign">, cls: ClassInfo, fields: TupleField[]) {
  return ctx.types.toTs(joinAll(fields.map((f) => fieldType(cls, f.name))), origin);
}
