/**
 * Decimal digit generation for doubles, as CPython's `dtoa.c` does it:
 * shortest round-trip digits (repr), and correctly rounded digits to a given
 * number of significant digits or of digits after the point, with exact ties
 * rounded half to even (`'%.0f' % 2.5 == '2'`, `round(0.125, 2) == 0.12`).
 *
 * A result is `{ digits, decpt }` meaning `0.<digits> * 10**decpt`; `digits`
 * has no leading zeros (it is `""` for zero) and no trailing zeros.
 */

export interface DecimalDigits {
  readonly digits: string;
  readonly decpt: number;
}

const ZERO: DecimalDigits = { digits: "", decpt: 1 };
const EXP_FORM = /^(\d)(?:\.(\d+))?e([+-]\d+)$/;

/** Shortest digits that round-trip (CPython repr, mode 0). `x` finite, sign ignored. */
export function shortestDigits(x: number): DecimalDigits {
  if (x === 0) return ZERO;
  const match = EXP_FORM.exec(Math.abs(x).toExponential())!;
  const digits = (match[1]! + (match[2] ?? "")).replace(/0+$/, "");
  return { digits, decpt: Number(match[3]) + 1 };
}

const FIVE = 5n;
const powersOfFive: bigint[] = [1n];

function powerOfFive(k: number): bigint {
  while (powersOfFive.length <= k) {
    powersOfFive.push(powersOfFive[powersOfFive.length - 1]! * FIVE);
  }
  return powersOfFive[k]!;
}

const scratch = new DataView(new ArrayBuffer(8));

/** The exact decimal expansion of a finite double (sign ignored). */
export function exactDigits(x: number): DecimalDigits {
  if (x === 0) return ZERO;
  scratch.setFloat64(0, Math.abs(x));
  const high = scratch.getUint32(0);
  const low = scratch.getUint32(4);
  const biased = high >>> 20;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent: number;
  if (biased === 0) {
    exponent = -1074;
  } else {
    mantissa |= 1n << 52n;
    exponent = biased - 1075;
  }
  let text: string;
  let pointFromRight: number;
  if (exponent >= 0) {
    text = (mantissa << BigInt(exponent)).toString();
    pointFromRight = 0;
  } else {
    text = (mantissa * powerOfFive(-exponent)).toString();
    pointFromRight = -exponent;
  }
  const decpt = text.length - pointFromRight;
  return { digits: text.replace(/0+$/, ""), decpt };
}

/**
 * Rounds exact digits so that only `keep` digits remain (counted from the
 * first digit), half to even. `keep` may be zero or negative.
 */
function roundHalfEven(exact: DecimalDigits, keep: number): DecimalDigits {
  const { digits, decpt } = exact;
  if (keep >= digits.length) return exact;
  if (keep < 0) return { digits: "", decpt: decpt };
  const next = digits.charCodeAt(keep) - 48;
  let roundUp: boolean;
  if (next > 5) roundUp = true;
  else if (next < 5) roundUp = false;
  else if (keep + 1 < digits.length) roundUp = true; // more non-zero digits follow
  else roundUp = keep > 0 && (digits.charCodeAt(keep - 1) - 48) % 2 === 1;
  let kept = digits.slice(0, keep);
  if (!roundUp) {
    kept = kept.replace(/0+$/, "");
    return kept === "" ? ZERO : { digits: kept, decpt };
  }
  // Increment the kept digits.
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === "9") i--;
  if (i < 0) return { digits: "1", decpt: decpt + 1 };
  kept = kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1);
  return { digits: kept, decpt };
}

/** Digits of `x` correctly rounded to `precision` significant digits (dtoa mode 2). */
export function significantDigits(x: number, precision: number): DecimalDigits {
  if (x === 0) return ZERO;
  return roundHalfEven(exactDigits(x), Math.max(precision, 1));
}

/** Digits of `x` correctly rounded to `ndigits` digits after the point (dtoa mode 3). */
export function fixedDigits(x: number, ndigits: number): DecimalDigits {
  if (x === 0) return ZERO;
  const abs = Math.abs(x);
  // Fast path: toFixed is correctly rounded except on exact ties, and a tie
  // is only possible when x * 2**(ndigits+1) is an integer.
  if (ndigits >= 0 && ndigits <= 100 && abs < 1e21 && !Number.isInteger(abs * 2 ** (ndigits + 1))) {
    return parseFixed(abs.toFixed(ndigits));
  }
  const exact = exactDigits(abs);
  return roundHalfEven(exact, exact.decpt + ndigits);
}

function parseFixed(text: string): DecimalDigits {
  const point = text.indexOf(".");
  const intPart = point < 0 ? text : text.slice(0, point);
  const all = point < 0 ? text : intPart + text.slice(point + 1);
  const leading = /^0*/.exec(all)![0].length;
  const digits = all.slice(leading).replace(/0+$/, "");
  if (digits === "") return ZERO;
  return { digits, decpt: intPart.length - leading };
}
