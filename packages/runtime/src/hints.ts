/**
 * Static Python type hints for the rendering helpers (`repr`, `str`, `format`).
 *
 * int and float share the JS `number` representation, and list and tuple share
 * `Array`, so the compiler passes the static Python type as a string written in
 * Python type syntax (`"float"`, `"list[tuple[str, int]]"`, `"float | None"`).
 * Hints are parsed once and cached; a hint that cannot be parsed never throws,
 * it simply means "unknown" and the heuristic applies.
 */

/** The parsed form of a hint. `unknown` means: use the run-time heuristic. */
export type Hint =
  | { readonly kind: "unknown" }
  | { readonly kind: "int" }
  | { readonly kind: "float" }
  | { readonly kind: "bool" }
  | { readonly kind: "str" }
  | { readonly kind: "none" }
  | { readonly kind: "bytes" }
  | { readonly kind: "list"; readonly item: Hint }
  | { readonly kind: "tuple"; readonly items: readonly Hint[] }
  | { readonly kind: "tupleOf"; readonly item: Hint }
  | { readonly kind: "dict"; readonly key: Hint; readonly value: Hint }
  | { readonly kind: "set"; readonly item: Hint; readonly frozen: boolean }
  | { readonly kind: "union"; readonly members: readonly Hint[] }
  /** `Hashable`: a dict key or set member, so arrays are tuples and sets frozensets, recursively. */
  | { readonly kind: "hashable" };

export const UNKNOWN_HINT: Hint = { kind: "unknown" };
const INT: Hint = { kind: "int" };
const FLOAT: Hint = { kind: "float" };
const BOOL: Hint = { kind: "bool" };
const STR: Hint = { kind: "str" };
const NONE: Hint = { kind: "none" };
const BYTES: Hint = { kind: "bytes" };
/** The hint of a dict key or set member whose type is unknown. */
export const HASHABLE_HINT: Hint = { kind: "hashable" };

const cache = new Map<string, Hint>();

/** Parses a hint string (cached). Never throws: unparsable hints are `unknown`. */
export function parseHint(text: string | undefined): Hint {
  if (text === undefined) return UNKNOWN_HINT;
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let parsed: Hint;
  try {
    const parser = new HintParser(text);
    parsed = parser.parseUnion();
    if (!parser.atEnd()) parsed = UNKNOWN_HINT;
  } catch {
    parsed = UNKNOWN_HINT;
  }
  cache.set(text, parsed);
  return parsed;
}

/** Raised internally on a syntax error; caught by `parseHint`. */
class HintSyntaxError extends globalThis.Error {}

const TOKEN = /\s*([A-Za-z_][A-Za-z_0-9.]*|\.\.\.|\[|\]|,|\||\(\)|'[^']*'|"[^"]*")/y;

class HintParser {
  private readonly tokens: string[] = [];
  private pos = 0;

  constructor(text: string) {
    TOKEN.lastIndex = 0;
    let index = 0;
    for (;;) {
      TOKEN.lastIndex = index;
      const match = TOKEN.exec(text);
      if (match === null) break;
      this.tokens.push(match[1]!);
      index = TOKEN.lastIndex;
    }
    if (text.slice(index).trim() !== "") throw new HintSyntaxError(text);
  }

  atEnd(): boolean {
    return this.pos === this.tokens.length;
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  private take(expected?: string): string {
    const token = this.tokens[this.pos];
    if (token === undefined || (expected !== undefined && token !== expected)) {
      throw new HintSyntaxError(expected ?? "token");
    }
    this.pos++;
    return token;
  }

  parseUnion(): Hint {
    const members = [this.parsePrimary()];
    while (this.peek() === "|") {
      this.take("|");
      members.push(this.parsePrimary());
    }
    return members.length === 1 ? members[0]! : makeUnion(members);
  }

  private parseArgs(): { args: Hint[]; ellipsis: boolean } {
    const args: Hint[] = [];
    let ellipsis = false;
    if (this.peek() !== "[") return { args, ellipsis };
    this.take("[");
    while (this.peek() !== "]") {
      const token = this.peek();
      if (token === "...") {
        this.take();
        ellipsis = true;
      } else if (token === "()") {
        this.take();
      } else {
        args.push(this.parseUnion());
      }
      if (this.peek() === ",") this.take(",");
      else break;
    }
    this.take("]");
    return { args, ellipsis };
  }

  private parsePrimary(): Hint {
    let name = this.take();
    if (name.startsWith("'") || name.startsWith('"')) {
      return parseHint(name.slice(1, -1));
    }
    const dot = name.lastIndexOf(".");
    if (dot >= 0) name = name.slice(dot + 1);
    const { args, ellipsis } = this.parseArgs();
    return buildHint(name, args, ellipsis);
  }
}

function makeUnion(members: readonly Hint[]): Hint {
  const flat: Hint[] = [];
  for (const member of members) {
    if (member.kind === "union") flat.push(...member.members);
    else flat.push(member);
  }
  return { kind: "union", members: flat };
}

function buildHint(name: string, args: readonly Hint[], ellipsis: boolean): Hint {
  const first = args[0] ?? UNKNOWN_HINT;
  switch (name) {
    case "int":
      return INT;
    case "float":
      return FLOAT;
    case "bool":
      return BOOL;
    case "str":
      return STR;
    case "None":
    case "NoneType":
      return NONE;
    case "bytes":
    case "bytearray":
      return BYTES;
    case "list":
    case "List":
    case "Sequence":
    case "MutableSequence":
      return { kind: "list", item: first };
    case "tuple":
    case "Tuple":
      if (ellipsis) return { kind: "tupleOf", item: first };
      return { kind: "tuple", items: args };
    case "dict":
    case "Dict":
    case "Mapping":
    case "MutableMapping":
      return { kind: "dict", key: first, value: args[1] ?? UNKNOWN_HINT };
    case "set":
    case "Set":
    case "MutableSet":
    case "AbstractSet":
      return { kind: "set", item: first, frozen: false };
    case "frozenset":
    case "FrozenSet":
      return { kind: "set", item: first, frozen: true };
    case "Hashable":
      return HASHABLE_HINT;
    case "Optional":
      return makeUnion([first, NONE]);
    case "Union":
      return makeUnion(args);
    default:
      return UNKNOWN_HINT;
  }
}

/**
 * Picks the member of a union hint that describes `value`, so that
 * `float | None` renders `1` as `1.0` and `null` as `None`. A union that
 * allows both int and float for a number is unknown (heuristic).
 */
export function resolveHint(hint: Hint, value: unknown): Hint {
  if (hint.kind !== "union") return hint;
  let numeric: Hint | undefined;
  let ambiguousNumber = false;
  for (const member of hint.members) {
    if (!matchesValue(member, value)) continue;
    if (typeof value === "number" && (member.kind === "int" || member.kind === "float")) {
      if (numeric !== undefined && numeric.kind !== member.kind) ambiguousNumber = true;
      numeric = member;
      continue;
    }
    return member;
  }
  if (numeric !== undefined && !ambiguousNumber) return numeric;
  return UNKNOWN_HINT;
}

function matchesValue(hint: Hint, value: unknown): boolean {
  switch (hint.kind) {
    case "int":
    case "float":
      return typeof value === "number";
    case "bool":
      return typeof value === "boolean";
    case "str":
      return typeof value === "string";
    case "none":
      return value === null || value === undefined;
    case "bytes":
      return value instanceof Uint8Array;
    case "list":
    case "tuple":
    case "tupleOf":
      return Array.isArray(value);
    case "dict":
      return value instanceof Map;
    case "set":
      return value instanceof Set;
    case "union":
    case "unknown":
    case "hashable":
      return false;
  }
}

/** The hint of the i-th element of a sequence described by `hint`. */
export function itemHint(hint: Hint, index: number): Hint {
  switch (hint.kind) {
    case "list":
    case "tupleOf":
    case "set":
      return hint.item;
    case "tuple":
      return hint.items[index] ?? UNKNOWN_HINT;
    case "hashable":
      return HASHABLE_HINT;
    default:
      return UNKNOWN_HINT;
  }
}
