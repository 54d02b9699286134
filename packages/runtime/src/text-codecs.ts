/**
 * The text codecs files and processes need, with CPython's exact behaviour:
 * UTF-8 (strict decoding reports the same byte ranges and reasons as CPython:
 * `invalid start byte`, `invalid continuation byte`, `unexpected end of
 * data`), UTF-8 with BOM (`utf-8-sig`), ASCII and Latin-1, and the error
 * handlers `strict`, `replace`, `ignore`, `backslashreplace` and
 * `surrogateescape`. Encoding names are normalised like `codecs.lookup`.
 */
import { LookupError, UnicodeDecodeError, UnicodeEncodeError } from "./exceptions.js";
import { stringRepr } from "./string-repr.js";

export type Codec = "utf-8" | "utf-8-sig" | "ascii" | "latin-1";

const ALIASES: Readonly<Record<string, Codec>> = {
  utf_8: "utf-8", u8: "utf-8", utf: "utf-8", utf8: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8", cp65001: "utf-8",
  utf_8_sig: "utf-8-sig",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", ansi_x3_4_1968: "ascii", ansi_x3_4_1986: "ascii", cp367: "ascii",
  csascii: "ascii", ibm367: "ascii", iso646_us: "ascii", iso_646_irv_1991: "ascii", iso_ir_6: "ascii", us: "ascii",
  latin_1: "latin-1", latin1: "latin-1", latin: "latin-1", l1: "latin-1", iso8859_1: "latin-1", iso_8859_1: "latin-1",
  iso_8859_1_1987: "latin-1", "8859": "latin-1", cp819: "latin-1", csisolatin1: "latin-1", ibm819: "latin-1",
  iso_ir_100: "latin-1",
};

/** The codec for an encoding name (`"UTF-8"`, `"utf8"`, `"latin1"`...), or null when it is not one of ours. */
export function codecOf(name: string): Codec | null {
  const normalized = name.trim().toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_|_$/g, "").replace(/\./g, "_");
  return ALIASES[normalized] ?? null;
}

/** `codecs.lookup(name)` for the supported codecs: LookupError for anything else. */
export function lookupCodec(name: string): Codec {
  const codec = codecOf(name);
  if (codec === null) throw new LookupError(`unknown encoding: ${name}`);
  return codec;
}

const ERROR_HANDLERS = new Set(["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]);

export function checkErrors(errors: string): void {
  if (!ERROR_HANDLERS.has(errors)) throw new LookupError(`unknown error handler name '${errors}'`);
}

const isCont = (b: number | undefined): boolean => b !== undefined && (b & 0xc0) === 0x80;

/**
 * Scans one UTF-8 sequence at `i` the way CPython's decoder does. Returns the
 * sequence length when valid, 0 when the data ends inside a sequence that is
 * valid so far, or an error `{ end, reason }` (bytes `i..end-1` are invalid).
 */
function scanUtf8(bytes: Uint8Array, i: number): number | { end: number; reason: string } {
  const ch = bytes[i]!;
  const n = bytes.length - i;
  const bad = (k: number) => ({ end: i + k, reason: k === 0 ? "invalid start byte" : "invalid continuation byte" });
  if (ch < 0x80) return 1;
  if (ch < 0xc2) return { end: i + 1, reason: "invalid start byte" };
  if (ch < 0xe0) {
    if (n < 2) return 0;
    return isCont(bytes[i + 1]) ? 2 : bad(1);
  }
  if (ch < 0xf0) {
    const c2 = bytes[i + 1];
    if (n < 2) return 0;
    if (!isCont(c2) || (c2! < 0xa0 ? ch === 0xe0 : ch === 0xed)) return bad(1);
    if (n < 3) return 0;
    return isCont(bytes[i + 2]) ? 3 : bad(2);
  }
  if (ch < 0xf5) {
    const c2 = bytes[i + 1];
    if (n < 2) return 0;
    if (!isCont(c2) || (c2! < 0x90 ? ch === 0xf0 : ch === 0xf4)) return bad(1);
    if (n < 3) return 0;
    if (!isCont(bytes[i + 2])) return bad(2);
    if (n < 4) return 0;
    return isCont(bytes[i + 3]) ? 4 : bad(3);
  }
  return { end: i + 1, reason: "invalid start byte" };
}

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder("utf-8", { ignoreBOM: true });

function badBytes(bytes: Uint8Array, start: number, end: number, errors: string): string {
  switch (errors) {
    case "replace":
      return "\ufffd";
    case "ignore":
      return "";
    case "backslashreplace":
      return Array.from(bytes.subarray(start, end), (b) => `\\x${b.toString(16).padStart(2, "0")}`).join("");
    default: // surrogateescape
      return Array.from(bytes.subarray(start, end), (b) => String.fromCharCode(0xdc00 + b)).join("");
  }
}

/** Bytes `0..consumed-1` decoded; the rest is an incomplete sequence kept for the next chunk. */
export interface Decoded {
  text: string;
  consumed: number;
}

function decodeUtf8(bytes: Uint8Array, errors: string, final: boolean, offset: number, whole: Uint8Array): Decoded {
  let out = "";
  let runStart = 0;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const r = scanUtf8(bytes, i);
    if (typeof r === "number" && r > 0) {
      i += r;
      continue;
    }
    out += lenientUtf8.decode(bytes.subarray(runStart, i));
    let end: number;
    let reason: string;
    if (r === 0) {
      if (!final) return { text: out, consumed: i };
      end = bytes.length;
      reason = "unexpected end of data";
    } else {
      ({ end, reason } = r as { end: number; reason: string });
    }
    if (errors === "strict") throw new UnicodeDecodeError("utf-8", whole, offset + i, offset + end, reason);
    out += badBytes(bytes, i, end, errors);
    i = end;
    runStart = i;
  }
  out += lenientUtf8.decode(bytes.subarray(runStart, i));
  return { text: out, consumed: bytes.length };
}

/**
 * Decodes `bytes` with a codec. With `final` false, an incomplete UTF-8
 * sequence at the end is left unconsumed (streaming). Error positions are
 * relative to `bytes`.
 */
export function decodeText(bytes: Uint8Array, codec: Codec, errors = "strict", final = true): Decoded {
  if (codec === "latin-1") return { text: latin1(bytes), consumed: bytes.length };
  if (codec === "ascii") {
    let out = "";
    let runStart = 0;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i]! < 0x80) continue;
      out += latin1(bytes.subarray(runStart, i));
      if (errors === "strict") throw new UnicodeDecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
      out += badBytes(bytes, i, i + 1, errors);
      runStart = i + 1;
    }
    return { text: out + latin1(bytes.subarray(runStart)), consumed: bytes.length };
  }
  if (errors === "strict" || final) {
    try {
      const text = fatalUtf8.decode(bytes);
      return { text, consumed: bytes.length };
    } catch {
      // fall through to the exact decoder (errors, or an incomplete tail)
    }
  }
  return decodeUtf8(bytes, errors, final, 0, bytes);
}

function latin1(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function charRepr(s: string): string {
  return stringRepr(s).slice(1, -1);
}

function encodeError(codec: string, text: string, start: number, end: number, reason: string): UnicodeEncodeError {
  const chars = [...text];
  const what = end - start === 1 ? `character '${charRepr(chars[start]!)}' in position ${start}` : `characters in position ${start}-${end - 1}`;
  return new UnicodeEncodeError(`'${codec}' codec can't encode ${what}: ${reason}`);
}

/** Encodes text with a codec; unencodable characters follow `errors`. */
export function encodeText(text: string, codec: Codec, errors = "strict"): Uint8Array {
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const isBad = (cp: number) => cp >= limit || (limit === 0x110000 && cp >= 0xd800 && cp <= 0xdfff);
  const chars = [...text];
  if (!chars.some((c) => isBad(c.codePointAt(0)!))) {
    const body = limit === 0x110000 ? Buffer.from(text, "utf8") : Buffer.from(text, "latin1");
    return codec === "utf-8-sig" ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
  }
  const reason = limit === 0x110000 ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  const parts: number[] = codec === "utf-8-sig" ? [0xef, 0xbb, 0xbf] : [];
  const push = (s: string) => {
    for (const b of limit === 0x110000 ? Buffer.from(s, "utf8") : Buffer.from(s, "latin1")) parts.push(b);
  };
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    if (!isBad(cp)) {
      push(chars[i]!);
      continue;
    }
    let end = i + 1;
    while (end < chars.length && isBad(chars[end]!.codePointAt(0)!)) end++;
    const name = codec === "utf-8-sig" ? "utf-8" : codec;
    for (let j = i; j < end; j++) {
      const c = chars[j]!.codePointAt(0)!;
      if (errors === "surrogateescape" && c >= 0xdc80 && c <= 0xdcff) parts.push(c - 0xdc00);
      else if (errors === "replace") push("?");
      else if (errors === "ignore") continue;
      else if (errors === "backslashreplace") push(c <= 0xff ? `\\x${c.toString(16).padStart(2, "0")}` : c <= 0xffff ? `\\u${c.toString(16).padStart(4, "0")}` : `\\U${c.toString(16).padStart(8, "0")}`);
      else throw encodeError(name, text, i, end, reason);
    }
    i = end - 1;
  }
  return Uint8Array.from(parts);
}
