import { divmod, floordiv, mod, pow, truediv } from "./arithmetic.js";
import { bitand, bitor, bitxor, intBitCount, intBitLength, invert, lshift, rshift } from "./bitwise.js";
import { BaseException } from "./exceptions.js";
import { repr } from "./repr.js";
import { round } from "./rounding.js";

/** `repr(e)` of what `f` throws, like Python's `except Exception as e: print(repr(e))`. */
function raised(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof BaseException) return repr(e);
    throw e;
  }
  return "no exception";
}

const fl = (x: number): string => repr(x, "float");

describe("floor division and modulo", () => {
  test("ints with negative operands", () => {
    // for a, b in pairs: print(a // b, a % b, divmod(a, b))
    const pairs: Array<[number, number, number, number]> = [
      [7, 2, 3, 1],
      [-7, 2, -4, 1],
      [7, -2, -4, -1],
      [-7, -2, 3, -1],
      [0, 3, 0, 0],
      [1, -1, -1, 0],
      [-1, 3, -1, 2],
      [13, 13, 1, 0],
    ];
    for (const [a, b, q, r] of pairs) {
      expect([floordiv(a, b), mod(a, b), divmod(a, b)]).toEqual([q, r, [q, r]]);
    }
    expect(Object.is(mod(-6, 3), 0)).toBe(true); // int result never -0
    expect(Object.is(floordiv(0, -1), 0)).toBe(true);
    // [x % 5 for x in range(-6, 7, 3)], [x % -5 ...]
    expect([-6, -3, 0, 3, 6].map((x) => mod(x, 5))).toEqual([4, 2, 0, 3, 1]);
    expect([-6, -3, 0, 3, 6].map((x) => repr(mod(x, -5)))).toEqual(["-1", "-3", "0", "-2", "-4"]);
    expect(floordiv(2 ** 53 - 1, 3)).toBe(3002399751580330);
    expect(mod(2 ** 53 - 1, 1000)).toBe(991);
    expect(floordiv(-1001, 50)).toBe(-21);
  });
  test("floats, including signed zeros", () => {
    // print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % 2.5, -0.5 // 1, divmod(-7.5, 2), divmod(9, 0.5))
    expect([floordiv(7.5, 2), floordiv(-7.5, 2), mod(7.5, 2), mod(-7.5, 2), mod(7, 2.5), floordiv(-0.5, 1)].map(fl)).toEqual([
      "3.0", "-4.0", "1.5", "0.5", "2.0", "-1.0",
    ]);
    expect(repr(divmod(-7.5, 2), "tuple[float, float]")).toBe("(-4.0, 0.5)");
    expect(repr(divmod(9, 0.5, true), "tuple[float, float]")).toBe("(18.0, 0.0)");
    // print(0.0 % -1, -0.0 % 1, 0.0 // -1, -0.0 // 1, 5.0 % -0.5, -1e-300 % 1, 1 % -1e300, 6.0 % 3, -6.0 % 3, -6.0//3, 6.0//-3, 1e308 % 3.5)
    const f = true;
    expect(
      [
        mod(0.0, -1, f),
        mod(-0.0, 1, f),
        floordiv(0.0, -1, f),
        floordiv(-0.0, 1, f),
        mod(5.0, -0.5, f),
        mod(-1e-300, 1),
        mod(1, -1e300, f),
        mod(6.0, 3, f),
        mod(-6.0, 3, f),
        floordiv(-6.0, 3, f),
        floordiv(6.0, -3, f),
        mod(1e308, 3.5),
      ].map(fl),
    ).toEqual(["-0.0", "0.0", "-0.0", "-0.0", "-0.0", "1.0", "-1e+300", "0.0", "0.0", "-2.0", "-2.0", "3.0"]);
    // 5 % inf, -5 % inf, 5 // inf, -5 // inf, inf // 1, inf % 2
    expect([mod(5, Infinity), mod(-5, Infinity), floordiv(5, Infinity), floordiv(-5, Infinity)].map(fl)).toEqual([
      "5.0", "inf", "0.0", "-1.0",
    ]);
    expect([floordiv(Infinity, 1), mod(Infinity, 2), floordiv(NaN, 1)].map(fl)).toEqual(["nan", "nan", "nan"]);
  });
  test("ZeroDivisionError messages (Python 3.11)", () => {
    expect(raised(() => floordiv(1, 0))).toBe("ZeroDivisionError('integer division or modulo by zero')");
    expect(raised(() => mod(1, 0))).toBe("ZeroDivisionError('integer modulo by zero')");
    expect(raised(() => truediv(1, 0))).toBe("ZeroDivisionError('division by zero')");
    expect(raised(() => truediv(1.5, 0))).toBe("ZeroDivisionError('float division by zero')");
    expect(raised(() => truediv(1, 0, true))).toBe("ZeroDivisionError('float division by zero')");
    expect(raised(() => floordiv(1.5, 0))).toBe("ZeroDivisionError('float floor division by zero')");
    expect(raised(() => mod(1, 0, true))).toBe("ZeroDivisionError('float modulo')");
    expect(raised(() => divmod(1, 0))).toBe("ZeroDivisionError('integer division or modulo by zero')");
    expect(raised(() => divmod(1, 0, true))).toBe("ZeroDivisionError('float divmod()')");
    expect(raised(() => pow(0, -1))).toBe("ZeroDivisionError('0.0 cannot be raised to a negative power')");
    expect(raised(() => pow(0.0, -2.5))).toBe("ZeroDivisionError('0.0 cannot be raised to a negative power')");
  });
  test("true division", () => {
    // print(6 / 3, 7 / 2, -1 / 4, 10 / 4 * 4)
    expect([truediv(6, 3), truediv(7, 2), truediv(-1, 4), truediv(10, 4) * 4].map(fl)).toEqual([
      "2.0", "3.5", "-0.25", "10.0",
    ]);
  });
});

describe("pow", () => {
  test("Python results", () => {
    // print(2**-1, 0**0, 0.0**0, (-2)**3, 2**0.5, pow(7,2,5), pow(-3,3), pow(2,-1,5), pow(3,4,-5), 10**-2, (-2)**-1, pow(-7, 3, 5), pow(7,3,-5))
    expect(repr(pow(2, -1), "float")).toBe("0.5");
    expect(repr(pow(0, 0))).toBe("1");
    expect(repr(pow(0.0, 0), "float")).toBe("1.0");
    expect(pow(-2, 3)).toBe(-8);
    expect(repr(pow(2, 0.5))).toBe("1.4142135623730951");
    expect([pow(7, 2, 5), pow(-3, 3), pow(2, -1, 5), pow(3, 4, -5)]).toEqual([4, -27, 3, -4]);
    expect(repr(pow(10, -2))).toBe("0.01");
    expect(repr(pow(-2, -1))).toBe("-0.5");
    expect([pow(-7, 3, 5), pow(7, 3, -5)]).toEqual([2, -2]);
    // print(pow(2,100,1000000007), pow(123456789, 987654321, 998244353))
    expect(pow(2, 100, 1000000007)).toBe(976371285);
    expect(pow(123456789, 987654321, 998244353)).toBe(730701112);
    expect(repr(pow(3, -2))).toBe("0.1111111111111111");
    expect(repr(pow(-3, -3))).toBe("-0.037037037037037035");
    expect(pow(2, 10)).toBe(1024);
    expect(repr(pow(2, 64), "int")).toBe("18446744073709551616");
  });
  test("special values and errors", () => {
    // print(1**float('nan'), float('nan')**0, (-1)**float('inf'))
    expect([pow(1, NaN), pow(NaN, 0), pow(-1, Infinity)].map(fl)).toEqual(["1.0", "1.0", "1.0"]);
    expect(raised(() => pow(2, -1, 4))).toBe("ValueError('base is not invertible for the given modulus')");
    expect(raised(() => pow(2, 3, 0))).toBe("ValueError('pow() 3rd argument cannot be 0')");
    expect(raised(() => pow(2.0, 1024, null, true))).toBe("OverflowError(34, 'Numerical result out of range')");
    expect(raised(() => pow(10.0, 400.5))).toBe("OverflowError(34, 'Numerical result out of range')");
  });
});

describe("round", () => {
  test("banker's rounding without ndigits", () => {
    // [round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001)]
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001].map((x) => repr(round(x)))).toEqual([
      "0", "2", "2", "4", "0", "-2", "2", "3",
    ]);
    expect(raised(() => round(NaN))).toBe("ValueError('cannot convert float NaN to integer')");
    expect(raised(() => round(Infinity))).toBe("OverflowError('cannot convert float infinity to integer')");
    expect(repr(round(1e22), "int")).toBe("10000000000000000000000");
    expect(round(0.49999999999999994)).toBe(0);
  });
  test("ndigits on the exact binary value", () => {
    // print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.25, 1))
    expect([round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.25, 1)].map(fl)).toEqual([
      "2.67", "0.12", "0.38", "1.0", "-1.2",
    ]);
    // round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1)
    expect(fl(round(1234.5678, -2))).toBe("1200.0");
    expect([round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 1)].map((x) => repr(x))).toEqual([
      "1200", "1400", "-1200", "7",
    ]);
    // round(-0.4, 0), round(-0.4), round(5e-324, 400), round(1e300, -400), round(-1e300,-400), round(123.456, -1), round(2.5, 0), round(0.5, 0)
    expect(fl(round(-0.4, 0))).toBe("-0.0");
    expect(repr(round(-0.4))).toBe("0");
    expect(fl(round(5e-324, 400))).toBe("5e-324");
    expect(fl(round(1e300, -400))).toBe("0.0");
    expect(fl(round(-1e300, -400))).toBe("-0.0");
    expect(fl(round(123.456, -1))).toBe("120.0");
    expect(fl(round(2.5, 0))).toBe("2.0");
    expect(fl(round(0.5, 0))).toBe("0.0");
    expect(fl(round(1e16 + 2, -1))).toBe("1e+16");
    // ints: round(15, -1), round(25, -1), round(-15, -1), round(5, -1), round(4, -1), round(6, -1)
    expect([15, 25, -15, 5, 4, 6].map((x) => round(x, -1))).toEqual([20, 20, -20, 0, 0, 10]);
    expect(fl(round(0.1 + 0.2, 15))).toBe("0.3");
    expect(fl(round(1.23456e-10, 12))).toBe("1.23e-10");
    expect(fl(round(Infinity, 2))).toBe("inf");
    expect(fl(round(NaN, 2))).toBe("nan");
    expect(fl(round(2.0, 1, true))).toBe("2.0");
    expect(fl(round(3.14159, 3))).toBe("3.142");
  });
});

describe("bitwise operators", () => {
  test("beyond 32 bits and with negatives", () => {
    const x = 0b11001010;
    // print(x << 3, x >> 2, -x >> 1, -1 >> 10, 1 << 40, (1 << 40) >> 39, 0xFFFFFFFF + 1, 0xFFFFFFFF & 0x0F0F0F0F, ~x)
    expect([lshift(x, 3), rshift(x, 2), rshift(-x, 1), rshift(-1, 10), lshift(1, 40), rshift(lshift(1, 40), 39)]).toEqual([
      1616, 50, -101, -1, 1099511627776, 2,
    ]);
    expect([bitand(0xffffffff, 0x0f0f0f0f), invert(x)]).toEqual([252645135, -203]);
    // -5 & 0xFFFFFFFFFF, 2**40 | 1, (2**40+3) ^ 1, -2**40 >> 3, 2**52 & -2**52, ~(2**45)
    expect([
      bitand(-5, 0xffffffffff),
      bitor(2 ** 40, 1),
      bitxor(2 ** 40 + 3, 1),
      rshift(-(2 ** 40), 3),
      bitand(2 ** 52, -(2 ** 52)),
      invert(2 ** 45),
    ]).toEqual([1099511627771, 1099511627777, 1099511627778, -137438953472, 4503599627370496, -35184372088833]);
    expect(rshift(5, 40)).toBe(0);
    expect(rshift(-5, 40)).toBe(-1);
    expect(bitand(12, 10)).toBe(8);
    expect(raised(() => lshift(1, -1))).toBe("ValueError('negative shift count')");
    expect(raised(() => rshift(1, -1))).toBe("ValueError('negative shift count')");
  });
  test("bit_length and bit_count", () => {
    // (255).bit_length(), (1024).bit_length(), (-5).bit_length(), (0).bit_length(), (2**53).bit_length()
    expect([255, 1024, -5, 0, 2 ** 53].map(intBitLength)).toEqual([8, 11, 3, 0, 54]);
    expect(intBitCount(-7)).toBe(3);
  });
});
