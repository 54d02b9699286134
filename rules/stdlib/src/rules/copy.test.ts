import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./copy";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "calls and functions used as values",
      code: `
        import copy
        import functools
        import heapq
        import itertools
        import operator
        print(heapq.nsmallest(2, itertools.chain("ba", "dc")), heapq.nlargest(1, "hello"))
        print(functools.reduce(operator.add, "abc"), operator.mul("ab", 2), operator.truth(""))
        print(copy.deepcopy("x"), copy.copy(3))
      `,
      output: `
        import {
          copy as copy_1,
          functools as functools_1,
          heapq as heapq_1,
          itertools as itertools_1,
          operator as operator_1,
          str,
        } from "@py2ts/runtime";

        console.log(
          \`\${str(heapq_1.nsmallest(2, itertools_1.chain("ba", "dc")))} \${str(heapq_1.nlargest(1, "hello"))}\`,
        );
        console.log(
          \`\${str(functools_1.reduce(operator_1.add, "abc"))} \${str(operator_1.mul("ab", 2))} \${operator_1.truth("") ? "True" : "False"}\`,
        );
        console.log(\`\${copy_1.deepcopy("x")} \${copy_1.copy(3)}\`);

      `,
      exec: true,
    },
  ],
  reports: [{ name: "arguments that do not bind", code: "import copy\nprint(copy.copy(y=1))", errors: [{ messageId: "unbindable", line: 2 }] }],
  ignores: [{ code: `copy = 1\nprint(copy)` }],
});
