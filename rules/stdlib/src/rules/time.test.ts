import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./time";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "clocks and a blocking sleep",
      code: `
        import time
        from time import sleep
        start = time.monotonic()
        sleep(0.01)
        now = time.time()
        print("slept")
      `,
      output: `
        import { sleep } from "@py2ts/runtime";

        const start = performance.now() / 1000;
        sleep(0.01);
        const now = Date.now() / 1000;
        console.log("slept");
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "time formatting is not mapped",
      code: `
        import time
        stamp = time.strftime("%Y")
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
});
