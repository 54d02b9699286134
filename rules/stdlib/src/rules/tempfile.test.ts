import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./tempfile";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "temporary directories and files",
      code: `
        import os
        import tempfile
        with tempfile.TemporaryDirectory(prefix="job-") as work:
            print(os.path.isdir(work))
        print(os.path.exists(work))
        made = tempfile.mkdtemp()
        os.rmdir(made)
        with tempfile.NamedTemporaryFile("w", suffix=".txt") as fh:
            fh.write("x")
      `,
      output: `
        import * as fs from "node:fs";
        import { TemporaryDirectory, isdir, mkdtemp, namedTemporaryFile } from "@py2ts/runtime";

        let work!: string;
        const tempDir = new TemporaryDirectory(null, "job-");
        work = tempDir.name;
        try {
          console.log(\`\${isdir(work) ? "True" : "False"}\`);
        } finally {
          tempDir.cleanup();
        }
        console.log(\`\${fs.existsSync(work) ? "True" : "False"}\`);
        const made = mkdtemp();
        fs.rmdirSync(made);
        const fh = namedTemporaryFile("w", { suffix: ".txt" });
        try {
          fh.write("x");
        } finally {
          fh.close();
        }
      `,
    },
  ],
  reports: [
    {
      name: "TemporaryFile is not mapped",
      code: `
        import tempfile
        f = tempfile.TemporaryFile()
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
});
