import { parseHint, resolveHint } from "./hints.js";
import { repr } from "./repr.js";

describe("hint parsing", () => {
  test("shapes", () => {
    expect(parseHint("float")).toEqual({ kind: "float" });
    expect(parseHint("list[tuple[str, int]]")).toEqual({
      kind: "list",
      item: { kind: "tuple", items: [{ kind: "str" }, { kind: "int" }] },
    });
    expect(parseHint("tuple[int, ...]")).toEqual({ kind: "tupleOf", item: { kind: "int" } });
    expect(parseHint("tuple[()]")).toEqual({ kind: "tuple", items: [] });
    expect(parseHint("dict[str, list[float]]")).toEqual({
      kind: "dict",
      key: { kind: "str" },
      value: { kind: "list", item: { kind: "float" } },
    });
    expect(parseHint("float | None")).toEqual({ kind: "union", members: [{ kind: "float" }, { kind: "none" }] });
    expect(parseHint("typing.Optional[typing.Dict[str, Any]]")).toEqual({
      kind: "union",
      members: [{ kind: "dict", key: { kind: "str" }, value: { kind: "unknown" } }, { kind: "none" }],
    });
    expect(parseHint("FrozenSet[int]")).toEqual({ kind: "set", item: { kind: "int" }, frozen: true });
    expect(parseHint("'float'")).toEqual({ kind: "float" });
  });
  test("never throws; unknown names and syntax errors mean unknown", () => {
    for (const bad of ["", "list[", "]", "dict[str,, int]", "Callable[[int], str]", "Job", "int int", "%"]) {
      expect(() => parseHint(bad)).not.toThrow();
    }
    expect(parseHint("Job")).toEqual({ kind: "unknown" });
    expect(parseHint("list[")).toEqual({ kind: "unknown" });
    expect(parseHint("int int")).toEqual({ kind: "unknown" });
    expect(parseHint("object")).toEqual({ kind: "unknown" });
    expect(parseHint("list[Job]")).toEqual({ kind: "list", item: { kind: "unknown" } });
  });
  test("parsed hints are cached", () => {
    expect(parseHint("list[float]")).toBe(parseHint("list[float]"));
  });
  test("unions resolve against the value", () => {
    const h = parseHint("int | str | None");
    expect(resolveHint(h, 1)).toEqual({ kind: "int" });
    expect(resolveHint(h, "x")).toEqual({ kind: "str" });
    expect(resolveHint(h, null)).toEqual({ kind: "none" });
    expect(resolveHint(parseHint("int | float"), 1)).toEqual({ kind: "unknown" });
    expect(repr([1, [2.0]], "list[float | list[float]]")).toBe("[1.0, [2.0]]");
    expect(repr([1, "a"], "tuple[float, str] | None")).toBe("(1.0, 'a')");
  });
});
