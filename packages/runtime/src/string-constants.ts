/**
 * The constants and `capwords` of Python's `string` module (the
 * `Template` class is in string-template.ts).
 */
import { capitalize } from "./string-case.js";
import { split } from "./string-split.js";

export const whitespace = " \t\n\r\v\f";
export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = "0123456789";
export const hexdigits = digits + "abcdef" + "ABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const printable = digits + ascii_letters + punctuation + whitespace;

/** `string.capwords(s, sep=None)`: capitalize each word of `s.split(sep)`, joined by `sep or ' '`. */
export function capwords(s: string, sep: string | null = null): string {
  return split(s, sep).map(capitalize).join(sep || " ");
}
