/**
 * Python's `string.Template`: `$name`, `${name}` and `$$` substitution
 * (`substitute`, `safe_substitute`, `get_identifiers`, `is_valid`) with
 * CPython's `KeyError`/`ValueError` messages. Like in Python, the pattern is
 * built from the class attributes `delimiter`, `idpattern`, `braceidpattern`
 * and `flags` (or taken from `pattern`), which live on the prototype so that
 * a subclass overrides them by assigning its own prototype's
 * (`SiteTemplate.prototype.idpattern = "..."`, what py2ts emits for a class
 * attribute). The Python regex syntax (`(?a:...)`, verbose mode) goes through
 * the runtime's `re` port.
 */
import { getItem } from "./dicts.js";
import { KeyError, ValueError } from "./exceptions.js";
import { type Match, type Pattern, compile, escape, IGNORECASE, VERBOSE } from "./re.js";
import { str } from "./repr.js";
import { splitlines } from "./string-split.js";

/** What `substitute` looks names up in: a dict, or keyword arguments as a plain object. */
export type TemplateMapping = ReadonlyMap<string, unknown> | Readonly<Record<string, unknown>>;

/** The compiled pattern of each Template class (Python compiles it once per class). */
const PATTERNS = new WeakMap<object, Pattern>();

function lookup(mapping: TemplateMapping, name: string): unknown {
  if (mapping instanceof Map) return getItem(mapping as ReadonlyMap<string, unknown>, name);
  if (!Object.hasOwn(mapping, name)) throw new KeyError(name);
  return (mapping as Record<string, unknown>)[name];
}

/** `ChainMap(kws, mapping)`: keywords first. */
function chained(mapping: TemplateMapping | undefined, kws: Readonly<Record<string, unknown>> | undefined): TemplateMapping {
  if (mapping === undefined) return kws ?? {};
  if (kws === undefined || Object.keys(kws).length === 0) return mapping;
  const merged = new Map<string, unknown>(mapping instanceof Map ? (mapping as ReadonlyMap<string, unknown>) : Object.entries(mapping));
  for (const [k, v] of Object.entries(kws)) merged.set(k, v);
  return merged;
}

export class Template {
  declare delimiter: string;
  declare idpattern: string;
  declare braceidpattern: string | null;
  declare flags: number;
  /** A subclass's own full pattern (a regex string or compiled pattern), instead of the built one. */
  declare pattern: string | Pattern | undefined;

  template: string;

  constructor(template: string) {
    this.template = template;
  }

  /** The class's compiled pattern (built from the class attributes on first use). */
  private compiled(): Pattern {
    const proto = Object.getPrototypeOf(this) as object;
    let p = PATTERNS.get(proto);
    if (p) return p;
    const own = Object.hasOwn(proto, "pattern") ? this.pattern : undefined;
    if (own !== undefined && typeof own !== "string") p = own;
    else {
      const delim = escape(this.delimiter);
      const id = this.idpattern;
      const bid = this.braceidpattern || this.idpattern;
      const source =
        own ??
        `
        ${delim}(?:
          (?P<escaped>${delim})  |
          (?P<named>${id})       |
          {(?P<braced>${bid})} |
          (?P<invalid>)
        )
        `;
      p = compile(source, this.flags | VERBOSE);
    }
    PATTERNS.set(proto, p);
    return p;
  }

  private invalid(mo: Match): never {
    const i = mo.start("invalid");
    const lines = splitlines(this.template.slice(0, i), true);
    let colno = 1;
    let lineno = 1;
    if (lines.length > 0) {
      colno = i - lines.slice(0, -1).join("").length;
      lineno = lines.length;
    }
    throw new ValueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
  }

  private unrecognized(): never {
    throw new ValueError("Unrecognized named group in pattern", this.compiled());
  }

  /** `substitute(mapping={}, /, **kws)`: `KeyError` for a missing name, `ValueError` for a bad placeholder. */
  substitute(mapping?: TemplateMapping, kws?: Readonly<Record<string, unknown>>): string {
    const values = chained(mapping, kws);
    return this.compiled().sub((mo: Match) => {
      const named = mo.group("named") || mo.group("braced");
      if (named !== null) return str(lookup(values, named));
      if (mo.group("escaped") !== null) return this.delimiter;
      if (mo.group("invalid") !== null) this.invalid(mo);
      return this.unrecognized();
    }, this.template);
  }

  /** `safe_substitute(mapping={}, /, **kws)`: missing names and bad placeholders are left as they are. */
  safe_substitute(mapping?: TemplateMapping, kws?: Readonly<Record<string, unknown>>): string {
    const values = chained(mapping, kws);
    return this.compiled().sub((mo: Match) => {
      const named = mo.group("named") || mo.group("braced");
      if (named !== null) {
        try {
          return str(lookup(values, named));
        } catch (e) {
          if (e instanceof KeyError) return mo.group();
          throw e;
        }
      }
      if (mo.group("escaped") !== null) return this.delimiter;
      if (mo.group("invalid") !== null) return mo.group();
      return this.unrecognized();
    }, this.template);
  }

  /** `is_valid()`: false when the template has a bad placeholder. */
  is_valid(): boolean {
    for (const mo of this.compiled().finditer(this.template)) {
      if (mo.group("invalid") !== null) return false;
      if (mo.group("named") === null && mo.group("braced") === null && mo.group("escaped") === null) this.unrecognized();
    }
    return true;
  }

  /** `get_identifiers()`: the placeholder names, in order of first appearance. */
  get_identifiers(): string[] {
    const ids: string[] = [];
    for (const mo of this.compiled().finditer(this.template)) {
      const named = mo.group("named") || mo.group("braced");
      if (named !== null && !ids.includes(named)) ids.push(named);
      else if (named === null && mo.group("invalid") === null && mo.group("escaped") === null) this.unrecognized();
    }
    return ids;
  }
}

Template.prototype.delimiter = "$";
Template.prototype.idpattern = "(?a:[_a-z][_a-z0-9]*)";
Template.prototype.braceidpattern = null;
Template.prototype.flags = IGNORECASE;
