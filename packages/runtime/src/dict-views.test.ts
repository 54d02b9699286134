import { binaryOp } from "./expressions.js";
import { callMethod } from "./dynamic-dispatch.js";
import { len, contains } from "./containers.js";
import { list } from "./iteration.js";
import { repr, typeName } from "./repr.js";
import { sorted } from "./sorting.js";

describe("dict views of values of unknown type", () => {
  const doc: unknown = new Map<unknown, unknown>([
    ["name", "web"],
    ["zone", "a"],
  ]);

  // python3: d = {"name": "web", "zone": "a"}; {"name", "zone", "role"} - d.keys() -> {'role'}
  test("take the set operators on either side", () => {
    const keys = callMethod(doc, "keys");
    expect(repr(binaryOp("-", new Set(["name", "zone", "role"]), keys))).toBe("{'role'}");
    expect(sorted(binaryOp("|", keys, new Set(["x"])) as Set<string>)).toEqual(["name", "x", "zone"]);
    expect(repr(binaryOp("&", keys, ["zone"]))).toBe("{'zone'}");
    expect(repr(binaryOp("-", callMethod(doc, "items"), new Set()))).toContain("('name', 'web')");
  });

  // python3: repr(d.keys()) -> "dict_keys(['name', 'zone'])"; len(d.values()) -> 2; 'web' in d.values() -> True
  test("print, measure and test membership like Python", () => {
    expect(repr(callMethod(doc, "keys"))).toBe("dict_keys(['name', 'zone'])");
    expect(repr(callMethod(doc, "items"))).toBe("dict_items([('name', 'web'), ('zone', 'a')])");
    expect(len(callMethod(doc, "values") as never)).toBe(2);
    expect(contains(callMethod(doc, "values"), "web")).toBe(true);
    expect(contains(callMethod(doc, "keys"), "role")).toBe(false);
    expect(list(callMethod(doc, "values") as Iterable<unknown>)).toEqual(["web", "a"]);
    expect(typeName(callMethod(doc, "keys"))).toBe("dict_keys");
  });
});
