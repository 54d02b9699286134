import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./os";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "directories, renames and removals map to node:fs",
      code: `
        import os
        os.makedirs("build/out", exist_ok=True)
        os.mkdir("build/tmp")
        fh = open("build/out/a.txt", "w")
        fh.write("abc")
        fh.close()
        os.rename("build/out/a.txt", "build/out/b.txt")
        print(os.listdir("build/out"))
        os.remove("build/out/b.txt")
        os.rmdir("build/tmp")
        print(os.listdir("build"))
      `,
      output: `
        import * as fs from "node:fs";
        import { listdir, open, str } from "@py2ts/runtime";

        fs.mkdirSync("build/out", { recursive: true });
        fs.mkdirSync("build/tmp");
        const fh = open("build/out/a.txt", "w");
        fh.write("abc");
        fh.close();
        fs.renameSync("build/out/a.txt", "build/out/b.txt");
        console.log(\`\${str(listdir("build/out"))}\`);
        fs.unlinkSync("build/out/b.txt");
        fs.rmdirSync("build/tmp");
        console.log(\`\${str(listdir("build"))}\`);
      `,
      exec: true,
    },
    {
      name: "stat results, environment and constants",
      code: `
        import os
        from os import getenv
        fh = open("data.txt", "w")
        fh.write("12345")
        fh.close()
        st = os.stat("data.txt")
        print(st.st_size, os.sep, os.curdir)
        print(getenv("PY2TS_UNSET_VARIABLE", "fallback"), os.getenv("PY2TS_UNSET_VARIABLE"))
        home = os.environ["HOME"]
        os.makedirs("a/b/c")
        print(os.path.isdir("a/b/c"))
      `,
      output: `
        import { environ, getItem, isdir, makedirs, open, stat, str } from "@py2ts/runtime";

        const fh = open("data.txt", "w");
        fh.write("12345");
        fh.close();
        const st = stat("data.txt");
        console.log(\`\${st.st_size} / .\`);
        console.log(
          \`\${process.env["PY2TS_UNSET_VARIABLE"] ?? "fallback"} \${str(process.env["PY2TS_UNSET_VARIABLE"] ?? null)}\`,
        );
        const home = getItem(environ, "HOME");
        makedirs("a/b/c");
        console.log(\`\${isdir("a/b/c") ? "True" : "False"}\`);
      `,
    },
  ],
  reports: [
    {
      name: "a function of os that is not mapped",
      code: `
        import os
        load = os.getloadavg()
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
    {
      name: "dir_fd has no Node counterpart",
      code: `
        import os
        os.remove("x", dir_fd=3)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
    {
      name: "os.popen keeps the shell",
      code: `
        import os
        listing = os.popen("ls").read()
      `,
      errors: [{ messageId: "shell", line: 2 }],
    },
    {
      name: "os.popen for writing is not supported",
      code: `
        import os
        pipe = os.popen("cat", "w")
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
    {
      name: "os.system keeps the shell",
      code: `
        import os
        os.system("ls")
      `,
      errors: [{ messageId: "shell", line: 2 }],
    },
  ],
  ignores: [{ code: `print("os.getcwd()")` }],
});
