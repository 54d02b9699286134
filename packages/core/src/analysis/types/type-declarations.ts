/**
 * Type declarations for library names, contributed by rule packs the way
 * typeshed stubs describe the standard library:
 *
 *   values:  { "os.path.join": "(path: str, *paths: str) -> str", "os.sep": "str" }
 *   classes: { "re.Match": { methods: { group: "(*groups: int | str) -> str | None" } } }
 *
 * Signatures use Python type syntax. The same signatures drive keyword
 * argument binding for mapped calls.
 */
import { type ParamType, type PyType, T, declareIteration, join } from "./py-types";

export interface ClassDeclaration {
  attributes?: Record<string, string>;
  methods?: Record<string, string>;
  /** Element type when iterated (`for line in f`). */
  iterates?: string;
  /** Base class (qualified), for exception hierarchies. */
  base?: string;
  /**
   * Type parameters of a generic class (`["Out", "Err"]`): member types may
   * name them, and a `named` type's `args` instantiate them
   * (`subprocess.CompletedProcess[str, None]`).
   */
  typeParams?: string[];
  /** Attributes are made by calls and recorded by type hooks (`TypeQuery.recordAttribute`), like argparse's Namespace. */
  openAttributes?: boolean;
  /**
   * User classes may derive from it (`class SiteTemplate(string.Template)`):
   * the pack lowers the class name to a runtime class a TypeScript class can
   * `extends`, whose members keep the declared names (class attributes on the
   * prototype, so a subclass's class attribute overrides them). The subclass
   * inherits the declared methods, attributes and `__init__` signature.
   */
  subclassable?: boolean;
}

export interface TypeDeclarations {
  values?: Record<string, string>;
  classes?: Record<string, ClassDeclaration>;
}

export interface Signature {
  params: ParamType[];
  returns: PyType;
}

export interface DeclaredClass {
  name: string;
  attributes: Map<string, PyType>;
  methods: Map<string, Signature>;
  iterates: PyType | null;
  base: string | null;
  typeParams: string[];
  openAttributes: boolean;
  subclassable: boolean;
}

/** Merged declarations of all loaded packs. */
export class DeclarationRegistry {
  private readonly values = new Map<string, PyType | Signature>();
  private readonly classes = new Map<string, DeclaredClass>();

  add(decls: TypeDeclarations): void {
    for (const [name, text] of Object.entries(decls.values ?? {})) {
      this.values.set(name, text.trimStart().startsWith("(") ? parseSignature(text) : parseType(text));
    }
    for (const [name, cls] of Object.entries(decls.classes ?? {})) {
      const existing = this.classes.get(name);
      const declared: DeclaredClass = existing ?? { name, attributes: new Map(), methods: new Map(), iterates: null, base: null, typeParams: [], openAttributes: false, subclassable: false };
      if (cls.typeParams) declared.typeParams = [...cls.typeParams];
      for (const [attr, text] of Object.entries(cls.attributes ?? {})) declared.attributes.set(attr, parseType(text));
      for (const [method, text] of Object.entries(cls.methods ?? {})) declared.methods.set(method, parseSignature(text));
      if (cls.iterates) {
        declared.iterates = parseType(cls.iterates);
        declareIteration(name, declared.iterates);
      }
      if (cls.base) declared.base = cls.base;
      if (cls.openAttributes) declared.openAttributes = true;
      if (cls.subclassable) declared.subclassable = true;
      this.classes.set(name, declared);
    }
  }

  value(qualifiedName: string): PyType | Signature | undefined {
    return this.values.get(qualifiedName);
  }

  cls(qualifiedName: string): DeclaredClass | undefined {
    return this.classes.get(qualifiedName);
  }

  /** The type of an attribute of a declared class, its type parameters instantiated with the type's args. */
  attributeType(owner: Extract<PyType, { kind: "named" }>, attr: string): PyType | undefined {
    const cls = this.classes.get(owner.name);
    const t = cls?.attributes.get(attr);
    return t && cls ? instantiate(t, cls.typeParams, owner.args) : undefined;
  }

  /** The signature of a method of a declared class, its type parameters instantiated. */
  methodSignature(owner: Extract<PyType, { kind: "named" }>, method: string): Signature | undefined {
    const cls = this.classes.get(owner.name);
    const sig = cls?.methods.get(method);
    if (!sig || !cls || cls.typeParams.length === 0) return sig;
    return {
      params: sig.params.map((p) => ({ ...p, type: instantiate(p.type, cls.typeParams, owner.args) })),
      returns: instantiate(sig.returns, cls.typeParams, owner.args),
    };
  }

  /**
   * The result of a binary operator on a declared library class, from its
   * dunder methods (`pathlib.Path.__truediv__` types `p / "x"`), or undefined.
   */
  operatorResult(op: string, left: PyType, right: PyType): PyType | undefined {
    const dunder = OPERATOR_DUNDERS[op];
    if (!dunder) return undefined;
    if (left.kind === "named") {
      const sig = this.methodSignature(left, `__${dunder}__`);
      if (sig) return sig.returns;
    }
    if (right.kind === "named") {
      const sig = this.methodSignature(right, `__r${dunder}__`);
      if (sig) return sig.returns;
    }
    return undefined;
  }

  /** Every declared class, in declaration order. */
  allClasses(): Iterable<DeclaredClass> {
    return this.classes.values();
  }

  /** Whether a qualified class name derives from another (declared bases). */
  derivesFrom(name: string, base: string): boolean {
    let current: string | null = name;
    const seen = new Set<string>();
    while (current && !seen.has(current)) {
      if (current === base) return true;
      seen.add(current);
      current = this.classes.get(current)?.base ?? null;
    }
    return false;
  }
}

const OPERATOR_DUNDERS: Readonly<Record<string, string>> = {
  "+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod", "**": "pow",
  "@": "matmul", "&": "and", "|": "or", "^": "xor", "<<": "lshift", ">>": "rshift",
};

/** Replaces the type parameters named in `t` by the given args (`unknown` when an arg is missing). */
export function instantiate(t: PyType, params: readonly string[], args: readonly PyType[]): PyType {
  if (params.length === 0) return t;
  const go = (x: PyType): PyType => {
    switch (x.kind) {
      case "named": {
        const i = params.indexOf(x.name);
        if (i >= 0 && x.args.length === 0) return args[i] ?? T.unknown;
        return x.args.length ? T.named(x.name, x.args.map(go)) : x;
      }
      case "list":
        return T.list(go(x.item));
      case "tuple":
        return T.tuple(x.items.map(go));
      case "tupleOf":
        return T.tupleOf(go(x.item));
      case "dict":
        return T.dict(go(x.key), go(x.value));
      case "set":
        return T.set(go(x.item), x.frozen);
      case "iterator":
        return T.iterator(go(x.item), x.name);
      case "union":
        return x.members.map(go).reduce(join, T.never);
      default:
        return x;
    }
  };
  return go(t);
}

export function isSignature(v: PyType | Signature | undefined): v is Signature {
  return v !== undefined && "params" in v && "returns" in v && !("kind" in v);
}

// ───────────── a small parser for Python type syntax ─────────────

class TypeParser {
  private pos = 0;
  constructor(private readonly text: string) {}

  private skip(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }
  private peek(s: string): boolean {
    this.skip();
    return this.text.startsWith(s, this.pos);
  }
  private eat(s: string): boolean {
    if (this.peek(s)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }
  private expect(s: string): void {
    if (!this.eat(s)) throw new Error(`expected '${s}' at ${this.pos} in '${this.text}'`);
  }
  private name(): string {
    this.skip();
    const m = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.pos));
    if (!m) throw new Error(`expected a name at ${this.pos} in '${this.text}'`);
    this.pos += m[0].length;
    return m[0];
  }

  done(): boolean {
    this.skip();
    return this.pos >= this.text.length;
  }

  type(): PyType {
    let t = this.atom();
    while (this.eat("|")) t = join(t, this.atom());
    return t;
  }

  private args(): PyType[] {
    const out: PyType[] = [];
    if (this.eat("[")) {
      if (!this.peek("]")) {
        do {
          if (this.eat("...")) out.push(T.never);
          else if (this.eat("()")) continue;
          else out.push(this.type());
        } while (this.eat(","));
      }
      this.expect("]");
    }
    return out;
  }

  private atom(): PyType {
    const name = this.name();
    const args = this.args();
    switch (name) {
      case "int":
        return T.int;
      case "float":
        return T.float;
      case "bool":
        return T.bool;
      case "str":
        return T.str;
      case "bytes":
        return T.bytes;
      case "None":
        return T.none;
      case "object":
      case "Any":
        return T.unknown;
      case "list":
      case "List":
        return T.list(args[0] ?? T.unknown);
      case "set":
      case "Set":
        return T.set(args[0] ?? T.unknown);
      case "frozenset":
        return T.set(args[0] ?? T.unknown, true);
      case "dict":
      case "Dict":
        return T.dict(args[0] ?? T.unknown, args[1] ?? T.unknown);
      case "tuple":
      case "Tuple":
        if (args.length === 2 && args[1]!.kind === "never") return T.tupleOf(args[0]!);
        return T.tuple(args);
      case "Iterator":
      case "Iterable":
      case "Generator":
        return T.iterator(args[0] ?? T.unknown);
      case "Optional":
        return T.optional(args[0] ?? T.unknown);
      case "Callable":
        return T.callable(null, args[1] ?? T.unknown);
      default:
        return T.named(name, args);
    }
  }

  signature(): Signature {
    this.expect("(");
    const params: ParamType[] = [];
    let keywordOnly = false;
    while (!this.eat(")")) {
      let kind: ParamType["kind"] = keywordOnly ? "keywordOnly" : "positional";
      if (this.eat("**")) kind = "varKeywords";
      else if (this.eat("*")) {
        if (this.peek(",") || this.peek(")")) {
          keywordOnly = true;
          this.eat(",");
          continue;
        }
        kind = "varArgs";
        keywordOnly = true;
      } else if (this.eat("/")) {
        for (const p of params) if (p.kind === "positional") p.kind = "positionalOnly";
        this.eat(",");
        continue;
      }
      const name = this.name();
      const type = this.eat(":") ? this.type() : T.unknown;
      const hasDefault = this.eat("=") ? (this.defaultValue(), true) : false;
      params.push({ name, type, kind, hasDefault });
      if (!this.eat(",")) {
        this.expect(")");
        break;
      }
    }
    const returns = this.eat("->") ? this.type() : T.none;
    return { params, returns };
  }

  /** Skips a default value: up to the next `,` or `)` outside brackets and quotes (`(80, 24)`, `','`). */
  private defaultValue(): void {
    this.skip();
    let depth = 0;
    let quote: string | null = null;
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (quote) {
        if (c === "\\") this.pos++;
        else if (c === quote) quote = null;
      } else if (c === "'" || c === '"') quote = c;
      else if ("([{".includes(c)) depth++;
      else if (")]}".includes(c)) {
        if (depth === 0) return;
        depth--;
      } else if (c === "," && depth === 0) return;
      this.pos++;
    }
  }
}

export function parseType(text: string): PyType {
  const parser = new TypeParser(text);
  const t = parser.type();
  if (!parser.done()) throw new Error(`unexpected text after type in '${text}'`);
  return t;
}

export function parseSignature(text: string): Signature {
  const parser = new TypeParser(text);
  const sig = parser.signature();
  if (!parser.done()) throw new Error(`unexpected text after signature in '${text}'`);
  return sig;
}
