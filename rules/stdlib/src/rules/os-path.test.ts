import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./os-path";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "Python's join, split and dirname, not Node's",
      code: `
        import os
        from os.path import join, basename
        print(join("logs", "/var/log", "app.log"), os.path.join("a/", "b", ""))
        print(os.path.dirname("app.log"), basename("logs/"), os.path.split("a/b//c"))
        print(os.path.splitext(".bashrc"), os.path.normpath("a//b/../c/"))
        print(os.path.relpath("a/b/c", "a/x"), os.path.exists("nope.txt"), os.path.isfile("."))
      `,
      output: `
        import * as fs from "node:fs";
        import {
          basename,
          dirname,
          isfile,
          normpath,
          pathJoin,
          pathSplit,
          relpath,
          splitext,
          str,
        } from "@py2ts/runtime";

        console.log(\`\${pathJoin("logs", "/var/log", "app.log")} \${pathJoin("a/", "b", "")}\`);
        console.log(
          \`\${dirname("app.log")} \${basename("logs/")} \${str(pathSplit("a/b//c"), "tuple[str, str]")}\`,
        );
        console.log(\`\${str(splitext(".bashrc"), "tuple[str, str]")} \${normpath("a//b/../c/")}\`);
        console.log(
          \`\${relpath("a/b/c", "a/x")} \${fs.existsSync("nope.txt") ? "True" : "False"} \${isfile(".") ? "True" : "False"}\`,
        );
      `,
      exec: true,
    },
    {
      name: "join with *args spreads",
      code: `
        import os
        parts = os.path.split("a/b")
        whole = os.path.join(*parts)
        nested = os.path.join("root", *parts)
      `,
      output: `
        import { pathJoin, pathSplit } from "@py2ts/runtime";

        const parts = pathSplit("a/b");
        const whole = pathJoin(...parts);
        const nested = pathJoin("root", ...parts);
      `,
    },
    {
      name: "functions as values and constants",
      code: `
        import os.path as osp
        size_of = osp.getsize
        sep = osp.sep
      `,
      output: `
        import { getsize } from "@py2ts/runtime";

        const size_of = getsize;
        const sep = "/";
      `,
    },
  ],
  reports: [
    {
      name: "an os.path function that is not mapped",
      code: `
        import os
        t = os.path.ismount("/")
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
});
