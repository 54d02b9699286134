/**
 * String literals: prefixes (r, b, f, u), escape sequences, implicit
 * concatenation and f-string interpolations with conversions and nested
 * format specs.
 */
import { createNode } from "../ir/builders";
import type { NodeOf, PyExpr } from "../ir/nodes";
import type { LoweringContext } from "./lowering-context";
import type { SyntaxNode } from "./tree-sitter-parser";

type FPart = NodeOf<"FText"> | NodeOf<"FValue">;

export interface StringLoweringHooks {
  /** Lowers an expression inside an interpolation. */
  expression(node: SyntaxNode): PyExpr;
}

interface Prefix {
  raw: boolean;
  bytes: boolean;
  format: boolean;
}

function prefixOf(node: SyntaxNode): Prefix {
  const start = node.children.find((c) => c.type === "string_start");
  const text = (start?.text ?? "").toLowerCase();
  const letters = text.replace(/["']+$/, "");
  return { raw: letters.includes("r"), bytes: letters.includes("b"), format: letters.includes("f") };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  "\\": "\\",
  "'": "'",
  '"': '"',
  a: "\x07",
  b: "\b",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "\t",
  v: "\v",
  "\n": "",
};

export class UnsupportedEscape extends Error {}

/** Decodes Python escape sequences (non-raw literals). `\N{...}` is reported by the caller. */
export function decodeEscapes(text: string, bytes: boolean, fstring: boolean): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (fstring && (ch === "{" || ch === "}") && text[i + 1] === ch) {
      out += ch;
      i++;
      continue;
    }
    if (ch !== "\\" || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[i + 1]!;
    if (next === "\r" && text[i + 2] === "\n") {
      i += 2;
      continue;
    }
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
      continue;
    }
    if (next >= "0" && next <= "7") {
      let j = i + 1;
      let digits = "";
      while (j < text.length && digits.length < 3 && text[j]! >= "0" && text[j]! <= "7") digits += text[j++];
      out += String.fromCodePoint(parseInt(digits, 8) & (bytes ? 0xff : 0x1ff));
      i = j - 1;
      continue;
    }
    const hexLength = next === "x" ? 2 : !bytes && next === "u" ? 4 : !bytes && next === "U" ? 8 : 0;
    if (hexLength > 0) {
      const hex = text.slice(i + 2, i + 2 + hexLength);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) throw new UnsupportedEscape(`\\${next}${hex}`);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + hexLength;
      continue;
    }
    if (!bytes && next === "N") throw new UnsupportedEscape("\\N{...}");
    out += "\\" + next; // unknown escapes keep their backslash, as in Python
    i++;
  }
  return out;
}

function contentText(ctx: LoweringContext, node: SyntaxNode): string {
  return ctx.source.slice(node.startIndex, node.endIndex);
}

/** The literal text between string_start and string_end, interpolations excluded. */
function literalBody(ctx: LoweringContext, node: SyntaxNode): string {
  const start = node.children.find((c) => c.type === "string_start");
  const end = node.children.find((c) => c.type === "string_end");
  if (!start || !end) return "";
  return ctx.source.slice(start.endIndex, end.startIndex);
}

function decodeLiteral(ctx: LoweringContext, text: string, prefix: Prefix, node: SyntaxNode): string | PyExpr {
  if (prefix.raw) return text;
  try {
    return decodeEscapes(text, prefix.bytes, prefix.format);
  } catch (e) {
    if (e instanceof UnsupportedEscape) return ctx.unsupportedExpr(node, `the escape sequence ${e.message}`);
    throw e;
  }
}

function lowerInterpolation(ctx: LoweringContext, hooks: StringLoweringHooks, node: SyntaxNode): FPart {
  const exprNode = ctx.field(node, "expression");
  const value = hooks.expression(exprNode);
  const conversionNode = node.childForFieldName("type_conversion");
  const specNode = node.childForFieldName("format_specifier");
  const equals = node.children.find((c) => !c.isNamed && c.type === "=");
  // `{x = }` shows the text up to and including the whitespace after `=`
  const debugEnd = equals ? equals.endIndex + (/^\s*/.exec(ctx.source.slice(equals.endIndex))?.[0].length ?? 0) : 0;
  const debugText = equals ? ctx.source.slice(node.startIndex + 1, debugEnd) : null;
  const spec = specNode ? lowerFormatSpec(ctx, hooks, specNode) : null;
  return createNode(
    "FValue",
    { value, conversion: conversionNode ? conversionNode.text.slice(1) : null, spec, debugText },
    ctx.span(node),
  );
}

function lowerFormatSpec(ctx: LoweringContext, hooks: StringLoweringHooks, node: SyntaxNode): FPart[] {
  const parts: FPart[] = [];
  let cursor = node.startIndex + 1; // skip ':'
  const pushText = (end: number) => {
    if (end > cursor) parts.push(createNode("FText", { value: ctx.source.slice(cursor, end) }, ctx.span(node)));
  };
  for (const child of node.namedChildren) {
    if (child.type !== "format_expression") continue;
    pushText(child.startIndex);
    parts.push(lowerInterpolation(ctx, hooks, child));
    cursor = child.endIndex;
  }
  pushText(node.endIndex);
  return parts;
}

/** The parts of one f-string (or, for a plain string, a single text part). */
function stringParts(ctx: LoweringContext, hooks: StringLoweringHooks, node: SyntaxNode): FPart[] | PyExpr {
  const prefix = prefixOf(node);
  if (!prefix.format) {
    const decoded = decodeLiteral(ctx, literalBody(ctx, node), prefix, node);
    return typeof decoded === "string" ? [createNode("FText", { value: decoded }, ctx.span(node))] : decoded;
  }
  const parts: FPart[] = [];
  for (const child of node.children) {
    if (child.type === "string_content") {
      const decoded = decodeLiteral(ctx, contentText(ctx, child), prefix, child);
      if (typeof decoded !== "string") return decoded;
      parts.push(createNode("FText", { value: decoded }, ctx.span(child)));
    } else if (child.type === "interpolation") {
      parts.push(lowerInterpolation(ctx, hooks, child));
    }
  }
  return parts;
}

function mergeTexts(parts: FPart[]): FPart[] {
  const out: FPart[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (part.kind === "FText" && last?.kind === "FText") {
      out[out.length - 1] = { ...last, value: last.value + part.value };
    } else if (part.kind !== "FText" || part.value !== "") {
      out.push(part);
    }
  }
  return out;
}

/** Lowers a `string` or `concatenated_string` node. */
export function lowerString(ctx: LoweringContext, hooks: StringLoweringHooks, node: SyntaxNode): PyExpr {
  const pieces = node.type === "concatenated_string" ? node.namedChildren.filter((c) => c.type === "string") : [node];
  const prefixes = pieces.map(prefixOf);
  if (prefixes.some((p) => p.bytes) && !prefixes.every((p) => p.bytes)) {
    return ctx.unsupportedExpr(node, "mixing bytes and str literals");
  }
  const start = pieces[0]?.children.find((c) => c.type === "string_start");
  if (start?.text.startsWith("`")) return ctx.unsupportedExpr(node, "backquote repr (Python 2)");
  const parts: FPart[] = [];
  for (const piece of pieces) {
    const lowered = stringParts(ctx, hooks, piece);
    if (!Array.isArray(lowered)) return lowered;
    parts.push(...lowered);
  }
  const merged = mergeTexts(parts);
  const span = ctx.span(node);
  if (prefixes.some((p) => p.format)) return createNode("FString", { parts: merged }, span);
  const value = merged.map((p) => (p.kind === "FText" ? p.value : "")).join("");
  return prefixes[0]?.bytes ? createNode("BytesLit", { value }, span) : createNode("StrLit", { value }, span);
}

/** True when a string node is a plain (non-f, non-bytes) literal — a docstring candidate. */
export function isPlainString(node: SyntaxNode): boolean {
  const pieces = node.type === "concatenated_string" ? node.namedChildren : node.type === "string" ? [node] : [];
  return pieces.length > 0 && pieces.every((p) => p.type === "string" && !prefixOf(p).format && !prefixOf(p).bytes);
}
