import { ascii, floatRepr, repr, str, typeName } from "./repr.js";

describe("floatRepr (Python repr(float))", () => {
  const cases: Array<[number, string]> = [
    [1.0, "1.0"],
    [-0.0, "-0.0"],
    [0.0, "0.0"],
    [0.1, "0.1"],
    [0.1 + 0.2, "0.30000000000000004"],
    [1 / 3, "0.3333333333333333"],
    [2 / 3, "0.6666666666666666"],
    [1e-5, "1e-05"],
    [1e-4, "0.0001"],
    [0.0001234, "0.0001234"],
    [1e16, "1e+16"],
    [1e15, "1000000000000000.0"],
    [123456789.0, "123456789.0"],
    [1234567890123456.0, "1234567890123456.0"],
    [12345678901234567.0, "1.2345678901234568e+16"],
    [1e22, "1e+22"],
    [1.5e300, "1.5e+300"],
    [5e-324, "5e-324"],
    [100.0, "100.0"],
    [2.5, "2.5"],
    [1e100, "1e+100"],
    [2 ** 53, "9007199254740992.0"],
    [4.35, "4.35"],
    [1.1 * 3, "3.3000000000000003"],
    [1.7976931348623157e308, "1.7976931348623157e+308"],
    [2.2250738585072014e-308, "2.2250738585072014e-308"],
    [1e21, "1e+21"],
    [1e-7, "1e-07"],
    [123e-20, "1.23e-18"],
    [9.999999999999999e22, "1e+23"],
    [Infinity, "inf"],
    [-Infinity, "-inf"],
    [NaN, "nan"],
  ];
  test.each(cases)("floatRepr(%p) == %p", (value, expected) => {
    expect(floatRepr(value)).toBe(expected);
    expect(repr(value, "float")).toBe(expected);
  });
});

describe("repr of numbers with and without hints", () => {
  test("heuristic: integral safe numbers are ints, others floats", () => {
    expect(repr(3)).toBe("3");
    expect(repr(-7)).toBe("-7");
    expect(repr(2.5)).toBe("2.5");
    expect(repr(-0.0)).toBe("-0.0");
    expect(repr(1e16)).toBe("1e+16");
    expect(repr(2 ** 53 - 1)).toBe("9007199254740991");
  });
  test("hints decide int vs float", () => {
    expect(repr(3, "float")).toBe("3.0");
    expect(repr(1e22, "int")).toBe("10000000000000000000000");
    expect(repr(2 ** 53, "int")).toBe("9007199254740992");
    expect(repr(-0, "int")).toBe("0");
    expect(str(300, "float")).toBe("300.0");
    expect(repr(2, "float | None")).toBe("2.0");
    expect(repr(null, "float | None")).toBe("None");
    expect(repr(2, "Optional[float]")).toBe("2.0");
    expect(repr(2, "int | float")).toBe("2");
    expect(repr(2, "typing.Union[int, str]")).toBe("2");
  });
  test("an unparsable hint falls back to the heuristic", () => {
    expect(repr(2, "list[")).toBe("2");
    expect(repr([1, 2], "Foo[[")).toBe("[1, 2]");
    expect(repr(2, "dict[str, %]")).toBe("2");
  });
});

describe("repr of strings", () => {
  // Python: repr("it's"), repr('say "hi"'), repr('both \' "'), repr('\\'), repr('\n'), ...
  const cases: Array<[string, string]> = [
    ["it's", `"it's"`],
    ['say "hi"', `'say "hi"'`],
    [`both ' "`, `'both \\' "'`],
    ["\\", "'\\\\'"],
    ["\n", "'\\n'"],
    ["\r\t", "'\\r\\t'"],
    ["\u00e9", "'é'"],
    ["\x1b[0m", "'\\x1b[0m'"],
    ["\x00\x7f\x80\xa0\xad", "'\\x00\\x7f\\x80\\xa0\\xad'"],
    ["\u2028", "'\\u2028'"],
    ["\u{1F600}", "'😀'"],
    ["\ud800", "'\\ud800'"],
    ["\u{e0001}", "'\\U000e0001'"],
    ["", "''"],
    ["plain", "'plain'"],
  ];
  test.each(cases)("repr(%j) == %s", (value, expected) => {
    expect(repr(value)).toBe(expected);
  });
  test("ascii() escapes non-ASCII", () => {
    expect(ascii("é ü € 😀")).toBe("'\\xe9 \\xfc \\u20ac \\U0001f600'");
    expect(ascii(["é"])).toBe("['\\xe9']");
  });
});

describe("repr of containers", () => {
  test("lists, tuples and hints", () => {
    // print([1, "two", 3.0, None, True, False]) with heuristics 3.0 prints as 3; the hint fixes it
    expect(repr([1, "two", 3.0, null, true, false], "list[object]")).toBe("[1, 'two', 3, None, True, False]");
    expect(repr([0.5, 1.0, 1e-7, -2.0], "list[float]")).toBe("[0.5, 1.0, 1e-07, -2.0]");
    expect(repr([1], "tuple[int]")).toBe("(1,)");
    expect(repr([], "tuple[()]")).toBe("()");
    expect(repr([1, 2], "tuple[int, ...]")).toBe("(1, 2)");
    expect(repr([[]], "list[tuple[()]]")).toBe("[()]");
    expect(repr(["a", 1], "tuple[str, float]")).toBe("('a', 1.0)");
    expect(repr([["db", 1, 0.9]], "list[tuple[str, int, float]]")).toBe("[('db', 1, 0.9)]");
  });
  test("dicts (Map) and plain objects", () => {
    expect(repr(new Map())).toBe("{}");
    expect(repr(new Map<unknown, unknown>([["k", [1, new Map([["n", null]])]]]))).toBe("{'k': [1, {'n': None}]}");
    expect(repr(new Map<unknown, unknown>([[1, "a"], ["b", [2, 3]]]), "dict[int | str, str | tuple[int, int]]")).toBe(
      "{1: 'a', 'b': (2, 3)}",
    );
    expect(repr(new Map([["x", 2]]), "dict[str, float]")).toBe("{'x': 2.0}");
    expect(repr({ a: "b" })).toBe("{'a': 'b'}");
  });
  test("sets and frozensets", () => {
    expect(repr(new Set([1, 2, 3]))).toBe("{1, 2, 3}");
    expect(repr(new Set())).toBe("set()");
    expect(repr(new Set([5]), "frozenset[int]")).toBe("frozenset({5})");
    expect(repr(new Set(), "frozenset[int]")).toBe("frozenset()");
    expect(repr(new Map([["empty", new Set()]]))).toBe("{'empty': set()}");
    expect(repr(new Set([1.5]), "set[float]")).toBe("{1.5}");
  });
  test("bytes", () => {
    expect(repr(new Uint8Array([0, 0x61, 0x62, 10]))).toBe("b'\\x00ab\\n'");
    expect(repr(new TextEncoder().encode("it's"))).toBe(`b"it's"`);
    expect(repr(new Uint8Array([0x5c, 0x7f, 0xff, 0x22]))).toBe(`b'\\\\\\x7f\\xff"'`);
    expect(str(new TextEncoder().encode("bytes"))).toBe("b'bytes'");
  });
  test("recursive containers", () => {
    const a: unknown[] = [1];
    a.push(a);
    expect(repr(a)).toBe("[1, [...]]");
    const d = new Map<string, unknown>();
    d.set("self", d);
    expect(repr(d)).toBe("{'self': {...}}");
    const shared = [1];
    expect(repr([shared, shared])).toBe("[[1], [1]]");
  });
  test("dict keys and set members render arrays as tuples and sets as frozensets", () => {
    // {(1, 2): [3]}, {frozenset({1}): 'x'}, {(1, (2, 3))}
    expect(repr(new Map([[[1, 2], [3]]]))).toBe("{(1, 2): [3]}");
    expect(repr(new Map([[new Set([1]), "x"]]))).toBe("{frozenset({1}): 'x'}");
    expect(repr(new Set([[1, [2, 3]]]))).toBe("{(1, (2, 3))}");
  });
  test("str of containers uses repr of the items", () => {
    expect(str([1, "1"])).toBe("[1, '1']");
    expect(str(["a"], "tuple[str]")).toBe("('a',)");
    expect(str(new Map([["a", "b"]]))).toBe("{'a': 'b'}");
  });
});

describe("repr and str of objects", () => {
  class Node {
    constructor(
      readonly name: string,
      readonly children: Node[] = [],
    ) {}
    __repr__(): string {
      return this.children.length > 0 ? `Node(${repr(this.name)}, ${repr(this.children)})` : `Node(${repr(this.name)})`;
    }
  }
  class OnlyStr {
    __str__(): string {
      return "only-str";
    }
  }
  class Neither {}
  test("__repr__ and __str__ dispatch", () => {
    const tree = new Node("root", [new Node("a"), new Node("b", [new Node("c")])]);
    expect(str(tree)).toBe("Node('root', [Node('a'), Node('b', [Node('c')])])");
    expect(str(new Map([["n", new Node("x")]]))).toBe("{'n': Node('x')}");
    expect(str(new OnlyStr())).toBe("only-str");
    expect(repr(new OnlyStr())).toMatch(/^<__main__\.OnlyStr object at 0x[0-9a-f]+>$/);
    expect(repr(new Neither())).toMatch(/^<__main__\.Neither object at 0x[0-9a-f]+>$/);
    const n = new Neither();
    expect(repr(n)).toBe(repr(n));
  });
  test("scalars", () => {
    expect(str(null)).toBe("None");
    expect(repr(null)).toBe("None");
    expect(str(true)).toBe("True");
    expect(repr(false)).toBe("False");
    expect(str("x")).toBe("x");
    expect(repr("x")).toBe("'x'");
    expect(repr(undefined)).toBe("None");
  });
  test("functions and classes", () => {
    function handler(): void {}
    expect(repr(handler)).toMatch(/^<function handler at 0x[0-9a-f]+>$/);
    expect(repr(() => 1)).toMatch(/^<function <lambda> at 0x[0-9a-f]+>$/);
    expect(repr(Neither)).toBe("<class '__main__.Neither'>");
  });
});

describe("typeName", () => {
  test("Python type names", () => {
    expect(typeName(1)).toBe("int");
    expect(typeName(1.5)).toBe("float");
    expect(typeName(1, "float")).toBe("float");
    expect(typeName("s")).toBe("str");
    expect(typeName(true)).toBe("bool");
    expect(typeName(null)).toBe("NoneType");
    expect(typeName([])).toBe("list");
    expect(typeName([], "tuple[int, ...]")).toBe("tuple");
    expect(typeName(new Map())).toBe("dict");
    expect(typeName(new Set())).toBe("set");
    expect(typeName(new Set(), "frozenset[str]")).toBe("frozenset");
    expect(typeName(new Uint8Array())).toBe("bytes");
    expect(typeName((function* () {})())).toBe("generator");
    class Job {}
    expect(typeName(new Job())).toBe("Job");
  });
});
