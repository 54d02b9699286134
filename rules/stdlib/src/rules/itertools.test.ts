import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./itertools";

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
        import { copy, functools, heapq, itertools, operator, str } from "@py2ts/runtime";

        console.log(
          \`\${str(heapq.nsmallest(2, itertools.chain("ba", "dc")))} \${str(heapq.nlargest(1, "hello"))}\`,
        );
        console.log(
          \`\${str(functools.reduce(operator.add, "abc"))} \${str(operator.mul("ab", 2))} \${operator.truth("") ? "True" : "False"}\`,
        );
        console.log(\`\${copy.deepcopy("x")} \${copy.copy(3)}\`);

      `,
      exec: true,
    },
  ],
  reports: [{ name: "arguments that do not bind", code: "import itertools\nprint(itertools.count(begin=1))", errors: [{ messageId: "unbindable", line: 2 }] }],
  ignores: [{ code: `itertools = 1\nprint(itertools)` }],
});
