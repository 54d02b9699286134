import { dictItems, getAttr, hasAttr, setAttr, setUpdate } from "./expressions";

describe("setUpdate", () => {
  it("adds the items of every iterable, dict keys included", () => {
    // python3: s = {1}; s.update([2, 3], {4: 'x'}, "ab"); sorted(map(str, s)) == ['1', '2', '3', '4', 'a', 'b']
    const s = new Set<unknown>([1]);
    setUpdate(s, [2, 3], new Map([[4, "x"]]), "ab");
    expect([...s]).toEqual([1, 2, 3, 4, "a", "b"]);
  });
});

describe("dictItems", () => {
  it("gives the pairs of a Map in order", () => {
    expect([...dictItems(new Map([["b", 1], ["a", 2]]))]).toEqual([["b", 1], ["a", 2]]);
  });
  it("raises TypeError for a non-mapping, like {**[1]}", () => {
    // python3: {**[1]} -> TypeError: 'list' object is not a mapping
    expect(() => dictItems([1])).toThrow("'list' object is not a mapping");
  });
});

describe("getattr/hasattr/setattr", () => {
  class Service {
    name = "web";
  }
  it("reads, defaults and raises like Python", () => {
    // python3: class S: name = "web"; s = S(); getattr(s, "name"), getattr(s, "tls", "n/a"), hasattr(s, "tls")
    // -> ('web', 'n/a', False); getattr(s, "tls") -> AttributeError: 'S' object has no attribute 'tls'
    const s = new Service();
    expect(getAttr(s, "name")).toBe("web");
    expect(getAttr(s, "tls", "n/a")).toBe("n/a");
    expect(hasAttr(s, "tls")).toBe(false);
    expect(hasAttr(s, "name")).toBe(true);
    expect(() => getAttr(s, "tls")).toThrow("'Service' object has no attribute 'tls'");
    setAttr(s, "owner", "ops");
    expect(getAttr(s, "owner")).toBe("ops");
  });
});
