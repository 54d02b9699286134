/**
 * CPython's float-to-text conversions (`PyOS_double_to_string`): `repr(float)`
 * and the `e`, `f`, `g` and "no type" presentations used by `format()`,
 * f-strings and `%`-formatting. Signs are handled by the callers except in
 * `floatRepr`.
 */
import { DecimalDigits, fixedDigits, shortestDigits, significantDigits } from "./decimal-digits.js";

/**
 * `repr(x)` / `str(x)` of a Python float: shortest round-trip digits,
 * scientific notation when the decimal exponent is < -4 or >= 16
 * (`1e-05`, `1e+16`, `0.0001`, `1000000000000000.0`), `inf`, `nan`, `-0.0`.
 */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  const d = shortestDigits(x);
  if (d.digits === "") return sign + "0.0";
  if (d.decpt <= -4 || d.decpt > 16) return sign + exponentText(d, d.digits.length - 1, false, false);
  return sign + fixedText(d, Math.max(d.digits.length - d.decpt, 1));
}

/** Renders digits in fixed notation with exactly `decimals` digits after the point. */
function fixedText(d: DecimalDigits, decimals: number, alternate = false): string {
  const { digits } = d;
  const decpt = digits === "" ? 1 : d.decpt;
  let intPart: string;
  let fraction: string;
  if (decpt <= 0) {
    intPart = "0";
    fraction = "0".repeat(-decpt) + digits;
  } else if (decpt >= digits.length) {
    intPart = digits + "0".repeat(decpt - digits.length);
    fraction = "";
  } else {
    intPart = digits.slice(0, decpt);
    fraction = digits.slice(decpt);
  }
  if (intPart === "") intPart = "0";
  if (fraction.length < decimals) fraction += "0".repeat(decimals - fraction.length);
  else fraction = fraction.slice(0, decimals);
  if (decimals === 0) return alternate ? intPart + "." : intPart;
  return intPart + "." + fraction;
}

/** Renders digits as `d.ddde+XX` with exactly `decimals` digits after the point. */
function exponentText(d: DecimalDigits, decimals: number, upper: boolean, alternate: boolean): string {
  const digits = d.digits === "" ? "0" : d.digits;
  const exponent = d.digits === "" ? 0 : d.decpt - 1;
  let mantissa = digits[0]!;
  const rest = digits.slice(1).padEnd(decimals, "0").slice(0, decimals);
  if (decimals > 0) mantissa += "." + rest;
  else if (alternate) mantissa += ".";
  const abs = Math.abs(exponent);
  const expText = (exponent < 0 ? "-" : "+") + (abs < 10 ? "0" + abs : String(abs));
  return mantissa + (upper ? "E" : "e") + expText;
}

/** `'%.{precision}f' % abs(x)`: fixed point, correctly rounded, half to even on exact ties. */
export function formatFixed(x: number, precision: number, alternate = false): string {
  return fixedText(fixedDigits(x, precision), precision, alternate);
}

/** `'%.{precision}e' % abs(x)`. */
export function formatExponent(x: number, precision: number, upper = false, alternate = false): string {
  return exponentText(significantDigits(x, precision + 1), precision, upper, alternate);
}

/**
 * `'%.{precision}g' % abs(x)`; with `addDot0` it is the format-spec "no type
 * with precision" variant (switches to exponent one digit earlier and keeps
 * `.0` on integral results).
 */
export function formatGeneral(x: number, precision: number, upper = false, alternate = false, addDot0 = false): string {
  const p = precision === 0 ? 1 : precision;
  const d = significantDigits(x, p);
  const decpt = d.digits === "" ? 1 : d.decpt;
  const limit = addDot0 ? p - 1 : p;
  if (decpt <= -4 || decpt > limit) {
    const decimals = alternate ? p - 1 : Math.max(d.digits.length - 1, 0);
    return exponentText(d, decimals, upper, alternate);
  }
  const decimals = alternate ? p - decpt : Math.max(d.digits.length - decpt, 0);
  const text = fixedText(d, decimals, alternate);
  if (addDot0 && !text.includes(".")) return text + ".0";
  return text;
}

/** Shortest repr digits of `abs(x)` without the sign (format-spec no type, no precision). */
export function formatShortest(x: number): string {
  return floatRepr(Math.abs(x));
}
