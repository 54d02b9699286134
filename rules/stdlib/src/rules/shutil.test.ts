import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./shutil";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "copies, moves and removals",
      code: `
        import os
        import shutil
        os.makedirs("src/sub", exist_ok=True)
        fh = open("src/sub/a.txt", "w")
        fh.write("data")
        fh.close()
        print(shutil.copyfile("src/sub/a.txt", "b.txt"), shutil.copy2("b.txt", "src"))
        print(shutil.copytree("src", "dst", dirs_exist_ok=True), shutil.move("b.txt", "dst/sub"))
        shutil.rmtree("src")
        print(os.path.exists("src"), os.listdir("dst/sub"))
        shutil.rmtree("dst")
      `,
      output: `
        import * as fs from "node:fs";
        import { copy2, copyfile, copytree, listdir, open, rmtree, shutilMove, str } from "@py2ts/runtime";

        fs.mkdirSync("src/sub", { recursive: true });
        const fh = open("src/sub/a.txt", "w");
        fh.write("data");
        fh.close();
        console.log(\`\${copyfile("src/sub/a.txt", "b.txt")} \${copy2("b.txt", "src")}\`);
        console.log(\`\${copytree("src", "dst", { dirs_exist_ok: true })} \${shutilMove("b.txt", "dst/sub")}\`);
        rmtree("src");
        console.log(\`\${fs.existsSync("src") ? "True" : "False"} \${str(listdir("dst/sub"))}\`);
        rmtree("dst");
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "rmtree with an error callback",
      code: `
        import shutil
        shutil.rmtree("x", onerror=print)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
    {
      name: "archives are not mapped",
      code: `
        import shutil
        shutil.make_archive("out", "zip", "src")
      `,
      errors: [{ messageId: "unmappedName", line: 2 }],
    },
  ],
});
