#!/usr/bin/env python3
"""Prints the CASES table of src/format-spec.table.test.ts: format(value, spec)
as computed by the running Python (use python3.11), or `ExcName: message`.

Usage: python3 packages/runtime/scripts/format-spec-cases.py
"""
import json

cases = []


def t(v, spec):
    try:
        r = format(v, spec)
    except Exception as e:  # noqa: BLE001 - the message is the expected value
        r = f"{type(e).__name__}: {e}"
    cases.append((v, spec, r))


n, x = 1234567, 3.14159265
for spec in [",", "_", ">12,", "<10", "^11", "010", "012,", "+d", " d", "-d", "08d", "x", "X", "#x", "#X", "08b",
             "#o", "c", "#010b", "#010x", "_b", "_x", ",d", "n", "=+10", "*^15,", "0=10", "+,", "010,", "e", ".2e",
             "f", ".2f", "%", ".1%", "g", "G", ".3", "s", ".2d", ",b", "z", "#", "abc", "5.5", "<", "", "0", "00",
             "020_", "-^ 9", ",n", ",_", "_,", ".", "#_o", "_X", "+c", "#c", "x<+#012_x", "🙂>10,"]:
    t(n, spec)
    t(-n, spec)
for spec in [".2f", "8.3f", "<8.1f", "+.1f", " .2f", ".0f", "e", ".3e", "g", "%", ".1%", ",", ",.2f", "", ".3", ".0",
             ".1", "#.0f", "#g", "#.3g", "#e", "#.0e", "E", "G", "F", "n", "010.2f", "0=12.3f", "=12,.2f", "d", "x",
             "c", "s", "z.1f", "z", "_.3f", "012,.1f", "^10.3", "-", "+", ".20f", ".17g", ".50e", "#", ".2", "09.3%",
             ",g", ".0%", ",n", "_g", "_e", "0<10.2f"]:
    t(x, spec)
    t(-x, spec)
floats = [0.0, -0.0, 1e-5, 1e16, 0.0001, 100.0, 2.5, 1234.0, 1e22, 123456789.0, 0.5, 1.5, 0.125, 12345.678, 1e300,
          5e-324, float("inf"), float("-inf"), float("nan"), 1e15, 123.0, 12.0, 0.1, 1 / 3, 2.675, 1234567.0,
          0.00001234, 9.9999, 99.995, -0.0001, 0.045, 1e-7]
for v in floats:
    for spec in ["", "g", ".3", ".2f", ".0f", "e", ",", ".1%", "z.1f", "10.4g", "#.2g", ".0e", ">12", "+", "08.2f",
                 "G", ".12g", ".16", ".17", "z", "z.0f", "010,.2f", ".2%", "F"]:
        t(v, spec)
for v in ["ops", "", "é", "😀x"]:
    for spec in [">6", "<6", "^7", "*^9", ".2", "-<8", "s", "", "=5", "+", "#", "d", "05", ",", "^", "x>5", ".0",
                 "10.1", "🙂^7", "020", "z", "_"]:
        t(v, spec)
for v in [True, False, None]:
    for spec in ["", ">6", "d", "s", "^7", "5", "f", "x", "+", ".1f", "#x"]:
        t(v, spec)
for v in [65, 0x1F600, -1, 0x110000, 10]:
    t(v, "c")
    t(v, "^5c")
for v in [0, 2**53 - 1, -(2**53 - 1), 255, 1000, 999]:
    for spec in ["", ",", "_x", "#b", "e", ".3%", "08,"]:
        t(v, spec)


def ts(v):
    if v is None:
        return "null", "None"
    if v is True:
        return "true", "bool"
    if v is False:
        return "false", "bool"
    if isinstance(v, int):
        return repr(v), "int"
    if isinstance(v, float):
        if v != v:
            return "NaN", "float"
        if v == float("inf"):
            return "Infinity", "float"
        if v == float("-inf"):
            return "-Infinity", "float"
        if v == 0 and str(v).startswith("-"):
            return "-0", "float"
        return repr(v), "float"
    return json.dumps(v, ensure_ascii=False), "str"


for v, spec, r in cases:
    val, hint = ts(v)
    print(f"  [{val}, {json.dumps(hint)}, {json.dumps(spec, ensure_ascii=False)}, {json.dumps(r, ensure_ascii=False)}],")
