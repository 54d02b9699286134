import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./open";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "write, then read back with universal newlines",
      code: `
        fh = open("notes.txt", "w")
        n = fh.write("one\\r\\ntwo\\n")
        fh.close()
        src = open("notes.txt")
        first = src.readline()
        rest = src.read()
        src.close()
        print(n, first, rest, src.closed)
      `,
      output: `
        import { open } from "@py2ts/runtime";

        const fh = open("notes.txt", "w");
        const n = fh.write("one\\r\\ntwo\\n");
        fh.close();
        const src = open("notes.txt");
        const first = src.readline();
        const rest = src.read();
        src.close();
        console.log(\`\${n} \${first} \${rest} \${src.closed ? "True" : "False"}\`);
      `,
      exec: true,
    },
    {
      name: "keyword arguments become an options object",
      code: `
        out = open("crlf.txt", "w", newline="\\r\\n", encoding="utf-8")
        out.write("a\\nb\\n")
        out.close()
        raw = open("crlf.txt", "rb")
        print(raw.read())
        raw.close()
        keep = open("crlf.txt", newline="")
        print(keep.readline(), keep.read())
        keep.close()
      `,
      output: `
        import { open, openBinary, str } from "@py2ts/runtime";

        const out = open("crlf.txt", "w", { encoding: "utf-8", newline: "\\r\\n" });
        out.write("a\\nb\\n");
        out.close();
        const raw = openBinary("crlf.txt", "rb");
        console.log(\`\${str(raw.read())}\`);
        raw.close();
        const keep = open("crlf.txt", "r", { newline: "" });
        console.log(\`\${keep.readline()} \${keep.read()}\`);
        keep.close();
      `,
      exec: true,
    },
    {
      name: "binary writes and the standard streams",
      code: `
        import sys
        bin = open("data.bin", "wb")
        bin.write(open("crlf.txt", "rb").read())
        bin.close()
        sys.stdout.write("done\\n")
        sys.stdout.flush()
      `,
      output: `
        import { openBinary, stdout } from "@py2ts/runtime";

        const bin = openBinary("data.bin", "wb");
        bin.write(openBinary("crlf.txt", "rb").read());
        bin.close();
        stdout.write("done\\n");
        stdout.flush();
      `,
    },
    {
      name: "in-memory streams are file objects too",
      code: `
        import io
        buf = io.StringIO()
        buf.write("hello\\n")
        print("world", file=buf)
        with io.StringIO("a\\nb\\n") as src:
            first = src.readline()
        print(buf.getvalue(), first)
      `,
      output: `
        import { StringIO, printWith } from "@py2ts/runtime";

        const buf = new StringIO();
        buf.write("hello\\n");
        printWith({ file: buf }, "world");
        let first!: string;
        const src = new StringIO("a\\nb\\n");
        try {
          first = src.readline();
        } finally {
          src.close();
        }
        console.log(\`\${buf.getvalue()} \${first}\`);
      `,
      exec: true,
    },
    {
      name: "a variable holding sys.stdout or a file",
      code: `
        import sys
        out = sys.stdout
        out.write("to stdout\\n")
        out = open("log.txt", "w")
        out.write("to the file\\n")
      `,
      output: `
        import { type TextFile, type TextStream, open, stdout } from "@py2ts/runtime";

        let out: TextFile | TextStream = stdout;
        out.write("to stdout\\n");
        out = open("log.txt", "w");
        out.write("to the file\\n");
      `,
    },
  ],
  reports: [
    {
      name: "a computed mode",
      code: `
        mode = "r"
        fh = open("x", mode)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
    {
      name: "an encoding the runtime does not have",
      code: `fh = open("x", encoding="cp1252")`,
      errors: [{ messageId: "unsupportedArgument", line: 1 }],
    },
    {
      name: "a member the file object does not have",
      code: `
        fh = open("x", "rb")
        print(fh.raw)
      `,
      errors: [{ messageId: "unmappedMember", line: 2 }],
    },
    {
      name: "a computed encoding",
      code: `
        enc = "utf-8"
        fh = open("x", encoding=enc)
      `,
      errors: [{ messageId: "computedEncoding", line: 2 }],
    },
  ],
  ignores: [{ code: `print(len("open"))` }],
});
