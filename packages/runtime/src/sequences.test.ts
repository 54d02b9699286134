import { contains, len, subscript } from "./containers.js";
import { count, extend, index, insert, listEq, pop, remove, repeat } from "./list-methods.js";
import { repr } from "./repr.js";
import { range } from "./range.js";
import { at, delAt, delSlice, setAt, setSlice, slice, sliceIndices } from "./sequences.js";
import { outcome } from "./test-support.js";

describe("indexing", () => {
  test("negative indices and IndexError messages", () => {
    expect(at([1, 2, 3], -1)).toBe(3);
    expect(at("hello", -2)).toBe("l");
    expect(at("a😀b", 1)).toBe("😀");
    expect(at("a😀b", -1)).toBe("b");
    expect(outcome(() => at([1, 2, 3], 5))).toBe("IndexError: list index out of range");
    expect(outcome(() => at([1, 2], 5, "tuple"))).toBe("IndexError: tuple index out of range");
    expect(outcome(() => at("ab", 5))).toBe("IndexError: string index out of range");
    expect(outcome(() => at([1, 2, 3], -4))).toBe("IndexError: list index out of range");
    expect(outcome(() => at([], 0))).toBe("IndexError: list index out of range");
    expect(outcome(() => at([1, 2, 3], 1.5))).toBe("TypeError: list indices must be integers or slices, not float");
    expect(outcome(() => at("a😀", 2))).toBe("IndexError: string index out of range");
    expect(at(new Uint8Array([7, 8]), -1)).toBe(8);
  });
  test("assignment and deletion", () => {
    const a = [1, 2, 3];
    setAt(a, -1, 9);
    expect(a).toEqual([1, 2, 9]);
    expect(outcome(() => setAt(a, 5, 1))).toBe("IndexError: list assignment index out of range");
    expect(outcome(() => setAt(a, -4, 0))).toBe("IndexError: list assignment index out of range");
    expect(outcome(() => delAt(a, 5))).toBe("IndexError: list assignment index out of range");
    delAt(a, 0);
    expect(a).toEqual([2, 9]);
  });
});

describe("slicing", () => {
  // python3: r = range(0, 100, 7); r[::-1][:3] -> range(98, 77, -7)
  test("a range slices into a range, also through the generic helper", () => {
    const r = range(0, 100, 7);
    expect(repr(slice(slice(r, null, null, -1), null, 3))).toBe("range(98, 77, -7)");
  });

  const five = [1, 2, 3, 4, 5];
  test.each([
    // [start, stop, step, Python result of [1,2,3,4,5][start:stop:step]]
    [null, null, -1, [5, 4, 3, 2, 1]],
    [null, null, -2, [5, 3, 1]],
    [-2, null, -2, [4, 2]],
    [1, -1, 2, [2, 4]],
    [10, null, null, []],
    [null, -10, null, []],
    [4, 1, -1, [5, 4, 3]],
    [-1, -6, -1, [5, 4, 3, 2, 1]],
    [-1, -7, -1, [5, 4, 3, 2, 1]],
    [5, 0, -2, [5, 3]],
    [1, 3, null, [2, 3]],
    [-3, null, null, [3, 4, 5]],
    [3, 1, null, []],
  ] as const)("[1,2,3,4,5][%p:%p:%p]", (start, stop, step, expected) => {
    expect(slice(five, start, stop, step)).toEqual(expected);
  });
  test("strings and errors", () => {
    expect(slice("hello", null, null, -1)).toBe("olleh");
    expect(slice("hello", 1, 4)).toBe("ell");
    expect(slice("hello", -3)).toBe("llo");
    expect(slice("a😀b", null, null, -1)).toBe("b😀a");
    expect(slice("a😀bc", 1, 3)).toBe("😀b");
    expect(slice([1, 2, 3, 4, 5, 6], 1, null, 3)).toEqual([2, 5]);
    expect(outcome(() => slice([1, 2, 3], null, null, 0))).toBe("ValueError: slice step cannot be zero");
    expect(repr(slice(new Uint8Array([1, 2, 3]), 1))).toBe("b'\\x02\\x03'");
    // slice(1, 10, 2).indices(5) == (1, 5, 2)
    expect(sliceIndices(5, 1, 10, 2)).toEqual({ start: 1, stop: 5, step: 2, length: 2 });
    expect(sliceIndices(5, null, null, -1)).toEqual({ start: 4, stop: -1, step: -1, length: 5 });
  });
  test("slice assignment", () => {
    const run = (start: number | null, stop: number | null, step: number | null, values: number[]): unknown =>
      outcome(() => {
        const a = [1, 2, 3, 4, 5];
        setSlice(a, start, stop, step, values);
        return a;
      });
    expect(run(1, 3, null, [9, 9, 9])).toEqual([1, 9, 9, 9, 4, 5]);
    expect(run(null, null, 2, [0, 0])).toBe("ValueError: attempt to assign sequence of size 2 to extended slice of size 3");
    expect(run(null, null, 2, [0, 0, 0])).toEqual([0, 2, 0, 4, 0]);
    expect(run(3, 1, null, [7])).toEqual([1, 2, 3, 7, 4, 5]);
    expect(run(null, null, -1, [5, 4, 3, 2, 1, 0])).toBe(
      "ValueError: attempt to assign sequence of size 6 to extended slice of size 5",
    );
    expect(run(0, 2, 1, [5])).toEqual([5, 3, 4, 5]);
    expect(run(null, null, 0, [1])).toBe("ValueError: slice step cannot be zero");
    const a = [1, 2, 3];
    setSlice(a, 1, 1, null, a);
    expect(a).toEqual([1, 1, 2, 3, 2, 3]);
    const b = [1, 2, 3];
    setSlice(b, null, null, null, []);
    expect(b).toEqual([]);
    const big = Array.from({ length: 50000 }, (_, i) => i);
    const target = [0, 1];
    setSlice(target, 1, 1, null, big);
    expect(target.length).toBe(50002);
    expect(target[50001]).toBe(1);
  });
  test("slice deletion", () => {
    const run = (start: number | null, stop: number | null, step: number | null): unknown =>
      outcome(() => {
        const a = [1, 2, 3, 4, 5];
        delSlice(a, start, stop, step);
        return a;
      });
    expect(run(null, null, 2)).toEqual([2, 4]);
    expect(run(1, 3, null)).toEqual([1, 4, 5]);
    expect(run(null, null, -2)).toEqual([2, 4]);
    expect(run(null, null, 0)).toBe("ValueError: slice step cannot be zero");
  });
});

describe("list methods", () => {
  test("pop, remove, index, insert", () => {
    const a = [1, 2, 3];
    expect(pop(a, 0)).toBe(1);
    expect(a).toEqual([2, 3]);
    expect(pop(a)).toBe(3);
    expect(outcome(() => pop([]))).toBe("IndexError: pop from empty list");
    expect(outcome(() => pop([1], 5))).toBe("IndexError: pop index out of range");
    expect(outcome(() => remove([1, 2], 5))).toBe("ValueError: list.remove(x): x not in list");
    const r = [[1], [2], [1]];
    remove(r, [1]);
    expect(r).toEqual([[2], [1]]);
    expect(outcome(() => index([1, 2], 5))).toBe("ValueError: 5 is not in list");
    expect(outcome(() => index([1, 2], 5, null, null, "tuple"))).toBe("ValueError: tuple.index(x): x not in tuple");
    expect(outcome(() => index([1, 2, 3], 3, 0, 2))).toBe("ValueError: 3 is not in list");
    expect(outcome(() => index("abc", "z"))).toBe("ValueError: substring not found");
    expect(outcome(() => index<unknown>([1, "a"], "b"))).toBe("ValueError: 'b' is not in list");
    expect(index<unknown>([1, 2, 3], true)).toBe(0);
    expect(index("hello", "l")).toBe(2);
    const b = [1, 2, 3];
    insert(b, -10, 0);
    insert(b, 10, 9);
    insert(b, -1, 7);
    expect(b).toEqual([0, 1, 2, 3, 7, 9]);
  });
  test("count, extend, repeat, listEq", () => {
    expect(count<unknown>([1, true, 1.0], 1)).toBe(3);
    expect(count("banana", "a")).toBe(3);
    expect(count([1, 2, 1], 1)).toBe(2);
    const a = [1, 2, 3];
    extend(a, a);
    expect(a).toEqual([1, 2, 3, 1, 2, 3]);
    extend(a, new Set([4]));
    expect(a.length).toBe(7);
    const grid = repeat([repeat([0], 2)], 2);
    expect(grid).toEqual([
      [0, 0],
      [0, 0],
    ]);
    grid[0]![0] = 1;
    expect(repr(grid)).toBe("[[1, 0], [1, 0]]"); // the inner list is shared, like Python
    expect(repeat([1, 2], -1)).toEqual([]);
    expect(listEq([1, [2]], [true, [2.0]])).toBe(true);
    expect(listEq([1], [1, 2])).toBe(false);
  });
});

describe("len, contains, subscript", () => {
  test("len", () => {
    expect(len("a😀b")).toBe(3);
    expect(len([1, 2])).toBe(2);
    expect(len(new Map([[1, 2]]))).toBe(1);
    expect(len(new Set())).toBe(0);
    expect(len({ __len__: () => 7 })).toBe(7);
    expect(outcome(() => len(5))).toBe("TypeError: object of type 'int' has no len()");
    expect(outcome(() => len(null))).toBe("TypeError: object of type 'NoneType' has no len()");
  });
  test("contains", () => {
    expect(outcome(() => contains("abc", 1))).toBe("TypeError: 'in <string>' requires string as left operand, not int");
    expect(contains("abc", "b")).toBe(true);
    expect(contains([[1], [2]], [1])).toBe(true);
    expect(contains([1], true)).toBe(true);
    expect(contains(new Map([[true, "t"]]), 1)).toBe(true);
    expect(contains(new Map([[[1, 2], 0]]), [1, 2])).toBe(true);
    expect(contains(new Set(["a"]), "b")).toBe(false);
    expect(contains(new Uint8Array([1, 2, 3]), new Uint8Array([2, 3]))).toBe(true);
    expect(contains({ __contains__: (x: unknown) => x === 3 }, 3)).toBe(true);
    expect(contains({ k: 1 }, "k")).toBe(true);
    expect(outcome(() => contains(5, 1))).toBe("TypeError: argument of type 'int' is not iterable");
  });
  test("subscript", () => {
    expect(subscript([1, 2], -1)).toBe(2);
    expect(subscript(new Map([["k", 1]]), "k")).toBe(1);
    expect(outcome(() => subscript(new Map(), "x"))).toBe("KeyError: 'x'");
    expect(outcome(() => subscript([1], "a"))).toBe("TypeError: list indices must be integers or slices, not str");
    expect(outcome(() => subscript(5, 0))).toBe("TypeError: 'int' object is not subscriptable");
  });
});
