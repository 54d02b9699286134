import { bin, chr, float, hex, int, oct, ord } from "./conversions.js";
import { repr } from "./repr.js";
import { outcome as raw } from "./test-support.js";

/** `ExcName: message` of what `f` throws, or the repr of its result as a float. */
function outcome(f: () => number): string {
  return raw(() => repr(f(), "float"));
}
/** `ExcName: message` of what `f` throws, or the repr of its result as an int. */
function intOutcome(f: () => number): string {
  return raw(() => repr(f(), "int"));
}

describe("int()", () => {
  test("parsing strings (base 10)", () => {
    const cases: Array<[string, string]> = [
      ["42", "42"],
      [" 42 ", "42"],
      ["+7", "7"],
      ["-0", "0"],
      ["007", "7"],
      ["1_000", "1000"],
      ["3.0", "ValueError: invalid literal for int() with base 10: '3.0'"],
      ["1e3", "ValueError: invalid literal for int() with base 10: '1e3'"],
      ["0x1F", "ValueError: invalid literal for int() with base 10: '0x1F'"],
      ["", "ValueError: invalid literal for int() with base 10: ''"],
      ["  ", "ValueError: invalid literal for int() with base 10: '  '"],
      ["12a", "ValueError: invalid literal for int() with base 10: '12a'"],
      ["four", "ValueError: invalid literal for int() with base 10: 'four'"],
      ["-", "ValueError: invalid literal for int() with base 10: '-'"],
      ["1,000", "ValueError: invalid literal for int() with base 10: '1,000'"],
      ["inf", "ValueError: invalid literal for int() with base 10: 'inf'"],
      ["True", "ValueError: invalid literal for int() with base 10: 'True'"],
      ["1__0", "ValueError: invalid literal for int() with base 10: '1__0'"],
      ["_1", "ValueError: invalid literal for int() with base 10: '_1'"],
      ["1_", "ValueError: invalid literal for int() with base 10: '1_'"],
      ["\u0663", "3"],
      ["\uff11\uff12", "12"],
      ["\u00a0 5\u2003", "5"],
      ["- 5", "ValueError: invalid literal for int() with base 10: '- 5'"],
      ["+-5", "ValueError: invalid literal for int() with base 10: '+-5'"],
      ["0_0", "0"],
      ["00", "0"],
      ["0x", "ValueError: invalid literal for int() with base 10: '0x'"],
      ["9999999999999", "9999999999999"],
    ];
    for (const [text, expected] of cases) expect([text, intOutcome(() => int(text))]).toEqual([text, expected]);
  });
  test("bases", () => {
    const cases: Array<[string, number, string]> = [
      ["12", 2, "ValueError: invalid literal for int() with base 2: '12'"],
      ["0x1g", 16, "ValueError: invalid literal for int() with base 16: '0x1g'"],
      ["08", 0, "ValueError: invalid literal for int() with base 0: '08'"],
      ["ff", 16, "255"],
      ["0xff", 16, "255"],
      ["0xff", 0, "255"],
      ["0o17", 0, "15"],
      ["0b101", 0, "5"],
      ["z", 36, "35"],
      ["-101", 2, "-5"],
      ["0b101", 2, "5"],
      ["0x_ff", 16, "255"],
      ["0_7", 0, "ValueError: invalid literal for int() with base 0: '0_7'"],
      ["00", 0, "0"],
      ["-0x1f", 0, "-31"],
      [" 0X1F ", 0, "31"],
      ["1_000", 0, "1000"],
      ["Z", 36, "35"],
      ["12", 1, "ValueError: int() base must be >= 2 and <= 36, or 0"],
      ["12", 37, "ValueError: int() base must be >= 2 and <= 36, or 0"],
      ["0o10", 8, "8"],
      ["0b1", 16, "177"],
    ];
    for (const [text, base, expected] of cases) {
      expect([text, base, intOutcome(() => int(text, base))]).toEqual([text, base, expected]);
    }
  });
  test("numbers, bools, bytes and bad types", () => {
    expect([int(3.99), int(-3.99), int(true), int(-0.0), int(2.5)]).toEqual([3, -3, 1, 0, 2]);
    expect(Object.is(int(-0.5), 0)).toBe(true);
    expect(intOutcome(() => int(1e300))).toBe(
      "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160",
    );
    expect(intOutcome(() => int(null))).toBe(
      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
    );
    expect(intOutcome(() => int([1]))).toBe(
      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'list'",
    );
    expect(intOutcome(() => int(new Map()))).toBe(
      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'dict'",
    );
    expect(intOutcome(() => int(NaN))).toBe("ValueError: cannot convert float NaN to integer");
    expect(intOutcome(() => int(Infinity))).toBe("OverflowError: cannot convert float infinity to integer");
    expect(intOutcome(() => int(5, 10))).toBe("TypeError: int() can't convert non-string with explicit base");
    expect(int(new TextEncoder().encode(" 12 "))).toBe(12);
    expect(intOutcome(() => int(new TextEncoder().encode("x")))).toBe(
      "ValueError: invalid literal for int() with base 10: b'x'",
    );
    expect(int({ __int__: () => 7 })).toBe(7);
    expect(intOutcome(() => int("1".repeat(4301)))).toBe(
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
    );
    expect(() => int("1".repeat(4301), 16)).not.toThrow(); // no digit limit for power-of-two bases
  });
});

describe("float()", () => {
  test("parsing strings", () => {
    const cases: Array<[string, string]> = [
      ["3.14", "3.14"],
      [" -2.5e-3 ", "-0.0025"],
      ["1_000.5", "1000.5"],
      [".5", "0.5"],
      ["5.", "5.0"],
      ["1e309", "inf"],
      ["-inf", "-inf"],
      ["NaN", "nan"],
      ["infinity", "inf"],
      ["1.2.3", "ValueError: could not convert string to float: '1.2.3'"],
      ["", "ValueError: could not convert string to float: ''"],
      ["0x10", "ValueError: could not convert string to float: '0x10'"],
      ["1e", "ValueError: could not convert string to float: '1e'"],
      ["+inf", "inf"],
      ["-Infinity", "-inf"],
      ["iNfInItY", "inf"],
      ["nan(1)", "ValueError: could not convert string to float: 'nan(1)'"],
      ["-nan", "nan"],
      ["1_e5", "ValueError: could not convert string to float: '1_e5'"],
      ["1e_5", "ValueError: could not convert string to float: '1e_5'"],
      ["1e5_0", "1e+50"],
      ["_1.0", "ValueError: could not convert string to float: '_1.0'"],
      ["1._5", "ValueError: could not convert string to float: '1._5'"],
      ["1.5_", "ValueError: could not convert string to float: '1.5_'"],
      ["\u0661.\u0665", "1.5"],
      [" \n 7 \t", "7.0"],
      ["1E+05", "100000.0"],
      [".", "ValueError: could not convert string to float: '.'"],
      ["e5", "ValueError: could not convert string to float: 'e5'"],
      ["+.5e-1", "0.05"],
      ["0001.5", "1.5"],
      ["1,5", "ValueError: could not convert string to float: '1,5'"],
      ["-0", "-0.0"],
      ["infinit", "ValueError: could not convert string to float: 'infinit'"],
      ["1".repeat(400), "inf"],
      ["4.9e-325", "0.0"],
      ["2.4703282292062328e-324", "5e-324"],
    ];
    for (const [text, expected] of cases) expect([text, outcome(() => float(text))]).toEqual([text, expected]);
  });
  test("other types", () => {
    expect([float(5), float(true), float(2 ** 53 + 1)].map((x) => repr(x, "float"))).toEqual([
      "5.0", "1.0", "9007199254740992.0",
    ]);
    expect(outcome(() => float(null))).toBe("TypeError: float() argument must be a string or a real number, not 'NoneType'");
    expect(outcome(() => float([1]))).toBe("TypeError: float() argument must be a string or a real number, not 'list'");
    expect(outcome(() => float(new TextEncoder().encode("x")))).toBe("ValueError: could not convert string to float: b'x'");
    expect(float(new TextEncoder().encode(" 1.5"))).toBe(1.5);
  });
});

describe("chr, ord, bin, hex, oct", () => {
  test("chr and ord", () => {
    expect(chr(65)).toBe("A");
    expect(chr(0x1f600)).toBe("😀");
    expect(outcome(() => ord(chr(-1)))).toBe("ValueError: chr() arg not in range(0x110000)");
    expect(outcome(() => ord(chr(0x110000)))).toBe("ValueError: chr() arg not in range(0x110000)");
    expect(outcome(() => ord(chr(1.5)))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect([ord("a"), ord("😀"), ord("é")]).toEqual([97, 128512, 233]);
    expect(outcome(() => ord(""))).toBe("TypeError: ord() expected a character, but string of length 0 found");
    expect(outcome(() => ord("ab"))).toBe("TypeError: ord() expected a character, but string of length 2 found");
    expect(outcome(() => ord("😀😀"))).toBe("TypeError: ord() expected a character, but string of length 2 found");
    expect(outcome(() => ord(5 as unknown as string))).toBe("TypeError: ord() expected string of length 1, but int found");
    expect(ord(new Uint8Array([97]))).toBe(97);
  });
  test("bin, hex, oct", () => {
    // bin(202), bin(-5), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0), hex(2**52+1), bin(True)
    expect([bin(202), bin(-5), bin(0), hex(255), hex(-255), hex(0), oct(8), oct(-8), oct(0), hex(2 ** 52 + 1), bin(true)]).toEqual([
      "0b11001010", "-0b101", "0b0", "0xff", "-0xff", "0x0", "0o10", "-0o10", "0o0", "0x10000000000001", "0b1",
    ]);
    expect(hex(2 ** 64)).toBe("0x10000000000000000");
    expect(outcome(() => float(hex(1.5)))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
  });
});
