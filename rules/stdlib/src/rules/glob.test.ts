import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./glob";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "glob with recursion, fnmatch and filter",
      code: `
        import fnmatch
        import glob
        import os
        os.makedirs("logs/old", exist_ok=True)
        open("logs/a.log", "w").close()
        open("logs/.hidden.log", "w").close()
        open("logs/old/b.log", "w").close()
        print(glob.glob("logs/*.log"), glob.glob("logs/**/*.log", recursive=True))
        print(fnmatch.fnmatch("a.log", "*.log"), fnmatch.filter(os.listdir("logs/old"), "[ab]*"))
      `,
      output: `
        import * as fs from "node:fs";
        import { fnmatch, fnmatchFilter, glob, listdir, open, str } from "@py2ts/runtime";

        fs.mkdirSync("logs/old", { recursive: true });
        open("logs/a.log", "w").close();
        open("logs/.hidden.log", "w").close();
        open("logs/old/b.log", "w").close();
        console.log(\`\${str(glob("logs/*.log"))} \${str(glob("logs/**/*.log", null, true))}\`);
        console.log(
          \`\${fnmatch("a.log", "*.log") ? "True" : "False"} \${str(fnmatchFilter(listdir("logs/old"), "[ab]*"))}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "dir_fd",
      code: `
        import glob
        g = glob.glob("*", dir_fd=3)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
  ],
});
