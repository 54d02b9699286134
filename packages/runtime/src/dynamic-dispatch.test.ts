import { callMethod, callValue, issubclassOf, maxOf, minOf } from "./dynamic-dispatch.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { Counter } from "./collections.js";

describe("callMethod", () => {
  test("dispatches on the Python type of the value", () => {
    expect(callMethod("  a,b ", "strip")).toBe("a,b");
    expect(callMethod("a,b", "split", ",")).toEqual(["a", "b"]);
    const tags = ["b"];
    expect(callMethod(tags, "append", "c")).toBeNull();
    expect(tags).toEqual(["b", "c"]);
    const m = new Map<string, number>([["port", 80]]);
    expect(callMethod(m, "get", "port")).toBe(80);
    expect(callMethod(m, "get", "host")).toBeNull();
    expect(callMethod(m, "get", "host", "-")).toBe("-");
    expect(callMethod(m, "setdefault", "n", 1)).toBe(1);
    expect([...(callMethod(m, "items") as Iterable<unknown>)]).toEqual([["port", 80], ["n", 1]]);
    const s = new Set([1]);
    callMethod(s, "add", 2);
    expect([...s]).toEqual([1, 2]);
  });
  test("methods of objects and runtime classes come first", () => {
    class Greeter {
      hello(name: string): string {
        return `hi ${name}`;
      }
    }
    expect(callMethod(new Greeter(), "hello", "x")).toBe("hi x");
    expect(callMethod(new Counter("aab"), "most_common", 1)).toEqual([["a", 2]]);
  });
  test("JavaScript's own methods are not Python's", () => {
    expect(() => callMethod(new Map(), "has", 1)).toThrow(AttributeError);
    expect(() => callMethod("x", "toUpperCase")).toThrow("'str' object has no attribute 'toUpperCase'");
    expect(() => callMethod(null, "strip")).toThrow("'NoneType' object has no attribute 'strip'");
  });
});

describe("callValue", () => {
  test("calls functions and constructs classes", () => {
    class Box {
      constructor(readonly v: number) {}
    }
    expect(callValue((a: number, b: number) => a + b, 1, 2)).toBe(3);
    expect(callValue(Box, 4)).toEqual(new Box(4));
    expect(() => callValue(3)).toThrow(TypeError);
  });
});

describe("builtins as values", () => {
  test("max and min take one iterable or several values", () => {
    expect(maxOf(3, 9, 4)).toBe(9);
    expect(maxOf([3, 9, 4])).toBe(9);
    expect(minOf("zyx")).toBe("x");
  });
  test("issubclass takes a class or a tuple of classes", () => {
    class Base {}
    class Derived extends Base {}
    expect(issubclassOf(Derived, Base)).toBe(true);
    expect(issubclassOf(Base, [Derived, Base])).toBe(true);
    expect(issubclassOf(Base, Derived)).toBe(false);
    expect(() => issubclassOf(3, Base)).toThrow("issubclass() arg 1 must be a class");
  });
});
