import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./unbound-reads";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "a read before the assignment raises UnboundLocalError",
      code: `
        def last_of(items):
            for item in items:
                last = item
            return last


        print(last_of([1, 2]))
        try:
            last_of([])
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
      `,
      output: `
        import { UnboundLocalError, bound, str, toPyException, unboundName } from "@py2ts/runtime";

        function last_of(items: number[]): number {
          let last: number = unboundName("last", true);
          for (const item of items) {
            last = item;
          }
          return bound(last);
        }

        console.log(\`\${last_of([1, 2])}\`);
        try {
          last_of([]);
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof UnboundLocalError) {
            const e = exc;
            console.log(\`UnboundLocalError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
    {
      name: "variables assigned on every path are not checked",
      code: `
        def pick(flag):
            if flag:
                x = 1
            else:
                x = 2
            return x


        print(pick(True), pick(False))
      `,
      output: `
        function pick(flag: boolean): number {
          let x!: number;
          if (flag) {
            x = 1;
          } else {
            x = 2;
          }
          return x;
        }

        console.log(\`\${pick(true)} \${pick(false)}\`);
      `,
      exec: true,
    },
  ],
});
