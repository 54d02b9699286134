"""Python value -> (TypeScript expression, py2ts hint) for generated test tables.

tuple -> array with a `tuple[...]` hint, list -> array with `list[...]`,
dict -> Map, set -> Set, float -> number with a `float` hint.
"""
import json


def _float(v):
    if v != v:
        return "NaN"
    if v == float("inf"):
        return "Infinity"
    if v == float("-inf"):
        return "-Infinity"
    if v == 0 and str(v).startswith("-"):
        return "-0"
    return repr(v)


def ts(v):
    """Returns (expression, hint)."""
    if v is None:
        return "null", "None"
    if v is True:
        return "true", "bool"
    if v is False:
        return "false", "bool"
    if isinstance(v, int):
        return repr(v), "int"
    if isinstance(v, float):
        return _float(v), "float"
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False), "str"
    if isinstance(v, bytes):
        return f"new Uint8Array({list(v)})", "bytes"
    if isinstance(v, tuple):
        parts = [ts(x) for x in v]
        hint = "tuple[" + ", ".join(h for _, h in parts) + "]" if parts else "tuple[()]"
        return "[" + ", ".join(e for e, _ in parts) + "]", hint
    if isinstance(v, list):
        parts = [ts(x) for x in v]
        hints = sorted({h for _, h in parts})
        return "[" + ", ".join(e for e, _ in parts) + "]", "list[" + (" | ".join(hints) if hints else "object") + "]"
    if isinstance(v, dict):
        parts = [(ts(k), ts(x)) for k, x in v.items()]
        khints = sorted({k[1] for k, _ in parts}) or ["object"]
        vhints = sorted({x[1] for _, x in parts}) or ["object"]
        entries = ", ".join(f"[{k[0]}, {x[0]}]" for k, x in parts)
        return (f"new Map<unknown, unknown>([{entries}])",
                f"dict[{' | '.join(khints)}, {' | '.join(vhints)}]")
    if isinstance(v, (set, frozenset)):
        parts = [ts(x) for x in v]
        hints = sorted({h for _, h in parts}) or ["object"]
        kind = "frozenset" if isinstance(v, frozenset) else "set"
        return "new Set<unknown>([" + ", ".join(e for e, _ in parts) + "])", f"{kind}[{' | '.join(hints)}]"
    raise TypeError(type(v))


def outcome(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001 - the message is the expected value
        return f"{type(e).__name__}: {e}"
