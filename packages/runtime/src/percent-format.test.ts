import { BaseException } from "./exceptions";
import { percentFormat } from "./percent-format";

/**
 * [fmt, args, hint of args, Python 3.11's `fmt % args` or `ExcName: message`].
 * Generated with scripts/percent-format-cases.py.
 */
const CASES: ReadonlyArray<readonly [string, unknown, string, string]> = [
  ["%5d|%-5d|%05d|%+d|%x|%o|%e|%.3g|%s|%r|%%|%c", [42, 42, 42, 42, 255, 8, 1234.5, 0.00012345, [1], "r", 65], "tuple[int, int, int, int, int, int, float, float, list[int], str, int]", "   42|42   |00042|+42|ff|10|1.234500e+03|0.000123|[1]|'r'|%|A"],
  ["%(host)s:%(port)d %(load).2f", new Map<unknown, unknown>([["host", "db1"], ["port", 5432], ["load", 0.756]]), "dict[str, float | int | str]", "db1:5432 0.76"],
  ["%-10s|%10s|%.1s", ["left", "right", "trunc"], "tuple[str, str, str]", "left      |     right|t"],
  ["%d", 3.99, "float", "3"],
  ["%i", -2.5, "float", "-2"],
  ["%.0f", 0.5, "float", "0"],
  ["%.0f", 1.5, "float", "2"],
  ["%.0f", 2.5, "float", "2"],
  ["%d", "5", "str", "TypeError: %d format: a real number is required, not str"],
  ["%x", 3.5, "float", "TypeError: %x format: an integer is required, not float"],
  ["%x", 255.0, "float", "TypeError: %x format: an integer is required, not float"],
  ["%s %s", [1], "tuple[int]", "TypeError: not enough arguments for format string"],
  ["%s", [1, 2], "tuple[int, int]", "TypeError: not all arguments converted during string formatting"],
  ["%s", [1, 2], "list[int]", "[1, 2]"],
  ["%s", new Map<unknown, unknown>([["a", 1]]), "dict[str, int]", "{'a': 1}"],
  ["%z", 1, "int", "ValueError: unsupported format character 'z' (0x7a) at index 1"],
  ["%", 1, "int", "ValueError: incomplete format"],
  ["%s %", [1], "tuple[int]", "ValueError: incomplete format"],
  ["abc %(x", new Map<unknown, unknown>([["x", 1]]), "dict[str, int]", "ValueError: incomplete format key"],
  ["%c", "ab", "str", "TypeError: %c requires int or char"],
  ["%c", "a", "str", "a"],
  ["%c", 1.5, "float", "TypeError: %c requires int or char"],
  ["%c", -1, "int", "OverflowError: %c arg not in range(0x110000)"],
  ["%c", 1114112, "int", "OverflowError: %c arg not in range(0x110000)"],
  ["%05f", Infinity, "float", "00inf"],
  ["%+f", NaN, "float", "+nan"],
  ["%-8.3f|", -Infinity, "float", "-inf    |"],
  ["%010.2e", -1234.5, "float", "-01.23e+03"],
  ["%*d", [5, 42], "tuple[int, int]", "   42"],
  ["%-*d|", [5, 42], "tuple[int, int]", "42   |"],
  ["%.*f", [2, 3.14159], "tuple[int, float]", "3.14"],
  ["%*.*f", [8, 2, 3.14159], "tuple[int, int, float]", "    3.14"],
  ["%*d", [-5, 42], "tuple[int, int]", "42   "],
  ["%#o %#x %#X %#.3g %#.0f %#e", [8, 255, 255, 1.0, 3.0, 2.0], "tuple[int, int, int, float, float, float]", "0o10 0xff 0XFF 1.00 3. 2.000000e+00"],
  ["%.3d %+.3d % d % 5d %-+5d| %05.1f %-05d|", [5, 5, 42, 42, 42, -2.5, 3], "tuple[int, int, int, int, int, float, int]", "005 +005  42    42 +42  | -02.5 3    |"],
  ["%s", null, "None", "None"],
  ["%r", "it's", "str", "\"it's\""],
  ["%a", "é", "str", "'\\xe9'"],
  ["%5r", "x", "str", "  'x'"],
  ["%.2r", "abc", "str", "'a"],
  ["%d", true, "bool", "1"],
  ["%s", true, "bool", "True"],
  ["%f", true, "bool", "1.000000"],
  ["%d", 9007199254740992, "int", "9007199254740992"],
  ["%d", 1e+20, "float", "100000000000000000000"],
  ["%x", -255, "int", "-ff"],
  ["%o", -8, "int", "-10"],
  ["%#x", -255, "int", "-0xff"],
  ["%d%%", 50, "int", "50%"],
  ["%%", [], "tuple[()]", "%"],
  ["no args", [], "tuple[()]", "no args"],
  ["no args", 5, "int", "TypeError: not all arguments converted during string formatting"],
  ["%s", [], "tuple[()]", "TypeError: not enough arguments for format string"],
  ["%(a)s %(b)r", new Map<unknown, unknown>([["a", 1], ["b", "x"]]), "dict[str, int | str]", "1 'x'"],
  ["%(a)s %s", new Map<unknown, unknown>([["a", 1]]), "dict[str, int]", "TypeError: not enough arguments for format string"],
  ["%ld %hd %Lf", [1, 2, 3.0], "tuple[int, int, float]", "1 2 3.000000"],
  ["%u", 7, "int", "7"],
  ["%F %E %G", [Infinity, 1e-05, 1e-05], "tuple[float, float, float]", "INF 1.000000E-05 1E-05"],
  ["%.2s", "abc", "str", "ab"],
  ["%10.4f|", 3.14159, "float", "    3.1416|"],
  ["%-10.4e|", 3.14159, "float", "3.1416e+00|"],
  ["%g", 1e+16, "float", "1e+16"],
  ["%g", 123456789.0, "float", "1.23457e+08"],
  ["%s", 1e+16, "float", "1e+16"],
  ["%s", 2.0, "float", "2.0"],
  ["%r", 0.1, "float", "0.1"],
  ["%(a)d", new Map<unknown, unknown>([["a", "1"]]), "dict[str, str]", "TypeError: %d format: a real number is required, not str"],
  ["%s", new Uint8Array([120]), "bytes", "b'x'"],
  ["%d", null, "None", "TypeError: %d format: a real number is required, not NoneType"],
  ["%05.3d", 5, "int", "00005"],
  ["%+05d", 5, "int", "+0005"],
  ["% 05d", 5, "int", " 0005"],
  ["%#06x", 255, "int", "0x00ff"],
  ["%#-6x|", 255, "int", "0xff  |"],
  ["%05s", "a", "str", "    a"],
  ["%-05s|", "a", "str", "a    |"],
  ["%(k)s", new Map<unknown, unknown>([]), "dict[object, object]", "KeyError: 'k'"],
  ["%s %(k)s", new Map<unknown, unknown>([["k", 1]]), "dict[str, int]", "{'k': 1} 1"],
  ["%(k)s", new Map<unknown, unknown>([["k", 1], ["j", 2]]), "dict[str, int]", "1"],
  ["%s", new Map<unknown, unknown>([["k", 1]]), "dict[str, int]", "{'k': 1}"],
  ["%.2f%%", 99.5, "float", "99.50%"],
  ["%5.1f%%", 12.34, "float", " 12.3%"],
  ["%-+8.2f|", 3.14159, "float", "+3.14   |"],
  ["%08.3f", -3.14159, "float", "-003.142"],
  ["% f", 1.0, "float", " 1.000000"],
  ["%#5o", 0, "int", "  0o0"],
  ["%#x", 0, "int", "0x0"],
  ["%.0e", 12345.0, "float", "1e+04"],
  ["%x", true, "bool", "1"],
  ["%10s|", null, "None", "      None|"],
  ["%d", -0, "float", "0"],
  ["%f", -0, "float", "-0.000000"],
  ["%.1f", -0.04, "float", "-0.0"],
  ["%s", -0, "float", "-0.0"],
  ["%i%%", 5, "int", "5%"],
  ["%3c|", "a", "str", "  a|"],
  ["%-3c|", 65, "int", "A  |"],
  ["%.5d", -42, "int", "-00042"],
  ["%+.5d", 42, "int", "+00042"],
  ["%#.5x", 255, "int", "0x000ff"],
  ["%08.5d", 42, "int", "00000042"],
  ["%f", "x", "str", "TypeError: must be real number, not str"],
  ["%s and %s", ["a", [1.0, 2.5]], "tuple[str, list[float]]", "a and [1.0, 2.5]"],
  ["%s", [[1, 2]], "tuple[tuple[int, int]]", "(1, 2)"],
  ["%s|%r", [1.0, 2.0], "tuple[float, float]", "1.0|2.0"],
  ["%-8s|%8s|", [[1], new Map<unknown, unknown>([["a", 1]])], "tuple[list[int], dict[str, int]]", "[1]     |{'a': 1}|"],
  ["%s", ["tuple"], "tuple[str]", "tuple"],
  ["%s", [["list", "of", "tuple"]], "list[tuple[str, str, str]]", "[('list', 'of', 'tuple')]"],
  ["%d items", 3, "int", "3 items"],
  ["%s: %.1f%%", ["cpu", 93.25], "tuple[str, float]", "cpu: 93.2%"],
  ["%3d%%", 7, "int", "  7%"],
  ["%e", 0.0, "float", "0.000000e+00"],
  ["%g", 0.0001, "float", "0.0001"],
  ["%g", 1e-05, "float", "1e-05"],
  ["%.3g", 1234.5678, "float", "1.23e+03"],
  ["%#g", 1.5, "float", "1.50000"],
  ["%G", 1e-10, "float", "1E-10"],
  ["%c%c", [72, "i"], "tuple[int, str]", "Hi"],
  ["%🙂", 1, "int", "ValueError: unsupported format character '?' (0x1f642) at index 1"],
  ["%(x)s", 5, "int", "TypeError: format requires a mapping"],
];

function formatted(fmt: string, args: unknown, hint: string): string {
  try {
    return percentFormat(fmt, args, hint);
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}

describe("percentFormat against Python 3.11", () => {
  test.each(CASES)("%p %% %p as %s", (fmt, args, hint, expected) => {
    expect(formatted(fmt, args, hint)).toBe(expected);
  });
  test("an array without hint is a tuple of arguments", () => {
    expect(percentFormat("%s-%s", ["a", 1])).toBe("a-1");
    expect(percentFormat("%s", [[1, 2]])).toBe("[1, 2]");
  });
  test("plain objects work as mappings", () => {
    expect(percentFormat("%(name)s=%(n)03d", { name: "x", n: 7 })).toBe("x=007");
  });
});
