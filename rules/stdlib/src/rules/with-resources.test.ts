import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./with-resources";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "with open() is try/finally, nested per item",
      code: `
        with open("a.txt", "w") as out, open("b.txt", "w") as log:
            out.write("first\\n")
            log.write("second\\n")
        with open("a.txt") as src:
            text = src.read()
        print(text, src.closed)
      `,
      output: `
        import { type TextFile, open } from "@py2ts/runtime";

        const out = open("a.txt", "w");
        try {
          const log = open("b.txt", "w");
          try {
            out.write("first\\n");
            log.write("second\\n");
          } finally {
            log.close();
          }
        } finally {
          out.close();
        }
        let src!: TextFile;
        let text!: string;
        src = open("a.txt");
        try {
          text = src.read();
        } finally {
          src.close();
        }
        console.log(\`\${text} \${src.closed ? "True" : "False"}\`);
      `,
      exec: true,
    },
    {
      name: "without a target, and over an existing file object",
      code: `
        with open("c.txt", "w"):
            pass
        fh = open("c.txt")
        with fh:
            data = fh.read()
      `,
      output: `
        import { open } from "@py2ts/runtime";

        const resource = open("c.txt", "w");
        try {
        } finally {
          resource.close();
        }
        const fh = open("c.txt");
        try {
          const data = fh.read();
        } finally {
          fh.close();
        }
      `,
    },
  ],
  ignores: [
    {
      name: "other context managers are left to the general with translation",
      code: `
        import threading
        lock = threading.Lock()
        with lock:
            pass
      `,
    },
  ],
});
