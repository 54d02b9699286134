import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./delete";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "del of dict keys and list items",
      code: `
        d = {"a": 1, "b": 2}
        del d["a"]
        xs = [1, 2, 3, 4]
        del xs[0]
        del xs[-1]
        print(d, xs)
      `,
      output: `
        import { delAt, delItem, str } from "@py2ts/runtime";

        const d: Map<string, number> = new Map([
          ["a", 1],
          ["b", 2],
        ]);
        delItem(d, "a");
        const xs: number[] = [1, 2, 3, 4];
        delAt(xs, 0);
        delAt(xs, -1);
        console.log(\`\${str(d)} \${str(xs)}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "a name read after del is reported",
      code: `
        x = 1
        del x
        print(x)
      `,
      errors: [{"messageId":"nameReadLater","line":2}],
    },
  ],
});
