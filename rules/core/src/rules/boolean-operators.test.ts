import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./boolean-operators";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "operands of JS-compatible truthiness use || and &&",
      code: `
        count = len([])
        name = ""
        print(count or "zero", name or None, count and 1 / count, "a" and "b")
      `,
      output: `
        import { str, truediv } from "@py2ts/runtime";

        const count = [].length;
        const name = "";
        // py2ts PY2TS3002: 'count and 1 / count' may hold an int or a float; an integral float prints without '.0'
        console.log(
          \`\${str(count || "zero")} \${str(name || null)} \${str(count && truediv(1, count), "float | int")} b\`,
        );
      `,
      exec: true,
    },
    {
      name: "containers are tested with Python truthiness and returned as they are",
      code: `
        items = []
        fallback = ["x"]
        print(items or fallback, items and items[0], [1] or fallback, {} or "empty")
      `,
      output: `
        import { at, str } from "@py2ts/runtime";

        const items: unknown[] = [];
        const fallback: string[] = ["x"];
        console.log(
          \`\${str(items.length > 0 ? items : fallback)} \${str(items.length > 0 ? at(items, 0) : items)} \${str(((value) => (value.length > 0 ? value : fallback))([1]))} \${str(((value_1) => (value_1.size > 0 ? value_1 : "empty"))(new Map<unknown, unknown>()))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "short-circuit: the right operand is not evaluated",
      code: `
        print(1 or 1 / 0, 0 and 1 / 0, [] and [][0])
      `,
      output: `
        import { at, str } from "@py2ts/runtime";

        // py2ts PY2TS3002: '1 or 1 / 0' may hold an int or a float; an integral float prints without '.0'
        // py2ts PY2TS3002: '0 and 1 / 0' may hold an int or a float; an integral float prints without '.0'
        console.log(
          \`\${str(1, "float | int")} \${str(0, "float | int")} \${str(((value) => (value.length > 0 ? at([], 0) : value))([]))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "literal operands are decided at compile time",
      code: `
        name = input()
        print("a" and "b", "" or name, None or 0)
      `,
      output: `
        import { input } from "@py2ts/runtime";

        const name = input();
        console.log(\`b \${name} \${0}\`);
      `,
    },
  ],
});
