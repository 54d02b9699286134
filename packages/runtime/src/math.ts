/**
 * Python's `math` module with Python's errors: domain errors raise
 * `ValueError('math domain error')` instead of returning NaN, `floor`/`ceil`
 * of inf/nan raise like Python's int conversion, `fsum` is exact
 * (Shewchuk's algorithm, as CPython), `gcd`/`lcm`/`factorial`/`comb` on ints.
 */
import { OverflowError, TypeError, ValueError } from "./exceptions.js";

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

function domain(ok: boolean): void {
  if (!ok) throw new ValueError("math domain error");
}

function toInt(x: number): number {
  if (Number.isNaN(x)) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  return x;
}

export function floor(x: number): number {
  return toInt(Math.floor(x));
}

export function ceil(x: number): number {
  return toInt(Math.ceil(x));
}

export function trunc(x: number): number {
  return toInt(Math.trunc(x));
}

export function sqrt(x: number): number {
  domain(x >= 0 || Number.isNaN(x));
  return Math.sqrt(x);
}

export function log(x: number, base?: number): number {
  domain(x > 0 || Number.isNaN(x));
  if (base === undefined) return Math.log(x);
  domain(base > 0 && base !== 1);
  return Math.log(x) / Math.log(base);
}

export function log10(x: number): number {
  domain(x > 0 || Number.isNaN(x));
  return Math.log10(x);
}

export function log2(x: number): number {
  domain(x > 0 || Number.isNaN(x));
  return Math.log2(x);
}

export function exp(x: number): number {
  const r = Math.exp(x);
  if (r === Infinity && Number.isFinite(x)) throw new OverflowError("math range error");
  return r;
}

export function pow(x: number, y: number): number {
  if (x === 0 && y < 0) domain(false);
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) domain(false);
  if (x === 1 || y === 0) return 1;
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw new OverflowError("math range error");
  return r;
}

export function fabs(x: number): number {
  return Math.abs(x);
}

export function isnan(x: number): boolean {
  return Number.isNaN(x);
}

export function isinf(x: number): boolean {
  return x === Infinity || x === -Infinity;
}

export function isfinite(x: number): boolean {
  return Number.isFinite(x);
}

export function isclose(a: number, b: number, options: { rel_tol?: number; abs_tol?: number } = {}): boolean {
  const rel = options.rel_tol ?? 1e-9;
  const abs = options.abs_tol ?? 0;
  if (rel < 0 || abs < 0) throw new ValueError("tolerances must be non-negative");
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  const diff = Math.abs(b - a);
  return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
}

export function copysign(x: number, y: number): number {
  const negative = y < 0 || Object.is(y, -0);
  return negative ? -Math.abs(x) : Math.abs(x);
}

export function hypot(...xs: number[]): number {
  return Math.hypot(...xs);
}

export const sin = Math.sin;
export const cos = Math.cos;
export const tan = Math.tan;
export const atan = Math.atan;
export const atan2 = Math.atan2;

export function asin(x: number): number {
  domain(Math.abs(x) <= 1 || Number.isNaN(x));
  return Math.asin(x);
}

export function acos(x: number): number {
  domain(Math.abs(x) <= 1 || Number.isNaN(x));
  return Math.acos(x);
}

export function degrees(x: number): number {
  return (x * 180) / Math.PI;
}

export function radians(x: number): number {
  return (x * Math.PI) / 180;
}

function requireInt(x: number, fn: string): void {
  if (!Number.isInteger(x)) throw new TypeError(`'float' object cannot be interpreted as an integer`);
  void fn;
}

export function gcd(...xs: number[]): number {
  let g = 0;
  for (const x of xs) {
    requireInt(x, "gcd");
    let a = Math.abs(g);
    let b = Math.abs(x);
    while (b) [a, b] = [b, a % b];
    g = a;
  }
  return g;
}

export function lcm(...xs: number[]): number {
  let l = 1;
  for (const x of xs) {
    requireInt(x, "lcm");
    if (x === 0) return 0;
    l = Math.abs((l / gcd(l, x)) * x);
  }
  return l;
}

export function factorial(n: number): number {
  requireInt(n, "factorial");
  if (n < 0) throw new ValueError("factorial() not defined for negative values");
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}

export function comb(n: number, k: number): number {
  requireInt(n, "comb");
  requireInt(k, "comb");
  if (n < 0 || k < 0) throw new ValueError(`${n < 0 ? "n" : "k"} must be a non-negative integer`);
  if (k > n) return 0;
  let r = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) r = (r * (n - i + 1)) / i;
  return Math.round(r);
}

export function prod(xs: Iterable<number>, options: { start?: number } = {}): number {
  let r = options.start ?? 1;
  for (const x of xs) r *= x;
  return r;
}

/** `math.fsum`: exactly rounded sum (Shewchuk), like CPython. */
export function fsum(xs: Iterable<number>): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special) || Number.isNaN(infSum)) {
    if (Number.isNaN(infSum) && !Number.isNaN(special)) throw new ValueError("-inf + inf in fsum");
    return NaN;
  }
  if (infSum) return infSum;
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}
