import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./function-def";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "the type of a function with *args before keyword parameters lays them out like its definition",
      code: `
        def log(*parts, sep=" ", **extra):
            print(sep.join(parts), len(extra))
        handlers = {"log": log}
        handlers["log"]("a", "b", sep="-")
      `,
      output: `
        import { getItem } from "@py2ts/runtime";

        function log(
          parts: readonly string[] = [],
          sep: string = " ",
          extra: Map<string, unknown> = new Map(),
        ): void {
          console.log(\`\${parts.join(sep)} \${extra.size}\`);
        }
        const handlers: Map<
          string,
          (parts?: string[], sep?: string, extra?: Map<string, unknown>) => void
        > = new Map([["log", log]]);
        getItem(handlers, "log")(["a", "b"], "-");
      `,
      exec: true,
    },
    {
      name: "parameters typed from call sites, defaults and the docstring",
      code: `
        def connect(host, port=22, user="root"):
            """Describe a connection."""
            return f"{user}@{host}:{port}"


        print(connect("web1"))
        print(connect("web1", 2222))
      `,
      output: `
        /** Describe a connection. */
        function connect(host: string, port: number = 22, user: string = "root"): string {
          return \`\${user}@\${host}:\${port}\`;
        }

        console.log(\`\${connect("web1")}\`);
        console.log(\`\${connect("web1", 2222)}\`);
      `,
      exec: true,
    },
    {
      name: "keyword-only parameters, *args and **kwargs",
      code: `
        def summarize(*values, sep=", ", **labels):
            text = ""
            for value in values:
                text += value + sep
            for key, value in labels.items():
                text += f" {key}={value}"
            return text


        print(summarize("a", "b"))
        print(summarize("a", "b", sep="|", env="prod"))
      `,
      output: `
        function summarize(
          values: readonly string[] = [],
          sep: string = ", ",
          labels: Map<string, string> = new Map(),
        ): string {
          let text: string = "";
          for (const value of values) {
            text += value + sep;
          }
          for (const [key, value] of labels) {
            text += \` \${key}=\${value}\`;
          }
          return text;
        }

        console.log(\`\${summarize(["a", "b"])}\`);
        console.log(\`\${summarize(["a", "b"], "|", new Map([["env", "prod"]]))}\`);
      `,
      exec: true,
    },
    {
      name: "a mutable default is evaluated once",
      code: `
        def remember(item, seen=[]):
            seen += [item]
            return seen


        remember(1)
        print(remember(2))
        print(remember(3, []))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        const remember_seen_default: number[] = [];
        function remember(item: number, seen: number[] = remember_seen_default): number[] {
          seen.push(item);
          return seen;
        }

        remember(1);
        console.log(\`\${str(remember(2))}\`);
        console.log(\`\${str(remember(3, []))}\`);
      `,
      exec: true,
    },
    {
      name: "None returns and falling off the end give None",
      code: `
        def find(items, target):
            for i, item in enumerate(items):
                if item == target:
                    return i


        print(find([1, 2], 2), find([1], 5))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        function find(items: number[], target: number): number | null {
          for (const [i, item] of items.entries()) {
            if (item === target) {
              return i;
            }
          }
          return null;
        }

        console.log(\`\${str(find([1, 2], 2))} \${str(find([1], 5))}\`);
      `,
      exec: true,
    },
    {
      name: "nested functions and nonlocal",
      code: `
        def make_counter(start=0):
            count = start

            def increment(by=1):
                nonlocal count
                count += by
                return count

            return increment


        inc = make_counter(10)
        inc()
        print(inc(5))
      `,
      output: `
        function make_counter(start: number = 0): (by?: number) => number {
          let count: number = start;

          function increment(by: number = 1): number {
            count += by;
            return count;
          }

          return increment;
        }

        const inc = make_counter(10);
        inc();
        console.log(\`\${inc(5)}\`);
      `,
      exec: true,
    },
    {
      name: "decorators apply bottom-up at the definition",
      code: `
        def shout(fn):
            def wrapper(name):
                return "<" + fn(name) + ">"

            return wrapper


        @shout
        def greet(name):
            return "hello " + name


        print(greet("ops"))
      `,
      output: `
        function shout(fn: (name: string) => string): (name: string) => string {
          function wrapper(name: string): string {
            return "<" + fn(name) + ">";
          }

          return wrapper;
        }

        const greet = shout(function greet(name: string): string {
          return "hello " + name;
        });

        console.log(\`\${greet("ops")}\`);
      `,
      exec: true,
    },
    {
      name: "generators",
      code: `
        def countdown(n):
            while n > 0:
                yield n
                n -= 1
            return "done"


        for value in countdown(3):
            print(value)
      `,
      output: `
        function* countdown(n: number): Generator<number, string, unknown> {
          while (n > 0) {
            yield n;
            n -= 1;
          }
          return "done";
        }

        for (const value of countdown(3)) {
          console.log(\`\${value}\`);
        }
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "an async def is reported",
      code: `
        async def fetch():
            return 1
      `,
      errors: [{"messageId":"asyncDef","line":1}],
    },
    {
      name: "a parameter without a known type is reported",
      code: `
        def ignore(value):
            return None
      `,
      errors: [{"messageId":"unknownParam","line":1}],
    },
  ],
});
