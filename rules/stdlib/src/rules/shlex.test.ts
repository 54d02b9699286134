import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./shlex";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "split, join and quote",
      code: `
        import shlex
        words = shlex.split("cp 'my file.txt' \\"dest dir\\"/ # done", comments=True)
        print(words, shlex.join(words), shlex.quote("it's"))
      `,
      output: `
        import { shlexJoin, shlexQuote, shlexSplit, str } from "@py2ts/runtime";

        const words = shlexSplit("cp 'my file.txt' \\"dest dir\\"/ # done", true);
        console.log(\`\${str(words)} \${shlexJoin(words)} \${shlexQuote("it's")}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "non-POSIX mode",
      code: `
        import shlex
        w = shlex.split("a b", posix=False)
      `,
      errors: [{ messageId: "unsupportedArgument", line: 2 }],
    },
  ],
});
