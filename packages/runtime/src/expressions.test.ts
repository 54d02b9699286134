import { asIntegerRatio, binaryOp, dictItems, floatFromHex, floatHex, getAttr, hash, hasAttr, setAttr, setUpdate, unaryOp } from "./expressions.js";

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

describe("binaryOp / unaryOp", () => {
  it("uses Python's numeric semantics for numbers", () => {
    // python3: -7 // 2, -7 % 3, 7 / 2, 2 ** -1, True & False, 1 << 40, True - 1 -> (-4, 2, 3.5, 0.5, False, 1099511627776, 0)
    expect([binaryOp("//", -7, 2), binaryOp("%", -7, 3), binaryOp("/", 7, 2), binaryOp("**", 2, -1)]).toEqual([-4, 2, 3.5, 0.5]);
    expect([binaryOp("&", true, false), binaryOp("<<", 1, 40), binaryOp("-", true, 1)]).toEqual([false, 1099511627776, 0]);
    expect(unaryOp("-", 5)).toBe(-5);
    expect(unaryOp("~", 5)).toBe(-6);
  });
  it("dispatches to dunders, reflected ones second", () => {
    class V {
      constructor(readonly x: number) {}
      __sub__(o: V): V {
        return new V(this.x - o.x);
      }
      __rmul__(k: number): V {
        return new V(this.x * k);
      }
      __neg__(): V {
        return new V(-this.x);
      }
    }
    expect((binaryOp("-", new V(5), new V(1)) as V).x).toBe(4);
    expect((binaryOp("*", 3, new V(2)) as V).x).toBe(6);
    expect((unaryOp("-", new V(2)) as V).x).toBe(-2);
  });
  it("raises TypeError like Python", () => {
    // python3: [1] - [2] -> TypeError: unsupported operand type(s) for -: 'list' and 'list'
    expect(() => binaryOp("-", [1], [2])).toThrow("unsupported operand type(s) for -: 'list' and 'list'");
    // python3: -"a" -> TypeError: bad operand type for unary -: 'str'
    expect(() => unaryOp("-", "a")).toThrow("bad operand type for unary -: 'str'");
  });
  it("set algebra and dict merge", () => {
    expect([...(binaryOp("-", new Set([1, 2]), new Set([2])) as Set<number>)]).toEqual([1]);
    expect([...(binaryOp("|", new Map([["a", 1]]), new Map([["b", 2]])) as Map<string, number>)]).toEqual([["a", 1], ["b", 2]]);
  });
});

describe("hash", () => {
  it("reproduces CPython's hashes of numbers and tuples (as the nearest double)", () => {
    // python3: hash((1, 2)), hash((1, 2.5, -1)), hash(()), hash(-1), hash(2**40)
    expect(hash([1, 2])).toBe(Number(-3550055125485641917n));
    expect(hash([1, 2.5, -1])).toBe(Number(-1302100659107094140n));
    expect(hash([])).toBe(Number(5740354900026072187n));
    expect(hash(-1)).toBe(-2);
    expect(hash(2 ** 40)).toBe(1099511627776);
  });
  it("keeps equal strings equal, calls __hash__, rejects unhashable values", () => {
    expect(hash("abc")).toBe(hash("ab" + "c"));
    expect(hash({ __hash__: () => 7 })).toBe(7);
    // python3: hash({}) -> TypeError: unhashable type: 'dict'
    expect(() => hash(new Map())).toThrow("unhashable type: 'dict'");
  });
});

describe("float.hex / as_integer_ratio / fromhex", () => {
  it("match CPython", () => {
    // python3: (0.1).hex(), (1.0).hex(), (0.0).hex(), (-2.5).hex(), (1e-320).hex(), float('inf').hex()
    expect([0.1, 1.0, 0.0, -2.5, 1e-320, Infinity].map(floatHex)).toEqual([
      "0x1.999999999999ap-4", "0x1.0000000000000p+0", "0x0.0p+0", "-0x1.4000000000000p+1", "0x0.00000000007e8p-1022", "inf",
    ]);
    // python3: (0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-3.0).as_integer_ratio() -> (1, 2) (3602879701896397, 36028797018963968) (-3, 1)
    expect(asIntegerRatio(0.5)).toEqual([1, 2]);
    expect(asIntegerRatio(0.1)).toEqual([3602879701896397, 36028797018963968]);
    expect(asIntegerRatio(-3)).toEqual([-3, 1]);
    // python3: float.fromhex('0x1.8p1'), float.fromhex('-0x.1p-2'), float.fromhex('0x1.999999999999ap-4') -> 3.0 -0.015625 0.1
    expect([floatFromHex("0x1.8p1"), floatFromHex("-0x.1p-2"), floatFromHex("0x1.999999999999ap-4")]).toEqual([3, -0.015625, 0.1]);
    expect(() => floatFromHex("zz")).toThrow("invalid hexadecimal floating-point string");
  });
});
