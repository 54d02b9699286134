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
import { type ParamType, type PyType, T, join } from "./py-types";

export interface ClassDeclaration {
  attributes?: Record<string, string>;
  methods?: Record<string, string>;
  /** Element type when iterated (`for line in f`). */
  iterates?: string;
  /** Base class (qualified), for exception hierarchies. */
  base?: string;
  /** Attributes are made by calls and recorded by type hooks (`TypeQuery.recordAttribute`), like argparse's Namespace. */
  openAttributes?: boolean;
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
  openAttributes: boolean;
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
      const declared: DeclaredClass = existing ?? { name, attributes: new Map(), methods: new Map(), iterates: null, base: null, openAttributes: false };
      for (const [attr, text] of Object.entries(cls.attributes ?? {})) declared.attributes.set(attr, parseType(text));
      for (const [method, text] of Object.entries(cls.methods ?? {})) declared.methods.set(method, parseSignature(text));
      if (cls.iterates) declared.iterates = parseType(cls.iterates);
      if (cls.base) declared.base = cls.base;
      if (cls.openAttributes) declared.openAttributes = true;
      this.classes.set(name, declared);
    }
  }

  value(qualifiedName: string): PyType | Signature | undefined {
    return this.values.get(qualifiedName);
  }

  cls(qualifiedName: string): DeclaredClass | undefined {
    return this.classes.get(qualifiedName);
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

  private defaultValue(): void {
    this.skip();
    while (this.pos < this.text.length && !/[,)]/.test(this.text[this.pos]!)) this.pos++;
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
