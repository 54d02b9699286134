import { format, parseFormatSpec } from "./format-spec.js";
import { outcome } from "./test-support.js";

describe("format() beyond scalars", () => {
  test("the specs named in the contract", () => {
    // f"{'ops':>8}|{'ops':<10}|{3.14159:.2f}|{1234567:,}|{42:08d}|{'x'!r}|{0.000012345:g}|{0.256:.1%}|{255:#010x}|{42:+d}"
    expect(format("ops", ">8")).toBe("     ops");
    expect(format("ops", "<10")).toBe("ops       ");
    expect(format(3.14159, ".2f")).toBe("3.14");
    expect(format(1234567, ",")).toBe("1,234,567");
    expect(format(1234.0, ",", "float")).toBe("1,234.0");
    expect(format(42, "08d")).toBe("00000042");
    expect(format(0.000012345, "g")).toBe("1.2345e-05");
    expect(format(0.256, ".1%")).toBe("25.6%");
    expect(format(255, "#010x")).toBe("0x000000ff");
    expect(format(42, "+d")).toBe("+42");
    expect(format(2.0, "", "float")).toBe("2.0");
    expect(format(2.0)).toBe("2");
  });
  test("objects: __format__, str() for an empty spec, TypeError otherwise", () => {
    const money = {
      __format__(spec: string): string {
        return spec === "" ? "$1" : `$1 (${spec})`;
      },
    };
    expect(format(money, "")).toBe("$1");
    expect(format(money, ">10")).toBe("$1 (>10)");
    expect(format([1.5, 2.5], "", "list[float]")).toBe("[1.5, 2.5]");
    expect(outcome(() => format([1], ">5"))).toBe("TypeError: unsupported format string passed to list.__format__");
    expect(outcome(() => format(new Map(), "x"))).toBe("TypeError: unsupported format string passed to dict.__format__");
    expect(format(null)).toBe("None");
  });
  test("parseFormatSpec", () => {
    expect(parseFormatSpec("*^+#012,.3f", "float", ">")).toEqual({
      fill: "*",
      align: "^",
      sign: "+",
      noNegativeZero: false,
      alternate: true,
      width: 12,
      grouping: ",",
      precision: 3,
      type: "f",
    });
    expect(outcome(() => parseFormatSpec(".", "int", ">"))).toBe("ValueError: Format specifier missing precision");
    expect(outcome(() => parseFormatSpec(",_d", "int", ">"))).toBe("ValueError: Cannot specify both ',' and '_'.");
  });
});
