import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./for";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "a dict or set resized by its own loop raises RuntimeError",
      code: `
        nested = {"svc": 1, "extra": 2}
        try:
            for key in nested:
                nested["new-" + key] = 1
        except RuntimeError as e:
            print("RuntimeError:", e)
        tags = {"a", "b"}
        try:
            for t in tags:
                tags.add(t.upper())
        except RuntimeError as e:
            print("RuntimeError:", e)
        counts = {"x": 1, "y": 2}
        for k, v in counts.items():
            counts[k] = v + 1
        for k in list(counts):
            del counts[k]
        print(counts, nested)
      `,
      output: `
        import { RuntimeError, delItem, sizeGuarded, str, toPyException } from "@py2ts/runtime";

        const nested: Map<string, number> = new Map([
          ["svc", 1],
          ["extra", 2],
        ]);
        try {
          for (const key of sizeGuarded(nested, nested.keys(), "dictionary")) {
            nested.set("new-" + key, 1);
          }
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof RuntimeError) {
            const e = exc;
            console.log(\`RuntimeError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
        const tags: Set<string> = new Set(["a", "b"]);
        try {
          for (const t of sizeGuarded(tags, tags, "Set")) {
            tags.add(t.toUpperCase());
          }
        } catch (error_1) {
          const exc_1 = toPyException(error_1);
          if (exc_1 instanceof RuntimeError) {
            const e = exc_1;
            console.log(\`RuntimeError: \${str(e)}\`);
          } else {
            throw exc_1;
          }
        }
        const counts: Map<string, number> = new Map([
          ["x", 1],
          ["y", 2],
        ]);
        for (const [k, v] of sizeGuarded(counts, counts, "dictionary")) {
          counts.set(k, v + 1);
        }
        for (const k of [...counts.keys()]) {
          delItem(counts, k);
        }
        console.log(\`\${str(counts)} \${str(nested)}\`);
      `,
      exec: true,
    },
    {
      name: "parentheses around one target group it, a comma makes a tuple",
      code: `
        a, (b) = 1, 2
        (c,) = [3]
        for x, (y) in [(4, 5)]:
            print(a, b, c, x, y)
      `,
      output: `
        import { unpack } from "@py2ts/runtime";

        const a = 1;
        const b = 2;
        const [c] = unpack([3], 1);
        for (const [x, y] of [[4, 5] as const]) {
          console.log(\`\${a} \${b} \${c} \${x} \${y}\`);
        }
      `,
      exec: true,
    },
    {
      name: "range with literal steps becomes a counting loop",
      code: `
        for i in range(3):
            print(i)
        for j in range(10, 0, -3):
            print(j)
        for k in range(2, 9, 3):
            print(k)
      `,
      output: `
        for (let i = 0; i < 3; i++) {
          console.log(\`\${i}\`);
        }
        for (let j = 10; j > 0; j -= 3) {
          console.log(\`\${j}\`);
        }
        for (let k = 2; k < 9; k += 3) {
          console.log(\`\${k}\`);
        }
      `,
      exec: true,
    },
    {
      name: "a loop variable used after the loop keeps its last value",
      code: `
        for i in range(4):
            pass
        print(i)
        for word in ["a", "b"]:
            pass
        print(word)
      `,
      output: `
        import { range } from "@py2ts/runtime";

        let i!: number;
        for (i of range(4)) {
        }
        console.log(\`\${i}\`);
        let word!: string;
        for (word of ["a", "b"]) {
        }
        console.log(\`\${word}\`);
      `,
      exec: true,
    },
    {
      name: "an end bound that may change is evaluated once",
      code: `
        count = 2
        for i in range(count + 1):
            count += 1
            print(i, count)
      `,
      output: `
        let count: number = 2;
        const stop = count + 1;
        for (let i = 0; i < stop; i++) {
          count += 1;
          console.log(\`\${i} \${count}\`);
        }
      `,
      exec: true,
    },
    {
      name: "dicts iterate over keys; items() destructures pairs",
      code: `
        ports = {"http": 80, "https": 443}
        for name in ports:
            print(name)
        for name, port in ports.items():
            print(name, port)
        for port in ports.values():
            print(port)
      `,
      output: `
        const ports: Map<string, number> = new Map([
          ["http", 80],
          ["https", 443],
        ]);
        for (const name of ports.keys()) {
          console.log(\`\${name}\`);
        }
        for (const [name, port] of ports) {
          console.log(\`\${name} \${port}\`);
        }
        for (const port of ports.values()) {
          console.log(\`\${port}\`);
        }
      `,
      exec: true,
    },
    {
      name: "enumerate over a list uses entries(); zip pairs items",
      code: `
        servers = ["alpha", "beta"]
        ports = [80, 443]
        for i, s in enumerate(servers):
            print(i, s)
        for i, s in enumerate(servers, 1):
            print(i, s)
        for s, p in zip(servers, ports):
            print(s, p)
        for i, (s, p) in enumerate(zip(servers, ports)):
            print(i, s, p)
      `,
      output: `
        import { enumerate, zip } from "@py2ts/runtime";

        const servers: string[] = ["alpha", "beta"];
        const ports: number[] = [80, 443];
        for (const [i, s] of servers.entries()) {
          console.log(\`\${i} \${s}\`);
        }
        for (const [i, s] of enumerate(servers, 1)) {
          console.log(\`\${i} \${s}\`);
        }
        for (const [s, p] of zip(servers, ports)) {
          console.log(\`\${s} \${p}\`);
        }
        for (const [i, [s, p]] of enumerate(zip(servers, ports))) {
          console.log(\`\${i} \${s} \${p}\`);
        }
      `,
      exec: true,
    },
    {
      name: "strings iterate by character; sets of numbers in Python's order",
      code: `
        for ch in "héllo":
            print(ch)
        for n in {10, 3, 8}:
            print(n)
      `,
      output: `
        import { iterate } from "@py2ts/runtime";

        for (const ch of "héllo") {
          console.log(\`\${ch}\`);
        }
        for (const n of iterate(new Set([10, 3, 8]))) {
          console.log(\`\${n}\`);
        }
      `,
      exec: true,
    },
    {
      name: "tuple targets whose shape is not proven are checked",
      code: `
        rows = [[1, 2], [3, 4]]
        for a, b in rows:
            print(a + b)
        try:
            for a, b in [[1, 2, 3]]:
                print(a, b)
        except ValueError as e:
            print("ValueError:", e)
      `,
      output: `
        import { ValueError, str, toPyException, unpack } from "@py2ts/runtime";

        const rows: number[][] = [
          [1, 2],
          [3, 4],
        ];
        for (const item of rows) {
          const [a, b] = unpack(item, 2);
          console.log(\`\${a + b}\`);
        }
        try {
          for (const item_1 of [[1, 2, 3]]) {
            const [a, b] = unpack(item_1, 2);
            console.log(\`\${a} \${b}\`);
          }
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof ValueError) {
            const e = exc;
            console.log(\`ValueError: \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
    {
      name: "a generator in a variable is not closed by break",
      code: `
        def numbers():
            yield 1
            yield 2
            yield 3


        gen = numbers()
        for n in gen:
            print("first", n)
            break
        for n in gen:
            print("rest", n)
      `,
      output: `
        import { keepOpen } from "@py2ts/runtime";

        function* numbers(): Generator<number, void, unknown> {
          yield 1;
          yield 2;
          yield 3;
        }

        const gen = numbers();
        for (const n of keepOpen(gen)) {
          console.log(\`first \${n}\`);
          break;
        }
        for (const n of gen) {
          console.log(\`rest \${n}\`);
        }
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "an attribute target is reported",
      code: `
        class Box:
            pass


        box = Box()
        for box.value in [1, 2]:
            pass
      `,
      errors: [{"messageId":"unsupportedTarget","line":6}],
    },
  ],
});
