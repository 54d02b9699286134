import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./logging";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "basicConfig to stdout: format, level, % arguments (a float keeps its .0), print interleaved",
      code: `
        import logging
        import sys
        log = logging.getLogger("app")

        def main():
            logging.basicConfig(level=logging.INFO, format="%(levelname)-8s %(name)s: %(message)s", stream=sys.stdout)
            print("start")
            log.debug("hidden %s", "x")
            log.info("copied %d file(s) to %s", 3, "/tmp")
            log.warning("took %s s", 2.0)
            print("between")
            log.error("failed: %r", "disk")
            logging.warning("from the root")
            logging.basicConfig(level=logging.DEBUG)
            log.debug("still hidden: basicConfig ran already")
            print(log.getEffectiveLevel(), log.isEnabledFor(logging.INFO), logging.getLevelName(log.getEffectiveLevel()))

        main()
      `,
      output: `
        import { logging, stdout, str } from "@py2ts/runtime";

        const log = logging.getLogger("app");

        function main(): void {
          logging.basicConfig({
            format: "%(levelname)-8s %(name)s: %(message)s",
            level: logging.INFO,
            stream: stdout,
          });
          console.log("start");
          log.debug("hidden %s", "x");
          log.info("copied %d file(s) to %s", 3, "/tmp");
          log.logWith(logging.WARNING, { hint: "tuple[float]" }, "took %s s", 2);
          console.log("between");
          log.error("failed: %r", "disk");
          logging.warning("from the root");
          logging.basicConfig({ level: logging.DEBUG });
          log.debug("still hidden: basicConfig ran already");
          console.log(
            \`\${log.getEffectiveLevel()} \${log.isEnabledFor(logging.INFO) ? "True" : "False"} \${str(logging.getLevelName(log.getEffectiveLevel()))}\`,
          );
        }

        main();
      `,
      exec: true,
    },
    {
      name: "handlers on the hierarchy, propagate, setLevel by name, a logger without handlers",
      code: `
        import logging
        import sys
        parent = logging.getLogger("svc")
        child = logging.getLogger("svc.db")
        handler = logging.StreamHandler(sys.stdout)
        handler.setFormatter(logging.Formatter("[%(levelname)s] %(name)s | %(message)s"))
        handler.setLevel(logging.INFO)
        parent.addHandler(handler)
        parent.setLevel("DEBUG")
        child.debug("below the handler's level")
        child.info("propagated to svc")
        print(child.parent is parent, child.hasHandlers(), logging.getLogger("svc.db") is child)
        child.propagate = False
        child.warning("goes nowhere: no handler on the way, but one exists")
        parent.removeHandler(handler)
        print(parent.hasHandlers(), len(parent.handlers))
        other = logging.getLogger("other")
        other.info("below WARNING: not shown by lastResort")
        print("done")
      `,
      output: `
        import { logging, stdout } from "@py2ts/runtime";

        const parent = logging.getLogger("svc");
        const child = logging.getLogger("svc.db");
        const handler = new logging.StreamHandler(stdout);
        handler.setFormatter(new logging.Formatter("[%(levelname)s] %(name)s | %(message)s"));
        handler.setLevel(logging.INFO);
        parent.addHandler(handler);
        parent.setLevel("DEBUG");
        child.debug("below the handler's level");
        child.info("propagated to svc");
        console.log(
          \`\${child.parent === parent ? "True" : "False"} \${child.hasHandlers() ? "True" : "False"} \${logging.getLogger("svc.db") === child ? "True" : "False"}\`,
        );
        child.propagate = false;
        child.warning("goes nowhere: no handler on the way, but one exists");
        parent.removeHandler(handler);
        console.log(\`\${parent.hasHandlers() ? "True" : "False"} \${parent.handlers.length}\`);
        const other = logging.getLogger("other");
        other.info("below WARNING: not shown by lastResort");
        console.log("done");
      `,
      exec: true,
    },
    {
      name: "FileHandler: records are in the file as soon as they are logged",
      code: `
        import logging
        import os
        import tempfile
        path = os.path.join(tempfile.mkdtemp(), "run.log")
        log = logging.getLogger("job")
        log.setLevel(logging.DEBUG)
        fh = logging.FileHandler(path, mode="w", encoding="utf-8")
        fh.setFormatter(logging.Formatter("%(levelno)d %(levelname)s:%(name)s:%(message)s"))
        log.addHandler(fh)
        log.debug("step %d of %d", 1, 2)
        log.critical("done: %s", "ok")
        with open(path, encoding="utf-8") as f:
            print(repr(f.read()))
        fh.close()
      `,
      output: `
        import { logging, mkdtemp, open, pathJoin, repr } from "@py2ts/runtime";

        const path = pathJoin(mkdtemp(), "run.log");
        const log = logging.getLogger("job");
        log.setLevel(logging.DEBUG);
        const fh = new logging.FileHandler(path, "w", "utf-8");
        fh.setFormatter(new logging.Formatter("%(levelno)d %(levelname)s:%(name)s:%(message)s"));
        log.addHandler(fh);
        log.debug("step %d of %d", 1, 2);
        log.critical("done: %s", "ok");
        const f = open(path, "r", { encoding: "utf-8" });
        try {
          console.log(\`\${repr(f.read())}\`);
        } finally {
          f.close();
        }
        fh.close();
      `,
      exec: true,
    },
    {
      name: "exception() and exc_info=True pass the exception being handled, named or not",
      code: `
        import logging
        log = logging.getLogger(__name__)

        def remove(path: str) -> None:
            try:
                open(path).close()
            except OSError as exc:
                log.exception("cannot open %s", path)
            try:
                int(path)
            except ValueError:
                log.warning("not a number: %s", path, exc_info=True)
      `,
      output: `
        import { OSError, ValueError, int, isMain, logging, open, toPyException } from "@py2ts/runtime";

        const log = logging.getLogger(isMain(import.meta.url) ? "__main__" : "main");

        function remove(path: string): void {
          try {
            open(path).close();
          } catch (error) {
            const exc_1 = toPyException(error);
            if (exc_1 instanceof OSError) {
              const exc = exc_1;
              // py2ts PY2TS3552: the logged traceback lists JavaScript frames; its last line (the exception) is Python's
              log.logWith(logging.ERROR, { exc_info: exc }, "cannot open %s", path);
            } else {
              throw exc_1;
            }
          }
          try {
            int(path);
          } catch (error_1) {
            const exc_2 = toPyException(error_1);
            if (exc_2 instanceof ValueError) {
              const handled = exc_2;
              // py2ts PY2TS3552: the logged traceback lists JavaScript frames; its last line (the exception) is Python's
              log.logWith(logging.WARNING, { exc_info: handled }, "not a number: %s", path);
            } else {
              throw exc_2;
            }
          }
        }
      `,
    },
    {
      name: "logging types in annotations",
      code: `
        import logging
        import sys

        def make_handler(level: int) -> logging.Handler:
            h = logging.StreamHandler(sys.stderr)
            h.setLevel(level)
            return h

        def attach(logger: logging.Logger) -> None:
            logger.addHandler(make_handler(logging.WARNING))
      `,
      output: `
        import { type LoggingLogger, type LoggingStreamHandler, logging, stderr } from "@py2ts/runtime";

        function make_handler(level: number): LoggingStreamHandler {
          const h = new logging.StreamHandler(stderr);
          h.setLevel(level);
          return h;
        }

        function attach(logger: LoggingLogger): void {
          logger.addHandler(make_handler(logging.WARNING));
        }
      `,
    },
  ],
  reports: [
    {
      name: "a format naming the Python caller is only approximated",
      code: `
        import logging
        logging.basicConfig(format="%(funcName)s:%(lineno)d %(message)s")
      `,
      errors: [
        { messageId: "callerField", line: 2 },
        { messageId: "callerField", line: 2 },
      ],
    },
    {
      name: "'{' style formats are not supported",
      code: `
        import logging
        f = logging.Formatter("{levelname} {message}", style="{")
      `,
      errors: [{ messageId: "unsupported", line: 2 }],
    },
    {
      name: "logging.config is not supported",
      code: `
        import logging.config
        logging.config.dictConfig({"version": 1})
      `,
      errors: [{ messageId: "unsupported", line: 2 }],
    },
    {
      name: "a Handler subclass is not supported",
      code: `
        import logging
        class ListHandler(logging.Handler):
            def emit(self, record):
                pass
      `,
      errors: [{ messageId: "unsupported", line: 2 }],
    },
    {
      name: "an unmapped function and an unmapped logger method",
      code: `
        import logging
        logging.captureWarnings(True)
        log = logging.getLogger("x")
        log.addFilter(None)
      `,
      errors: [
        { messageId: "unmappedName", line: 2 },
        { messageId: "unmappedMember", line: 4 },
      ],
    },
    {
      name: "a logged traceback has JavaScript frames",
      code: `
        import logging
        try:
            pass
        except Exception:
            logging.exception("failed")
      `,
      errors: [{ messageId: "traceback", line: 5 }],
    },
  ],
});
