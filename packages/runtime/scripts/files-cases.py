"""Prints the open()/file-object scenarios for files.test.ts (run with python3.11 in an empty temp dir).

Each scenario: [initial file bytes (hex, or null = no file), open kwargs, operations, results, final bytes (hex)].
"""
import io
import json
import os
import tempfile

def outcome(fn):
    try:
        v = fn()
    except Exception as e:
        name = "UnsupportedOperation" if isinstance(e, io.UnsupportedOperation) else type(e).__name__
        return f"{name}: {e}"
    if isinstance(v, bytes):
        return {"bytes": v.hex()}
    if isinstance(v, list):
        return [{"bytes": x.hex()} if isinstance(x, bytes) else x for x in v]
    return v

SCENARIOS = [
    ("610d0a620d630a64", {}, [["readlines"]]),
    ("610d0a620d630a64", {"newline": ""}, [["readlines"]]),
    ("610d0a620d630a64", {"newline": "\n"}, [["readlines"]]),
    ("610d0a620d630a64", {"newline": "\r"}, [["readlines"]]),
    ("610d0a620d630a64", {"newline": "\r\n"}, [["readlines"]]),
    ("610d0a620d630a64", {}, [["read", -1]]),
    ("610d0a620d630a64", {"newline": ""}, [["read", -1]]),
    ("610d0a620d630a64", {}, [["read", 2], ["read", 2], ["read", 2], ["read", 2], ["read", 2]]),
    ("610d0a620d630a64", {}, [["readline", 1], ["readline", 1], ["readline", 5], ["readline", -1], ["iter"]]),
    ("c3a9f09f9880780a79", {}, [["read", 1], ["read", 1], ["tell"], ["readline", -1], ["tell"], ["read", -1], ["tell"]]),
    ("616263ff6465", {}, [["read", -1]]),
    ("616263ff6465", {"errors": "replace"}, [["read", -1]]),
    ("616263ff6465", {"errors": "surrogateescape"}, [["read", -1]]),
    ("61e2820a", {}, [["readline", -1]]),
    ("efbbbf610a62", {"encoding": "utf-8-sig"}, [["readlines"]]),
    ("efbbbf610a62", {"encoding": "utf-8"}, [["readlines"]]),
    ("e90a", {"encoding": "latin-1"}, [["read", -1]]),
    ("e90a", {"encoding": "ascii"}, [["read", -1]]),
    ("6162630a6465660a", {}, [["readline", -1], ["tell"], ["seek", 0, 0], ["read", 2], ["seek", 0, 2], ["read", -1]]),
    (None, {"mode": "w", "newline": "\r\n"}, [["write", "a\nb\n"], ["tell"]]),
    (None, {"mode": "w"}, [["write", "é\n"], ["write", "x"], ["read", -1], ["close"], ["write", "y"]]),
    (None, {"mode": "w", "encoding": "ascii"}, [["write", "ab\xe9\xe9c"]]),
    ("6f6c640a", {"mode": "a"}, [["tell"], ["write", "new\n"], ["tell"]]),
    ("6f6c640a", {"mode": "r+"}, [["readline", -1], ["truncate", 0], ["tell"], ["write", "z"]]),
    ("6f6c640a", {"mode": "w+"}, [["write", "abc\n"], ["seek", 0, 0], ["read", -1]]),
    ("6f6c640a", {"mode": "x"}, []),
    ("61620a63640a65", {"mode": "rb"}, [["read", 1], ["readline", -1], ["tell"], ["iter"], ["read", -1]]),
    ("61620a63640a65", {"mode": "rb"}, [["readlines"], ["seek", -2, 2], ["read", 5], ["seek", 1, 0], ["readline", 1]]),
    (None, {"mode": "wb"}, [["writeb", "00ff"], ["tell"], ["write", "x"]]),
    (None, {"mode": "r"}, []),
    ("", {"mode": "rw"}, []),
    ("", {"mode": "rbt"}, []),
    ("", {"mode": "rr"}, []),
    ("", {"mode": "+"}, []),
    ("", {"mode": "rb", "encoding": "utf-8"}, []),
    ("", {"newline": "x"}, []),
    ("", {"encoding": "nope"}, []),
]

def run(ops, f):
    results = []
    for op in ops:
        name = op[0]
        if name == "iter":
            results.append(outcome(lambda: list(f)))
        elif name == "writeb":
            results.append(outcome(lambda: f.write(bytes.fromhex(op[1]))))
        elif name in ("seek",):
            results.append(outcome(lambda: f.seek(op[1], op[2])))
        elif len(op) > 1:
            results.append(outcome(lambda: getattr(f, name)(op[1])))
        else:
            results.append(outcome(lambda: getattr(f, name)()))
    return results

out = []
with tempfile.TemporaryDirectory() as d:
    os.chdir(d)
    for i, (initial, kwargs, ops) in enumerate(SCENARIOS):
        name = f"f{i}"
        if initial is not None:
            with open(name, "wb") as fh:
                fh.write(bytes.fromhex(initial))
        try:
            f = open(name, **kwargs)
        except Exception as e:
            out.append([initial, kwargs, ops, f"{type(e).__name__}: {e}", None])
            continue
        results = run(ops, f)
        f.close()
        final = open(name, "rb").read().hex() if os.path.exists(name) else None
        out.append([initial, kwargs, ops, results, final])
    os.chdir("/")
print(json.dumps(out))
