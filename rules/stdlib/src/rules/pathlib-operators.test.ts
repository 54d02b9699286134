import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./pathlib-operators";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "path / str, str / path, chains",
      code: `
        from pathlib import Path
        root = Path("archive")
        target = root / "2024" / "01"
        other = "/srv" / Path("data")
        print(target, other, root / "/abs")
      `,
      output: `
        import { Path, str } from "@py2ts/runtime";

        const root = new Path("archive");
        const target = root.joinpath("2024").joinpath("01");
        const other = new Path("/srv", new Path("data"));
        console.log(\`\${str(target)} \${str(other)} \${str(root.joinpath("/abs"))}\`);
      `,
      exec: true,
    },
  ],
  ignores: [{ code: `x = 6 / 3` }],
});
