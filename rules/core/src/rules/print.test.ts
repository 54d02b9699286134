import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./print";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
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
