import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./function-calls";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "a list spread into named parameters is checked like Python binds it",
      code: `
        from dataclasses import dataclass


        @dataclass
        class Host:
            name: str
            ip: str
            role: str = "web"


        def describe(kind, name, port=22):
            return f"{kind}:{name}:{port}"


        rows = [["a", "10.0.0.1", "db"], ["b", "10.0.0.2"]]
        hosts = [Host(*row) for row in rows]
        print(hosts)
        print(describe("ssh", *["gw"]), describe(*["x", "y", 80]))
        for bad in (["only"], ["a", "b", "c", "d"]):
            try:
                Host(*bad)
            except TypeError as e:
                print("TypeError:", e)
        try:
            describe("k", *[])
        except TypeError as e:
            print("TypeError:", e)
      `,
      output: `
        import {
          TypeError,
          dataclassEq,
          dataclassRepr,
          finishDataclass,
          positionalArgs,
          registerDataclass,
          spreadArguments,
          str,
          toPyException,
        } from "@py2ts/runtime";

        class Host {
          declare name: string;
          declare ip: string;
          declare role: string;
          constructor(name: string, ip: string, role: string = "web") {
            this.name = name;
            this.ip = ip;
            this.role = role;
            finishDataclass(this, Host, new.target);
          }
          __repr__(): string {
            return dataclassRepr(this);
          }
          __eq__(other: unknown): boolean | symbol {
            return dataclassEq(this, other);
          }
        }
        Host.prototype.role = "web";
        registerDataclass(Host, [
          { name: "name", init: true, repr: true, compare: true, hint: null },
          { name: "ip", init: true, repr: true, compare: true, hint: null },
          { name: "role", init: true, repr: true, compare: true, hint: null },
        ]);

        function describe(
          kind: number | string,
          name: number | string,
          port: number | string = 22,
        ): string {
          return \`\${str(kind)}:\${str(name)}:\${str(port)}\`;
        }

        const rows: string[][] = [
          ["a", "10.0.0.1", "db"],
          ["b", "10.0.0.2"],
        ];
        const hosts: Host[] = rows.map(
          (row) =>
            new Host(
              ...spreadArguments<readonly [string, string, string]>(row, {
                qualname: "Host.__init__",
                fixed: 1,
                names: ["name", "ip", "role"],
                required: 2,
              }),
            ),
        );
        console.log(\`\${str(hosts)}\`);
        console.log(
          \`\${(describe as (...args: unknown[]) => string)(...positionalArgs("describe", ["ssh", ...["gw"]], ["kind", "name", "port"], 2, false))} \${(describe as (...args: unknown[]) => string)(...positionalArgs("describe", [...["x", "y", 80]], ["kind", "name", "port"], 2, false))}\`,
        );
        for (const bad of [["only"], ["a", "b", "c", "d"]]) {
          try {
            new Host(
              ...spreadArguments<readonly [string, string, string]>(bad, {
                qualname: "Host.__init__",
                fixed: 1,
                names: ["name", "ip", "role"],
                required: 2,
              }),
            );
          } catch (error) {
            const exc = toPyException(error);
            if (exc instanceof TypeError) {
              const e = exc;
              console.log(\`TypeError: \${str(e)}\`);
            } else {
              throw exc;
            }
          }
        }
        try {
          (describe as (...args: unknown[]) => string)(
            ...positionalArgs("describe", ["k", ...[]], ["kind", "name", "port"], 2, false),
          );
        } catch (error_1) {
          const exc_1 = toPyException(error_1);
          if (exc_1 instanceof TypeError) {
            const e = exc_1;
            console.log(\`TypeError: \${str(e)}\`);
          } else {
            throw exc_1;
          }
        }
      `,
      exec: true,
    },
    {
      name: "TypeErrors of methods count self like CPython",
      code: `
        class H:
            def __init__(self, a, b=1):
                self.a = a
            def m(self, x):
                return x
        try:
            H(1, 2, 3)
        except TypeError as e:
            print(e)
        try:
            H(1).m(1, 2)
        except TypeError as e:
            print(e)
      `,
      output: `
        import { TypeError, raiseError, str, toPyException } from "@py2ts/runtime";

        class H {
          declare a: number;
          constructor(a: number, b: number = 1) {
            this.a = a;
          }
          m(x: number): number {
            return x;
          }
        }
        try {
          // py2ts PY2TS3403: this call always raises TypeError: H.__init__() takes from 2 to 3 positional arguments but 4 were given
          raiseError(new TypeError("H.__init__() takes from 2 to 3 positional arguments but 4 were given"));
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof TypeError) {
            const e = exc;
            console.log(\`\${str(e)}\`);
          } else {
            throw exc;
          }
        }
        try {
          // py2ts PY2TS3403: this call always raises TypeError: H.m() takes 2 positional arguments but 3 were given
          raiseError(new TypeError("H.m() takes 2 positional arguments but 3 were given"));
        } catch (error_1) {
          const exc_1 = toPyException(error_1);
          if (exc_1 instanceof TypeError) {
            const e = exc_1;
            console.log(\`\${str(e)}\`);
          } else {
            throw exc_1;
          }
        }
      `,
      exec: true,
    },
    {
      name: "keyword arguments are bound to parameters",
      code: `
        def connect(host, port=22, user="root", *, timeout=10.0):
            return f"{user}@{host}:{port} {timeout}"


        print(connect(port=80, host="lb"))
        print(connect("web1", user="deploy", timeout=2.5))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        function connect(
          host: string,
          port: number = 22,
          user: string = "root",
          timeout: number = 10,
        ): string {
          return \`\${user}@\${host}:\${port} \${str(timeout, "float")}\`;
        }

        console.log(\`\${connect("lb", 80)}\`);
        console.log(\`\${connect("web1", undefined, "deploy", 2.5)}\`);
      `,
      exec: true,
    },
    {
      name: "calls Python rejects raise the same TypeError",
      code: `
        def connect(host, port=22):
            return f"{host}:{port}"


        for attempt in range(4):
            try:
                if attempt == 0:
                    connect()
                elif attempt == 1:
                    connect("a", 1, 2)
                elif attempt == 2:
                    connect("a", host="b")
                else:
                    connect("a", colour="red")
            except TypeError as e:
                print("TypeError:", e)
      `,
      output: `
        import { TypeError, raiseError, str, toPyException } from "@py2ts/runtime";

        function connect(host: string, port: number = 22): string {
          return \`\${host}:\${port}\`;
        }

        for (let attempt = 0; attempt < 4; attempt++) {
          try {
            if (attempt === 0) {
              // py2ts PY2TS3201: this call always raises TypeError: connect() missing 1 required positional argument: 'host'
              raiseError(new TypeError("connect() missing 1 required positional argument: 'host'"));
            } else if (attempt === 1) {
              // py2ts PY2TS3201: this call always raises TypeError: connect() takes from 1 to 2 positional arguments but 3 were given
              raiseError(
                new TypeError("connect() takes from 1 to 2 positional arguments but 3 were given"),
              );
            } else if (attempt === 2) {
              // py2ts PY2TS3201: this call always raises TypeError: connect() got multiple values for argument 'host'
              raiseError(new TypeError("connect() got multiple values for argument 'host'"));
            } else {
              // py2ts PY2TS3201: this call always raises TypeError: connect() got an unexpected keyword argument 'colour'
              raiseError(new TypeError("connect() got an unexpected keyword argument 'colour'"));
            }
          } catch (error) {
            const exc = toPyException(error);
            if (exc instanceof TypeError) {
              const e = exc;
              console.log(\`TypeError: \${str(e)}\`);
            } else {
              throw exc;
            }
          }
        }
      `,
      exec: true,
    },
    {
      name: "star arguments feeding *args and extra keywords feeding **kwargs",
      code: `
        def show(*args, **kwargs):
            return f"{args} {kwargs}"


        values = [1, 2, 3]
        print(show(*values), show(0, *values, flag=True))
      `,
      output: `
        import { str } from "@py2ts/runtime";

        function show(args: readonly number[] = [], kwargs: Map<string, boolean> = new Map()): string {
          return \`\${str(args, "tuple[int, ...]")} \${str(kwargs)}\`;
        }

        const values: number[] = [1, 2, 3];
        console.log(\`\${show([...values])} \${show([0, ...values], new Map([["flag", true]]))}\`);
      `,
      exec: true,
    },
    {
      name: "a function passed as a value is called positionally",
      code: `
        def apply(func, value):
            return func(value)


        def double(n):
            return n * 2


        print(apply(double, 21))
      `,
      output: `
        function apply(func: (n: number) => number, value: number): number {
          return func(value);
        }

        function double(n: number): number {
          return n * 2;
        }

        console.log(\`\${apply(double, 21)}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "keywords to a function of unknown signature",
      code: `
        def up(value):
            return value + 1


        def down(value):
            return value - 1


        ops = {"up": up, "down": down}
        print(ops["up"](value=1))
      `,
      errors: [{"messageId":"unknownSignature","line":10}],
    },
    {
      name: "a ** mapping argument cannot be bound",
      code: `
        def f(a, b):
            return a + b


        args = {"a": 1, "b": 2}
        print(f(**args))
      `,
      errors: [{"messageId":"dynamicCall","line":6}],
    },
    {
      name: "a call that always raises is reported",
      code: `
        def f(a):
            return a


        print(f())
      `,
      errors: [{"messageId":"alwaysRaises","line":5}],
    },
  ],
  ignores: [
    {
      name: "builtins are left to their rules",
      code: `
        print(len([1, 2]))
      `,
    },
  ],
});
