import { compare, compareStrings, eq, ge, gt, le, lt, ne, NotImplemented } from "./comparison.js";
import { KeyMap, KeySet } from "./keyed-collections.js";
import { repr } from "./repr.js";
import { truthy } from "./truthiness.js";
import { outcome } from "./test-support.js";

describe("eq (Python ==)", () => {
  test("numbers, bools and NaN", () => {
    expect(eq(1, true)).toBe(true); // 1 == True
    expect(eq(1, 1.0)).toBe(true);
    expect(eq(0, false)).toBe(true);
    expect(eq(NaN, NaN)).toBe(false);
    expect(eq("1", 1)).toBe(false);
    expect(eq(null, null)).toBe(true);
    expect(eq(null, 0)).toBe(false);
    expect(ne(NaN, NaN)).toBe(true);
  });
  test("containers compare deeply", () => {
    expect(eq([1], [true])).toBe(true);
    const nan = NaN;
    expect(eq([nan], [nan])).toBe(true); // identity first, like CPython
    expect(eq(new Map([[1, "a"]]), new Map([[true, "a"]]))).toBe(true); // {1:'a'} == {True:'a'}
    expect(eq(new Set([1, 2]), new Set([2, 1]))).toBe(true);
    expect(eq(new Map([["k", [1, 2]]]), new Map([["k", [1, 2]]]))).toBe(true);
    expect(eq(new Map([["k", [1, 2]]]), new Map([["k", [1, 3]]]))).toBe(false);
    expect(eq([1, [2, [3]]], [1, [2, [3]]])).toBe(true);
    expect(eq([1, 2], [1, 2, 3])).toBe(false);
    expect(eq(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
    expect(eq({ a: 1 }, { a: 1 })).toBe(true);
    expect(eq(new Set([[1, 2]]), new KeySet([[1, 2]]))).toBe(true);
  });
  test("__eq__ and NotImplemented", () => {
    class Version {
      constructor(readonly n: number) {}
      __eq__(other: unknown): boolean | typeof NotImplemented {
        return other instanceof Version ? other.n === this.n : NotImplemented;
      }
    }
    expect(eq(new Version(1), new Version(1))).toBe(true);
    expect(eq(new Version(1), new Version(2))).toBe(false);
    expect(eq(new Version(1), 1)).toBe(false);
    expect(eq(1, new Version(1))).toBe(false);
    expect(ne(new Version(1), new Version(2))).toBe(true);
    class Anything {
      __eq__(): boolean {
        return true;
      }
    }
    expect(eq(5, new Anything())).toBe(true); // reflected __eq__
  });
});

describe("orderings", () => {
  test("values Python orders", () => {
    expect(lt([1, 2], [1, 3])).toBe(true); // (1,2) < (1,3)
    expect(lt([1, 2], [1, 2, 0])).toBe(true);
    expect(lt("a", "b")).toBe(true);
    expect(lt("\uffff", "\u{10000}")).toBe(true); // code point order, not UTF-16
    expect(lt("Z", "a")).toBe(true);
    expect(lt(new Set([1]), new Set([1, 2]))).toBe(true);
    expect(le(new Set([1, 2]), new Set([1, 2]))).toBe(true);
    expect(lt(new Set([1]), new Set([2]))).toBe(false);
    expect(lt(true, 2)).toBe(true);
    expect(lt([], [1])).toBe(true);
    expect(gt("b", "a")).toBe(true);
    expect(ge([2], [1, 5])).toBe(true);
  });
  test("TypeError messages", () => {
    expect(outcome(() => lt("a", 1))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(outcome(() => lt(null, 1))).toBe("TypeError: '<' not supported between instances of 'NoneType' and 'int'");
    expect(outcome(() => lt([1], "a"))).toBe("TypeError: '<' not supported between instances of 'list' and 'str'");
    expect(outcome(() => lt([1, "a"], [1, 2]))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    expect(outcome(() => lt(new Set([1]), [1]))).toBe(
      "TypeError: '<' not supported between instances of 'set' and 'list'",
    );
    expect(outcome(() => le([1, "a"], [1, 2]))).toBe(
      "TypeError: '<=' not supported between instances of 'str' and 'int'",
    );
    expect(outcome(() => gt(null, 1))).toBe("TypeError: '>' not supported between instances of 'NoneType' and 'int'");
    expect(outcome(() => ge("x", 1.5))).toBe("TypeError: '>=' not supported between instances of 'str' and 'float'");
  });
  test("__lt__ and reflection", () => {
    class Job {
      constructor(readonly p: number) {}
      __lt__(other: Job): boolean {
        return this.p < other.p;
      }
    }
    expect(lt(new Job(1), new Job(2))).toBe(true);
    expect(gt(new Job(3), new Job(2))).toBe(true); // reflected: Job(2).__lt__(Job(3))
    expect(outcome(() => le(new Job(1), new Job(2)))).toBe(
      "TypeError: '<=' not supported between instances of 'Job' and 'Job'",
    );
  });
  test("compare and compareStrings", () => {
    expect(compare(1, 2)).toBe(-1);
    expect(compare(2, 1)).toBe(1);
    expect(compare(1, true)).toBe(0);
    expect(compare([1, "b"], [1, "a"])).toBe(1);
    expect(compareStrings("\u{10000}", "\uffff")).toBe(1);
    expect(compareStrings("abc", "abd")).toBe(-1);
    expect(compareStrings("ab", "ab")).toBe(0);
    expect(compareStrings("a\u{10000}", "a\u{10001}")).toBe(-1);
  });
});

describe("truthy (Python bool())", () => {
  test("falsy and truthy values", () => {
    // bool(nan), bool(0.0), bool(''), bool([]), bool({}), bool(set()), bool(b''), bool(None), bool([0]), bool(' ')
    expect([NaN, 0.0, "", [], new Map(), new Set(), new Uint8Array(), null, [0], " "].map(truthy)).toEqual([
      true, false, false, false, false, false, false, false, true, true,
    ]);
    expect(truthy(-0)).toBe(false);
    expect(truthy({})).toBe(false);
    expect(truthy(() => 0)).toBe(true);
  });
  test("__bool__ before __len__", () => {
    class Empty {
      __len__(): number {
        return 0;
      }
    }
    class Both {
      __bool__(): boolean {
        return true;
      }
      __len__(): number {
        return 0;
      }
    }
    expect(truthy(new Empty())).toBe(false);
    expect(truthy(new Both())).toBe(true);
    expect(truthy(new (class {})())).toBe(true);
  });
});

describe("KeyMap and KeySet", () => {
  test("bool/int/float keys collide, first key kept", () => {
    // d = {True: 't', 1: 'one', 1.0: 'f'} -> {True: 'f'}
    const d = new KeyMap<unknown, string>([
      [true, "t"],
      [1, "one"],
      [1.0, "f"],
    ]);
    expect(repr(d)).toBe("{True: 'f'}");
    expect(d.size).toBe(1);
  });
  test("tuple keys by value", () => {
    const d = new KeyMap<readonly unknown[], string>([[[1, 2], "a"]]);
    d.set([1.0, 2], "b");
    expect(repr(d, "dict[tuple[int, int], str]")).toBe("{(1, 2): 'b'}");
    expect(d.has([1, true])).toBe(false);
    expect(d.has([1, 2])).toBe(true);
    expect(d.get([1, 2])).toBe("b");
    expect([...d.keys()]).toEqual([[1, 2]]);
    expect([...d]).toEqual([[[1, 2], "b"]]);
    expect(d).toBeInstanceOf(Map);
    d.delete([1, 2]);
    expect(d.size).toBe(0);
    expect(repr(d)).toBe("{}");
  });
  test("insertion order and re-insertion", () => {
    const d = new KeyMap<unknown, number>();
    d.set(["b"], 1).set(["a"], 2).set(["b"], 3);
    expect([...d.entries()]).toEqual([
      [["b"], 3],
      [["a"], 2],
    ]);
    d.delete(["b"]);
    d.set(["b"], 4);
    expect([...d.values()]).toEqual([2, 4]);
    const seen: unknown[] = [];
    d.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([
      [["a"], 2],
      [["b"], 4],
    ]);
  });
  test("strings cannot collide with tuple encodings", () => {
    const d = new KeyMap<unknown, number>();
    d.set("\u0000t", 1);
    d.set([], 2);
    d.set("\u0000s", 3);
    expect(d.size).toBe(3);
    expect(d.get("\u0000t")).toBe(1);
    expect(d.get([])).toBe(2);
  });
  test("sets of tuples and frozenset members", () => {
    // s = {(1, 2), (1, 2), (2, 1)} -> {(1, 2), (2, 1)}
    const s = new KeySet<readonly number[]>([
      [1, 2],
      [1, 2],
      [2, 1],
    ]);
    expect(repr(s, "set[tuple[int, int]]")).toBe("{(1, 2), (2, 1)}");
    expect(s.has([2, 1])).toBe(true);
    const fs = new KeySet<ReadonlySet<number>>([new Set([1, 2])]);
    expect(fs.has(new Set([2, 1]))).toBe(true);
    expect([...s.entries()][0]).toEqual([
      [1, 2],
      [1, 2],
    ]);
    s.delete([1, 2]);
    expect([...s]).toEqual([[2, 1]]);
  });
  test("objects with __hash__ and __eq__ are keyed by equality", () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
      __hash__(): number {
        return this.x * 31 + this.y;
      }
      __eq__(other: unknown): boolean {
        return other instanceof Point && other.x === this.x && other.y === this.y;
      }
    }
    class Collide extends Point {
      override __hash__(): number {
        return 7;
      }
    }
    const d = new KeyMap<Point, string>([[new Point(1, 2), "a"]]);
    expect(d.get(new Point(1, 2))).toBe("a");
    expect(d.has(new Point(2, 1))).toBe(false);
    const c = new KeyMap<Point, number>([
      [new Collide(1, 2), 1],
      [new Collide(3, 4), 2],
    ]);
    expect(c.size).toBe(2);
    expect(c.get(new Collide(3, 4))).toBe(2);
    const plain = new (class Plain {})();
    const byIdentity = new KeyMap<object, number>([[plain, 1]]);
    expect(byIdentity.get(plain)).toBe(1);
  });
});
