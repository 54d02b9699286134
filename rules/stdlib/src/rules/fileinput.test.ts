import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./fileinput";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "input() starts the module state",
      code: `
        import fileinput
        fh = open("one.txt", "w")
        fh.write("a\\nb\\n")
        fh.close()
        lines = fileinput.input(files="one.txt")
        print(fileinput.filename(), fileinput.lineno())
      `,
      output: `
        import { fileinput, fileinputFilename, fileinputLineno, open, str } from "@py2ts/runtime";

        const fh = open("one.txt", "w");
        fh.write("a\\nb\\n");
        fh.close();
        const lines = fileinput("one.txt");
        console.log(\`\${str(fileinputFilename())} \${fileinputLineno()}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "in-place editing",
      code: `
        import fileinput
        lines = fileinput.input("x", inplace=True)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
  ],
});
