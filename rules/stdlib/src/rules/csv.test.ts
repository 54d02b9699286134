import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./csv";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "writer and DictWriter to stdout (CRLF rows, quoting)",
      code: `
        import csv
        import sys
        w = csv.writer(sys.stdout, delimiter=";")
        w.writerow("a;b")
        dw = csv.DictWriter(sys.stdout, fieldnames="hl", quoting=csv.QUOTE_ALL)
        dw.writeheader()
      `,
      output: `
        import { csv, stdout } from "@py2ts/runtime";

        const w = csv.writer(stdout, { delimiter: ";" });
        w.writerow("a;b");
        const dw = new csv.DictWriter(stdout, "hl", { quoting: csv.QUOTE_ALL });
        dw.writeheader();
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "an unknown format parameter",
      code: `
        import csv
        import sys
        w = csv.writer(sys.stdout, separator=";")
      `,
      errors: [{ messageId: "unbindable", line: 3 }],
    },
  ],
  ignores: [{ code: `reader = "x"\nprint(reader)` }],
});
