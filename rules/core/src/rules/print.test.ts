import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./print";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
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
