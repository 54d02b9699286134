/**
 * Type queries as rules see them (`ctx.types`): the inferred Python type of
 * an expression, and its TypeScript spelling.
 */
import type { Binding } from "../analysis/scopes";
import type { TypeInfo } from "../analysis/types/inference";
import { type ClassInfo, type FunctionInfo, type ParamType, type PyType, formatType, needsReprHint } from "../analysis/types/py-types";
import { tsParameterOrder, varArgsIsRest } from "../analysis/types/parameters";
import { type Signature, parseType } from "../analysis/types/type-declarations";
import type { NodeOf, PyExpr, TsType } from "../ir/nodes";
import type { Origin } from "../ir/span";
import { TsBuilder } from "../ir/ts-builder";
import type { ImportManager } from "./import-manager";
import { safeIdentifier } from "./names";
import type { TsTypeMapping } from "./rule";

export interface TypeContext {
  moduleName: string;
  imports: ImportManager;
  tsTypes: ReadonlyMap<string, TsTypeMapping>;
  /** Relative import specifier of a project module, or null when it is not part of the project. */
  importPath(moduleName: string): string | null;
}

export class TypeQueries {
  constructor(
    private readonly info: TypeInfo,
    private readonly context: TypeContext,
  ) {}

  private readonly assumed = new WeakMap<object, PyType>();

  of(expr: PyExpr): PyType {
    return this.assumed.get(expr) ?? this.info.typeOf(expr);
  }

  /**
   * Gives a node a rule built (a synthetic Python node, or a TypeScript node
   * standing for an already evaluated Python value) the type of the Python
   * expression it stands for, so type-directed rules translate it like the original.
   */
  assume<E extends object>(node: E, type: PyType): E {
    this.assumed.set(node, type);
    return node;
  }

  ofBinding(binding: Binding): PyType {
    return this.info.bindingType(binding);
  }

  functionInfo(def: NodeOf<"FunctionDef"> | NodeOf<"Lambda">): FunctionInfo | undefined {
    return this.info.functionInfo(def);
  }

  classInfo(def: NodeOf<"ClassDef">): ClassInfo | undefined {
    return this.info.classInfo(def);
  }

  classByName(qualifiedName: string): ClassInfo | undefined {
    return this.info.classByName(qualifiedName);
  }

  /**
   * The declared library class (qualified name) a user class derives from,
   * when a pack declares it `subclassable`: `string.Template` for
   * `class SiteTemplate(Template)`. Null otherwise.
   */
  libraryBase(cls: ClassInfo): string | null {
    return this.info.libraryBase(cls);
  }

  /** The declared signature of a library class's method (`__init__` for construction), without `self`. */
  librarySignature(className: string, method: string): Signature | undefined {
    return this.info.librarySignature(className, method);
  }

  paramType(fn: FunctionInfo, name: string): PyType {
    return this.info.paramType(fn, name);
  }

  /** The type a call of the function gives (annotation, joined returns, or generator). */
  resultType(fn: FunctionInfo): PyType {
    return this.info.resultType(fn);
  }

  /** The attributes call sites recorded for a declared class with open attributes (argparse's Namespace). */
  recordedAttributes(className: string): ReadonlyMap<string, PyType> {
    return this.info.recordedAttributes(className);
  }

  /** The runtime repr hint for values of this type, or null when the run-time heuristic is exact. */
  hint(t: PyType): string | null {
    return needsReprHint(t) ? formatType(t) : null;
  }

  /** Whether a type could not be inferred (the caller reports PY2TS4001 when it emits `unknown`). */
  isUnknown(t: PyType): boolean {
    return t.kind === "unknown" || t.kind === "never" || (t.kind === "union" && t.members.some((m) => m.kind === "unknown"));
  }

  /** The TypeScript type for a Python type. */
  toTs(t: PyType, origin: Origin): TsType {
    const b = new TsBuilder(origin);
    const go = (t: PyType): TsType => {
      switch (t.kind) {
        case "int":
        case "float":
          return b.keywordType("number");
        case "bool":
          return b.keywordType("boolean");
        case "str":
          return b.keywordType("string");
        case "bytes":
          return b.typeRef("Uint8Array");
        case "none":
          return b.keywordType("null");
        case "list":
          return b.arrayType(go(t.item));
        case "tuple":
          return b.tupleType(t.items.map(go), true);
        case "tupleOf":
          return b.arrayType(go(t.item), true);
        case "dict": {
          const flavor = t.flavor ? this.context.tsTypes.get(t.flavor) : undefined;
          if (flavor) {
            const name = flavor.module ? this.context.imports.named(flavor.module, flavor.name, { typeOnly: true }) : flavor.name;
            return b.typeRef(name, [go(t.key), go(t.value)]);
          }
          return b.typeRef("Map", [go(t.key), go(t.value)]);
        }
        case "set":
          return b.typeRef(t.frozen ? "ReadonlySet" : "Set", [go(t.item)]);
        case "iterator":
          return t.name === "generator"
            ? b.typeRef("Generator", [go(t.item), b.keywordType("void"), b.keywordType("unknown")])
            : b.typeRef("Iterable", [go(t.item)]);
        case "callable":
          // laid out like the function definition: `*args` is a rest parameter only when last
          const params: ParamType[] = t.params ?? [{ name: "args", type: { kind: "unknown" }, kind: "varArgs", hasDefault: false }];
          const rest = varArgsIsRest(params);
          return b.functionType(
            tsParameterOrder(params).map((p, i) => ({
              name: safeIdentifier(p.name || `arg${i}`),
              type: p.kind === "varArgs" ? b.arrayType(go(p.type.kind === "tupleOf" ? p.type.item : p.type)) : go(p.type),
              rest: p.kind === "varArgs" && rest,
              optional: (p.hasDefault && p.kind !== "varArgs") || (p.kind === "varArgs" && !rest) || p.kind === "varKeywords",
            })),
            t.returns.kind === "none" ? b.keywordType("void") : go(t.returns),
          );
        case "instance":
          return b.typeRef(this.className(t.cls));
        case "classObject":
          return b.typeRef(`typeof ${this.className(t.cls)}`);
        case "named": {
          const mapping = this.context.tsTypes.get(t.name);
          if (!mapping) return b.keywordType("unknown");
          const name = mapping.module ? this.context.imports.named(mapping.module, mapping.name, { typeOnly: true }) : mapping.name;
          // without declared args, the Python type's own arguments are passed (`deque[int]` → `Deque<number>`)
          return b.typeRef(name, mapping.args ? mapping.args.map((a) => go(parseType(a))) : t.args.map(go));
        }
        case "union": {
          const parts: TsType[] = [];
          const seen = new Set<string>();
          for (const member of t.members) {
            const ts = go(member);
            const key = JSON.stringify(ts, (k, v) => (k === "span" ? undefined : v));
            if (!seen.has(key)) {
              seen.add(key);
              parts.push(ts);
            }
          }
          return b.unionType(parts);
        }
        default:
          return b.keywordType("unknown");
      }
    };
    return go(t);
  }

  /** The TypeScript name of a user class, importing it (type-only) from its module when needed. */
  private className(cls: ClassInfo): string {
    const library = cls.def === null ? this.context.tsTypes.get(cls.qualifiedName) : undefined;
    if (library) return library.module ? this.context.imports.named(library.module, library.name, { typeOnly: true }) : library.name;
    if (cls.qualifiedName.startsWith("builtins.")) {
      return this.context.imports.named("@py2ts/runtime", cls.name);
    }
    const dot = cls.qualifiedName.lastIndexOf(".");
    const module = cls.qualifiedName.slice(0, dot);
    if (module === this.context.moduleName) return safeIdentifier(cls.name);
    const path = this.context.importPath(module);
    if (!path) return safeIdentifier(cls.name);
    return this.context.imports.named(path, cls.name, { typeOnly: true });
  }
}
