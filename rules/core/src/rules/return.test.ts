import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./return";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "a bare return in a function returning values gives None",
      code: `
        def first_even(numbers):
            for n in numbers:
                if n % 2 == 0:
                    return n
            return


        print(first_even([1, 4]), first_even([3]))
      `,
      output: `
        import { mod, str } from "@py2ts/runtime";

        function first_even(numbers: number[]): number | null {
          for (const n of numbers) {
            if (mod(n, 2) === 0) {
              return n;
            }
          }
          return null;
        }

        console.log(\`\${str(first_even([1, 4]))} \${str(first_even([3]))}\`);
      `,
      exec: true,
    },
    {
      name: "a function returning nothing is void",
      code: `
        def log(message):
            if not message:
                return
            print(message)


        log("")
        log("hi")
      `,
      output: `
        function log(message: string): void {
          if (!(message !== "")) {
            return;
          }
          console.log(\`\${message}\`);
        }

        log("");
        log("hi");
      `,
      exec: true,
    },
  ],
});
