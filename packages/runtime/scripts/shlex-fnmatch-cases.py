"""Prints the shlex and fnmatch case tables for shlex-fnmatch.test.ts (run with python3.11): three JSON lines."""
import fnmatch
import json
import shlex

SPLITS = ["a b  c", 'a "b c" d', "it's", "'it'\\''s'", "a\\ b", '"a\\"b"', '"a\\nb"', "'a\\nb'", "x#y # z", "", "  ",
          '""', "a''b", "echo \\\\", "tab\there", '"unclosed', "end\\"]
out = []
for s in SPLITS:
    for c in (False, True):
        try:
            out.append([s, c, shlex.split(s, comments=c)])
        except ValueError as e:
            out.append([s, c, "ValueError: " + str(e)])
print(json.dumps(out))
print(json.dumps([[x, shlex.quote(x)] for x in ["", "abc", "a b", "it's", "a@b%c+d=e:f,g./-h", "\u00fc", "$x"]]))
PATTERNS = ["*.py", "a?c", "[abc]x", "[!abc]x", "[]]", "[!]]", "[a-c-e]", "[z-a]", "[", "a[", "*a*b*c", "**", ".*", "[^a]",
            "[\\]]", "x*y*", "[a-]", "[--x]", "\u00e9?", "?", "build-*", "a-b?", "{x}(y)+.$^|/"]
NAMES = ["a.py", "abc", "bx", "dx", "]", "x", "b", "-", "e", "[", "a[", "xaybzc", ".hidden", "^", "\\", "xy", "a-", "ab", "z",
         "\u00e9\U0001F600", "\U0001F600", "a\nb.py", "build-1", "a-bc", "{x}(y)+.$^|/"]
print(json.dumps([[p, fnmatch.translate(p), [n for n in NAMES if fnmatch.fnmatchcase(n, p)]] for p in PATTERNS]))
