#!/usr/bin/env python3
"""Prints the CASES table of src/string-methods.test.ts: [method, receiver, args, result],
result being Python 3.11's `receiver.method(*args)` as JSON or `ExcName: message`.

Usage: python3 packages/runtime/scripts/string-methods-cases.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from ts_literals import outcome  # noqa: E402

WS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"
CASES = [
    ("split", "  a  b ", ()), ("split", "a,b,,c,", (",",)), ("split", "", ()), ("split", "", (",",)),
    ("split", "a b c", (None, 1)), ("split", "  a b c  ", (None, 1)), ("split", "a", ("",)), ("split", "a b", (" ",)),
    ("split", "a  b", (" ",)), ("split", "a\u00a0b\u3000c\x1cd\u200be", ()), ("split", "a,b", (",", 0)),
    ("split", "  a b", (None, 0)), ("split", "aXbXc", ("X", -1)), ("split", "abcabc", ("bc",)), ("split", " x ", (None, -1)),
    ("split", "a,b,c,d", (",", 2)), ("split", "aaa", ("aa",)), ("split", WS + "x" + WS, ()), ("split", "k=v=w", ("=", 1)),
    ("rsplit", "a b c", (None, 1)), ("rsplit", "  a b c  ", (None, 1)), ("rsplit", "a,b,c", (",", 1)),
    ("rsplit", "  a b  ", (None, 0)), ("rsplit", "aaa", ("aa", 1)), ("rsplit", "a,b,,c,", (",",)), ("rsplit", "", ()),
    ("rsplit", "x", ("",)), ("rsplit", "a.b.c.d", (".", 2)),
    ("splitlines", "a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\n", ()), ("splitlines", "a\nb\r\n", (True,)),
    ("splitlines", "", ()), ("splitlines", "\n", ()), ("splitlines", "x\n\n", ()), ("splitlines", "x\r\r\ny", (True,)),
    ("splitlines", "no break", ()), ("splitlines", "\x1d\x1e\u2029", (True,)),
    ("partition", "key=value=x", ("=",)), ("partition", "novalue", ("=",)), ("partition", "a", ("",)),
    ("rpartition", "a.b.c", (".",)), ("rpartition", "abc", (".",)),
    ("strip", "  xx  ", ()), ("strip", "xxhixx", ("x",)), ("strip", "abcba", ("ab",)), ("lstrip", "  x ", ()),
    ("rstrip", " x  ", ()), ("strip", WS + "x" + WS, ()), ("strip", "\u200bx\u200b", ()), ("strip", "www.example.com", ("cmowz.",)),
    ("strip", "abc", ("",)), ("strip", "abc", (None,)), ("lstrip", "0042", ("0",)), ("rstrip", "1.500", ("0",)),
    ("rstrip", "path///", ("/",)), ("strip", "😀a😀", ("😀",)), ("strip", "", ()),
    ("removeprefix", "prefix_x", ("prefix_",)), ("removeprefix", "x", ("y",)), ("removesuffix", "x.py", (".py",)),
    ("removesuffix", "x", ("",)), ("removeprefix", "aaa", ("a",)),
    ("title", "they're bill's friends", ()), ("title", "hello world", ()), ("title", "ǆemal", ()), ("title", "ßa", ()),
    ("title", "1st 2nd", ()), ("title", "a1b", ()), ("title", "o'neil", ()), ("title", "ΣΑΣ ΣΑΣ", ()), ("title", "", ()),
    ("title", "hello_world-foo", ()), ("title", "ÉCOLE élève", ()),
    ("capitalize", "HELLO wORLD", ()), ("capitalize", "ǆa", ()), ("capitalize", "ßa", ()), ("capitalize", "", ()),
    ("capitalize", "1ABC", ()), ("capitalize", "ΑΣ", ()),
    ("swapcase", "Hello ΣΑΣ", ()), ("swapcase", "ß", ()), ("swapcase", "aBc 1", ()),
    ("casefold", "Straße", ()), ("casefold", "ΣΑΣ", ()), ("casefold", "ﬁle", ()), ("casefold", "ABC", ()),
    ("upper", "ß", ()), ("upper", "ﬁ", ()), ("upper", "straße", ()), ("lower", "ΣΑΣ", ()), ("lower", "İ", ()),
    ("lower", "ΟΔΟΣ ΟΔΟΣ.", ()),
    ("center", "abc", (6,)), ("center", "ab", (5,)), ("center", "a", (4,)), ("center", "ab", (4, "*")),
    ("center", "abc", (2,)), ("center", "a", (5, "-")), ("center", "abc", (7, "xy")), ("center", "😀", (4, "🙂")),
    ("center", "ab", (7,)), ("center", "abc", (8,)), ("center", "", (3, ".")),
    ("ljust", "ab", (5, "-")), ("rjust", "ab", (5,)), ("ljust", "abc", (2,)), ("rjust", "x", (3, "")),
    ("zfill", "42", (5,)), ("zfill", "-42", (5,)), ("zfill", "+42", (5,)), ("zfill", "abc", (2,)), ("zfill", "", (3,)),
    ("zfill", "-", (3,)), ("zfill", "3.5", (6,)),
    ("expandtabs", "a\tb\tc", ()), ("expandtabs", "a\tb", (4,)), ("expandtabs", "ab\ncd\tx", (4,)),
    ("expandtabs", "\t", (0,)), ("expandtabs", "a\r\tb", (4,)), ("expandtabs", "12345678\tx", ()),
    ("expandtabs", "a\tb", (-1,)), ("expandtabs", "😀\tx", (4,)),
    ("find", "hello", ("l",)), ("find", "hello", ("l", 3)), ("find", "hello", ("l", -2)), ("find", "hello", ("z",)),
    ("find", "hello", ("",)), ("find", "hello", ("", 5)), ("find", "hello", ("", 6)), ("find", "hello", ("lo", 0, 4)),
    ("find", "hello", ("lo", 0, 5)), ("find", "hello", ("h", -100, 100)), ("find", "a😀b😀c", ("b",)),
    ("find", "a😀b😀c", ("😀", 2)), ("find", "hello", ("l", None, -2)), ("find", "hello", ("o", 2, 1)),
    ("rfind", "hello", ("l",)), ("rfind", "hello", ("l", 0, 3)), ("rfind", "hello", ("",)), ("rfind", "hello", ("", 2, 4)),
    ("rfind", "a😀b😀c", ("😀",)), ("rfind", "hello", ("z",)), ("rfind", "path/to/file", ("/",)),
    ("index", "hello", ("e",)), ("index", "hello", ("z",)), ("index", "hello", ("l", 4)),
    ("rindex", "hello", ("l",)), ("rindex", "hello", ("z",)),
    ("count", "banana", ("a",)), ("count", "banana", ("an",)), ("count", "aaaa", ("aa",)), ("count", "banana", ("",)),
    ("count", "banana", ("a", 2)), ("count", "banana", ("a", -2)), ("count", "banana", ("", 7)),
    ("count", "banana", ("", 6)), ("count", "banana", ("a", 0, 2)), ("count", "a😀a", ("",)),
    ("startswith", "hello", ("he",)), ("startswith", "hello", (("x", "he"),)), ("startswith", "hello", ("l", 2)),
    ("startswith", "hello", ("", 5)), ("startswith", "hello", ("", 6)), ("startswith", "hello", ("hello", 0, 4)),
    ("startswith", "hello", (5,)), ("startswith", "hello", ((),)), ("startswith", "hello", ("lo", -2)),
    ("endswith", "hello", ("lo",)), ("endswith", "hello", (("x", "lo"),)), ("endswith", "hello", ("ell", 0, 4)),
    ("endswith", "hello", ("", 6)), ("endswith", "file.tar.gz", ((".gz", ".tgz"),)), ("endswith", "a😀", ("😀",)),
    ("replace", "aaa", ("a", "b")), ("replace", "aaa", ("a", "b", 2)), ("replace", "abc", ("", "-")),
    ("replace", "abc", ("", "-", 2)), ("replace", "", ("", "x")), ("replace", "a$b", ("$", "$&")),
    ("replace", "abc", ("b", "", 0)), ("replace", "😀😀", ("", "-")), ("replace", "aaaa", ("aa", "b")),
    ("replace", "abc", ("x", "y")), ("replace", "a.b.c", (".", "/", -1)),
    ("isdigit", "12", ()), ("isdigit", "-12", ()), ("isdigit", "²", ()), ("isdecimal", "²", ()), ("isnumeric", "½", ()),
    ("isdigit", "½", ()), ("isnumeric", "一二", ()), ("isdecimal", "٣", ()), ("isdigit", "", ()), ("isalpha", "abcé", ()),
    ("isalpha", "ab1", ()), ("isalpha", "", ()), ("isalnum", "ab12²½", ()), ("isalnum", "a b", ()), ("isspace", " \t\n", ()),
    ("isspace", "", ()), ("isspace", "\u200b", ()), ("isspace", "\x1c\x85\u3000", ()), ("isupper", "ABC1", ()),
    ("isupper", "1", ()), ("isupper", "ǅ", ()), ("islower", "abc1", ()), ("islower", "abC", ()), ("islower", "ß", ()),
    ("istitle", "Hello World", ()), ("istitle", "Hello world", ()), ("istitle", "HEllo", ()), ("istitle", "1A", ()),
    ("istitle", "ǅemal", ()), ("istitle", "", ()), ("isidentifier", "foo_1", ()), ("isidentifier", "1foo", ()),
    ("isidentifier", "_", ()), ("isidentifier", "é", ()), ("isidentifier", "a-b", ()), ("isidentifier", "", ()),
    ("isascii", "abc", ()), ("isascii", "é", ()), ("isascii", "", ()), ("isprintable", "abc", ()),
    ("isprintable", "a\tb", ()), ("isprintable", "", ()), ("isprintable", "é\u00a0", ()), ("isprintable", "😀", ()),
]

FUNCTION_NAMES = {"index": "stringIndex", "count": "stringCount"}


def arg_literal(a):
    if isinstance(a, tuple):
        return "[" + ", ".join(arg_literal(x) for x in a) + "]"
    return json.dumps(a, ensure_ascii=False)


for method, receiver, args in CASES:
    result = outcome(lambda: getattr(receiver, method)(*args))
    name = FUNCTION_NAMES.get(method, method)
    args_ts = "[" + ", ".join(arg_literal(a) for a in args) + "]"
    print(f"  [{json.dumps(name)}, {json.dumps(receiver, ensure_ascii=False)}, {args_ts}, "
          f"{json.dumps(result, ensure_ascii=False)}],")
