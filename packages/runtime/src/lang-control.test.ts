// Expected values were obtained by running the same operations with python3 (3.11).
import { BaseException, StopIteration, ValueError } from "./exceptions.js";
import { unpack } from "./compiler-support.js";
import { bound, generatorClose, generatorSend, generatorThrow, keepOpen, sizeGuarded, keywordArgs, positionalArgs, raiseError, unpackStarred } from "./lang-control.js";
import { unboundName } from "./unbound.js";
import { next } from "./iteration.js";
import { range } from "./range.js";

function outcome(f: () => unknown): unknown {
  try {
    return f();
  } catch (e) {
    if (e instanceof BaseException) return `${e.name}: ${e.message}`;
    throw e;
  }
}

describe("unpack", () => {
  test("exact count", () => {
    expect(unpack([1, 2], 2)).toEqual([1, 2]);
    expect(unpack("ab", 2)).toEqual(["a", "b"]);
    expect(unpack(new Map([["a", 1], ["b", 2]]), 2)).toEqual(["a", "b"]);
  });
  test("Python's messages", () => {
    expect(outcome(() => unpack([1, 2, 3], 2))).toBe("ValueError: too many values to unpack (expected 2)");
    expect(outcome(() => unpack([1], 2))).toBe("ValueError: not enough values to unpack (expected 2, got 1)");
    expect(outcome(() => unpack([], 2))).toBe("ValueError: not enough values to unpack (expected 2, got 0)");
    expect(outcome(() => unpack(5, 2))).toBe("TypeError: cannot unpack non-iterable int object");
  });
  test("starred", () => {
    expect(unpackStarred(range(6), 1, 1)).toEqual([[0], [1, 2, 3, 4], [5]]);
    expect(unpackStarred("abcd", 0, 1)).toEqual([[], ["a", "b", "c"], ["d"]]);
    expect(unpackStarred([1], 1, 0)).toEqual([[1], [], []]);
    expect(outcome(() => unpackStarred([1], 2, 0))).toBe("ValueError: not enough values to unpack (expected at least 2, got 1)");
  });
});

describe("generators", () => {
  function* g(log: string[]): Generator<number, string, number> {
    try {
      const x = yield 1;
      log.push(`got ${x}`);
      yield x * 2;
    } finally {
      log.push("fin");
    }
    return "r";
  }

  test("send and StopIteration.value", () => {
    const log: string[] = [];
    const it = g(log);
    expect(next(it)).toBe(1);
    expect(generatorSend(it, 5)).toBe(10);
    let stop: unknown = null;
    try {
      generatorSend(it, 7);
    } catch (e) {
      stop = e;
    }
    expect(stop).toBeInstanceOf(StopIteration);
    expect((stop as StopIteration).value).toBe("r");
    expect(log).toEqual(["got 5", "fin"]);
  });

  test("close runs finally; the generator is then exhausted", () => {
    const log: string[] = [];
    const it = g(log);
    next(it);
    expect(generatorClose(it)).toBeNull();
    expect(log).toEqual(["fin"]);
    expect(next(it, "done")).toBe("done");
  });

  test("throw raises at the yield", () => {
    const log: string[] = [];
    const it = g(log);
    next(it);
    expect(outcome(() => generatorThrow(it, new ValueError("v")))).toBe("ValueError: v");
    expect(log).toEqual(["fin"]);
  });

  test("keepOpen: a break does not close the generator", () => {
    function* h(): Generator<number, void, unknown> {
      yield 1;
      yield 2;
      yield 3;
    }
    const gen = h();
    for (const x of keepOpen(gen)) {
      expect(x).toBe(1);
      break;
    }
    expect([...gen]).toEqual([2, 3]);
  });
});

describe("raising from expressions", () => {
  test("raiseError", () => {
    expect(outcome(() => raiseError(new ValueError("bad")))).toBe("ValueError: bad");
  });
});

describe("argument lists", () => {
  // messages from python3: def g(a, b) / def f(a, b=2, *args) called with g(*[1]), g(*[1, 2, 3]), f(*[])
  test("positionalArgs checks the count like Python", () => {
    expect(positionalArgs("g", [1, 2], ["a", "b"], 2, false)).toEqual([1, 2]);
    expect(outcome(() => positionalArgs("g", [1], ["a", "b"], 2, false))).toBe("TypeError: g() missing 1 required positional argument: 'b'");
    expect(outcome(() => positionalArgs("g", [], ["a", "b"], 2, false))).toBe("TypeError: g() missing 2 required positional arguments: 'a' and 'b'");
    expect(outcome(() => positionalArgs("g", [1, 2, 3], ["a", "b"], 2, false))).toBe("TypeError: g() takes 2 positional arguments but 3 were given");
    expect(outcome(() => positionalArgs("f", [], ["a", "b"], 1, true))).toBe("TypeError: f() missing 1 required positional argument: 'a'");
    expect(positionalArgs("f", [1, 2, 3, 4], ["a", "b"], 1, true)).toEqual([1, 2, 3, 4]);
  });
  test("keywordArgs merges in call order and rejects duplicates", () => {
    const merged = keywordArgs<boolean | string>("__main__.show", [["flag", true]], new Map([["sep", "-"]]));
    expect([...merged]).toEqual([["flag", true], ["sep", "-"]]);
    expect(outcome(() => keywordArgs("__main__.show", new Map([["a", 1]]), [["a", 2]]))).toBe(
      "TypeError: __main__.show() got multiple values for keyword argument 'a'",
    );
  });
});

describe("unbound reads", () => {
  test("bound passes values and raises for the unbound stand-in", () => {
    expect(bound(3)).toBe(3);
    const f = () => 1;
    expect(bound(f)).toBe(f);
    expect(outcome(() => bound(unboundName("last", true)))).toBe(
      "UnboundLocalError: cannot access local variable 'last' where it is not associated with a value",
    );
    expect(outcome(() => bound(unboundName("v")))).toBe("NameError: name 'v' is not defined");
  });
});

describe("sizeGuarded", () => {
  // python3: d = {"a": 1}; for k in d: d["b"] = 2 -> RuntimeError: dictionary changed size during iteration
  it("raises RuntimeError at the step after the size changed, like Python", () => {
    const d = new Map([["a", 1]]);
    const seen: string[] = [];
    expect(() => {
      for (const k of sizeGuarded(d, d.keys(), "dictionary")) {
        seen.push(k);
        d.set(`${k}!`, 2);
      }
    }).toThrow("dictionary changed size during iteration");
    expect(seen).toEqual(["a"]);
  });

  it("lets values change and a loop that stops early end quietly", () => {
    const d = new Map([["a", 1], ["b", 2]]);
    for (const [k, v] of sizeGuarded(d, d.entries(), "dictionary")) d.set(k, v + 1);
    expect([...d.values()]).toEqual([2, 3]);
    for (const k of sizeGuarded(d, d.keys(), "dictionary")) {
      d.delete(k);
      break;
    }
    expect(d.size).toBe(1);
  });
});
