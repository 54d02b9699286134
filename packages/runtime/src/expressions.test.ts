import { dictItems, setUpdate } from "./expressions.js";

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
