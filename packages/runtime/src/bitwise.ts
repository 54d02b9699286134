/**
 * Python's integer bitwise operators, correct beyond JS's 32-bit `<<`, `>>`,
 * `&`, `|`, `^` and `~` (for ints up to 2**53 in magnitude, negative values
 * in infinite two's complement like Python): `1 << 40 == 1099511627776`,
 * `-x >> 1` floors.
 */
import { ValueError } from "./exceptions.js";

function isInt32(n: number): boolean {
  return (n | 0) === n;
}

/** Python `a << n` (`ValueError: negative shift count` for n < 0). */
export function lshift(a: number, n: number): number {
  if (n < 0) throw new ValueError("negative shift count");
  if (a === 0) return 0;
  // Scaling by a power of two is exact for any int that stays finite.
  return a * 2 ** n;
}

/** Python `a >> n`: arithmetic shift that floors (`-1 >> 10 == -1`). */
export function rshift(a: number, n: number): number {
  if (n < 0) throw new ValueError("negative shift count");
  if (isInt32(a)) return n > 31 ? (a < 0 ? -1 : 0) : a >> n;
  if (n > 1100) return a < 0 ? -1 : 0;
  return Math.floor(a / 2 ** n);
}

/** Python `a & b`. */
export function bitand(a: number, b: number): number {
  if (isInt32(a) && isInt32(b)) return a & b;
  return Number(BigInt(a) & BigInt(b));
}

/** Python `a | b`. */
export function bitor(a: number, b: number): number {
  if (isInt32(a) && isInt32(b)) return a | b;
  return Number(BigInt(a) | BigInt(b));
}

/** Python `a ^ b`. */
export function bitxor(a: number, b: number): number {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return Number(BigInt(a) ^ BigInt(b));
}

/** Python `~a` (`-a - 1`). */
export function invert(a: number): number {
  return -a - 1;
}

/** Python `int.bit_length()`: bits needed for `abs(n)`. */
export function intBitLength(n: number): number {
  const abs = Math.abs(n);
  if (abs === 0) return 0;
  if (abs < 2 ** 31) return 32 - Math.clz32(abs);
  return abs.toString(2).length;
}

/** Python `int.bit_count()`: number of ones in `abs(n)`. */
export function intBitCount(n: number): number {
  let count = 0;
  for (const ch of Math.abs(n).toString(2)) if (ch === "1") count++;
  return count;
}
