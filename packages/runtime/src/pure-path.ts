/**
 * Python's `pathlib.PurePosixPath` (CPython 3.11): parsing and joining (an
 * absolute segment restarts the path, `.` and empty components vanish, two
 * leading slashes are kept), the properties (`name`, `stem`, `suffix`,
 * `parent`, `parts`...), `relative_to`, `match`, and ordering and equality by
 * parts. Methods that make paths return the receiver's class.
 */
import { TypeError as PyTypeError, ValueError } from "./exceptions.js";
import { compareStrings } from "./comparison.js";
import { fnmatchcase } from "./fnmatch.js";
import { type StrPath, fspath } from "./os-errors.js";
import { typeName } from "./repr.js";
import { stringRepr } from "./string-repr.js";

interface Parsed {
  root: string;
  parts: string[];
}

function splitRoot(part: string): [string, string] {
  if (part.startsWith("/")) {
    const stripped = part.replace(/^\/+/, "");
    return [part.length - stripped.length === 2 ? "//" : "/", stripped];
  }
  return ["", part];
}

/** pathlib's `parse_parts`: the last absolute segment wins; empty and `.` components vanish. */
export function parseParts(segments: readonly string[]): Parsed {
  const parsed: string[] = [];
  let root = "";
  for (let i = segments.length - 1; i >= 0; i--) {
    const part = segments[i]!;
    if (!part) continue;
    const [r, rel] = splitRoot(part);
    const pieces = rel.split("/");
    for (let j = pieces.length - 1; j >= 0; j--) {
      const x = pieces[j]!;
      if (x && x !== ".") parsed.push(x);
    }
    if (r) {
      root = r;
      break;
    }
  }
  if (root) parsed.push(root);
  parsed.reverse();
  return { root, parts: parsed };
}

export function segmentOf(x: unknown): string {
  return x instanceof PurePosixPath ? x.toString() : fspath(x);
}

/** `pathlib.PurePosixPath`: paths as values, no file-system access. */
export class PurePosixPath {
  protected readonly _root: string;
  protected readonly _parts: readonly string[];
  protected readonly text: string;

  constructor(...segments: Array<StrPath | PurePosixPath>) {
    const { root, parts } = parseParts(segments.map(segmentOf));
    this._root = root;
    this._parts = parts;
    this.text = root ? root + parts.slice(1).join("/") : parts.join("/") || ".";
  }

  /** A path of the same class from segments. */
  protected derive(...segments: Array<StrPath | PurePosixPath>): this {
    const C = this.constructor as new (...s: Array<StrPath | PurePosixPath>) => this;
    return new C(...segments);
  }

  /** A path of the same class from a root and parts. */
  protected fromParts(root: string, parts: readonly string[]): this {
    return root ? this.derive(root + parts.slice(1).join("/")) : this.derive(...(parts.length ? [parts.join("/")] : []));
  }

  toString(): string {
    return this.text;
  }

  __str__(): string {
    return this.text;
  }

  __fspath__(): string {
    return this.text;
  }

  __repr__(): string {
    return `${this.constructor.name}(${stringRepr(this.text)})`;
  }

  /** `p.as_posix()`. */
  as_posix(): string {
    return this.text;
  }

  __eq__(other: unknown): boolean {
    return other instanceof PurePosixPath && other._parts.length === this._parts.length && other._parts.every((p, i) => p === this._parts[i]);
  }

  __hash__(): string {
    return `\u0000path:${this._parts.join("\u0000")}`;
  }

  private compare(other: unknown): number {
    if (!(other instanceof PurePosixPath)) throw new PyTypeError(`'<' not supported between instances of '${this.constructor.name}' and '${typeName(other)}'`);
    const n = Math.min(this._parts.length, other._parts.length);
    for (let i = 0; i < n; i++) {
      const c = compareStrings(this._parts[i]!, other._parts[i]!);
      if (c !== 0) return c;
    }
    return this._parts.length - other._parts.length;
  }

  __lt__(other: unknown): boolean {
    return this.compare(other) < 0;
  }

  __le__(other: unknown): boolean {
    return this.compare(other) <= 0;
  }

  __gt__(other: unknown): boolean {
    return this.compare(other) > 0;
  }

  __ge__(other: unknown): boolean {
    return this.compare(other) >= 0;
  }

  /** `p / other`. */
  __truediv__(other: StrPath | PurePosixPath): this {
    return this.joinpath(other);
  }

  /** `other / p`. */
  __rtruediv__(other: StrPath | PurePosixPath): this {
    return this.derive(other, this);
  }

  /** `p.joinpath(*others)`. */
  joinpath(...others: Array<StrPath | PurePosixPath>): this {
    return this.derive(this, ...others);
  }

  /** `p.parts`. */
  get parts(): readonly string[] {
    return this._parts;
  }

  /** `p.drive` (always empty on POSIX). */
  get drive(): string {
    return "";
  }

  /** `p.root`: `/` for an absolute path, else `""`. */
  get root(): string {
    return this._root;
  }

  /** `p.anchor`. */
  get anchor(): string {
    return this._root;
  }

  /** `p.name`: the final component (`""` for `/` and `.`). */
  get name(): string {
    if (this._parts.length === (this._root ? 1 : 0)) return "";
    return this._parts[this._parts.length - 1]!;
  }

  /** `p.suffix`. */
  get suffix(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(i) : "";
  }

  /** `p.suffixes`. */
  get suffixes(): string[] {
    const name = this.name;
    if (name.endsWith(".")) return [];
    return name.replace(/^\.+/, "").split(".").slice(1).map((s) => "." + s);
  }

  /** `p.stem`. */
  get stem(): string {
    const name = this.name;
    const i = name.lastIndexOf(".");
    return i > 0 && i < name.length - 1 ? name.slice(0, i) : name;
  }

  /** `p.parent`. */
  get parent(): this {
    if (this._parts.length === 1 && this._root) return this;
    return this.fromParts(this._root, this._parts.slice(0, -1));
  }

  /** `p.parents`: parent, grandparent... (up to `.` or the root). */
  get parents(): this[] {
    const out: this[] = [];
    const stop = this._root ? 1 : 0;
    for (let n = this._parts.length - 1; n >= stop; n--) out.push(this.fromParts(this._root, this._parts.slice(0, n)));
    return out;
  }

  /** `p.is_absolute()`. */
  is_absolute(): boolean {
    return this._root !== "";
  }

  /** `p.with_name(name)`. */
  with_name(name: string): this {
    if (!this.name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const parsed = parseParts([name]);
    if (!name || name.endsWith("/") || parsed.root || parsed.parts.length !== 1) throw new ValueError(`Invalid name ${stringRepr(name)}`);
    return this.fromParts(this._root, [...this._parts.slice(0, -1), name]);
  }

  /** `p.with_stem(stem)`. */
  with_stem(stem: string): this {
    return this.with_name(stem + this.suffix);
  }

  /** `p.with_suffix(suffix)`. */
  with_suffix(suffix: string): this {
    if (suffix.includes("/") || (suffix && !suffix.startsWith(".")) || suffix === ".") throw new ValueError(`Invalid suffix ${stringRepr(suffix)}`);
    const name = this.name;
    if (!name) throw new ValueError(`${this.__repr__()} has an empty name`);
    const old = this.suffix;
    return this.fromParts(this._root, [...this._parts.slice(0, -1), (old ? name.slice(0, -old.length) : name) + suffix]);
  }

  /** `p.relative_to(*other)`. */
  relative_to(...other: Array<StrPath | PurePosixPath>): this {
    if (other.length === 0) throw new PyTypeError("need at least one argument");
    const to = new PurePosixPath(...other);
    const abs = this._root ? ["", this._root, ...this._parts.slice(1)] : [...this._parts];
    const toAbs = to._root ? ["", to._root, ...to._parts.slice(1)] : [...to._parts];
    const n = toAbs.length;
    const mismatch = n === 0 ? this._root !== "" : abs.length < n || toAbs.some((p, i) => abs[i] !== p);
    if (mismatch) {
      throw new ValueError(`${stringRepr(this.text)} is not in the subpath of ${stringRepr(to.text)} OR one path is relative and the other is absolute.`);
    }
    return this.fromParts(n === 1 ? this._root : "", abs.slice(n));
  }

  /** `p.is_relative_to(*other)`. */
  is_relative_to(...other: Array<StrPath | PurePosixPath>): boolean {
    try {
      this.relative_to(...other);
      return true;
    } catch (e) {
      if (e instanceof ValueError) return false;
      throw e;
    }
  }

  /** `p.match(pattern)`: matched from the right, component by component. */
  match(pattern: string): boolean {
    const pat = parseParts([pattern]);
    if (pat.parts.length === 0) throw new ValueError("empty pattern");
    if (pat.root && pat.root !== this._root) return false;
    let patParts = pat.parts;
    if (pat.root) {
      if (patParts.length !== this._parts.length) return false;
      patParts = patParts.slice(1);
    } else if (patParts.length > this._parts.length) {
      return false;
    }
    for (let i = 1; i <= patParts.length; i++) {
      if (!fnmatchcase(this._parts[this._parts.length - i]!, patParts[patParts.length - i]!)) return false;
    }
    return true;
  }
}
