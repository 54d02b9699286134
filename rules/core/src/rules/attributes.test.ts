import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./attributes";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "__name__ of one of several functions",
      code: `
        def load():
            return 1


        def save():
            return 2


        for fn in (load, save):
            print(fn.__name__, fn())
      `,
      output: `
        import { str } from "@py2ts/runtime";

        function load(): number {
          return 1;
        }

        function save(): number {
          return 2;
        }

        for (const fn of [load, save] as const) {
          console.log(\`\${str(fn.name)} \${fn()}\`);
        }
      `,
      exec: true,
    },
    {
      name: "attributes stored on an instance of one of several classes",
      code: `
        import sys
        class A:
            def __init__(self):
                self.a = 1
        class B(A):
            pass
        class C(A):
            pass
        x = B() if len(sys.argv) > 50 else C()
        x.tag = "t"
        print(x.a, x.tag)
      `,
      output: `
        import { argv, getAttribute, setAttribute, str } from "@py2ts/runtime";

        class A {
          declare a: number;
          constructor() {
            this.a = 1;
          }
        }
        class B extends A {}
        class C extends A {}
        const x: B | C = argv.length > 50 ? new B() : new C();
        setAttribute(x, "tag", "t");
        console.log(\`\${x.a} \${str(getAttribute(x, "tag"))}\`);
      `,
      exec: true,
    },
    {
      name: "attributes of instances and classes",
      code: `
        class Job:
            kind = "batch"

            def __init__(self, name):
                self.name = name


        job = Job("nightly")
        print(job.name, Job.kind, job.kind, Job.__name__)
      `,
      output: `
        class Job {
          declare name: string;
          declare kind: string;
          constructor(name: string) {
            this.name = name;
          }
        }
        Job.prototype.kind = "batch";

        const job = new Job("nightly");
        console.log(\`\${job.name} \${Job.prototype.kind} \${job.kind} \${Job.name}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "attributes of values of unknown type",
      code: `
        y = [][0]
        print(y.foo)
      `,
      errors: [{ messageId: "unknownOwner", line: 2 }],
    },
    {
      name: "attributes JavaScript values do not have",
      code: `
        print((1).real)
      `,
      errors: [{ messageId: "builtinAttribute", line: 1 }],
    },
  ],
});
