import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./unmapped-names";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [],
  reports: [
    { code: `import math\nx = math.frexp(2.0)`, errors: [{ messageId: "unmapped", line: 2 }] },
    { code: `from json import JSONEncoder\nenc = JSONEncoder`, errors: [{ messageId: "unmapped", line: 2 }] },
  ],
  ignores: [{ code: `import math\nprint(math.pi)` }],
});
