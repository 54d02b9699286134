import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./dynamic-calls";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  // what callMethod/callValue do at run time is tested with the runtime (dynamic-dispatch.test.ts)
  reports: [
    {
      name: "a method call on a value of unknown type is reported as dispatched at run time",
      code: `
        def shout(word):
            return word.upper()
        handlers = [shout]
      `,
      errors: [{ messageId: "dynamicMethod", line: 2 }],
    },
    {
      name: "an unmapped library function is reported, not guessed",
      code: `
        import logging
        log = logging.getLogger("x")
      `,
      errors: [{ messageId: "unmappedCall", line: 2 }],
    },
  ],
  ignores: [
    {
      name: "calls whose types are known are left to the specific rules",
      code: `
        words = "a b".split()
        print(len(words), words.count("a"))
      `,
    },
  ],
});
