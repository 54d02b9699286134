import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./print";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "arguments are all evaluated before any is printed",
      code: `
        d = {"port": 5432}
        print(d, d.get("missing"), d.setdefault("ssl", False))
        items = [3, 1, 2]
        print(items, items.pop(), len(items))
        print(items, sorted(items))
      `,
      output: `
        import { dictGet, pop, setdefault, sorted, str } from "@py2ts/runtime";

        const d: Map<string, boolean | number> = new Map([["port", 5432]]);
        ((
          value: Map<string, boolean | number>,
          value_1: boolean | number | null,
          value_2: boolean | number,
        ) => console.log(\`\${str(value)} \${str(value_1)} \${str(value_2)}\`))(
          d,
          dictGet(d, "missing"),
          setdefault(d, "ssl", false),
        );
        const items: number[] = [3, 1, 2];
        ((value_3: number[], value_4: number, value_5: number) =>
          console.log(\`\${str(value_3)} \${value_4} \${value_5}\`))(items, pop(items), items.length);
        console.log(\`\${str(items)} \${str(sorted(items))}\`);
      `,
      exec: true,
    },
    {
      name: "keyword mappings (**opts) are merged with the keywords in call order",
      code: `
        opts = {"sep": "-", "end": "!\\n"}
        print(*"abc", **opts)
        print(1, 2, sep="+", **{"end": "?\\n"})
      `,
      output: `
        import { printOptions, printWith } from "@py2ts/runtime";

        const opts: Map<string, string> = new Map([
          ["sep", "-"],
          ["end", "!\\n"],
        ]);
        printWith(printOptions(opts), ..."abc");
        printWith(printOptions([["sep", "+"]], new Map([["end", "?\\n"]])), 1, 2);
      `,
      exec: true,
    },
    {
      name: "strings and ints are embedded as they are",
      code: `
        name = "db"
        port = 5432
        print(name, port)
      `,
      output: `
        const name = "db";
        const port = 5432;
        console.log(\`\${name} \${port}\`);
      `,
      exec: true,
    },
    {
      name: "sep, end and file",
      code: `
        import sys
        print("a", "b", sep="-", end="!")
        print("oops", file=sys.stderr)
        print()
      `,
      output: `
        process.stdout.write("a-b!");
        console.error("oops");
        console.log();
      `,
    },
  ],
});
