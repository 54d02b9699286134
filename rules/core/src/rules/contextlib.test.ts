import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./contextlib";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "contextmanager generators see the with body's exception; ExitStack unwinds in reverse",
      code: `
        import contextlib

        @contextlib.contextmanager
        def transaction(log):
            log.append("begin")
            try:
                yield log
            except Exception as exc:
                log.append(f"rollback ({exc})")
                raise
            else:
                log.append("commit")

        def done(what):
            print("callback", what)

        log = []
        with transaction(log) as got:
            log.append("insert 1")
        try:
            with transaction(log):
                log.append("insert 2")
                raise RuntimeError("constraint violated")
        except RuntimeError:
            pass
        print(log, got is log)
        with contextlib.ExitStack() as stack:
            stack.callback(done, "first")
            stack.callback(done, "second")
            print("managing")
      `,
      output: `
        import {
          BaseException,
          Exception,
          ExitStack,
          RuntimeError,
          contextmanager,
          str,
          toPyException,
        } from "@py2ts/runtime";

        const transaction = contextmanager(function* transaction(
          log: string[],
        ): Generator<string[], void, unknown> {
          log.push("begin");
          let failed = false;
          try {
            yield log;
          } catch (error) {
            failed = true;
            const exc_1 = toPyException(error);
            if (exc_1 instanceof Exception) {
              const exc = exc_1;
              log.push(\`rollback (\${str(exc)})\`);
              throw exc_1;
            } else {
              throw exc_1;
            }
          }
          if (!failed) {
            log.push("commit");
          }
        });

        // py2ts PY2TS4202: the type of parameter 'what' could not be inferred; it is declared as unknown
        function done(what: unknown): void {
          console.log(\`callback \${str(what)}\`);
        }

        const log: string[] = [];
        let got!: string[];
        const manager = transaction(log);
        got = manager.__enter__();
        let ok = true;
        try {
          log.push("insert 1");
        } catch (error_1) {
          ok = false;
          const exc_2 = toPyException(error_1);
          if (!manager.__exit__(exc_2.constructor as typeof BaseException, exc_2, null)) {
            throw exc_2;
          }
        } finally {
          if (ok) {
            manager.__exit__(null, null, null);
          }
        }
        try {
          const manager_1 = transaction(log);
          manager_1.__enter__();
          let ok_1 = true;
          try {
            log.push("insert 2");
            throw new RuntimeError("constraint violated");
          } catch (error_3) {
            ok_1 = false;
            const exc_4 = toPyException(error_3);
            if (!manager_1.__exit__(exc_4.constructor as typeof BaseException, exc_4, null)) {
              throw exc_4;
            }
          } finally {
            if (ok_1) {
              manager_1.__exit__(null, null, null);
            }
          }
        } catch (error_2) {
          const exc_3 = toPyException(error_2);
          if (exc_3 instanceof RuntimeError) {
          } else {
            throw exc_3;
          }
        }
        console.log(\`\${str(log)} \${got === log ? "True" : "False"}\`);
        const manager_2 = new ExitStack();
        const stack = manager_2.__enter__();
        let ok_2 = true;
        try {
          stack.callback(done, "first");
          stack.callback(done, "second");
          console.log("managing");
        } catch (error_4) {
          ok_2 = false;
          const exc_5 = toPyException(error_4);
          if (!manager_2.__exit__(exc_5.constructor as typeof BaseException, exc_5, null)) {
            throw exc_5;
          }
        } finally {
          if (ok_2) {
            manager_2.__exit__(null, null, null);
          }
        }
      `,
      exec: true,
    },
  ],
});
