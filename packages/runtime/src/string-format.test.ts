import { strFormat, StrFormatHints } from "./string-format.js";
import { outcome } from "./test-support.js";

/**
 * [fmt, args, kwargs, hints, Python 3.11's `fmt.format(*args, **kwargs)` or `ExcName: message`].
 * Generated with scripts/string-format-cases.py.
 */
const CASES: ReadonlyArray<readonly [string, readonly unknown[], ReadonlyMap<string, unknown>, StrFormatHints, string]> = [
  ["[{}] [{:>5}] [{:.3f}] [{name}] [{items[1]}] [{obj.real}] [{obj.imag}]", ["a", "b", 0.6666666666666666], new Map<string, unknown>([["name", "nm"], ["items", [10, 20]], ["obj", 5]]), {"args": ["str", "str", "float"], "kwargs": {"name": "str", "items": "list[int]", "obj": "int"}}, "[a] [    b] [0.667] [nm] [20] [5] [0]"],
  ["{0} {1} {0}", ["x", "y"], new Map<string, unknown>([]), {"args": ["str", "str"], "kwargs": {}}, "x y x"],
  ["{:,}", [1000000000], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "1,000,000,000"],
  ["{!r}", ["q"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "'q'"],
  ["{{literal}} {{{0}}}", ["x"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "{literal} {x}"],
  ["{0:{1}}", ["ab", 5], new Map<string, unknown>([]), {"args": ["str", "int"], "kwargs": {}}, "ab   "],
  ["{:{}.{}f}", [3.14159, 8, 2], new Map<string, unknown>([]), {"args": ["float", "int", "int"], "kwargs": {}}, "    3.14"],
  ["{:{w}.{p}f}", [3.14159], new Map<string, unknown>([["w", 8], ["p", 2]]), {"args": ["float"], "kwargs": {"w": "int", "p": "int"}}, "    3.14"],
  ["{} {1}", [1, 2], new Map<string, unknown>([]), {"args": ["int", "int"], "kwargs": {}}, "ValueError: cannot switch from automatic field numbering to manual field specification"],
  ["{0} {}", [1, 2], new Map<string, unknown>([]), {"args": ["int", "int"], "kwargs": {}}, "ValueError: cannot switch from manual field specification to automatic field numbering"],
  ["{2}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "IndexError: Replacement index 2 out of range for positional args tuple"],
  ["{}{}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "IndexError: Replacement index 1 out of range for positional args tuple"],
  ["{x}", [], new Map<string, unknown>([["y", 1]]), {"args": [], "kwargs": {"y": "int"}}, "KeyError: 'x'"],
  ["}", [], new Map<string, unknown>([]), {"args": [], "kwargs": {}}, "ValueError: Single '}' encountered in format string"],
  ["{", [], new Map<string, unknown>([]), {"args": [], "kwargs": {}}, "ValueError: Single '{' encountered in format string"],
  ["{0", [], new Map<string, unknown>([]), {"args": [], "kwargs": {}}, "ValueError: expected '}' before end of string"],
  ["{0!}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "ValueError: unmatched '{' in format spec"],
  ["{0!x}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "ValueError: Unknown conversion specifier x"],
  ["{0!rr}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "ValueError: expected ':' after conversion specifier"],
  ["{0:}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "1"],
  ["{d[k]}", [], new Map<string, unknown>([["d", new Map<unknown, unknown>([["k", "v"]])]]), {"args": [], "kwargs": {"d": "dict[str, str]"}}, "v"],
  ["{d[0]}", [], new Map<string, unknown>([["d", new Map<unknown, unknown>([[0, "zero"]])]]), {"args": [], "kwargs": {"d": "dict[int, str]"}}, "zero"],
  ["{d[0]}", [], new Map<string, unknown>([["d", new Map<unknown, unknown>([["0", "s"]])]]), {"args": [], "kwargs": {"d": "dict[str, str]"}}, "KeyError: 0"],
  ["{0[x]}", [[1]], new Map<string, unknown>([]), {"args": ["list[int]"], "kwargs": {}}, "TypeError: list indices must be integers or slices, not str"],
  ["{0[5]}", [[1]], new Map<string, unknown>([]), {"args": ["list[int]"], "kwargs": {}}, "IndexError: list index out of range"],
  ["{0.missing}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "AttributeError: 'int' object has no attribute 'missing'"],
  ["{0[0][1]}", [[[1, 2]]], new Map<string, unknown>([]), {"args": ["list[list[int]]"], "kwargs": {}}, "2"],
  ["{:{:{}}}", [1, 2, 3], new Map<string, unknown>([]), {"args": ["int", "int", "int"], "kwargs": {}}, "ValueError: Max string recursion exceeded"],
  ["x}}y", [], new Map<string, unknown>([]), {"args": [], "kwargs": {}}, "x}y"],
  ["{ }", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "KeyError: ' '"],
  ["{0 }", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "KeyError: '0 '"],
  ["{-1}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "KeyError: '-1'"],
  ["{0.}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "ValueError: Empty attribute in format string"],
  ["{0[}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "ValueError: expected '}' before end of string"],
  ["{0[]}", [[1]], new Map<string, unknown>([]), {"args": ["list[int]"], "kwargs": {}}, "ValueError: Empty attribute in format string"],
  ["{!s:>5}", ["x"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "    x"],
  ["{0!a}", ["é"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "'\\xe9'"],
  ["{:d}", [1.5], new Map<string, unknown>([]), {"args": ["float"], "kwargs": {}}, "ValueError: Unknown format code 'd' for object of type 'float'"],
  ["{}", [null], new Map<string, unknown>([]), {"args": ["None"], "kwargs": {}}, "None"],
  ["{:>5}", [null], new Map<string, unknown>([]), {"args": ["None"], "kwargs": {}}, "TypeError: unsupported format string passed to NoneType.__format__"],
  ["{}", [[1.0, 2.5]], new Map<string, unknown>([]), {"args": ["list[float]"], "kwargs": {}}, "[1.0, 2.5]"],
  ["{:%}", [0.25], new Map<string, unknown>([]), {"args": ["float"], "kwargs": {}}, "25.000000%"],
  ["{0:}", [], new Map<string, unknown>([]), {"args": [], "kwargs": {}}, "IndexError: Replacement index 0 out of range for positional args tuple"],
  ["{!r:^9}", ["ab"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "  'ab'   "],
  ["{0[-1]}", [[1, 2]], new Map<string, unknown>([]), {"args": ["list[int]"], "kwargs": {}}, "TypeError: list indices must be integers or slices, not str"],
  ["{0:{1}d}", [5, "x"], new Map<string, unknown>([]), {"args": ["int", "str"], "kwargs": {}}, "ValueError: Invalid format specifier 'xd' for object of type 'int'"],
  ["{0:{1}}", [5, ">{}"], new Map<string, unknown>([]), {"args": ["int", "str"], "kwargs": {}}, "ValueError: Invalid format specifier '>{}' for object of type 'int'"],
  ["{}", ["a", "b"], new Map<string, unknown>([]), {"args": ["str", "str"], "kwargs": {}}, "a"],
  ["{a}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "KeyError: 'a'"],
  ["{}", [2.0], new Map<string, unknown>([]), {"args": ["float"], "kwargs": {}}, "2.0"],
  ["{} {}", [1.5, [1, 2.0]], new Map<string, unknown>([]), {"args": ["float", "tuple[int, float]"], "kwargs": {}}, "1.5 (1, 2.0)"],
  ["{0[1]}", [[1, 2.0]], new Map<string, unknown>([]), {"args": ["tuple[int, float]"], "kwargs": {}}, "2.0"],
  ["{x:>8.2f}|{y:<6}|", [], new Map<string, unknown>([["x", 3.14159], ["y", "ab"]]), {"args": [], "kwargs": {"x": "float", "y": "str"}}, "    3.14|ab    |"],
  ["{0}{1}{2}", ["a", "b"], new Map<string, unknown>([]), {"args": ["str", "str"], "kwargs": {}}, "IndexError: Replacement index 2 out of range for positional args tuple"],
  ["{:=^11}", ["mid"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "====mid===="],
  ["{0[0]:>4}", ["xyz"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "   x"],
  ["{0[9]}", ["xyz"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "IndexError: string index out of range"],
  ["{0[a]}", ["xyz"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "TypeError: string indices must be integers, not 'str'"],
  ["{0]}", [1], new Map<string, unknown>([]), {"args": ["int"], "kwargs": {}}, "KeyError: '0]'"],
  ["{0[0]x}", [[1]], new Map<string, unknown>([]), {"args": ["list[int]"], "kwargs": {}}, "ValueError: Only '.' or '[' may follow ']' in format field specifier"],
  ["{:{}}", ["a"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "IndexError: Replacement index 1 out of range for positional args tuple"],
  ["{!}", ["a"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "ValueError: unmatched '{' in format spec"],
  ["{0!r:}", ["a"], new Map<string, unknown>([]), {"args": ["str"], "kwargs": {}}, "'a'"],
  ["{:.{}}", ["abcdef", 3], new Map<string, unknown>([]), {"args": ["str", "int"], "kwargs": {}}, "abc"],
  ["{:>{}}", ["a", 4], new Map<string, unknown>([]), {"args": ["str", "int"], "kwargs": {}}, "   a"],
  ["{name!r:>{width}}", [], new Map<string, unknown>([["name", "n"], ["width", 6]]), {"args": [], "kwargs": {"name": "str", "width": "int"}}, "   'n'"],
];

describe("strFormat against Python 3.11", () => {
  test.each(CASES)("%p.format(...)", (fmt, args, kwargs, hints, expected) => {
    expect(outcome(() => strFormat(fmt, args, kwargs, hints))).toBe(expected);
  });
  test("kwargs as a plain object, no hints", () => {
    expect(strFormat("{host}:{port}", [], { host: "db1", port: 5432 })).toBe("db1:5432");
    expect(strFormat("{0.name}", [{ name: "n" }])).toBe("n");
  });
  test("objects with __format__", () => {
    const money = { __format__: (spec: string): string => `$${spec === "" ? "?" : spec}` };
    expect(strFormat("{} {:x}", [money, money])).toBe("$? $x");
  });
});
