import { repr } from "./repr.js";
import { max, min, sorted, sortList } from "./sorting.js";
import { outcome } from "./test-support.js";

class Job {
  constructor(
    readonly name: string,
    readonly priority: number,
    readonly duration: number,
  ) {}
  __repr__(): string {
    return `Job(${this.name},${this.priority},${this.duration})`;
  }
}

const jobs = [
  new Job("backup", 2, 30),
  new Job("deploy", 1, 5),
  new Job("report", 2, 10),
  new Job("cleanup", 3, 30),
  new Job("alert", 1, 1),
  new Job("audit", 2, 30),
];

describe("sorted (expected values from lang/sorting-stability-keys)", () => {
  test("stability, also with reverse=True", () => {
    expect(repr(sorted(jobs, { key: (j) => j.priority }))).toBe(
      "[Job(deploy,1,5), Job(alert,1,1), Job(backup,2,30), Job(report,2,10), Job(audit,2,30), Job(cleanup,3,30)]",
    );
    expect(repr(sorted(jobs, { key: (j) => j.priority, reverse: true }))).toBe(
      "[Job(cleanup,3,30), Job(backup,2,30), Job(report,2,10), Job(audit,2,30), Job(deploy,1,5), Job(alert,1,1)]",
    );
    expect(repr(sorted(jobs, { key: (j) => [j.priority, -j.duration, j.name] }))).toBe(
      "[Job(deploy,1,5), Job(alert,1,1), Job(audit,2,30), Job(backup,2,30), Job(report,2,10), Job(cleanup,3,30)]",
    );
  });
  test("tuple keys with reverse and two-pass sorts", () => {
    const rows: Array<[string, number, number]> = [
      ["web", 3, 0.5],
      ["db", 1, 0.9],
      ["cache", 3, 0.1],
      ["api", 2, 0.9],
      ["mq", 1, 0.5],
    ];
    const hint = "list[tuple[str, int, float]]";
    expect(repr(sorted(rows, { key: (r) => [r[2], r[0]], reverse: true }), hint)).toBe(
      "[('db', 1, 0.9), ('api', 2, 0.9), ('web', 3, 0.5), ('mq', 1, 0.5), ('cache', 3, 0.1)]",
    );
    const byLoad = sorted(rows, { key: (r) => r[0] });
    sortList(byLoad, { key: (r) => r[2] });
    expect(byLoad.map((r) => r[0])).toEqual(["cache", "mq", "web", "api", "db"]);
  });
  test("strings by code point, numbers and bools, dict keys", () => {
    const names = ["bob", "Alice", "carol", "Dave", "alice", "Bob", "_x", "10", "9", "Éva"];
    expect(sorted(names)).toEqual(["10", "9", "Alice", "Bob", "Dave", "_x", "alice", "bob", "carol", "Éva"]);
    expect(sorted(names, { key: (s) => s.toLowerCase() })).toEqual([
      "10", "9", "_x", "Alice", "alice", "bob", "Bob", "carol", "Dave", "Éva",
    ]);
    expect(sorted(names, { key: (s) => s.length })).toEqual([
      "9", "_x", "10", "bob", "Bob", "Éva", "Dave", "Alice", "carol", "alice",
    ]);
    expect(repr(sorted<number | boolean>([0.5, -1, 2, true, false]))).toBe("[-1, False, 0.5, True, 2]");
    expect(sorted(new Map([["b", 1], ["a", 2]]))).toEqual(["a", "b"]);
    expect(sorted("hello")).toEqual(["e", "h", "l", "l", "o"]);
    expect(sorted([-3, 2, -1, 0], { key: Math.abs })).toEqual([0, -1, 2, -3]);
    expect(sorted([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { key: (n) => [n % 3, -n] })).toEqual([9, 6, 3, 0, 7, 4, 1, 8, 5, 2]);
    const data = [5, 1, 4];
    sortList(data, { key: (n) => n % 2 });
    expect(data).toEqual([4, 5, 1]);
  });
  test("NaN orders exactly as CPython's algorithm leaves it", () => {
    expect(repr(sorted([3, NaN, 1, 2]))).toBe("[3, nan, 1, 2]");
    expect(repr(sorted([NaN, 3, 1, 2, NaN, 0]))).toBe("[nan, 0, 1, 2, 3, nan]");
    expect(repr(sorted([5, 1, NaN, 4, 2, NaN, 3]))).toBe("[1, 2, 3, 4, 5, nan, nan]");
  });
  test("TypeError names the operands CPython compares first", () => {
    expect(outcome(() => sorted<unknown>([1, "a"]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(outcome(() => sorted<unknown>(["a", 1]))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(outcome(() => sorted<unknown>([2, 1, "x"]))).toBe("TypeError: '<' not supported between instances of 'str' and 'int'");
    expect(outcome(() => sorted<unknown>([1, 2, "x", 0]))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    expect(outcome(() => sorted<unknown>([null, 1]))).toBe(
      "TypeError: '<' not supported between instances of 'int' and 'NoneType'",
    );
  });
  test("the same sequence of __lt__ calls as CPython 3.11 (100 items, reverse=True)", () => {
    // random.seed(3); d = [random.randint(0, 30) for _ in range(100)]; sorted(keys, reverse=True) with a logging __lt__
    const data = [
      7, 18, 17, 4, 11, 29, 19, 15, 20, 18, 2, 19, 0, 29, 26, 15, 8, 17, 7, 6, 22, 15, 17, 26, 17, 15, 12, 20, 27, 4, 7,
      20, 4, 27, 29, 16, 12, 23, 0, 21, 24, 2, 5, 24, 30, 18, 1, 9, 24, 0, 26, 27, 8, 15, 19, 23, 29, 28, 12, 22, 25, 29,
      13, 12, 23, 25, 18, 14, 30, 29, 4, 28, 11, 3, 1, 4, 15, 6, 8, 30, 21, 13, 24, 20, 27, 9, 13, 16, 26, 12, 18, 11, 17,
      18, 13, 18, 7, 28, 10, 21,
    ];
    const expectedOrder = [
      44, 68, 79, 5, 13, 34, 56, 61, 69, 57, 71, 97, 28, 33, 51, 84, 14, 23, 50, 88, 60, 65, 40, 43, 48, 82, 37, 55, 64,
      20, 59, 39, 80, 99, 8, 27, 31, 83, 6, 11, 54, 1, 9, 45, 66, 90, 93, 95, 2, 17, 22, 24, 92, 35, 87, 7, 15, 21, 25, 53,
      76, 67, 62, 81, 86, 94, 26, 36, 58, 63, 89, 4, 72, 91, 98, 47, 85, 16, 52, 78, 0, 18, 30, 96, 19, 77, 42, 3, 29, 32,
      70, 75, 73, 10, 41, 46, 74, 12, 38, 49,
    ];
    const log: Array<[number, number]> = [];
    class Key {
      constructor(
        readonly v: number,
        readonly i: number,
      ) {}
      __lt__(other: Key): boolean {
        log.push([this.i, other.i]);
        return this.v < other.v;
      }
    }
    const out = sorted(
      data.map((v, i) => new Key(v, i)),
      { reverse: true },
    );
    expect(out.map((k) => k.i)).toEqual(expectedOrder);
    let hash = 0;
    for (const [a, b] of log) hash = Number((BigInt(hash) * 1000003n + BigInt(a * 1009 + b)) % 2147483647n);
    expect([log.length, hash]).toEqual([530, 870856028]);
  });
});

describe("min and max", () => {
  test("first extreme wins, key and default", () => {
    expect(repr(min(jobs, { key: (j) => j.duration }))).toBe("Job(alert,1,1)");
    expect(repr(max(jobs, { key: (j) => j.duration }))).toBe("Job(backup,2,30)");
    expect(max([], { default: "none" })).toBe("none");
    expect(min([4, 2, 8], { default: 0 })).toBe(2);
    expect(max(["abc", "abd"])).toBe("abd");
    expect(max([1, 3, 2], { key: (n) => -n })).toBe(1);
    expect(max(["aa", "b", "cc"], { key: (s) => s.length })).toBe("aa");
    expect(min(["aa", "b", "cc", "d"], { key: (s) => s.length })).toBe("b");
    const scores = new Map([["alice", 82], ["bob", 95], ["carol", 95], ["dave", 70]]);
    expect(max(scores, { key: (k) => scores.get(k) })).toBe("bob");
    expect(repr(max<number | boolean>([true, 0.5]))).toBe("True");
    expect(repr(max([3, 1, 3.0]))).toBe("3");
    expect(min([null], { default: 1 })).toBeNull();
  });
  test("errors", () => {
    expect(outcome(() => max([]))).toBe("ValueError: max() arg is an empty sequence");
    expect(outcome(() => min([]))).toBe("ValueError: min() arg is an empty sequence");
    expect(outcome(() => max<unknown>([1, "a"]))).toBe("TypeError: '>' not supported between instances of 'str' and 'int'");
    expect(outcome(() => min<unknown>(["b", 1]))).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
    expect(min([], { default: null })).toBeNull();
  });
});
