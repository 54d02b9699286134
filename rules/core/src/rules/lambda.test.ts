import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./lambda";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "lambdas as values and as key functions",
      code: `
        double = lambda x: x * 2
        print(double(21))
        add = lambda x, y=10: x + y
        print(add(5), add(1, 2))
      `,
      output: `
        const double = (x: number) => x * 2;
        console.log(\`\${double(21)}\`);
        const add = (x: number, y: number = 10) => x + y;
        console.log(\`\${add(5)} \${add(1, 2)}\`);
      `,
      exec: true,
    },
    {
      name: "a default captures the value when the lambda is created",
      code: `
        adders = []
        for i in range(3):
            adders += [lambda n, i=i: n + i]
        for a in adders:
            print(a(10))
      `,
      output: `
        let adders: ((n: number, i?: number) => number)[] = [];
        for (let i = 0; i < 3; i++) {
          adders.push(
            (
              (lambda_i_default: number) =>
              (n: number, i: number = lambda_i_default) =>
                n + i
            )(i),
          );
        }
        for (const a of adders) {
          console.log(\`\${a(10)}\`);
        }
      `,
      exec: true,
    },
  ],
});
