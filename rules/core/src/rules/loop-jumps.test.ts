import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./loop-jumps";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "break and continue",
      code: `
        for i in range(10):
            if i % 2:
                continue
            if i > 6:
                break
            print("even", i)
      `,
      output: `
        import { mod } from "@py2ts/runtime";

        for (let i = 0; i < 10; i++) {
          if (mod(i, 2) !== 0) {
            continue;
          }
          if (i > 6) {
            break;
          }
          console.log(\`even \${i}\`);
        }
      `,
      exec: true,
    },
    {
      name: "a break that skips for/else names the block label",
      code: `
        def find(items, target):
            for i, item in enumerate(items):
                if item == target:
                    print("found at", i)
                    break
            else:
                print("not found")


        find(["a", "b"], "b")
        find(["a", "b"], "z")
      `,
      output: `
        function find(items: string[], target: string): void {
          loop: {
            for (const [i, item] of items.entries()) {
              if (item === target) {
                console.log(\`found at \${i}\`);
                break loop;
              }
            }
            console.log("not found");
          }
        }

        find(["a", "b"], "b");
        find(["a", "b"], "z");
      `,
      exec: true,
    },
  ],
});
