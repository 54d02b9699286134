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
        import { str } from "@py2ts/runtime";

        const double: ((x: number) => number) | ((x: unknown) => number) = (x: number) => x * 2;
        console.log(\`\${str(double(21))}\`);
        const add: ((x: number, y?: number) => number) | ((x: unknown, y?: unknown) => unknown) = (
          x: number,
          y: number = 10,
        ) => x + y;
        console.log(\`\${str(add(5))} \${str(add(1, 2))}\`);
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
        import { str } from "@py2ts/runtime";

        let adders: (((n: number, i?: number) => number) | ((n: unknown, i?: unknown) => unknown))[] = [];
        for (let i = 0; i < 3; i++) {
          adders.push((n: number, i: number = i) => n + i);
        }
        for (const a of adders) {
          console.log(\`\${str(a(10))}\`);
        }
      `,
      exec: true,
    },
  ],
});
