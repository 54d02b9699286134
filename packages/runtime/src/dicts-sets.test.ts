import { dictGet, dictMerge, dictPop, fromkeys, getItem, popitem, setdefault, update } from "./dicts.js";
import { list } from "./iteration.js";
import { Counter, DefaultDict } from "./collections.js";
import { KeyMap, KeySet } from "./keyed-collections.js";
import { repr } from "./repr.js";
import { numberHash, pythonSetOrder } from "./set-order.js";
import {
  difference, intersection, isDisjoint, isSubset, isSuperset, setDiscard, setPop, setRemove, symmetricDifference, union,
} from "./sets.js";
import { outcome } from "./test-support.js";

describe("dict helpers", () => {
  test("get and [] with Python's key equality", () => {
    expect(outcome(() => getItem(new Map<string, number>(), "x"))).toBe("KeyError: 'x'");
    expect(outcome(() => getItem(new Map<unknown, number>(), [1, 2]))).toBe("KeyError: (1, 2)");
    expect(outcome(() => getItem(new Map<number, number>(), 1.5))).toBe("KeyError: 1.5");
    expect(getItem(new Map<unknown, string>([[1, "a"]]), true)).toBe("a"); // {1: 'a'}[True]
    expect(getItem(new Map<unknown, string>([[[1, 2], "a"]]), [1, 2])).toBe("a");
  });

  test("[] asks __missing__ of Counter, defaultdict and dict subclasses", () => {
    // python3: c = Counter(); c['a'] -> 0 and 'a' not in c; d = defaultdict(list); d['k'].append(1) -> {'k': [1]}
    const counts = new Counter<string>();
    expect(getItem(counts, "a")).toBe(0);
    expect(counts.has("a")).toBe(false);
    const groups = new DefaultDict<string, number[]>(() => [], null, "<class 'list'>");
    getItem(groups, "k").push(1);
    expect(repr(groups)).toBe("defaultdict(<class 'list'>, {'k': [1]})");
    expect(outcome(() => getItem(new DefaultDict<string, number>(null), "x"))).toBe("KeyError: 'x'");
    expect(dictGet(new Map([["a", null]]), "a", 5)).toBeNull();
    expect(dictGet(new Map<string, number>(), "a")).toBeNull();
    expect(dictGet(new Map<string, number>(), "a", 0)).toBe(0);
  });
  test("setdefault, pop, popitem", () => {
    const d = new Map<string, number[]>();
    expect(setdefault(d, "k", [])).toEqual([]);
    setdefault(d, "k", [9])!.push(1);
    expect(repr(d)).toBe("{'k': [1]}");
    expect(outcome(() => dictPop(new Map<string, number>(), "x"))).toBe("KeyError: 'x'");
    const e = new Map([["x", 1]]);
    expect(dictPop(e, "x")).toBe(1);
    expect(e.size).toBe(0);
    expect(dictPop(e, "x", null)).toBeNull();
    expect(outcome(() => popitem(new Map()))).toBe("KeyError: 'popitem(): dictionary is empty'");
    const f = new Map([
      ["a", 1],
      ["b", 2],
    ]);
    expect(popitem(f)).toEqual(["b", 2]);
    expect(repr(f)).toBe("{'a': 1}");
  });
  test("update, fromkeys, merge", () => {
    const d = new Map<string, number>([["a", 1]]);
    update(d, new Map([["b", 2]]), { c: 3 });
    expect(repr(d)).toBe("{'a': 1, 'b': 2, 'c': 3}");
    update(d, [["z", 0]]);
    update(d, { a: 9 });
    expect(repr(d)).toBe("{'a': 9, 'b': 2, 'c': 3, 'z': 0}");
    expect(outcome(() => update(new Map(), [[1, 2, 3] as unknown as [number, number]]))).toBe(
      "ValueError: dictionary update sequence element #0 has length 3; 2 is required",
    );
    expect(repr(fromkeys(["a", "b"]))).toBe("{'a': None, 'b': None}");
    expect(repr(fromkeys("ab", 0))).toBe("{'a': 0, 'b': 0}");
    const merged = dictMerge(
      new Map([
        ["a", 1],
        ["b", 2],
      ]),
      new Map([
        ["b", 3],
        ["c", 4],
      ]),
    );
    expect(repr(merged)).toBe("{'a': 1, 'b': 3, 'c': 4}");
    expect(dictMerge(new KeyMap([[[1], "x"]]), new Map([[[1], "y"]]))).toBeInstanceOf(KeyMap);
    // {True: "t"} | {1: "one"} keeps the first key object: {True: 'one'}
    expect(repr(dictMerge(new Map<unknown, string>([[true, "t"]]), new Map<unknown, string>([[1, "one"]])))).toBe(
      "{True: 'one'}",
    );
  });
});

describe("set helpers", () => {
  test("algebra", () => {
    expect(repr(union(new Set([1, 2]), new Set([2, 3])))).toBe("{1, 2, 3}");
    expect(repr(intersection(new Set([1, 2]), new Set([2, 3])))).toBe("{2}");
    expect(repr(difference(new Set([1, 2]), new Set([2, 3])))).toBe("{1}");
    expect(repr(symmetricDifference(new Set([1, 2]), new Set([2, 3])))).toBe("{1, 3}");
    expect(repr(union(new Set([1, 2]), [3], [4]))).toBe("{1, 2, 3, 4}");
    expect(repr(intersection(new Set([3, 1, 2]), [2, 3], [3]))).toBe("{3}");
    expect(repr(difference(new Set([1, 2, 3]), new Set([1]), new Set([2])))).toBe("{3}");
    expect(repr(symmetricDifference(new Set([3, 1, 2]), new Set([2, 5])))).toBe("{1, 3, 5}");
    expect(isSubset(new Set([1]), [1, 2])).toBe(true);
    expect(isSuperset(new Set([1, 2]), new Set([1]))).toBe(true);
    expect(isDisjoint(new Set([1]), new Set([2]))).toBe(true);
    expect(isSubset(new Set<unknown>([true]), new Set<unknown>([1]))).toBe(true);
    expect(union(new KeySet([[1, 2]]), [[1, 2]]).size).toBe(1);
  });
  test("remove, discard, pop", () => {
    expect(outcome(() => setRemove(new Set([1]), 2))).toBe("KeyError: 2");
    expect(outcome(() => setRemove(new Set<unknown>([1]), [1, 2]))).toBe("KeyError: (1, 2)");
    expect(outcome(() => setPop(new Set()))).toBe("KeyError: 'pop from an empty set'");
    const s = new Set([3]);
    expect(setPop(s)).toBe(3);
    expect(repr(s)).toBe("set()");
    const t = new Set([1]);
    setDiscard(t, 5);
    setDiscard<unknown>(t as Set<unknown>, true);
    expect(t.size).toBe(0);
    const u = new Set([3, 1, 2]);
    expect(setPop(u)).toBe(1); // the first member in CPython's table order
  });
});

describe("CPython set iteration order", () => {
  test("hash of numbers", () => {
    // hash(-1), hash(-2), hash(1.5), hash(-1.5), hash(0.1), hash(inf), hash(2**61), hash(2**61-1), hash(1e300), hash(2.5e-8), hash(True)
    expect([-1, -2, 1.5, -1.5, 0.1, Infinity, 2 ** 61, 2 ** 61 - 1, 1e300, 2.5e-8].map((x) => String(numberHash(x)))).toEqual([
      "-2", "-2", "1152921504606846977", "-1152921504606846977", "230584300921369408", "314159", "1", "1",
      "1224995262755759164", "789396629831109982",
    ]);
  });
  test("orders match Python for sets built by adding members", () => {
    // print({5,3,1,4}, {0,7,2}, {1000,2000,5}, {-1,-2,3}, {8,16,0}, {1.5, 0.5, 2}, {100, 200, 300, 7})
    expect(repr(new Set([5, 3, 1, 4]))).toBe("{1, 3, 4, 5}");
    expect(repr(new Set([0, 7, 2]))).toBe("{0, 2, 7}");
    expect(repr(new Set([1000, 2000, 5]))).toBe("{1000, 5, 2000}");
    expect(repr(new Set([-1, -2, 3]))).toBe("{3, -1, -2}");
    expect(repr(new Set([8, 16, 0]))).toBe("{8, 16, 0}");
    expect(repr(new Set([1.5, 0.5, 2]))).toBe("{0.5, 1.5, 2}");
    expect(repr(new Set([100, 200, 300, 7]))).toBe("{200, 100, 300, 7}");
    // s = set(); for x in [64, 32, 1, 2, 96, 0]: s.add(x)
    expect(repr(new Set([64, 32, 1, 2, 96, 0]))).toBe("{64, 1, 32, 2, 96, 0}");
    expect(repr(new Set([2 ** 40, 3, 2 ** 40 + 8]))).toBe("{1099511627776, 1099511627784, 3}");
    // {x * 37 for x in range(30)}
    expect(list(new Set(Array.from({ length: 30 }, (_, x) => x * 37)))).toEqual([
      0, 259, 518, 777, 1036, 148, 407, 666, 925, 37, 296, 555, 814, 1073, 185, 444, 703, 962, 74, 333, 592, 851, 222,
      481, 740, 999, 111, 370, 629, 888,
    ]);
    expect(repr(new Set(Array.from({ length: 20 }, (_, i) => 19 - i)))).toBe(
      "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}",
    );
  });
  test("sets of strings keep insertion order", () => {
    expect(pythonSetOrder(new Set(["b", "a"]))).toBeNull();
    expect(repr(new Set(["b", "a"]))).toBe("{'b', 'a'}");
  });
});
