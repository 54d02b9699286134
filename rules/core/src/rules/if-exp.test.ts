import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./if-exp";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "conditional expressions test Python truthiness",
      code: `
        def label(items):
            return "some" if items else "none"


        print(label([1]), label([]))
      `,
      output: `
        function label(items: number[]): string {
          return items.length > 0 ? "some" : "none";
        }

        console.log(\`\${label([1])} \${label([])}\`);
      `,
      exec: true,
    },
  ],
});
