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
        print(alias.__name__, describe.__doc__, square.__name__)
      `,
      output: `
        import { mul, str } from "@py2ts/runtime";

        /** Describe things. */
        function describe(): number {
          return 1;
        }

        const alias = describe;
        // py2ts PY2TS4204: the type of lambda parameter 'x' could not be inferred; it is declared as unknown
        // py2ts PY2TS4301: the operand types of 'x * x' are not known; '*' is translated as the runtime's generic '*'
        const square = (x: unknown) => mul(x, x);
        console.log(\`\${str("describe")} \${str("Describe things.")} \${str("<lambda>")}\`);
      `,
      exec: true,
    },
  ],
});
