import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./with-statement";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "class-based managers, nested, with suppression by __exit__",
      code: `
        class Section:
            def __init__(self, name, swallow):
                self.name = name
                self.swallow = swallow

            def __enter__(self):
                print("enter", self.name)
                return self.name

            def __exit__(self, exc_type, exc, tb):
                print("exit", self.name)
                return self.swallow

        with Section("a", False) as got, Section("b", True) as other:
            print("inside", got, other)
            raise KeyError("x")
        print("after")
      `,
      output: `
        import { BaseException, KeyError, toPyException } from "@py2ts/runtime";

        class Section {
          declare name: string;
          declare swallow: boolean;
          constructor(name: string, swallow: boolean) {
            this.name = name;
            this.swallow = swallow;
          }
          __enter__(): string {
            console.log(\`enter \${this.name}\`);
            return this.name;
          }
          __exit__(exc_type: typeof BaseException | null, exc: BaseException | null, tb: null): boolean {
            console.log(\`exit \${this.name}\`);
            return this.swallow;
          }
        }

        const manager = new Section("a", false);
        const got = manager.__enter__();
        let ok = true;
        try {
          const manager_1 = new Section("b", true);
          const other = manager_1.__enter__();
          let ok_1 = true;
          try {
            console.log(\`inside \${got} \${other}\`);
            throw new KeyError("x");
          } catch (error_1) {
            ok_1 = false;
            const exc_2 = toPyException(error_1);
            if (!manager_1.__exit__(exc_2.constructor as typeof BaseException, exc_2, null)) {
              throw exc_2;
            }
          } finally {
            if (ok_1) {
              manager_1.__exit__(null, null, null);
            }
          }
        } catch (error) {
          ok = false;
          const exc_1 = toPyException(error);
          if (!manager.__exit__(exc_1.constructor as typeof BaseException, exc_1, null)) {
            throw exc_1;
          }
        } finally {
          if (ok) {
            manager.__exit__(null, null, null);
          }
        }
        console.log("after");
      `,
      exec: true,
    },
    {
      name: "contextlib.suppress",
      code: `
        import contextlib

        with contextlib.suppress(KeyError, ValueError):
            raise KeyError("y")
        print("done")
      `,
      output: `
        import { KeyError, ValueError, toPyException } from "@py2ts/runtime";

        try {
          throw new KeyError("y");
        } catch (error) {
          const exc = toPyException(error);
          if (!(exc instanceof KeyError || exc instanceof ValueError)) {
            throw exc;
          }
        }
        console.log("done");
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "suppress with computed classes",
      code: `
        import contextlib
        errors = (KeyError,)
        with contextlib.suppress(*errors):
            pass
      `,
      errors: [{ messageId: "dynamicSuppress", line: 3 }],
    },
  ],
});
