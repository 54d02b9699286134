import { len, contains } from "./containers.js";
import { StopIteration } from "./exceptions.js";
import { all, any, enumerate, iter, iterUntil, list, next, reversed, sum, zip, zipStrict } from "./iteration.js";
import { add, mul } from "./operators.js";
import { range, Range } from "./range.js";
import { repr } from "./repr.js";
import { outcome } from "./test-support.js";

describe("range", () => {
  test("repr, len, iteration", () => {
    expect(repr(range(5))).toBe("range(0, 5)");
    expect(repr(range(1, 10, 2))).toBe("range(1, 10, 2)");
    expect(repr(range(1, 10, 1))).toBe("range(1, 10)");
    expect(repr(range(-5))).toBe("range(0, -5)");
    expect(len(range(1, 10, 3))).toBe(3);
    expect(range(10, 1, -3).length).toBe(3);
    expect([...range(10, 1, -3)]).toEqual([10, 7, 4]);
    expect(list(range(0, -5, -2))).toEqual([0, -2, -4]);
    expect([...range(0)]).toEqual([]);
  });
  test("indexing, slicing, membership", () => {
    expect(range(10).at(-1)).toBe(9);
    expect(outcome(() => range(10).at(10))).toBe("IndexError: range object index out of range");
    expect(outcome(() => range(3).at(1.5))).toBe("TypeError: range indices must be integers or slices, not float");
    expect(repr(range(1, 10, 2).slice(2, 4))).toBe("range(5, 9, 2)");
    expect(repr(range(10).slice(null, null, -1))).toBe("range(9, -1, -1)");
    expect(contains(range(0, 10, 5), 5)).toBe(true);
    expect(contains(range(0, 10, 5), 7)).toBe(false);
    expect(contains(range(5), 2.0)).toBe(true);
    expect(range(5).index(3)).toBe(3);
    expect(outcome(() => range(5).index(7))).toBe("ValueError: 7 is not in range");
    expect(range(0, 10, 2).count(4)).toBe(1);
    expect(range(0).__eq__(range(5, 5))).toBe(true);
    expect(range(1, 4).__eq__(range(1, 4, 1))).toBe(true);
    expect(list(reversed(range(1, 10, 3)))).toEqual([7, 4, 1]);
  });
  test("errors", () => {
    expect(outcome(() => range(0, 1, 0))).toBe("ValueError: range() arg 3 must not be zero");
    expect(outcome(() => range(1.5))).toBe("TypeError: 'float' object cannot be interpreted as an integer");
    expect(range(3)).toBeInstanceOf(Range);
  });
});

describe("iteration built-ins", () => {
  test("enumerate and list", () => {
    expect(list(enumerate("ab", 1))).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    expect(list("a😀")).toEqual(["a", "😀"]);
    expect(list(new Map([["a", 1]]))).toEqual(["a"]);
    expect(list(new Set([3, 1]))).toEqual([1, 3]); // list({3, 1}) follows the set's hash order
    expect(list(new Set(["b", "a"]))).toEqual(["b", "a"]);
  });
  test("zip stops at the shortest input and consumes in order", () => {
    expect(list(zip([1, 2, 3], ["a", "b"]))).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    const consumed: number[] = [];
    function* counting(): Generator<number> {
      for (let i = 0; ; i++) {
        consumed.push(i);
        yield i;
      }
    }
    const gen = counting();
    expect(list(zip(gen, [10]))).toEqual([[0, 10]]);
    expect(consumed).toEqual([0, 1]); // Python also pulls one extra item from the first iterator
    expect(list(zip())).toEqual([]);
  });
  test("zip strict messages", () => {
    const run = (...its: number[][]): unknown => outcome(() => list(zipStrict(...its)));
    expect(run([1, 2], [3])).toBe("ValueError: zip() argument 2 is shorter than argument 1");
    expect(run([1], [3, 4])).toBe("ValueError: zip() argument 2 is longer than argument 1");
    expect(run([1], [3], [4, 5])).toBe("ValueError: zip() argument 3 is longer than arguments 1-2");
    expect(run([1, 2], [3, 4], [5])).toBe("ValueError: zip() argument 3 is shorter than arguments 1-2");
    expect(run([1, 2], [3], [4])).toBe("ValueError: zip() argument 2 is shorter than argument 1");
    expect(run([1], [2, 3], [4])).toBe("ValueError: zip() argument 2 is longer than argument 1");
    expect(run([1], [2])).toEqual([[1, 2]]);
  });
  test("reversed", () => {
    expect(list(reversed([1, 2, 3]))).toEqual([3, 2, 1]);
    expect(list(reversed("a😀b"))).toEqual(["b", "😀", "a"]);
    expect(list(reversed(new Map([["a", 1], ["b", 2]])))).toEqual(["b", "a"]);
    expect(outcome(() => reversed(new Set([1, 2])))).toBe("TypeError: 'set' object is not reversible");
    const custom = { __len__: () => 2, __getitem__: (i: number) => ["x", "y"][i] };
    expect(list(reversed(custom as unknown as Iterable<string>))).toEqual(["y", "x"]);
  });
  test("iter and next", () => {
    const it = iter([1]);
    expect(next(it)).toBe(1);
    expect(next(it, "d")).toBe("d");
    expect(outcome(() => next(iter([])))).toBe("StopIteration: ");
    expect(outcome(() => iter(5 as unknown as Iterable<number>))).toBe("TypeError: 'int' object is not iterable");
    function* gen(): Generator<number, string> {
      yield 1;
      return "done";
    }
    const g = gen();
    next(g);
    let stop: unknown;
    try {
      next(g);
    } catch (e) {
      stop = e;
    }
    expect(stop).toBeInstanceOf(StopIteration);
    expect((stop as StopIteration).value).toBe("done");
    expect(iter(new Map([["k", 1]])).next().value).toBe("k");
  });
  test("sum, any, all", () => {
    expect(outcome(() => sum(["a"] as unknown as number[]))).toBe(
      "TypeError: unsupported operand type(s) for +: 'int' and 'str'",
    );
    expect(sum([[1], [2]], [] as number[])).toEqual([1, 2]);
    expect(repr(sum(Array(10).fill(0.1)))).toBe("0.9999999999999999");
    expect(sum([1, 2], 0.5)).toBe(3.5);
    expect(sum([], 5)).toBe(5);
    expect(sum([true, true])).toBe(2);
    expect(outcome(() => sum(["a", "b"], ""))).toBe("TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    class Money {
      constructor(readonly cents: number) {}
      __add__(other: unknown): Money | symbol {
        return other instanceof Money ? new Money(this.cents + other.cents) : Symbol.for("unused");
      }
      __radd__(other: unknown): Money {
        return other === 0 ? this : new Money(this.cents + Number(other));
      }
    }
    expect(sum([new Money(1), new Money(2)], new Money(0)).cents).toBe(3);
    expect(any([])).toBe(false);
    expect(all([])).toBe(true);
    expect(any([0, "", [1]])).toBe(true);
    expect(all([1, "x", []])).toBe(false);
  });
});

describe("iter(callable, sentinel)", () => {
  // python3: it = iter([1, 2, 0, 3]); list(iter(lambda: next(it), 0)) -> [1, 2]
  test("calls until a value equal to the sentinel", () => {
    const source = iter([1, 2, 0, 3]);
    expect([...iterUntil(() => next(source), 0)]).toEqual([1, 2]);
    const chunks = [new Uint8Array([1]), new Uint8Array([2]), new Uint8Array([])];
    let i = 0;
    expect([...iterUntil(() => chunks[i++]!, new Uint8Array([]))].length).toBe(2);
  });
});

describe("generic operators", () => {
  test("add and mul", () => {
    expect(add(1, true)).toBe(2);
    expect(add("a", "b")).toBe("ab");
    expect(add([1], [2])).toEqual([1, 2]);
    expect(outcome(() => add("a", 1))).toBe('TypeError: can only concatenate str (not "int") to str');
    expect(outcome(() => add([1], 1))).toBe('TypeError: can only concatenate list (not "int") to list');
    expect(outcome(() => add(1, "a"))).toBe("TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    expect(mul("ab", 2)).toBe("abab");
    expect(mul(3, [0])).toEqual([0, 0, 0]);
    // python3: b"ab" * 2 -> b'abab'; 0 * b"ab" -> b''; b"a" + b"b" -> b'ab'
    expect(repr(mul(new Uint8Array([97, 98]), 2))).toBe("b'abab'");
    expect(repr(mul(0, new Uint8Array([97, 98])))).toBe("b''");
    expect(repr(add(new Uint8Array([97]), new Uint8Array([98])))).toBe("b'ab'");
    expect(outcome(() => mul("a", "b"))).toBe("TypeError: can't multiply sequence by non-int of type 'str'");
    expect(outcome(() => mul(null, 2))).toBe("TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'");
  });
});
