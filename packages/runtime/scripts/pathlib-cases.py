"""Prints the pure pathlib cases for pathlib.test.ts (run with python3.11): [segments, str, repr, name, stem, suffix, suffixes, parent, parts, is_absolute]."""
import json
from pathlib import PurePosixPath as P

SEGMENTS = [[], [""], ["."], ["a"], ["a/b/"], ["/a//b/./c"], ["//a"], ["///a"], ["a", "/b", "c"], ["a/..", "b"], ["/"],
            ["archive.tar.gz"], [".bashrc"], ["a."], ["a/.b.c"], ["x", "y.txt"]]
out = []
for segs in SEGMENTS:
    p = P(*segs)
    out.append([segs, str(p), repr(p).replace("PurePosixPath", "PosixPath"), p.name, p.stem, p.suffix, p.suffixes,
                str(p.parent), list(p.parts), p.is_absolute(), [str(x) for x in p.parents]])
print(json.dumps(out))
rel = []
for a, b in [("/a/b/c", "/a"), ("a/b", "a"), ("a/b", "c"), ("/a", "a"), ("a", "a")]:
    try:
        rel.append([a, b, str(P(a).relative_to(b))])
    except ValueError as e:
        rel.append([a, b, "ValueError: " + str(e)])
print(json.dumps(rel))
print(json.dumps([[p, pat, P(p).match(pat)] for p, pat in [("a/b.py", "*.py"), ("a/b.py", "a/*.py"), ("/a/b.py", "/*.py"), ("a/b.py", "b/*.py"), ("a/b/c.py", "b/*.py")]]))
print(json.dumps([str(P("a/b.txt").with_suffix(".md")), str(P("a/b").with_suffix(".gz")), str(P("a/b.tar.gz").with_name("c")), str(P("a/b.txt").with_stem("z"))]))
