import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./pathlib";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "construction, properties, file system methods",
      code: `
        from pathlib import Path
        base = Path("reports")
        base.mkdir(parents=True, exist_ok=True)
        report = base / "daily-2024-01-15.csv"
        report.write_text("a,b\\n")
        print(report, report.name, report.stem, report.suffix, report.parent, report.exists())
        print(report.stat().st_size, report.read_text(), report.parts)
        print(report.relative_to("reports").as_posix(), Path.cwd().is_absolute(), report.with_suffix(".txt"))
      `,
      output: `
        import { Path, str } from "@py2ts/runtime";

        const base = new Path("reports");
        base.mkdir(undefined, true, true);
        const report = base.joinpath("daily-2024-01-15.csv");
        report.write_text("a,b\\n");
        console.log(
          \`\${str(report)} \${report.name} \${report.stem} \${report.suffix} \${str(report.parent)} \${report.exists() ? "True" : "False"}\`,
        );
        console.log(
          \`\${report.stat().st_size} \${report.read_text()} \${str(report.parts, "tuple[str, ...]")}\`,
        );
        console.log(
          \`\${report.relative_to("reports").as_posix()} \${Path.cwd().is_absolute() ? "True" : "False"} \${str(report.with_suffix(".txt"))}\`,
        );
      `,
      exec: true,
    },
    {
      name: "open() on a path follows the mode",
      code: `
        import pathlib
        p = pathlib.Path("x.bin")
        p.write_bytes(pathlib.Path("x.bin").read_bytes())
        fh = p.open("rb")
        t = p.open("w", encoding="utf-8")
      `,
      output: `
        import { Path } from "@py2ts/runtime";

        const p = new Path("x.bin");
        p.write_bytes(new Path("x.bin").read_bytes());
        const fh = p.openBinary("rb");
        const t = p.open("w", { encoding: "utf-8" });
      `,
      typeCheck: false,
    },
  ],
  reports: [
    {
      name: "a member the runtime Path does not have",
      code: `
        from pathlib import Path
        owner = Path(".").owner()
      `,
      errors: [{ messageId: "unmappedMember", line: 2 }],
    },
  ],
});
