import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./collections";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "Counter, defaultdict, OrderedDict and deque",
      code: `
        from collections import Counter, defaultdict, OrderedDict, deque
        import collections
        c = Counter("abracadabra")
        print(c.most_common(2), c["a"], c["missing"], c)
        c.update("ab")
        print(c.most_common(), c.total())
        d = defaultdict(int)
        d["x"] = 5
        print(d["y"])
        print(d)
        od = collections.OrderedDict()
        od["a"] = 1
        od["b"] = 2
        od.move_to_end("a")
        print(od)
        print(od.popitem(last=False))
        q = deque("abc", maxlen=3)
        q.append("d")
        q.appendleft("z")
        print(q, q[0], q[2], q.maxlen)
        print(q.popleft())
      `,
      output: `
        import { Counter, DefaultDict, Deque, OrderedDict, str } from "@py2ts/runtime";

        const c = new Counter<string>("abracadabra");
        console.log(
          \`\${str(c.most_common(2), "list[tuple[str, int]]")} \${c.__getitem__("a")} \${c.__getitem__("missing")} \${str(c)}\`,
        );
        c.update("ab");
        console.log(\`\${str(c.most_common(), "list[tuple[str, int]]")} \${str(c.total())}\`);
        const d = new DefaultDict<string, number>(() => 0, null, "<class 'int'>");
        d.set("x", 5);
        console.log(\`\${d.__getitem__("y")}\`);
        console.log(\`\${str(d)}\`);
        const od = new OrderedDict<string, number>();
        od.set("a", 1);
        od.set("b", 2);
        od.move_to_end("a");
        console.log(\`\${str(od)}\`);
        console.log(\`\${str(od.popitem(false), "tuple[str, int]")}\`);
        const q = new Deque<string>("abc", 3);
        q.append("d");
        q.appendleft("z");
        console.log(\`\${str(q)} \${str(q.__getitem__(0))} \${str(q.__getitem__(2))} \${str(q.maxlen)}\`);
        console.log(\`\${q.popleft()}\`);
      `,
      exec: true,
    },
  ],
  reports: [{ code: `from collections import Counter\na = Counter("ab") + Counter("b")`, errors: [{ messageId: "counterOperator", line: 2 }] }],
  ignores: [{ code: `x = {}\nprint(x)` }],
});
