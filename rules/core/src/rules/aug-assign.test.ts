import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./aug-assign";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "numbers and strings use compound operators",
      code: `
        total = 0
        for n in [1, 2, 3]:
            total += n
        total *= 2
        label = "n="
        label += f"{total}"
        print(label)
      `,
      output: `
        let total: number = 0;
        for (const n of [1, 2, 3]) {
          total += n;
        }
        total *= 2;
        let label: string = "n=";
        label += \`\${total}\`;
        console.log(\`\${label}\`);
      `,
      exec: true,
    },
    {
      name: "floor division and modulo keep Python semantics",
      code: `
        n = -7
        n //= 2
        m = -7
        m %= 3
        print(n, m)
      `,
      output: `
        import { mod } from "@py2ts/runtime";

        let n: number = -7;
        n = Math.floor(n / 2);
        let m: number = -7;
        m = mod(m, 3);
        console.log(\`\${n} \${m}\`);
      `,
      exec: true,
    },
    {
      name: "lists are extended in place (aliases see the change)",
      code: `
        hosts = ["a"]
        alias = hosts
        hosts += ["b"]
        hosts += ("c", "d")
        print(alias)
      `,
      output: `
        import { add, str } from "@py2ts/runtime";

        // py2ts PY2TS4001: the type of 'hosts' could not be inferred; it is declared as unknown
        let hosts: unknown = ["a"];
        // py2ts PY2TS4001: the type of 'alias' could not be inferred; it is declared as unknown
        const alias: unknown = hosts;
        // py2ts PY2TS4301: the operand types of 'hosts += ["b"]' are not known; '+' is translated as the runtime's generic '+'
        hosts = add(hosts, ["b"]);
        // py2ts PY2TS4301: the operand types of 'hosts += ("c", "d")' are not known; '+' is translated as the runtime's generic '+'
        hosts = add(hosts, ["c", "d"] as const);
        console.log(\`\${str(alias)}\`);
      `,
      exec: true,
    },
    {
      name: "dict items and attributes",
      code: `
        counts = {"a": 1}
        counts["a"] += 5
        print(counts["a"])
      `,
      output: `
        import { getItem } from "@py2ts/runtime";

        const counts: Map<string, number> = new Map([["a", 1]]);
        counts.set("a", getItem(counts, "a") + 5);
        console.log(\`\${getItem(counts, "a")}\`);
      `,
      exec: true,
    },
    {
      name: "sets are updated in place",
      code: `
        seen = {1, 2}
        seen |= {3}
        seen -= {1}
        print(seen)
      `,
      output: `
        import { str } from "@py2ts/runtime";

        let seen: Set<number> = new Set([1, 2]);
        for (const item of new Set([3])) {
          seen.add(item);
        }
        for (const item_1 of new Set([1])) {
          seen.delete(item_1);
        }
        console.log(\`\${str(seen)}\`);
      `,
      exec: true,
    },
  ],
});
