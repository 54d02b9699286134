/**
 * From bytes to source text, the way CPython reads a file: size cap, binary
 * detection, UTF-8 BOM, PEP 263 coding cookies, strict decoding.
 */
import { TextDecoder } from "node:util";
import { FILE_START, type Span } from "../ir/span";
import type { DiagnosticCollector } from "../report/diagnostic-collector";

export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

const UTF8_NAMES = new Set(["utf-8", "utf8", "utf_8", "u8", "utf", "cp65001"]);
const LATIN1_NAMES = new Set(["latin-1", "latin1", "latin_1", "iso-8859-1", "iso8859-1", "iso_8859_1", "8859", "cp819", "l1"]);
const ASCII_NAMES = new Set(["ascii", "us-ascii", "646"]);

function lineOfOffset(bytes: Uint8Array, offset: number): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = offset - lineStart + 1;
  return { start: { line, column }, end: { line, column: column + 1 } };
}

/** The declared encoding from the first two lines, normalised, or null. */
export function codingCookie(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1").split(/\r?\n|\r/).slice(0, 2);
  for (const [i, line] of head.entries()) {
    const m = COOKIE.exec(line);
    if (m) return m[1]!.toLowerCase().replace(/_/g, "-");
    // the cookie may only be on line 2 if line 1 is a comment or blank
    if (i === 0 && !/^[ \t\f]*(#.*)?$/.test(line)) break;
  }
  return null;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    if (need === 2 && ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f))) return i;
    if (need === 3 && ((b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f))) return i;
    i += need + 1;
  }
  return -1;
}

export interface DecodeOptions {
  maxFileSize?: number;
}

/** Returns the source text, or null after reporting a PY2TS1xxx diagnostic. */
export function decodeSource(bytes: Uint8Array, diagnostics: DiagnosticCollector, options: DecodeOptions = {}): string | null {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (bytes.length > limit) {
    diagnostics.builtin("tooLarge", FILE_START, { size: bytes.length, limit }, "frontend");
    return null;
  }
  const probe = bytes.subarray(0, 8192);
  const nul = probe.indexOf(0);
  if (nul >= 0) {
    diagnostics.builtin("binaryFile", lineOfOffset(bytes, nul), { detail: `NUL byte at offset ${nul}` }, "frontend");
    return null;
  }
  let body = bytes;
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (hasBom) body = bytes.subarray(3);
  const declared = codingCookie(body);
  const encoding = declared ?? "utf-8";
  if (UTF8_NAMES.has(encoding) || (hasBom && declared === null)) {
    const bad = firstInvalidUtf8(body);
    if (bad >= 0) {
      const byte = body[bad]!.toString(16).padStart(2, "0");
      diagnostics.builtin(
        "badEncoding",
        lineOfOffset(body, bad),
        { encoding: "UTF-8", detail: `byte 0x${byte} at offset ${bad + (hasBom ? 3 : 0)}` },
        "frontend",
      );
      return null;
    }
    return Buffer.from(body).toString("utf8");
  }
  if (LATIN1_NAMES.has(encoding)) return Buffer.from(body).toString("latin1");
  if (ASCII_NAMES.has(encoding)) {
    const bad = body.findIndex((b) => b > 0x7f);
    if (bad >= 0) {
      diagnostics.builtin("badEncoding", lineOfOffset(body, bad), { encoding: "ASCII", detail: `byte 0x${body[bad]!.toString(16)} at offset ${bad}` }, "frontend");
      return null;
    }
    return Buffer.from(body).toString("latin1");
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    diagnostics.builtin("unknownEncoding", FILE_START, { encoding: JSON.stringify(encoding) }, "frontend");
    return null;
  }
  try {
    return decoder.decode(body);
  } catch (e) {
    diagnostics.builtin("badEncoding", FILE_START, { encoding, detail: e instanceof Error ? e.message : String(e) }, "frontend");
    return null;
  }
}
