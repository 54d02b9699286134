import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./module-attributes";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "__doc__ is the module docstring, also inside functions",
      code: `
        """Rotate logs.

        Keeps seven days.
        """


        def usage():
            return __doc__


        print(usage())
      `,
      output: `
        /**
         * Rotate logs.
         *
         * Keeps seven days.
         *
         */
        import { str } from "@py2ts/runtime";

        function usage(): null | string {
          return "Rotate logs.\\n\\nKeeps seven days.\\n";
        }

        console.log(\`\${str(usage())}\`);
      `,
      exec: true,
    },
    {
      name: "__doc__ without a docstring is None",
      code: `
        print(__doc__)
      `,
      output: `
        import { str } from "@py2ts/runtime";

        console.log(\`\${str(null)}\`);
      `,
      exec: true,
    },
  ],
});
