import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./while";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "while with a truthiness test",
      code: `
        queue = [3, 1, 2]
        while queue:
            print(queue[0])
            queue = queue[1:]
      `,
      output: `
        import { at } from "@py2ts/runtime";

        let queue: number[] = [3, 1, 2];
        while (queue.length > 0) {
          console.log(\`\${at(queue, 0)}\`);
          queue = queue.slice(1);
        }
      `,
      exec: true,
    },
    {
      name: "while/else runs the else block when the test becomes false",
      code: `
        n = 0
        while n < 3:
            n += 1
        else:
            print("finished at", n)
        while True:
            n -= 1
            if n == 1:
                break
        else:
            print("never printed")
        print(n)
      `,
      output: `
        let n: number = 0;
        while (n < 3) {
          n += 1;
        }
        console.log(\`finished at \${n}\`);
        loop: {
          while (true) {
            n -= 1;
            if (n === 1) {
              break loop;
            }
          }
          console.log("never printed");
        }
        console.log(\`\${n}\`);
      `,
      exec: true,
    },
  ],
});
