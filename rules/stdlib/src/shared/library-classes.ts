/**
 * Methods and attributes of the library objects this pack maps (file
 * objects, `os.stat_result`, `os.DirEntry`, `pathlib.Path`, ...). Each is a
 * runtime class that keeps the Python member names, so a declared member
 * translates to the same member (`fh.readline()`, `st.st_size`) unless the
 * class's table says otherwise. Members of these types that are not declared
 * are reported and stubbed: the runtime object has no such member.
 * Instances of user classes deriving from a subclassable library class
 * (`class SiteTemplate(string.Template)`) get the library's translation of
 * the members they inherit; their own members are left to the core rules.
 */
import {
  type AnyExpr,
  type CallMapping,
  type CallMappingTable,
  type ClassDeclaration,
  type NodeOf,
  type PyExpr,
  type RuleContext,
  applyMapping,
  findAttribute,
  findMethod,
  withoutNone,
} from "@py2ts/core";
import { type TranslateBuilder, mapDeclared, sameMethod } from "./declared-mappings";

/** How one library class's members are written, beyond "same name". */
export interface ClassMembers {
  /** Method translations by Python name (default: the same method of the runtime class). */
  methods?: Readonly<Record<string, TranslateBuilder>>;
  /** Attribute translations by Python name (default: the same property). */
  attributes?: Readonly<Record<string, (receiver: AnyExpr, ctx: RuleContext, node: NodeOf<"Attribute">) => AnyExpr>>;
}

export interface LibraryClassTables {
  methods: ReadonlyMap<string, CallMappingTable>;
  attributes: ReadonlyMap<string, ReadonlySet<string>>;
  custom: ReadonlyMap<string, ClassMembers>;
  /** Exception classes: members not declared here (`args`, `__cause__`) are left to the exception rules. */
  open: ReadonlySet<string>;
}

/** Builds the member tables of library classes from their declarations. */
export function libraryClassTables(
  declarations: Readonly<Record<string, ClassDeclaration>>,
  members: Readonly<Record<string, ClassMembers>>,
): LibraryClassTables {
  const methods = new Map<string, CallMappingTable>();
  const attributes = new Map<string, ReadonlySet<string>>();
  const custom = new Map<string, ClassMembers>();
  const open = new Set<string>();
  for (const [name, decl] of Object.entries(declarations)) {
    if (decl.base) open.add(name);
    const overrides = members[name] ?? {};
    const signatures = decl.methods ?? {};
    const builders: Record<string, TranslateBuilder> = {};
    for (const method of Object.keys(signatures)) builders[method] = overrides.methods?.[method] ?? sameMethod()(method);
    methods.set(name, mapDeclared(signatures, builders));
    attributes.set(name, new Set(Object.keys(decl.attributes ?? {})));
    custom.set(name, overrides);
  }
  return { methods, attributes, custom, open };
}

/** The library class of a receiver expression, when it is one of the tables' classes. */
export function libraryClassOf(ctx: RuleContext, tables: LibraryClassTables, receiver: PyExpr): string | null {
  const t = withoutNone(ctx.types.of(receiver));
  return t.kind === "named" && tables.methods.has(t.name) ? t.name : null;
}

/**
 * For an instance of a user class deriving from one of the tables'
 * (subclassable) classes: that library class, when the member is one the
 * user classes do not define themselves.
 */
function inheritedLibraryClass(ctx: RuleContext, tables: LibraryClassTables, receiver: PyExpr, member: string): string | null {
  const t = withoutNone(ctx.types.of(receiver));
  if (t.kind !== "instance") return null;
  const library = ctx.types.libraryBase(t.cls);
  if (!library || !tables.methods.has(library)) return null;
  if (findMethod(t.cls, member)?.owner?.def) return null;
  const declared = tables.methods.get(library)![member] !== undefined || tables.attributes.get(library)!.has(member);
  if (!declared) return null;
  const attribute = findAttribute(t.cls, member);
  return attribute === null || tables.attributes.get(library)!.has(member) ? library : null;
}

/**
 * For a receiver that may be one of several of the tables' classes
 * (`sys.stdout if x else open(p, "w")`): the classes, when every member of
 * the union is one of them.
 */
function libraryClassesOf(ctx: RuleContext, tables: LibraryClassTables, receiver: PyExpr): string[] | null {
  const t = withoutNone(ctx.types.of(receiver));
  if (t.kind !== "union") return null;
  const names = t.members.map((m) => (m.kind === "named" && tables.methods.has(m.name) ? m.name : null));
  return names.every((n) => n !== null) ? (names as string[]) : null;
}

/** A member every class of a union has with the plain same-name translation (so one TypeScript call fits all). */
function sharedMember(tables: LibraryClassTables, classes: readonly string[], member: string, kind: "methods" | "attributes"): boolean {
  return classes.every((c) =>
    kind === "methods"
      ? tables.methods.get(c)![member] !== undefined && tables.custom.get(c)?.methods?.[member] === undefined
      : tables.attributes.get(c)!.has(member) && tables.custom.get(c)?.attributes?.[member] === undefined,
  );
}

/**
 * `Call` and `Attribute` visitors for the members of library objects.
 * `unbindable` and `unmapped` are the rule's message ids (placeholders
 * `{name}`/`{reason}` and `{type}`/`{member}`).
 */
export function libraryClassVisitors<M extends string>(
  ctx: RuleContext<M>,
  tables: LibraryClassTables,
  messages: { unbindable: M; unmapped: M },
): {
  Call(path: { node: NodeOf<"Call">; replaceWith(node: AnyExpr): void }): void;
  Attribute(path: { node: NodeOf<"Attribute">; replaceWith(node: AnyExpr): void }): void;
} {
  const unmapped = (node: PyExpr, type: string, member: string) =>
    ctx.stubExpr({ messageId: messages.unmapped, node, data: { type, member } });
  return {
    Call(path) {
      const call = path.node;
      if (call.func.kind !== "Attribute") return;
      const several = libraryClassesOf(ctx, tables, call.func.value);
      if (several) {
        if (!sharedMember(tables, several, call.func.attr, "methods")) {
          path.replaceWith(unmapped(call, several.join(" | "), call.func.attr));
          return;
        }
      }
      const cls = several ? several[0]! : (libraryClassOf(ctx, tables, call.func.value) ?? inheritedLibraryClass(ctx, tables, call.func.value, call.func.attr));
      if (!cls) return;
      const mapping: CallMapping | undefined = tables.methods.get(cls)![call.func.attr];
      if (!mapping) {
        if (!tables.open.has(cls)) path.replaceWith(unmapped(call, cls, call.func.attr));
        return;
      }
      const outcome = applyMapping(ctx, call, mapping, { py: call.func.value, lowered: ctx.lower(call.func.value) });
      if (outcome.kind === "translated") path.replaceWith(outcome.expr);
      else if (outcome.kind === "unbindable") {
        path.replaceWith(ctx.stubExpr({ messageId: messages.unbindable, node: call, data: { name: `${cls}.${call.func.attr}`, reason: outcome.reason } }));
      }
    },
    Attribute(path) {
      const node = path.node;
      const several = libraryClassesOf(ctx, tables, node.value);
      if (several && !sharedMember(tables, several, node.attr, "attributes")) {
        path.replaceWith(unmapped(node, several.join(" | "), node.attr));
        return;
      }
      const cls = several ? several[0]! : (libraryClassOf(ctx, tables, node.value) ?? inheritedLibraryClass(ctx, tables, node.value, node.attr));
      if (!cls) return;
      const custom = tables.custom.get(cls)?.attributes?.[node.attr];
      if (custom) {
        path.replaceWith(custom(ctx.lower(node.value), ctx, node));
        return;
      }
      if (!tables.attributes.get(cls)!.has(node.attr)) {
        if (!tables.open.has(cls)) path.replaceWith(unmapped(node, cls, node.attr));
        return;
      }
      path.replaceWith(ctx.at(node).member(ctx.lower(node.value), node.attr));
    },
  };
}
