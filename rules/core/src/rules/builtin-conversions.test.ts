import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./builtin-conversions";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "len by container type",
      code: `
        xs = [1, 2]
        d = {"a": 1}
        print(len(xs), len(d), len(d.keys()), len("h\\u00e9\\U0001F600"), len({1}), len(b"ab"))
      `,
      output: `
        import { len } from "@py2ts/runtime";

        const xs: number[] = [1, 2];
        const d: Map<string, number> = new Map([["a", 1]]);
        console.log(
          \`\${xs.length} \${d.size} \${d.size} \${len("hé😀")} \${new Set([1]).size} \${new Uint8Array([97, 98]).length}\`,
        );
      `,
      exec: true,
    },
    {
      name: "str, repr, int, float and bool",
      code: `
        x = 2.0
        s = " 42 "
        print(str(x), str(3), repr("it's"), repr(x), int(s), int("ff", 16), int(-2.7), float("1e3"), bool([]), bool("x"), str(), int(), float())
      `,
      output: `
        import { float, int, repr, str } from "@py2ts/runtime";

        const x = 2;
        const s = " 42 ";
        console.log(
          \`\${str(x, "float")} \${String(3)} \${repr("it's")} \${repr(x, "float")} \${int(s)} \${int("ff", 16)} \${int(-2.7)} \${str(float("1e3"), "float")} \${[].length > 0 ? "True" : "False"} \${true ? "True" : "False"}  \${0} \${str(0, "float")}\`,
        );
      `,
      exec: true,
    },
    {
      name: "numbers: abs, round, divmod, pow",
      code: `
        print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(7, -1), divmod(-7, 2), divmod(7.5, 2), pow(2, 10), pow(3, 4, 5))
      `,
      output: `
        import { divmod, pow, round, str } from "@py2ts/runtime";

        console.log(
          \`\${Math.abs(-3)} \${str(Math.abs(-2.5), "float")} \${round(2.5, null, true)} \${round(3.5, null, true)} \${str(round(2.675, 2, true), "float")} \${round(7, -1)} \${str(divmod(-7, 2), "tuple[int, int]")} \${str(divmod(7.5, 2, true), "tuple[float, float]")} \${pow(2, 10)} \${pow(3, 4, 5)}\`,
        );
      `,
      exec: true,
    },
    {
      name: "characters and bases",
      code: `
        print(chr(97), ord("A"), hex(255), bin(-5), oct(8), format(3.14159, ".2f"), format(42, "08b"), ascii("caf\\u00e9"))
      `,
      output: `
        import { ascii, bin, chr, format, hex, oct, ord } from "@py2ts/runtime";

        console.log(
          \`\${chr(97)} \${ord("A")} \${hex(255)} \${bin(-5)} \${oct(8)} \${format(3.14159, ".2f", "float")} \${format(42, "08b")} \${ascii("café")}\`,
        );
      `,
      exec: true,
    },
    {
      name: "isinstance with builtin types",
      code: `
        values = [1, "a", [1], {"k": 1}, None]
        print([isinstance(v, str) for v in values], [isinstance(v, (list, dict)) for v in values], isinstance(True, int))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        const values: (Map<string, number> | number | number[] | null | string)[] = [
          1,
          "a",
          [1],
          new Map([["k", 1]]),
          null,
        ];
        console.log(
          \`\${str(values.map((v) => typeof v === "string"))} \${str(values.map((v) => Array.isArray(v) || v instanceof Map))} \${typeof true === "boolean" || Number.isInteger(true) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "type(x).__name__",
      code: `
        print(type(1.0).__name__, type((1, 2)).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
      `,
      output: `
        import { str, typeName } from "@py2ts/runtime";

        console.log(
          \`\${str(typeName(1, "float"))} \${str(typeName([1, 2] as const, "tuple[int, int]"))} \${str(typeName("s", "str"))} \${str(typeName([], "list[object]"))} \${str(typeName(null, "None"))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "hash of numbers and tuples, and in __hash__",
      code: `
        class P:
            def __init__(self, parts):
                self.parts = parts

            def __hash__(self):
                return hash(self.parts)


        print(hash(7), hash(-1), hash((1, 2)) == hash((1, 2)), hash(P((1, 2))) == hash((1, 2)))
      `,
      output: `
        import { hash } from "@py2ts/runtime";

        class P {
          declare parts: readonly [number, number];
          constructor(parts: readonly [number, number]) {
            this.parts = parts;
          }
          __hash__(): number {
            return hash(this.parts);
          }
        }

        console.log(
          \`\${hash(7)} \${hash(-1)} \${hash([1, 2] as const) === hash([1, 2] as const) ? "True" : "False"} \${hash(new P([1, 2] as const)) === hash([1, 2] as const) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "interpreter-dependent builtins",
      code: `
        x = [1]
        print(id(x), vars())
      `,
      errors: [{ messageId: "untranslatable", line: 2 }, { messageId: "untranslatable", line: 2 }],
    },
    {
      name: "isinstance cannot tell an integral float from an int",
      code: `
        x = 1 if len("a") else 2.5
        print(isinstance(x, float))
      `,
      errors: [{ messageId: "approximateIsinstance", line: 2 }],
    },
    {
      name: "arguments that cannot be bound",
      code: `
        print(len([1], [2]))
      `,
      errors: [{ messageId: "unbindable", line: 1 }],
    },
  ],
});
