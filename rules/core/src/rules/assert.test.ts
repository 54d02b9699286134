import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./assert";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "assert raises AssertionError with the message",
      code: `
        def check(n):
            assert n > 0, f"bad value {n}"
            return n


        print(check(3))
        try:
            check(-1)
        except AssertionError as e:
            print("AssertionError:", e)
      `,
      output: `
        import { AssertionError, str, toPyException } from "@py2ts/runtime";

        function check(n: number): number {
          if (!(n > 0)) {
            throw new AssertionError(\`bad value \${n}\`);
          }
          return n;
        }

        console.log(\`\${check(3)}\`);
        try {
          check(-1);
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof AssertionError) {
            const e = exc;
            console.log(\`AssertionError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
  ],
});
