/**
 * Python's arithmetic operators where they differ from JS: floor division and
 * modulo (floor semantics, sign of the divisor), `divmod`, true division and
 * `**`/`pow` with Python's errors and special cases.
 *
 * Operands are JS numbers. Whether a value is a Python int or float decides
 * error messages and a few `-0.0` results; the helpers treat the operation as
 * an int operation when both operands are integral, unless the optional
 * `floats` argument (statically known: "an operand is a float") says otherwise.
 */
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";

function isIntOperation(a: number, b: number, floats: boolean | undefined): boolean {
  return floats !== true && Number.isInteger(a) && Number.isInteger(b);
}

/**
 * CPython's `float_divmod`: `[a // b, a % b]` for floats, with its handling of
 * signed zeros and of results that must be corrected after `fmod`.
 */
function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** Python `a // b`: floor division (`-7 // 2 == -4`, `-7.5 // 2 == -4.0`). */
export function floordiv(a: number, b: number, floats?: boolean): number {
  if (floats !== true && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    const r = a % b;
    const q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) return q - 1;
    return q === 0 ? 0 : q;
  }
  if (isIntOperation(a, b, floats)) throw new ZeroDivisionError("integer division or modulo by zero");
  if (b === 0) throw new ZeroDivisionError("float floor division by zero");
  return floatDivmod(a, b)[0];
}

/** Python `a % b`: the result has the sign of the divisor (`-7 % 3 == 2`, `7 % -2.5 == -0.5`). */
export function mod(a: number, b: number, floats?: boolean): number {
  if (floats !== true && Number.isInteger(a) && Number.isInteger(b) && b !== 0) {
    const r = a % b;
    if (r === 0) return 0;
    return r < 0 !== b < 0 ? r + b : r;
  }
  if (isIntOperation(a, b, floats)) throw new ZeroDivisionError("integer modulo by zero");
  if (b === 0) throw new ZeroDivisionError("float modulo");
  return floatDivmod(a, b)[1];
}

/** Python `divmod(a, b)`: `[a // b, a % b]`. */
export function divmod(a: number, b: number, floats?: boolean): [number, number] {
  if (isIntOperation(a, b, floats)) {
    if (b === 0) throw new ZeroDivisionError("integer division or modulo by zero");
    const r = a % b;
    const q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) return [q - 1 + 0, r + b];
    return [q + 0, r + 0];
  }
  if (b === 0) throw new ZeroDivisionError("float divmod()");
  return floatDivmod(a, b);
}

/** Python `a / b`: always a float; `ZeroDivisionError: division by zero` (ints) or `float division by zero`. */
export function truediv(a: number, b: number, floats?: boolean): number {
  if (b === 0) {
    throw new ZeroDivisionError(isIntOperation(a, b, floats) ? "division by zero" : "float division by zero");
  }
  return a / b;
}

/** `n` as a BigInt when it is an integral number. */
function big(n: number): bigint {
  return BigInt(n);
}

/** Python 3-argument `pow(base, exp, mod)` on ints (negative exponents use the modular inverse). */
function modularPow(base: number, exp: number, modulus: number): number {
  if (!Number.isInteger(base) || !Number.isInteger(exp) || !Number.isInteger(modulus)) {
    throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  if (modulus === 0) throw new ValueError("pow() 3rd argument cannot be 0");
  const m = big(Math.abs(modulus));
  if (m === 1n) return 0;
  let b = ((big(base) % m) + m) % m;
  let e = big(exp);
  if (e < 0n) {
    b = modularInverse(b, m);
    e = -e;
  }
  let result = 1n;
  while (e > 0n) {
    if ((e & 1n) === 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  const value = Number(result);
  return modulus < 0 && value !== 0 ? value + modulus : value;
}

function modularInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

/**
 * Python `base ** exp` and `pow(base, exp[, mod])`: int ** negative int is a
 * float, `0 ** 0 == 1`, `0.0 ** -1` raises ZeroDivisionError, float overflow
 * raises `OverflowError(34, 'Numerical result out of range')`, `1 ** nan == 1`.
 * Int results beyond 2**53 are the correctly rounded double of the exact value
 * (an int result too large for a double is `Infinity`, not an error, unless
 * `floats` says an operand is a float).
 */
export function pow(base: number, exp: number, modulus?: number | null, floats?: boolean): number {
  if (modulus !== undefined && modulus !== null) return modularPow(base, exp, modulus);
  if (base === 0 && exp < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (base === 1 || exp === 0) return 1;
  if (base === -1 && !Number.isFinite(exp)) return 1;
  const result = base ** exp;
  if (isIntOperation(base, exp, floats) && exp > 0) {
    if (!Number.isSafeInteger(result) && Number.isFinite(result) && exp <= 2048) {
      return Number(big(base) ** big(exp));
    }
    return result;
  }
  if (!Number.isFinite(result) && Number.isFinite(base) && Number.isFinite(exp)) {
    throw new OverflowError(34, "Numerical result out of range");
  }
  return result;
}
