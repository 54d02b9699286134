import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./displays";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "bools and numbers as keys of one dict or set are equal by value",
      code: `
        mixed = {"b": 1, 1: "one", True: "bool"}
        print(mixed, mixed[1], len(mixed))
        s = {1, True, 0, False}
        print(len(s))
      `,
      output: `
        import { KeyMap, KeySet, getItem, str } from "@py2ts/runtime";

        const mixed: Map<boolean | number | string, number | string> = new KeyMap<
          boolean | number | string,
          number | string
        >([
          ["b", 1],
          [1, "one"],
          [true, "bool"],
        ]);
        console.log(\`\${str(mixed)} \${str(getItem(mixed, 1))} \${mixed.size}\`);
        const s: Set<boolean | number> = new KeySet<boolean | number>([1, true, 0, false]);
        console.log(\`\${s.size}\`);
      `,
      exec: true,
    },
    {
      name: "instances of classes with equality are set members and dict keys by value",
      code: `
        from dataclasses import dataclass
        @dataclass(frozen=True)
        class Host:
            name: str
        a = Host("web")
        print({a, Host("web"), Host("db")} == {Host("db"), a}, len({Host("x"): 1, Host("x"): 2}))
      `,
      output: `
        import {
          KeyMap,
          KeySet,
          dataclassEq,
          dataclassHash,
          dataclassRepr,
          eq,
          finishDataclass,
          registerDataclass,
        } from "@py2ts/runtime";

        class Host {
          declare name: string;
          constructor(name: string) {
            this.name = name;
            finishDataclass(this, Host, new.target);
          }
          __repr__(): string {
            return dataclassRepr(this);
          }
          __eq__(other: unknown): boolean | symbol {
            return dataclassEq(this, other);
          }
          __hash__(): number {
            return dataclassHash(this);
          }
        }
        registerDataclass(
          Host,
          [{ name: "name", init: true, repr: true, compare: true, hint: null }],
          true,
        );
        const a = new Host("web");
        console.log(
          \`\${eq(new KeySet([a, new Host("web"), new Host("db")]), new KeySet([new Host("db"), a])) ? "True" : "False"} \${
            new KeyMap([
              [new Host("x"), 1],
              [new Host("x"), 2],
            ]).size
          }\`,
        );
      `,
      exec: true,
    },
    {
      name: "lists and tuples are arrays; starred items spread what Python iterates",
      code: `
        xs = [1, 2]
        d = {"a": 1}
        print([0, *xs, *"ab", *d], (1, "x"), (), [*range(3)])
      `,
      output: `
        import { range, str } from "@py2ts/runtime";

        const xs: number[] = [1, 2];
        const d: Map<string, number> = new Map([["a", 1]]);
        console.log(
          \`\${str([0, ...xs, ..."ab", ...d.keys()])} \${str([1, "x"] as const, "tuple[int, str]")} \${str([], "tuple[()]")} \${str([...range(3)])}\`,
        );
      `,
      exec: true,
    },
    {
      name: "dicts are Maps in insertion order, ** merges",
      code: `
        base = {"404": 1, "200": 2}
        merged = {**base, "500": 3, "404": 9}
        print(merged, {}, {1: [1.5]})
      `,
      output: `
        import { str } from "@py2ts/runtime";

        const base: Map<string, number> = new Map([
          ["404", 1],
          ["200", 2],
        ]);
        const merged: Map<string, number> = new Map([...base.entries(), ["500", 3], ["404", 9]]);
        console.log(
          \`\${str(merged)} \${str(new Map<unknown, unknown>())} \${str(new Map([[1, [1.5]]]), "dict[int, list[float]]")}\`,
        );
      `,
      exec: true,
    },
    {
      name: "sets, and tuple keys and members compared by value",
      code: `
        pairs = {(1, 2): "a"}
        print({3, 1, 2}, pairs[(1, 2)], (1, 2) in {(1, 2), (3, 4)})
      `,
      output: `
        import { KeyMap, KeySet, contains, getItem, str } from "@py2ts/runtime";

        const pairs: Map<readonly [number, number], string> = new KeyMap<readonly [number, number], string>(
          [[[1, 2] as const, "a"]],
        );
        console.log(
          \`\${str(new Set([3, 1, 2]))} \${getItem(pairs, [1, 2] as const)} \${
            contains(new KeySet<readonly [number, number]>([[1, 2] as const, [3, 4] as const]), [
              1, 2,
            ] as const)
              ? "True"
              : "False"
          }\`,
        );
      `,
      exec: true,
    },
  ],
});
