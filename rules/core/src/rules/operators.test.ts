import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./operators";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "keys and items views take the set operators",
      code: `
        a = {"x": 1, "y": 2, "z": 3}
        b = {"y": 5}
        seen = {"z"}
        for k in sorted(a.keys() - b.keys()):
            print(k)
        print(sorted(a.keys() & b.keys()), sorted(a.keys() | seen), sorted(a.keys() ^ {"y", "w"}), sorted(seen - a.keys()))
        print(sorted(a.items() - {("x", 1)}))
      `,
      output: `
        import {
          KeySet,
          difference,
          intersection,
          sorted,
          str,
          symmetricDifference,
          union,
        } from "@py2ts/runtime";

        const a: Map<string, number> = new Map([
          ["x", 1],
          ["y", 2],
          ["z", 3],
        ]);
        const b: Map<string, number> = new Map([["y", 5]]);
        const seen: Set<string> = new Set(["z"]);
        for (const k of sorted(difference(new Set(a.keys()), b.keys()))) {
          console.log(\`\${k}\`);
        }
        console.log(
          \`\${str(sorted(intersection(new Set(a.keys()), b.keys())))} \${str(sorted(union(new Set(a.keys()), seen)))} \${str(sorted(symmetricDifference(new Set(a.keys()), new Set(["y", "w"]))))} \${str(sorted(difference(seen, a.keys())))}\`,
        );
        console.log(
          \`\${str(
            sorted(
              difference(
                new KeySet<readonly [string, number]>(a.entries()),
                new KeySet<readonly [string, number]>([["x", 1] as const]),
              ),
            ),
            "list[tuple[str, int]]",
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "floor division, modulo and true division follow Python on negatives",
      code: `
        a, b = 7, -2
        print(a // 2, a // b, a % b, -7.5 // 2, 7.5 % -2, a / b, 6 / 3)
      `,
      output: `
        import { floordiv, mod, str, truediv } from "@py2ts/runtime";

        const a = 7;
        const b = -2;
        console.log(
          \`\${Math.floor(a / 2)} \${floordiv(a, b)} \${mod(a, b)} \${str(floordiv(-7.5, 2, true), "float")} \${str(mod(7.5, -2, true), "float")} \${str(truediv(a, b), "float")} \${str(6 / 3, "float")}\`,
        );
      `,
      exec: true,
    },
    {
      name: "powers, booleans as numbers and unary operators",
      code: `
        f = 2.5
        n = len("abc")
        print(f ** 2, (-2) ** 3, -2 ** 2, 2 ** 10, pow(3, 4), True + True, -n, +n, ~n, not n)
      `,
      output: `
        import { invert, len, pow, str } from "@py2ts/runtime";

        const f = 2.5;
        const n = len("abc");
        console.log(
          \`\${str(f ** 2, "float")} \${Math.pow(-2, 3)} \${-(2 ** 2)} \${2 ** 10} \${pow(3, 4)} \${1 + 1} \${-n} \${n} \${invert(n)} \${!(n !== 0) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "bitwise operators beyond 32 bits",
      code: `
        x = 0b1100_1010
        print(x << 40, 0xFFFFFFFF & 0x0F0F0F0F, x | 1 << 33, -x >> 1, x ^ 0xFF)
      `,
      output: `
        import { bitand, bitor, bitxor, lshift, rshift } from "@py2ts/runtime";

        const x = 202;
        console.log(
          \`\${lshift(x, 40)} \${bitand(4294967295, 252645135)} \${bitor(x, lshift(1, 33))} \${rshift(-x, 1)} \${bitxor(x, 255)}\`,
        );
      `,
      exec: true,
    },
    {
      name: "sequence concatenation and repetition",
      code: `
        xs = [1, 2]
        t = (3,)
        print("ab" * 3, 3 * "-", xs * 2, xs + [3], t + t, "a" + "b")
      `,
      output: `
        import { repeat, str } from "@py2ts/runtime";

        const xs: number[] = [1, 2];
        const t: readonly [number] = [3] as const;
        console.log(
          \`\${"ab".repeat(3)} \${"-".repeat(3)} \${str(repeat(xs, 2))} \${str([...xs, ...[3]])} \${str([...t, ...t], "tuple[int, int]")} \${"a" + "b"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "printf-style formatting",
      code: `
        name = "db"
        ratio = 0.4567
        print("%s: %5.1f%%" % (name, ratio * 100), "%d items" % 3, "%r" % name)
      `,
      output: `
        import { percentFormat } from "@py2ts/runtime";

        const name = "db";
        const ratio = 0.4567;
        console.log(
          \`\${percentFormat("%s: %5.1f%%", [name, ratio * 100] as const, "tuple[str, float]")} \${percentFormat("%d items", 3)} \${percentFormat("%r", name)}\`,
        );
      `,
      exec: true,
    },
    {
      name: "set algebra",
      code: `
        s = {1, 2, 3}
        t = {3, 4}
        print(s | t, s & t, s - t, s ^ t)
      `,
      output: `
        import { difference, intersection, str, symmetricDifference, union } from "@py2ts/runtime";

        const s: Set<number> = new Set([1, 2, 3]);
        const t: Set<number> = new Set([3, 4]);
        console.log(
          \`\${str(union(s, t))} \${str(intersection(s, t))} \${str(difference(s, t))} \${str(symmetricDifference(s, t))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "ZeroDivisionError like Python",
      code: `
        import sys
        n = 0
        total = 10
        print(total / n)
      `,
      output: `
        import { str, truediv } from "@py2ts/runtime";

        const n = 0;
        const total = 10;
        console.log(\`\${str(truediv(total, n), "float")}\`);
      `,
      exec: true,
    },
    {
      name: "user classes and other types dispatch like Python at run time",
      code: `
        class V:
            def __init__(self, x):
                self.x = x
            def __add__(self, o):
                return V(self.x + o.x)
            def __sub__(self, o):
                return V(self.x - o.x)
            def __mul__(self, k):
                return V(self.x * k)
            def __rmul__(self, k):
                return V(self.x * k)
            def __neg__(self):
                return V(-self.x)
            def __repr__(self):
                return f"V({self.x})"
        a, b = V(1), V(5)
        print(a + b, b - a, a * 3, 2 * a, -a)
        try:
            print([1] - [2])
        except TypeError as e:
            print("TypeError:", e)
      `,
      output: `
        import { TypeError, add, binaryOp, mul, str, toPyException, unaryOp } from "@py2ts/runtime";

        // py2ts PY2TS4401: the type of attribute 'x' could not be inferred; it is declared as unknown
        // py2ts PY2TS4402: the type of parameter 'x' could not be inferred; it is declared as unknown
        class V {
          declare x: unknown;
          constructor(x: unknown) {
            this.x = x;
          }
          __add__(o: V): V {
            // py2ts PY2TS4301: the operand types of 'self.x + o.x' are not known; '+' is translated as the runtime's generic '+'
            return new V(add(this.x, o.x));
          }
          __sub__(o: V): V {
            // py2ts PY2TS4301: the operand types of 'self.x - o.x' are not known; '-' is translated as Python's run-time operator dispatch
            return new V(binaryOp("-", this.x, o.x));
          }
          __mul__(k: V): V {
            // py2ts PY2TS4301: the operand types of 'self.x * k' are not known; '*' is translated as the runtime's generic '*'
            return new V(mul(this.x, k));
          }
          __rmul__(k: V): V {
            // py2ts PY2TS4301: the operand types of 'self.x * k' are not known; '*' is translated as the runtime's generic '*'
            return new V(mul(this.x, k));
          }
          __neg__(): V {
            // py2ts PY2TS4301: the operand types of '-self.x' are not known; '-' is translated as Python's run-time operator dispatch
            return new V(unaryOp("-", this.x));
          }
          __repr__(): string {
            return \`V(\${str(this.x)})\`;
          }
        }
        const a = new V(1);
        const b = new V(5);
        console.log(
          \`\${str(add(a, b))} \${str(binaryOp("-", b, a))} \${str(mul(a, 3))} \${str(mul(2, a))} \${str(unaryOp("-", a) as V)}\`,
        );
        try {
          console.log(\`\${str(binaryOp("-", [1], [2]))}\`);
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof TypeError) {
            const e = exc;
            console.log(\`TypeError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "negative int powers are floats",
      code: `
        print(2 ** -1)
      `,
      errors: [{ messageId: "negativePower", line: 1 }],
    },
    {
      name: "operands of unknown type",
      code: `
        x = [][0]
        y = x - 1
      `,
      errors: [{ messageId: "unknownOperands", line: 2 }],
    },
  ],
});
