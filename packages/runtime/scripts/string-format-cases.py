#!/usr/bin/env python3
"""Prints the CASES table of src/string-format.test.ts:
[fmt, args, kwargs, hints, fmt.format(*args, **kwargs)].

Usage: python3 packages/runtime/scripts/string-format-cases.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from ts_literals import outcome, ts  # noqa: E402

CASES = [
    ("[{}] [{:>5}] [{:.3f}] [{name}] [{items[1]}] [{obj.real}] [{obj.imag}]", ("a", "b", 2 / 3),
     {"name": "nm", "items": [10, 20], "obj": 5}),
    ("{0} {1} {0}", ("x", "y"), {}), ("{:,}", (10**9,), {}), ("{!r}", ("q",), {}),
    ("{{literal}} {{{0}}}", ("x",), {}), ("{0:{1}}", ("ab", 5), {}), ("{:{}.{}f}", (3.14159, 8, 2), {}),
    ("{:{w}.{p}f}", (3.14159,), {"w": 8, "p": 2}), ("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}),
    ("{2}", (1,), {}), ("{}{}", (1,), {}), ("{x}", (), {"y": 1}), ("}", (), {}), ("{", (), {}), ("{0", (), {}),
    ("{0!}", (1,), {}), ("{0!x}", (1,), {}), ("{0!rr}", (1,), {}), ("{0:}", (1,), {}), ("{d[k]}", (), {"d": {"k": "v"}}),
    ("{d[0]}", (), {"d": {0: "zero"}}), ("{d[0]}", (), {"d": {"0": "s"}}), ("{0[x]}", ([1],), {}), ("{0[5]}", ([1],), {}),
    ("{0.missing}", (1,), {}), ("{0[0][1]}", ([[1, 2]],), {}), ("{:{:{}}}", (1, 2, 3), {}), ("x}}y", (), {}),
    ("{ }", (1,), {}), ("{0 }", (1,), {}), ("{-1}", (1,), {}), ("{0.}", (1,), {}), ("{0[}", (1,), {}),
    ("{0[]}", ([1],), {}), ("{!s:>5}", ("x",), {}), ("{0!a}", ("é",), {}), ("{:d}", (1.5,), {}), ("{}", (None,), {}),
    ("{:>5}", (None,), {}), ("{}", ([1.0, 2.5],), {}), ("{:%}", (0.25,), {}), ("{0:}", (), {}), ("{!r:^9}", ("ab",), {}),
    ("{0[-1]}", ([1, 2],), {}), ("{0:{1}d}", (5, "x"), {}), ("{0:{1}}", (5, ">{}"), {}), ("{}", ("a", "b"), {}),
    ("{a}", (1,), {}), ("{}", (2.0,), {}), ("{} {}", (1.5, (1, 2.0)), {}), ("{0[1]}", ((1, 2.0),), {}),
    ("{x:>8.2f}|{y:<6}|", (), {"x": 3.14159, "y": "ab"}), ("{0}{1}{2}", ("a", "b"), {}), ("{:=^11}", ("mid",), {}),
    ("{0[0]:>4}", ("xyz",), {}), ("{0[9]}", ("xyz",), {}), ("{0[a]}", ("xyz",), {}), ("{0]}", (1,), {}),
    ("{0[0]x}", ([1],), {}), ("{:{}}", ("a",), {}), ("{!}", ("a",), {}), ("{0!r:}", ("a",), {}),
    ("{:.{}}", ("abcdef", 3), {}), ("{:>{}}", ("a", 4), {}), ("{name!r:>{width}}", (), {"name": "n", "width": 6}),
]

for fmt, args, kwargs in CASES:
    aexpr, ahint = ts(args)
    kentries = ", ".join(f"[{json.dumps(k)}, {ts(v)[0]}]" for k, v in kwargs.items())
    arg_hints = [ts(a)[1] for a in args]
    kw_hints = {k: ts(v)[1] for k, v in kwargs.items()}
    hints = json.dumps({"args": arg_hints, "kwargs": kw_hints})
    result = outcome(lambda: fmt.format(*args, **kwargs))
    print(f"  [{json.dumps(fmt, ensure_ascii=False)}, {aexpr}, new Map<string, unknown>([{kentries}]), {hints}, "
          f"{json.dumps(result, ensure_ascii=False)}],")
