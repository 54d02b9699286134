/**
 * Python's `round()`: half to even, on the exact binary value of the float
 * (`round(2.5) == 2`, `round(2.675, 2) == 2.67` because 2.675 is stored as
 * 2.67499999...), negative `ndigits`, and int/float result types.
 */
import { fixedDigits } from "./decimal-digits.js";
import { OverflowError, TypeError, ValueError } from "./exceptions.js";

/** CPython's bounds beyond which `round(x, n)` returns `x` (or a signed zero). */
const NDIGITS_MAX = 323;
const NDIGITS_MIN = -308;

/** Python `round(x)`: the nearest int, ties to even. */
function roundToInt(x: number): number {
  if (x !== x) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  if (Number.isInteger(x)) return x + 0;
  let rounded = Math.round(x);
  // Math.round rounds ties up; Python rounds them to even.
  if (rounded - x === 0.5 && rounded % 2 !== 0) rounded -= 1;
  return rounded + 0;
}

/** `round(n, ndigits)` for an int `n` and negative `ndigits`: exact, ties to even. */
function roundIntDigits(n: number, ndigits: number): number {
  if (ndigits >= 0) return n;
  if (-ndigits > 22) return 0;
  const pow = 10n ** BigInt(-ndigits);
  const value = BigInt(n);
  const half = pow / 2n;
  let quotient = value / pow;
  let remainder = value % pow;
  if (remainder < 0n) {
    remainder += pow;
    quotient -= 1n;
  }
  if (remainder > half || (remainder === half && quotient % 2n !== 0n)) quotient += 1n;
  return Number(quotient * pow);
}

/** `round(x, ndigits)` for a float: correctly rounded like CPython's `double_round`. */
function roundFloatDigits(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > NDIGITS_MAX) return x;
  if (ndigits < NDIGITS_MIN) return x < 0 ? -0 : 0;
  const d = fixedDigits(x, ndigits);
  const sign = x < 0 ? "-" : "";
  if (d.digits === "") return x < 0 ? -0 : 0;
  return Number(`${sign}0.${d.digits}e${d.decpt}`);
}

/**
 * Python `round(x[, ndigits])`. Without `ndigits` (or with null) it returns an
 * int, rounding half to even. With `ndigits` a float is rounded on its exact
 * value; an int `x` (integral, unless `isFloat`) stays an int and is rounded
 * half to even to `10**-ndigits`.
 */
export function round(x: number, ndigits?: number | null, isFloat?: boolean): number {
  if (ndigits === undefined || ndigits === null) return roundToInt(x);
  if (!Number.isInteger(ndigits)) {
    throw new TypeError("'float' object cannot be interpreted as an integer");
  }
  if (isFloat !== true && Number.isInteger(x) && !Object.is(x, -0)) {
    if (Number.isSafeInteger(x)) return roundIntDigits(x, ndigits);
  }
  return roundFloatDigits(x, ndigits);
}
