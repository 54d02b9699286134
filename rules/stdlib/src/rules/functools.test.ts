import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./functools";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "lru_cache without parentheses decorates with the default size",
      code: `
        import functools


        @functools.lru_cache
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)


        @functools.lru_cache(maxsize=None)
        def square(n):
            return n * n


        print(fib(30), square(4), square(4))
      `,
      output: `
        import { functools } from "@py2ts/runtime";

        const fib = functools.lru_cache(function fib(n: number): number {
          return n < 2 ? n : fib(n - 1) + fib(n - 2);
        });

        const square = functools.lru_cache(null)(function square(n: number): number {
          return n * n;
        });

        console.log(\`\${fib(30)} \${square(4)} \${square(4)}\`);
      `,
      exec: true,
    },
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
  reports: [
    { name: "arguments that do not bind", code: "import functools\nprint(functools.reduce(func=1))", errors: [{ messageId: "unbindable", line: 2 }] },
    {
      name: "a typed cache, which one JavaScript number for 3 and 3.0 cannot honour",
      code: "import functools\n@functools.lru_cache(typed=True)\ndef f(x):\n    return x\nprint(f(1))",
      errors: [{ messageId: "unbindable", line: 2 }],
    },
  ],
  ignores: [{ code: `functools = 1\nprint(functools)` }],
});
