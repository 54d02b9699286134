"""Prints the os.path case table for os-path.test.ts (run with python3.11)."""
import json
import os.path as p

PATHS = ["", "/", "//", "///", "a", "a/", "a/b", "a/b/", "/a/b", "//a/b", "///a//b/", "a/./b", "a/../b", "../a",
         "a/..", ".", "..", "./", "a/b/../../..", ".bashrc", "a.tar.gz", "a.", "..x", "a/.b", "a/b.c/d", "/..", "a//b"]
JOINS = [["a", "b"], ["a", "/b"], ["a/", "b"], ["a", ""], ["", "a"], ["", ""], ["/", "a", "b/", "c"], ["a", "b", "/c", "d"]]
cases = []
for x in PATHS:
    for fn in ("split", "splitext", "basename", "dirname", "normpath", "isabs"):
        cases.append([fn, [x], getattr(p, fn)(x)])
for parts in JOINS:
    cases.append(["join", parts, p.join(*parts)])
for a, b in [("a/b/c", "a"), ("a", "a/b/c"), ("/x/y", "/x/z/w"), ("a", "."), (".", "a/.."), ("/", "/a")]:
    cases.append(["relpath", [a, b], p.relpath(a, b)])
for group in [["/a/b/c", "/a/b/d"], ["a/b", "a/bc"], ["a/./b", "a/b/c"], ["/", "/a"]]:
    cases.append(["commonpath", [group], p.commonpath(group)])
    cases.append(["commonprefix", [group], p.commonprefix(group)])
print(json.dumps(cases, ensure_ascii=False, indent=0).replace("\n", ""))
