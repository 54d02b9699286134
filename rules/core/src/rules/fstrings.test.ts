import { RuleTester } from "@py2ts/core";
import rulesCore from "../index";
import rule from "./fstrings";

new RuleTester({ plugins: [rulesCore] }).run(rule, {
  translates: [
    {
      name: "plain fields are str() of the value",
      code: `
        name = "db"
        port = 5432
        ratio = 0.5
        ok = True
        print(f"{name}:{port} {ratio} {ok} {None} {[1, 2]} {{literal}}")
      `,
      output: `
        import { str } from "@py2ts/runtime";

        const name = "db";
        const port = 5432;
        const ratio = 0.5;
        const ok = true;
        console.log(
          \`\${name}:\${port} \${str(ratio, "float")} \${ok ? "True" : "False"} None \${str([1, 2])} {literal}\`,
        );
      `,
      exec: true,
    },
    {
      name: "format specs go through the runtime's format-spec implementation",
      code: `
        x = 2.675
        n = 1234567
        print(f"{x:.2f}|{n:,}|{n:>10}|{'s':*^7}|{255:#x}|{0.25:.1%}|{n:08d}|{x:g}")
      `,
      output: `
        import { format } from "@py2ts/runtime";

        const x = 2.675;
        const n = 1234567;
        console.log(
          \`\${format(x, ".2f", "float")}|\${format(n, ",")}|\${format(n, ">10")}|\${format("s", "*^7")}|\${format(255, "#x")}|\${format(0.25, ".1%", "float")}|\${format(n, "08d")}|\${format(x, "g", "float")}\`,
        );
      `,
      exec: true,
    },
    {
      name: "conversions, nested specs and self-documenting fields",
      code: `
        name = "db"
        width = 6
        print(f"{name!r} {name!s:>{width}} {width=} {name=!s} {width + 1 = }")
      `,
      output: `
        import { format, repr } from "@py2ts/runtime";

        const name = "db";
        const width = 6;
        console.log(
          \`\${repr(name)} \${format(name, \`>\${width}\`)} width=\${String(width)} name=\${name} width + 1 = \${String(width + 1)}\`,
        );
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "an int-or-float value is reported",
      code: `
        x = 1 if len("a") else 2.0
        print(f"{x}")
      `,
      errors: [{ messageId: "intFloat", line: 2 }],
    },
  ],
});
