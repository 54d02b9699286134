import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./comparisons";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "primitives compare with === and JS ordering",
      code: `
        x = len("hello")
        name = "web"
        print(x == 5, x != 5, x < 10, x >= 5.0, name == "web", name < "z", 1 == True)
      `,
      output: `
        import { len } from "@py2ts/runtime";

        const x = len("hello");
        const name = "web";
        console.log(
          \`\${x === 5 ? "True" : "False"} \${x !== 5 ? "True" : "False"} \${x < 10 ? "True" : "False"} \${x >= 5 ? "True" : "False"} \${name === "web" ? "True" : "False"} \${name < "z" ? "True" : "False"} \${1 === 1 ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "chains evaluate each operand once",
      code: `
        x = len("hello")
        print(1 < x < 10, 1 < x > 3, 0 < len([1, 2]) <= 2 < 3, x == 5 == 5.0)
      `,
      output: `
        import { len } from "@py2ts/runtime";

        const x = len("hello");
        console.log(
          \`\${1 < x && x < 10 ? "True" : "False"} \${1 < x && x > 3 ? "True" : "False"} \${((v0, v1) => v0 < v1 && v1 <= 2 && 2 < 3)(0, [1, 2].length) ? "True" : "False"} \${x === 5 && 5 === 5 ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "containers compare deeply, strings by code point",
      code: `
        a = [1, 2]
        b = [1, 2]
        t = (1, "a")
        print(a == b, a is b, a != [2], t < (1, "b"), [1, 2] < [1, 3], "\\U0001F600" > "\\uFFFF")
      `,
      output: `
        import { eq, gt, lt, ne } from "@py2ts/runtime";

        const a: number[] = [1, 2];
        const b: number[] = [1, 2];
        const t: readonly [number, string] = [1, "a"] as const;
        console.log(
          \`\${eq(a, b) ? "True" : "False"} \${a === b ? "True" : "False"} \${ne(a, [2]) ? "True" : "False"} \${lt(t, [1, "b"] as const) ? "True" : "False"} \${lt([1, 2], [1, 3]) ? "True" : "False"} \${gt("😀", "￿") ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "membership by container type",
      code: `
        words = ["a", "b"]
        d = {"k": 1}
        s = {1, 2}
        print("a" in words, "c" not in words, "k" in d, "k" in d.keys(), 2 in s, "ell" in "hello", (1, 2) in [(1, 2)], 1 in range(3))
      `,
      output: `
        import { contains, range } from "@py2ts/runtime";

        const words: string[] = ["a", "b"];
        const d: Map<string, number> = new Map([["k", 1]]);
        const s: Set<number> = new Set([1, 2]);
        console.log(
          \`\${words.includes("a") ? "True" : "False"} \${!words.includes("c") ? "True" : "False"} \${d.has("k") ? "True" : "False"} \${d.has("k") ? "True" : "False"} \${s.has(2) ? "True" : "False"} \${"hello".includes("ell") ? "True" : "False"} \${contains([[1, 2] as const], [1, 2] as const) ? "True" : "False"} \${contains(range(3), 1) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "identity against None",
      code: `
        value = None
        items = [1]
        print(value is None, value is not None, items is not None)
      `,
      output: `
        const value: null = null;
        const items: number[] = [1];
        console.log(
          \`\${value === null ? "True" : "False"} \${value !== null ? "True" : "False"} \${items !== null ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "type(x) compared with a builtin type",
      code: `
        vals = [1, "a", [1], 2.5, True]
        print([type(v) == int for v in vals], [type(v) is str for v in vals], [type(v) != list for v in vals])
      `,
      output: `
        import { str, typeName } from "@py2ts/runtime";

        const vals: (boolean | number | number[] | string)[] = [1, "a", [1], 2.5, true];
        console.log(
          \`\${str(vals.map((v) => typeName(v, "bool | float | int | list[int] | str") === "int"))} \${str(vals.map((v) => typeName(v, "bool | float | int | list[int] | str") === "str"))} \${str(vals.map((v) => typeName(v, "bool | float | int | list[int] | str") !== "list"))}\`,
        );
      `,
      exec: true,
    },
  ],
});
