import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./raise";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "raise from, re-raise and implicit chaining",
      code: `
        try:
            try:
                raise ValueError("inner")
            except ValueError as exc:
                raise KeyError("k") from exc
        except KeyError as err:
            print(err.__cause__, err.__suppress_context__)
        try:
            try:
                raise ValueError("inner")
            except ValueError:
                raise
        except ValueError as err:
            print("reraised", err)
        raise TypeError
      `,
      output: `
        import {
          KeyError,
          TypeError,
          ValueError,
          raiseFrom,
          str,
          toPyException,
          withContext,
        } from "@py2ts/runtime";

        try {
          try {
            throw new ValueError("inner");
          } catch (error_1) {
            const exc_2 = toPyException(error_1);
            if (exc_2 instanceof ValueError) {
              const exc = exc_2;
              throw withContext(raiseFrom(new KeyError("k"), exc), exc_2);
            } else {
              throw exc_2;
            }
          }
        } catch (error) {
          const exc_1 = toPyException(error);
          if (exc_1 instanceof KeyError) {
            const err = exc_1;
            console.log(\`\${str(err.__cause__)} \${err.__suppress_context__ ? "True" : "False"}\`);
          } else {
            throw exc_1;
          }
        }
        try {
          try {
            throw new ValueError("inner");
          } catch (error_3) {
            const exc_4 = toPyException(error_3);
            if (exc_4 instanceof ValueError) {
              throw exc_4;
            } else {
              throw exc_4;
            }
          }
        } catch (error_2) {
          const exc_3 = toPyException(error_2);
          if (exc_3 instanceof ValueError) {
            const err = exc_3;
            console.log(\`reraised \${str(err)}\`);
          } else {
            throw exc_3;
          }
        }
        throw new TypeError();
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "raising something that is not an exception",
      code: `
        raise "text"
      `,
      errors: [{ messageId: "notAnException", line: 1 }],
    },
  ],
});
