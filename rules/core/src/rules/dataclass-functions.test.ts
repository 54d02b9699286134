import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./dataclass-functions";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "dataclasses: generated methods, frozen, order, asdict and replace",
      code: `
        import dataclasses
        from dataclasses import dataclass, field, asdict, replace

        @dataclass
        class Host:
            name: str
            port: int = 22
            tags: list = field(default_factory=list)
            secret: str = field(default="", repr=False)

        @dataclass(frozen=True, order=True)
        class Task:
            priority: int
            name: str = field(compare=False)

        h = Host("web1", tags=["a"])
        print(h, h == Host("web1", 22, ["a"]), asdict(h), replace(h, port=2222))
        t = Task(2, "deploy")
        try:
            t.priority = 1
        except dataclasses.FrozenInstanceError as err:
            print("frozen:", err)
        print(sorted([t, Task(1, "backup")]), Task(1, "a") == Task(1, "b"))
      `,
      output: `
        import {
          FrozenInstanceError,
          asdict,
          dataclassEq,
          dataclassHash,
          dataclassOrder,
          dataclassReplace,
          dataclassRepr,
          eq,
          finishDataclass,
          registerDataclass,
          sorted,
          str,
          toPyException,
        } from "@py2ts/runtime";

        class Host {
          declare name: string;
          declare tags: string[];
          declare port: number;
          declare secret: string;
          constructor(name: string, port: number = 22, tags: string[] = [], secret: string = "") {
            this.name = name;
            this.port = port;
            this.tags = tags;
            this.secret = secret;
            finishDataclass(this, Host, new.target);
          }
          __repr__(): string {
            return dataclassRepr(this);
          }
          __eq__(other: unknown): boolean | symbol {
            return dataclassEq(this, other);
          }
        }
        Host.prototype.port = 22;
        Host.prototype.secret = "";
        registerDataclass(Host, [
          { name: "name", init: true, repr: true, compare: true, hint: null },
          { name: "port", init: true, repr: true, compare: true, hint: null },
          { name: "tags", init: true, repr: true, compare: true, hint: null },
          { name: "secret", init: true, repr: false, compare: true, hint: null },
        ]);

        class Task {
          declare priority: number;
          declare name: string;
          constructor(priority: number, name: string) {
            this.priority = priority;
            this.name = name;
            finishDataclass(this, Task, new.target);
          }
          __repr__(): string {
            return dataclassRepr(this);
          }
          __eq__(other: unknown): boolean | symbol {
            return dataclassEq(this, other);
          }
          __lt__(other: unknown): boolean | symbol {
            return dataclassOrder(this, other, "<");
          }
          __le__(other: unknown): boolean | symbol {
            return dataclassOrder(this, other, "<=");
          }
          __gt__(other: unknown): boolean | symbol {
            return dataclassOrder(this, other, ">");
          }
          __ge__(other: unknown): boolean | symbol {
            return dataclassOrder(this, other, ">=");
          }
          __hash__(): number {
            return dataclassHash(this);
          }
        }
        registerDataclass(
          Task,
          [
            { name: "priority", init: true, repr: true, compare: true, hint: null },
            { name: "name", init: true, repr: true, compare: false, hint: null },
          ],
          true,
        );

        const h = new Host("web1", undefined, ["a"]);
        console.log(
          \`\${str(h)} \${eq(h, new Host("web1", 22, ["a"])) ? "True" : "False"} \${str(asdict(h))} \${str(dataclassReplace(h, new Map<string, unknown>([["port", 2222]])))}\`,
        );
        const t = new Task(2, "deploy");
        try {
          t.priority = 1;
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof FrozenInstanceError) {
            const err = exc;
            console.log(\`frozen: \${str(err)}\`);
          } else {
            throw exc;
          }
        }
        console.log(
          \`\${str(sorted([t, new Task(1, "backup")]))} \${eq(new Task(1, "a"), new Task(1, "b")) ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
  ],
});
