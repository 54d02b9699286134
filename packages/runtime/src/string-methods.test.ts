import { capitalize, casefold, lower, swapcase, title, upper } from "./string-case.js";
import {
  center, expandtabs, join, ljust, lstrip, removeprefix, removesuffix, rjust, rstrip, strip, strMultiply, zfill,
} from "./string-methods.js";
import {
  isalnum, isalpha, isascii, isdecimal, isdigit, isidentifier, islower, isnumeric, isprintable, isspace, istitle, isupper,
} from "./string-predicates.js";
import { endswith, find, replace, rfind, rindex, startswith, stringCount, stringIndex } from "./string-search.js";
import { partition, rpartition, rsplit, split, splitlines } from "./string-split.js";
import { outcome } from "./test-support.js";

type StringMethod = (s: string, ...args: never[]) => unknown;

const METHODS: Readonly<Record<string, StringMethod>> = {
  split, rsplit, splitlines, partition, rpartition, strip, lstrip, rstrip, removeprefix, removesuffix, title,
  capitalize, swapcase, casefold, upper, lower, center, ljust, rjust, zfill, expandtabs, find, rfind, stringIndex,
  rindex, stringCount, startswith, endswith, replace, isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace,
  isupper, islower, istitle, isidentifier, isascii, isprintable,
};

/**
 * [function, receiver, args, Python 3.11's `receiver.method(*args)` or `ExcName: message`].
 * Generated with scripts/string-methods-cases.py.
 */
const CASES: ReadonlyArray<readonly [string, string, readonly unknown[], unknown]> = [
  ["split", "  a  b ", [], ["a", "b"]],
  ["split", "a,b,,c,", [","], ["a", "b", "", "c", ""]],
  ["split", "", [], []],
  ["split", "", [","], [""]],
  ["split", "a b c", [null, 1], ["a", "b c"]],
  ["split", "  a b c  ", [null, 1], ["a", "b c  "]],
  ["split", "a", [""], "ValueError: empty separator"],
  ["split", "a b", [" "], ["a", "b"]],
  ["split", "a  b", [" "], ["a", "", "b"]],
  ["split", "a b　c\u001cd​e", [], ["a", "b", "c", "d​e"]],
  ["split", "a,b", [",", 0], ["a,b"]],
  ["split", "  a b", [null, 0], ["a b"]],
  ["split", "aXbXc", ["X", -1], ["a", "b", "c"]],
  ["split", "abcabc", ["bc"], ["a", "a", ""]],
  ["split", " x ", [null, -1], ["x"]],
  ["split", "a,b,c,d", [",", 2], ["a", "b", "c,d"]],
  ["split", "aaa", ["aa"], ["", "a"]],
  ["split", "\t\n\u000b\f\r\u001c\u001d\u001e\u001f         　x\t\n\u000b\f\r\u001c\u001d\u001e\u001f         　", [], ["x"]],
  ["split", "k=v=w", ["=", 1], ["k", "v=w"]],
  ["rsplit", "a b c", [null, 1], ["a b", "c"]],
  ["rsplit", "  a b c  ", [null, 1], ["  a b", "c"]],
  ["rsplit", "a,b,c", [",", 1], ["a,b", "c"]],
  ["rsplit", "  a b  ", [null, 0], ["  a b"]],
  ["rsplit", "aaa", ["aa", 1], ["a", ""]],
  ["rsplit", "a,b,,c,", [","], ["a", "b", "", "c", ""]],
  ["rsplit", "", [], []],
  ["rsplit", "x", [""], "ValueError: empty separator"],
  ["rsplit", "a.b.c.d", [".", 2], ["a.b", "c", "d"]],
  ["splitlines", "a\nb\r\nc\rd\u000be\ff\u001cgh i\n", [], ["a", "b", "c", "d", "e", "f", "g", "h", "i"]],
  ["splitlines", "a\nb\r\n", [true], ["a\n", "b\r\n"]],
  ["splitlines", "", [], []],
  ["splitlines", "\n", [], [""]],
  ["splitlines", "x\n\n", [], ["x", ""]],
  ["splitlines", "x\r\r\ny", [true], ["x\r", "\r\n", "y"]],
  ["splitlines", "no break", [], ["no break"]],
  ["splitlines", "\u001d\u001e ", [true], ["\u001d", "\u001e", " "]],
  ["partition", "key=value=x", ["="], ["key", "=", "value=x"]],
  ["partition", "novalue", ["="], ["novalue", "", ""]],
  ["partition", "a", [""], "ValueError: empty separator"],
  ["rpartition", "a.b.c", ["."], ["a.b", ".", "c"]],
  ["rpartition", "abc", ["."], ["", "", "abc"]],
  ["strip", "  xx  ", [], "xx"],
  ["strip", "xxhixx", ["x"], "hi"],
  ["strip", "abcba", ["ab"], "c"],
  ["lstrip", "  x ", [], "x "],
  ["rstrip", " x  ", [], " x"],
  ["strip", "\t\n\u000b\f\r\u001c\u001d\u001e\u001f         　x\t\n\u000b\f\r\u001c\u001d\u001e\u001f         　", [], "x"],
  ["strip", "​x​", [], "​x​"],
  ["strip", "www.example.com", ["cmowz."], "example"],
  ["strip", "abc", [""], "abc"],
  ["strip", "abc", [null], "abc"],
  ["lstrip", "0042", ["0"], "42"],
  ["rstrip", "1.500", ["0"], "1.5"],
  ["rstrip", "path///", ["/"], "path"],
  ["strip", "😀a😀", ["😀"], "a"],
  ["strip", "", [], ""],
  ["removeprefix", "prefix_x", ["prefix_"], "x"],
  ["removeprefix", "x", ["y"], "x"],
  ["removesuffix", "x.py", [".py"], "x"],
  ["removesuffix", "x", [""], "x"],
  ["removeprefix", "aaa", ["a"], "aa"],
  ["title", "they're bill's friends", [], "They'Re Bill'S Friends"],
  ["title", "hello world", [], "Hello World"],
  ["title", "ǆemal", [], "ǅemal"],
  ["title", "ßa", [], "Ssa"],
  ["title", "1st 2nd", [], "1St 2Nd"],
  ["title", "a1b", [], "A1B"],
  ["title", "o'neil", [], "O'Neil"],
  ["title", "ΣΑΣ ΣΑΣ", [], "Σας Σας"],
  ["title", "", [], ""],
  ["title", "hello_world-foo", [], "Hello_World-Foo"],
  ["title", "ÉCOLE élève", [], "École Élève"],
  ["capitalize", "HELLO wORLD", [], "Hello world"],
  ["capitalize", "ǆa", [], "ǅa"],
  ["capitalize", "ßa", [], "Ssa"],
  ["capitalize", "", [], ""],
  ["capitalize", "1ABC", [], "1abc"],
  ["capitalize", "ΑΣ", [], "Ας"],
  ["swapcase", "Hello ΣΑΣ", [], "hELLO σας"],
  ["swapcase", "ß", [], "SS"],
  ["swapcase", "aBc 1", [], "AbC 1"],
  ["casefold", "Straße", [], "strasse"],
  ["casefold", "ΣΑΣ", [], "σασ"],
  ["casefold", "ﬁle", [], "file"],
  ["casefold", "ABC", [], "abc"],
  ["upper", "ß", [], "SS"],
  ["upper", "ﬁ", [], "FI"],
  ["upper", "straße", [], "STRASSE"],
  ["lower", "ΣΑΣ", [], "σας"],
  ["lower", "İ", [], "i̇"],
  ["lower", "ΟΔΟΣ ΟΔΟΣ.", [], "οδος οδος."],
  ["center", "abc", [6], " abc  "],
  ["center", "ab", [5], "  ab "],
  ["center", "a", [4], " a  "],
  ["center", "ab", [4, "*"], "*ab*"],
  ["center", "abc", [2], "abc"],
  ["center", "a", [5, "-"], "--a--"],
  ["center", "abc", [7, "xy"], "TypeError: The fill character must be exactly one character long"],
  ["center", "😀", [4, "🙂"], "🙂😀🙂🙂"],
  ["center", "ab", [7], "   ab  "],
  ["center", "abc", [8], "  abc   "],
  ["center", "", [3, "."], "..."],
  ["ljust", "ab", [5, "-"], "ab---"],
  ["rjust", "ab", [5], "   ab"],
  ["ljust", "abc", [2], "abc"],
  ["rjust", "x", [3, ""], "TypeError: The fill character must be exactly one character long"],
  ["zfill", "42", [5], "00042"],
  ["zfill", "-42", [5], "-0042"],
  ["zfill", "+42", [5], "+0042"],
  ["zfill", "abc", [2], "abc"],
  ["zfill", "", [3], "000"],
  ["zfill", "-", [3], "-00"],
  ["zfill", "3.5", [6], "0003.5"],
  ["expandtabs", "a\tb\tc", [], "a       b       c"],
  ["expandtabs", "a\tb", [4], "a   b"],
  ["expandtabs", "ab\ncd\tx", [4], "ab\ncd  x"],
  ["expandtabs", "\t", [0], ""],
  ["expandtabs", "a\r\tb", [4], "a\r    b"],
  ["expandtabs", "12345678\tx", [], "12345678        x"],
  ["expandtabs", "a\tb", [-1], "ab"],
  ["expandtabs", "😀\tx", [4], "😀   x"],
  ["find", "hello", ["l"], 2],
  ["find", "hello", ["l", 3], 3],
  ["find", "hello", ["l", -2], 3],
  ["find", "hello", ["z"], -1],
  ["find", "hello", [""], 0],
  ["find", "hello", ["", 5], 5],
  ["find", "hello", ["", 6], -1],
  ["find", "hello", ["lo", 0, 4], -1],
  ["find", "hello", ["lo", 0, 5], 3],
  ["find", "hello", ["h", -100, 100], 0],
  ["find", "a😀b😀c", ["b"], 2],
  ["find", "a😀b😀c", ["😀", 2], 3],
  ["find", "hello", ["l", null, -2], 2],
  ["find", "hello", ["o", 2, 1], -1],
  ["rfind", "hello", ["l"], 3],
  ["rfind", "hello", ["l", 0, 3], 2],
  ["rfind", "hello", [""], 5],
  ["rfind", "hello", ["", 2, 4], 4],
  ["rfind", "a😀b😀c", ["😀"], 3],
  ["rfind", "hello", ["z"], -1],
  ["rfind", "path/to/file", ["/"], 7],
  ["stringIndex", "hello", ["e"], 1],
  ["stringIndex", "hello", ["z"], "ValueError: substring not found"],
  ["stringIndex", "hello", ["l", 4], "ValueError: substring not found"],
  ["rindex", "hello", ["l"], 3],
  ["rindex", "hello", ["z"], "ValueError: substring not found"],
  ["stringCount", "banana", ["a"], 3],
  ["stringCount", "banana", ["an"], 2],
  ["stringCount", "aaaa", ["aa"], 2],
  ["stringCount", "banana", [""], 7],
  ["stringCount", "banana", ["a", 2], 2],
  ["stringCount", "banana", ["a", -2], 1],
  ["stringCount", "banana", ["", 7], 0],
  ["stringCount", "banana", ["", 6], 1],
  ["stringCount", "banana", ["a", 0, 2], 1],
  ["stringCount", "a😀a", [""], 4],
  ["startswith", "hello", ["he"], true],
  ["startswith", "hello", [["x", "he"]], true],
  ["startswith", "hello", ["l", 2], true],
  ["startswith", "hello", ["", 5], true],
  ["startswith", "hello", ["", 6], false],
  ["startswith", "hello", ["hello", 0, 4], false],
  ["startswith", "hello", [5], "TypeError: startswith first arg must be str or a tuple of str, not int"],
  ["startswith", "hello", [[]], false],
  ["startswith", "hello", ["lo", -2], true],
  ["endswith", "hello", ["lo"], true],
  ["endswith", "hello", [["x", "lo"]], true],
  ["endswith", "hello", ["ell", 0, 4], true],
  ["endswith", "hello", ["", 6], false],
  ["endswith", "file.tar.gz", [[".gz", ".tgz"]], true],
  ["endswith", "a😀", ["😀"], true],
  ["replace", "aaa", ["a", "b"], "bbb"],
  ["replace", "aaa", ["a", "b", 2], "bba"],
  ["replace", "abc", ["", "-"], "-a-b-c-"],
  ["replace", "abc", ["", "-", 2], "-a-bc"],
  ["replace", "", ["", "x"], "x"],
  ["replace", "a$b", ["$", "$&"], "a$&b"],
  ["replace", "abc", ["b", "", 0], "abc"],
  ["replace", "😀😀", ["", "-"], "-😀-😀-"],
  ["replace", "aaaa", ["aa", "b"], "bb"],
  ["replace", "abc", ["x", "y"], "abc"],
  ["replace", "a.b.c", [".", "/", -1], "a/b/c"],
  ["isdigit", "12", [], true],
  ["isdigit", "-12", [], false],
  ["isdigit", "²", [], true],
  ["isdecimal", "²", [], false],
  ["isnumeric", "½", [], true],
  ["isdigit", "½", [], false],
  ["isnumeric", "一二", [], true],
  ["isdecimal", "٣", [], true],
  ["isdigit", "", [], false],
  ["isalpha", "abcé", [], true],
  ["isalpha", "ab1", [], false],
  ["isalpha", "", [], false],
  ["isalnum", "ab12²½", [], true],
  ["isalnum", "a b", [], false],
  ["isspace", " \t\n", [], true],
  ["isspace", "", [], false],
  ["isspace", "​", [], false],
  ["isspace", "\u001c　", [], true],
  ["isupper", "ABC1", [], true],
  ["isupper", "1", [], false],
  ["isupper", "ǅ", [], false],
  ["islower", "abc1", [], true],
  ["islower", "abC", [], false],
  ["islower", "ß", [], true],
  ["istitle", "Hello World", [], true],
  ["istitle", "Hello world", [], false],
  ["istitle", "HEllo", [], false],
  ["istitle", "1A", [], true],
  ["istitle", "ǅemal", [], true],
  ["istitle", "", [], false],
  ["isidentifier", "foo_1", [], true],
  ["isidentifier", "1foo", [], false],
  ["isidentifier", "_", [], true],
  ["isidentifier", "é", [], true],
  ["isidentifier", "a-b", [], false],
  ["isidentifier", "", [], false],
  ["isascii", "abc", [], true],
  ["isascii", "é", [], false],
  ["isascii", "", [], true],
  ["isprintable", "abc", [], true],
  ["isprintable", "a\tb", [], false],
  ["isprintable", "", [], true],
  ["isprintable", "é ", [], false],
  ["isprintable", "😀", [], true],
];

function call(name: string, receiver: string, args: readonly unknown[]): unknown {
  const method = METHODS[name] as (s: string, ...rest: unknown[]) => unknown;
  return outcome(() => method(receiver, ...args));
}

describe("str methods against Python 3.11", () => {
  test.each(CASES)("%s(%j, ...%j)", (name, receiver, args, expected) => {
    expect(call(name, receiver, args)).toEqual(expected);
  });
});

describe("join and multiplication", () => {
  test("join", () => {
    expect(join(", ", ["a", "b"])).toBe("a, b");
    expect(join("-", new Set(["x", "y"]))).toBe("x-y");
    expect(join("", [])).toBe("");
    expect(outcome(() => join(",", ["a", 1]))).toBe("TypeError: sequence item 1: expected str instance, int found");
    expect(outcome(() => join(",", [null]))).toBe("TypeError: sequence item 0: expected str instance, NoneType found");
    expect(outcome(() => join(",", [["a"]]))).toBe("TypeError: sequence item 0: expected str instance, list found");
  });
  test("strMultiply", () => {
    expect(strMultiply("ab", 3)).toBe("ababab");
    expect(strMultiply("ab", 0)).toBe("");
    expect(strMultiply("ab", -2)).toBe("");
    expect(strMultiply("-", true)).toBe("-");
    expect(outcome(() => strMultiply("a", 1.5))).toBe("TypeError: can't multiply sequence by non-int of type 'float'");
  });
});

