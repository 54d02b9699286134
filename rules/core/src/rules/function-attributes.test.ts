import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./function-attributes";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "__name__ and __doc__ of known functions",
      code: `
        def describe():
            """Describe things."""
            return 1


        alias = describe
        square = lambda x: x * x
        print(alias.__name__, describe.__doc__, square.__name__, square(3))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        /** Describe things. */
        function describe(): number {
          return 1;
        }

        const alias = describe;
        const square = (x: number) => x * x;
        console.log(\`\${str("describe")} \${str("Describe things.")} \${str("<lambda>")} \${square(3)}\`);
      `,
      exec: true,
    },
  ],
});
