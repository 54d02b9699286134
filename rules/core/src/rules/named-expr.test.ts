import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./named-expr";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "walrus in while and if tests",
      code: `
        queue = [5, 3, 0, 8]
        while (n := queue[0]) != 0:
            print("processing", n)
            queue = queue[1:]
        print("stopped at", n)
        if (first := queue[0] * 2) > 0:
            print(first)
      `,
      output: `
        import { at } from "@py2ts/runtime";

        let queue: number[] = [5, 3, 0, 8];
        let n!: number;
        while ((n = at(queue, 0)) !== 0) {
          console.log(\`processing \${n}\`);
          queue = queue.slice(1);
        }
        console.log(\`stopped at \${n}\`);
        let first!: number;
        if ((first = at(queue, 0) * 2) > 0) {
          console.log(\`\${first}\`);
        }
      `,
      exec: true,
    },
  ],
});
