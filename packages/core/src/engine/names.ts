/**
 * Identifier hygiene: Python names that are reserved in TypeScript (or that
 * would shadow a global the generated code relies on) get a `_` suffix, and
 * generated names never collide with the module's own.
 */

export const TS_RESERVED = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
  "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null",
  "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
  "let", "static", "implements", "interface", "package", "private", "protected", "public", "await", "arguments",
  "eval", "undefined", "NaN", "Infinity", "any", "unknown", "never", "number", "string", "boolean", "symbol",
  "object", "declare", "namespace", "module", "require", "exports", "type",
]);

/** Globals that generated code may reference; a Python name equal to one of these is renamed. */
export const TS_GLOBALS_USED = new Set([
  "console", "process", "Math", "Number", "String", "Array", "Map", "Set", "JSON", "Object", "Symbol", "Error",
  "RegExp", "Date", "Buffer", "Promise", "globalThis", "Boolean", "BigInt", "Uint8Array", "Iterable",
  "Generator", "ReadonlyArray", "Record", "Readonly", "Partial", "TextDecoder", "TextEncoder",
]);

export function safeIdentifier(name: string): string {
  return TS_RESERVED.has(name) || TS_GLOBALS_USED.has(name) ? `${name}_` : name;
}

/** Hands out identifiers that collide with nothing already taken in a module. */
export class NameAllocator {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
    for (const name of TS_RESERVED) this.taken.add(name);
    for (const name of TS_GLOBALS_USED) this.taken.add(name);
  }

  isTaken(name: string): boolean {
    return this.taken.has(name);
  }

  reserve(name: string): void {
    this.taken.add(name);
  }

  /** `hint` itself if free, else `hint_1`, `hint_2`, ... */
  fresh(hint: string): string {
    const base = hint.replace(/[^\w$]/g, "_") || "tmp";
    let candidate = base;
    for (let i = 1; this.taken.has(candidate); i++) candidate = `${base}_${i}`;
    this.taken.add(candidate);
    return candidate;
  }
}
