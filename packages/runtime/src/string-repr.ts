/**
 * CPython's quoting and escaping of `str` and `bytes` values in `repr()` and
 * `ascii()`.
 */

/**
 * Characters CPython's `str.isprintable()` rejects: categories Cc, Cf, Cs, Co,
 * Cn, Zl, Zp and Zs other than the ASCII space.
 */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;
const NEEDS_ESCAPE = /[\x00-\x1f\x7f-\uffff'"\\]/;

/** Whether a code point is printable in CPython's sense (`str.isprintable`). */
export function isPrintableCodePoint(cp: number): boolean {
  if (cp < 0x7f) return cp >= 0x20;
  if (cp < 0xa0) return false;
  return !NON_PRINTABLE.test(String.fromCodePoint(cp));
}

function hex(cp: number, width: number): string {
  return cp.toString(16).padStart(width, "0");
}

function escapeCodePoint(cp: number): string {
  if (cp <= 0xff) return "\\x" + hex(cp, 2);
  if (cp <= 0xffff) return "\\u" + hex(cp, 4);
  return "\\U" + hex(cp, 8);
}

/**
 * `repr(s)` for a str: single quotes unless the text contains `'` and no `"`;
 * `\t \n \r \\` and the quote escaped, other non-printable characters as
 * `\xhh`, `\uhhhh` or `\Uhhhhhhhh`; printable non-ASCII kept. With
 * `asciiOnly` every non-ASCII character is escaped (`ascii(s)`).
 */
export function stringRepr(s: string, asciiOnly = false): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  if (!NEEDS_ESCAPE.test(s) && !/[\ud800-\udfff]/.test(s)) return quote + s + quote;
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!asciiOnly && isPrintableCodePoint(cp)) out += ch;
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

/** `repr(b)` for bytes: `b'...'` with `\xhh` for bytes outside printable ASCII. */
export function bytesRepr(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of b) {
    if (byte === 0x27) hasSingle = true;
    else if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  const quoteCode = quote.charCodeAt(0);
  let out = "b" + quote;
  for (const byte of b) {
    if (byte === quoteCode || byte === 0x5c) out += "\\" + String.fromCharCode(byte);
    else if (byte === 0x09) out += "\\t";
    else if (byte === 0x0a) out += "\\n";
    else if (byte === 0x0d) out += "\\r";
    else if (byte < 0x20 || byte >= 0x7f) out += "\\x" + hex(byte, 2);
    else out += String.fromCharCode(byte);
  }
  return out + quote;
}

/** Escapes every non-ASCII character of an already built repr (`ascii(obj)`). */
export function escapeNonAscii(text: string): string {
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}
