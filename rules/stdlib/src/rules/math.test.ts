import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./math";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "functions and constants keep Python's results",
      code: `
        import math
        from math import ceil, pi
        print(math.sqrt(2), ceil(2.1), math.floor(2.5), pi, math.inf)
        print(math.log(8, 2), math.isclose(0.30000000000000004, 0.3), math.gcd(12, 18), math.factorial(10))
        print(math.hypot(3, 4), math.copysign(1.5, 0.0), math.trunc(3.7))
      `,
      output: `
        import { math, str } from "@py2ts/runtime";

        console.log(
          \`\${str(math.sqrt(2), "float")} \${math.ceil(2.1)} \${math.floor(2.5)} \${str(math.pi, "float")} \${str(math.inf, "float")}\`,
        );
        console.log(
          \`\${str(math.log(8, 2), "float")} \${math.isclose(0.30000000000000004, 0.3) ? "True" : "False"} \${math.gcd(12, 18)} \${math.factorial(10)}\`,
        );
        console.log(
          \`\${str(math.hypot(3, 4), "float")} \${str(math.copysign(1.5, 0), "float")} \${math.trunc(3.7)}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [{ code: `import math\nmath.isclose(1, 2, tol=3)`, errors: [{ messageId: "unbindable", line: 2 }] }],
  ignores: [{ code: `print(1)` }],
});
