#!/usr/bin/env python3
"""Prints the CASES table of src/float-format.table.test.ts: random doubles (as
little-endian hex) with Python 3.11's repr(x), format(x, spec), round(x, 2)
and x // y, x % y against a second double.

Usage: python3 packages/runtime/scripts/float-cases.py
"""
import json
import random
import struct

random.seed(20231123)
SPECS = [".2f", ".0f", "e", ".3e", "g", ".10g", "", ".3", "%", ".1%", ",.2f", ".17g", ".0e", "#.3g", "+.4f", "z.1f"]


def hexof(x):
    return struct.pack("<d", x).hex()


rows = []
while len(rows) < 400:
    kind = len(rows) % 4
    if kind == 0:
        x = struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    elif kind == 1:
        x = random.uniform(-1e6, 1e6)
    elif kind == 2:
        x = round(random.uniform(-1000, 1000), random.randint(0, 6))
    else:
        x = random.choice([0.5, 1.5, 2.5, -2.5, 0.125, 2.675, 1e16, 1e-5, 5e-324, -0.0, 1e22, 0.1, 1 / 3])
    if x != x or x in (float("inf"), float("-inf")):
        continue
    y = random.choice([random.uniform(-10, 10), 7.0, -7.0, 0.5, -0.1, 1e300])
    spec = random.choice(SPECS)
    rows.append([hexof(x), repr(x), spec, format(x, spec), repr(round(x, 2)), hexof(y), hexof(x // y), hexof(x % y)])

for row in rows:
    print("  " + json.dumps(row) + ",")
