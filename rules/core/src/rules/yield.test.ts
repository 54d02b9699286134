import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./yield";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "yield from delegates and returns the delegate's value",
      code: `
        def inner():
            yield 1
            yield 2
            return "inner-result"


        def outer():
            result = yield from inner()
            print("inner returned", result)
            yield from ["a", "b"]


        for value in outer():
            print(value)
      `,
      output: `
        import { str } from "@py2ts/runtime";

        function* inner(): Generator<number, string, unknown> {
          yield 1;
          yield 2;
          return "inner-result";
        }

        function* outer(): Generator<number | string, void, unknown> {
          const result = yield* inner();
          console.log(\`inner returned \${result}\`);
          yield* ["a", "b"];
        }

        for (const value of outer()) {
          console.log(\`\${str(value)}\`);
        }
      `,
      exec: true,
    },
  ],
});
