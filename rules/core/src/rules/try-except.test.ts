import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./try-except";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "typed handlers in order, else and finally",
      code: `
        try:
            raise KeyError("k")
        except (IndexError, KeyError) as e:
            print("lookup", e)
        except Exception:
            print("other")
        else:
            print("no error")
        finally:
            print("finally")
      `,
      output: `
        import { Exception, IndexError, KeyError, str, toPyException } from "@py2ts/runtime";

        try {
          let failed = false;
          try {
            throw new KeyError("k");
          } catch (error) {
            failed = true;
            const exc = toPyException(error);
            if (exc instanceof IndexError || exc instanceof KeyError) {
              const e = exc;
              console.log(\`lookup \${str(e)}\`);
            } else if (exc instanceof Exception) {
              console.log("other");
            } else {
              throw exc;
            }
          }
          if (!failed) {
            console.log("no error");
          }
        } finally {
          console.log("finally");
        }
      `,
      exec: true,
    },
    {
      name: "a handler never catches an unrelated exception",
      code: `
        try:
            try:
                raise ValueError("v")
            except KeyError:
                print("wrong")
        except ValueError as e:
            print("outer", e)
      `,
      output: `
        import { KeyError, ValueError, str, toPyException } from "@py2ts/runtime";

        try {
          try {
            throw new ValueError("v");
          } catch (error_1) {
            const exc_1 = toPyException(error_1);
            if (exc_1 instanceof KeyError) {
              console.log("wrong");
            } else {
              throw exc_1;
            }
          }
        } catch (error) {
          const exc = toPyException(error);
          if (exc instanceof ValueError) {
            const e = exc;
            console.log(\`outer \${str(e)}\`);
          } else {
            throw exc;
          }
        }
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "handler classes computed at run time",
      code: `
        errors = (KeyError, ValueError)
        try:
            pass
        except errors:
            pass
      `,
      errors: [{ messageId: "dynamicHandler", line: 4 }],
    },
  ],
});
