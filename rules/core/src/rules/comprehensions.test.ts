import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./comprehensions";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "an assignment expression in the test keeps Python's order (a loop, not filter then map)",
      code: `
        data = ["10", "x", "25", "7"]
        parsed = [v for s in data if s.isdigit() and (v := int(s)) > 8]
        print(parsed, v)
      `,
      output: `
        import { bound, int, isdigit, str, unboundName } from "@py2ts/runtime";

        const data: string[] = ["10", "x", "25", "7"];
        let v: number = unboundName("v");
        const parsed: number[] = (() => {
          const result: number[] = [];
          for (const s of data) {
            if (isdigit(s) && (v = int(s)) > 8) {
              result.push(bound(v));
            }
          }
          return result;
        })();
        console.log(\`\${str(parsed)} \${v}\`);
      `,
      exec: true,
    },
    {
      name: "one clause over a list: array methods",
      code: `
        xs = [3, 1, 2]
        print([x * 2 for x in xs], [x for x in xs if x > 1], [str(x) for x in xs if x % 2 if x > 1])
      `,
      output: `
        import { mod, str } from "@py2ts/runtime";

        const xs: number[] = [3, 1, 2];
        console.log(
          \`\${str(xs.map((x) => x * 2))} \${str(xs.filter((x) => x > 1))} \${str(xs.filter((x) => mod(x, 2) !== 0 && x > 1).map((x) => String(x)))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "several clauses, destructuring and other iterables: a loop",
      code: `
        pairs = {"a": 1, "b": 2}
        print([(k, v) for k, v in pairs.items()], [c + d for c in "ab" for d in "xy" if c != d], [i for i in range(10) if i % 3 == 0])
      `,
      output: `
        import { mod, range, str } from "@py2ts/runtime";

        const pairs: Map<string, number> = new Map([
          ["a", 1],
          ["b", 2],
        ]);
        console.log(
          \`\${str(
            (() => {
              const result: (readonly [string, number])[] = [];
              for (const [k, v] of pairs) {
                result.push([k, v] as const);
              }
              return result;
            })(),
            "list[tuple[str, int]]",
          )} \${str(
            (() => {
              const result_1: string[] = [];
              for (const c of "ab") {
                for (const d of "xy") {
                  if (c !== d) {
                    result_1.push(c + d);
                  }
                }
              }
              return result_1;
            })(),
          )} \${str(
            (() => {
              const result_2: number[] = [];
              for (const i of range(10)) {
                if (mod(i, 3) === 0) {
                  result_2.push(i);
                }
              }
              return result_2;
            })(),
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "set and dict comprehensions",
      code: `
        words = ["apple", "bob", "avocado"]
        print({w[0] for w in words}, {w: len(w) for w in words if len(w) > 3}, {k: v for k, v in [("x", 1)]})
      `,
      output: `
        import { at, len, str } from "@py2ts/runtime";

        const words: string[] = ["apple", "bob", "avocado"];
        console.log(
          \`\${str(new Set<string>(words.map((w) => at(w, 0))))} \${str(new Map<string, number>(words.filter((w) => len(w) > 3).map((w) => [w, len(w)])))} \${str(
            (() => {
              const result = new Map<string, number>();
              for (const [k, v] of [["x", 1] as const]) {
                result.set(k, v);
              }
              return result;
            })(),
          )}\`,
        );
      `,
      exec: true,
    },
    {
      name: "generator expressions are lazy; consumed whole they are arrays",
      code: `
        xs = [1, 2, 3]
        gen = (x * x for x in xs)
        print(next(gen), list(gen), sum(x for x in xs), ",".join(str(x) for x in xs), any(x > 2 for x in xs), all(x > 0 for x in xs if x != 2))
      `,
      output: `
        import { next, str, sum } from "@py2ts/runtime";

        const xs: number[] = [1, 2, 3];
        const gen = (function* (): Generator<number, void, unknown> {
          for (const x of xs) {
            yield x * x;
          }
        })();
        console.log(
          \`\${next(gen)} \${str([...gen])} \${sum(xs.slice())} \${xs.map((x) => String(x)).join(",")} \${xs.some((x) => x > 2) ? "True" : "False"} \${xs.every((x) => !(x !== 2) || x > 0) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "attribute targets are not supported",
      code: `
        class C:
            pass
        c = C()
        xs = [1 for c.x in [1]]
      `,
      errors: [{ messageId: "unsupportedTarget", line: 4 }],
    },
  ],
});
