import { RuleTester, definePlugin, defineRule } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./classes";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "attributes set before the base __init__ and read in its arguments",
      code: `
        class CycleError(Exception):
            PREFIX = "cycle"

            def __init__(self, members):
                self.members = sorted(members)
                self.note = "see docs"
                super().__init__(self.PREFIX + " among: " + ", ".join(self.members), self.note)


        try:
            raise CycleError(n for n in ["b", "a"])
        except CycleError as err:
            print(err, err.members, err.note, err.args)
      `,
      output: `
        import { Exception, sorted, str, toPyException } from "@py2ts/runtime";

        class CycleError extends Exception {
          declare members: string[];
          declare note: string;
          declare PREFIX: string;
          constructor(members: Generator<string, void, unknown>) {
            const presets = { members: sorted(members), note: "see docs" };
            super(new.target.prototype.PREFIX + " among: " + presets.members.join(", "), presets.note);
            this.members = presets.members;
            this.note = presets.note;
          }
        }
        CycleError.prototype.PREFIX = "cycle";

        try {
          throw new CycleError(
            (function* (): Generator<string, void, unknown> {
              for (const n of ["b", "a"]) {
                yield n;
              }
            })(),
          );
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof CycleError) {
            const err = exc;
            console.log(
              \`\${str(err)} \${str(err.members)} \${err.note} \${str(err.args, "tuple[object, ...]")}\`,
            );
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
    {
      name: "attributes, properties, static and class-level members, inheritance",
      code: `
        class Service:
            kind = "generic"

            def __init__(self, name, port=None):
                self.name = name
                self._port = port

            @property
            def port(self):
                return self._port

            @port.setter
            def port(self, value):
                self._port = value

            @staticmethod
            def norm(text):
                return text

            def describe(self):
                return self.kind

            def __str__(self):
                return self.name

        class Web(Service):
            kind = "web"

            def __init__(self, name, tls=False):
                super().__init__(name, 443)
                self.tls = tls

            def describe(self):
                return super().describe()

        s = Service("cron")
        w = Web("shop", tls=True)
        s.port = 8080
        print(s.describe(), w.describe(), w.port, s.port, Service.norm("x"), w, w.tls)
        s.kind = "mine"
        Web.kind = "http"
        print(s.kind, Service.kind, w.kind, Web.__name__)
      `,
      output: `
        import { str } from "@py2ts/runtime";

        class Service {
          declare name: string;
          declare _port: number | null;
          declare kind: string;
          constructor(name: string, port: number | null = null) {
            this.name = name;
            this._port = port;
          }
          get port(): number | null {
            return this._port;
          }
          set port(value: number) {
            this._port = value;
          }
          static norm(text: string): string {
            return text;
          }
          describe(): string {
            return this.kind;
          }
          __str__(): string {
            return this.name;
          }
        }
        Service.prototype.kind = "generic";

        class Web extends Service {
          declare tls: boolean;
          constructor(name: string, tls: boolean = false) {
            super(name, 443);
            this.tls = tls;
          }
          describe(): string {
            return super.describe();
          }
        }
        Web.prototype.kind = "web";

        const s = new Service("cron");
        const w = new Web("shop", true);
        s.port = 8080;
        console.log(
          \`\${s.describe()} \${w.describe()} \${str(w.port)} \${str(s.port)} \${Service.norm("x")} \${str(w)} \${w.tls ? "True" : "False"}\`,
        );
        s.kind = "mine";
        Web.prototype.kind = "http";
        console.log(\`\${s.kind} \${Service.prototype.kind} \${w.kind} \${Web.name}\`);
      `,
      exec: true,
    },
    {
      name: "exception subclasses keep Python's args and messages",
      code: `
        class OpsError(Exception):
            code = 1

        class RemoteError(OpsError):
            def __init__(self, host):
                self.host = host
                super().__init__(host)

            def __str__(self):
                return self.host

        e = RemoteError("db1")
        print(e, e.args, e.code, e.host)
      `,
      output: `
        import { Exception, str } from "@py2ts/runtime";

        class OpsError extends Exception {
          declare code: number;
        }
        OpsError.prototype.code = 1;

        class RemoteError extends OpsError {
          declare host: string;
          constructor(host: string) {
            super(host);
            this.host = host;
          }
          __str__(): string {
            return this.host;
          }
        }

        const e = new RemoteError("db1");
        console.log(\`\${str(e)} \${str(e.args, "tuple[object, ...]")} \${e.code} \${e.host}\`);
      `,
      exec: true,
    },
    {
      name: "static and class methods called through self use the object's class",
      code: `
        class Tool:
            prefix = "T"

            @staticmethod
            def norm(x):
                return x.lower()

            @classmethod
            def tag(cls, x):
                return cls.prefix + x

            def run(self, x):
                return self.norm(x) + self.tag(x)

        class Sub(Tool):
            prefix = "S"

        print(Tool().run("AB"), Sub().run("CD"))
      `,
      output: `
        class Tool {
          declare prefix: string;
          static norm(x: string): string {
            return x.toLowerCase();
          }
          static tag(x: string): string {
            return this.prototype.prefix + x;
          }
          run(x: string): string {
            return (this.constructor as typeof Tool).norm(x) + (this.constructor as typeof Tool).tag(x);
          }
        }
        Tool.prototype.prefix = "T";

        class Sub extends Tool {}
        Sub.prototype.prefix = "S";

        console.log(\`\${new Tool().run("AB")} \${new Sub().run("CD")}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "multiple inheritance",
      code: `
        class A:
            pass
        class B:
            pass
        class C(A, B):
            pass
      `,
      errors: [{ messageId: "multipleBases", line: 5 }],
    },
    {
      name: "unknown decorator",
      code: `
        import functools
        class A:
            @functools.cache
            def f(self):
                return 1
      `,
      errors: [{ messageId: "unsupportedDecorator", line: 3 }],
    },
  ],
});

/**
 * A pack that declares a library class `subclassable` (here `fakelib.Base`,
 * lowered to the runtime's `StringTemplate`): user classes extend the runtime
 * class, construct with its declared `__init__`, override its class
 * attributes and call its inherited methods.
 */
const fakelib = definePlugin({
  name: "fakelib-pack",
  modules: ["fakelib"],
  rules: [
    defineRule({
      meta: { id: "fakelib/names", description: "lowers fakelib.Base", messages: {}, phase: "early" },
      create: (ctx) => ({
        Name(path) {
          if (ctx.resolve(path.node) === "fakelib.Base") path.replaceWith(ctx.runtime("StringTemplate"));
        },
      }),
    }),
  ],
  declarations: {
    values: { "fakelib.Base": "(template: str) -> fakelib.Base" },
    classes: {
      "fakelib.Base": {
        subclassable: true,
        attributes: { template: "str", delimiter: "str" },
        methods: { __init__: "(template: str) -> None", get_identifiers: "() -> list[str]" },
      },
    },
  },
  tsTypes: { "fakelib.Base": { module: "@py2ts/runtime", name: "StringTemplate", args: [] } },
});

new RuleTester({ plugins: [rulesCore, fakelib] }).run(rule, {
  translates: [
    {
      name: "a user class deriving from a library class its pack declares subclassable",
      code: `
        from fakelib import Base
        class Mine(Base):
            delimiter = "%"
            def names(self) -> list[str]:
                return self.get_identifiers()
        class Wrapped(Base):
            def __init__(self, text: str, extra: int):
                super().__init__(text)
                self.extra = extra
        m = Mine(template="%a %b")
        print(m.names(), m.template, Wrapped("$x", 1).extra)
      `,
      output: `
        import { StringTemplate, getAttribute, str } from "@py2ts/runtime";

        class Mine extends StringTemplate {
          names(): string[] {
            return (getAttribute(this, "get_identifiers") as () => string[])();
          }
        }
        Mine.prototype.delimiter = "%";
        class Wrapped extends StringTemplate {
          declare extra: number;
          constructor(text: string, extra: number) {
            super(text);
            this.extra = extra;
          }
        }
        const m = new Mine("%a %b");
        console.log(\`\${str(m.names())} \${m.template} \${new Wrapped("$x", 1).extra}\`);
      `,
    },
  ],
  reports: [
    {
      name: "a subclass __init__ that skips the library __init__",
      code: `
        from fakelib import Base
        class Bad(Base):
            def __init__(self):
                self.x = 1
      `,
      errors: [{ messageId: "baseInitSkipped", line: 3 }],
    },
  ],
});
