import { RuleTester } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "../index";
import rule from "./argparse";

new RuleTester({ plugins: [rulesCore, rulesStdlib] }).run(rule, {
  translates: [
    {
      name: "options, defaults, help text and the typed Namespace",
      code: `
        import argparse
        parser = argparse.ArgumentParser(prog="tool", description="Clean old files.")
        parser.add_argument("--days", type=int, default=7, help="age in days (default: %(default)s)")
        parser.add_argument("--ratio", type=float, default=2.0, help="ratio (default: %(default)s)")
        parser.add_argument("-n", "--dry-run", action="store_true")
        parser.add_argument("-v", "--verbose", action="count", default=0)
        parser.add_argument("--name", metavar="NAME")
        args = parser.parse_args()
        print(args.days, args.ratio, args.dry_run, args.verbose, args.name)
        print(args)
        parser.print_help()
      `,
      output: `
        import { argparse, float, int, str } from "@py2ts/runtime";

        type ParsedArgs = {
          days: number;
          ratio: number;
          dry_run: boolean;
          verbose: number;
          name: null | string;
        };
        const parser = new argparse.ArgumentParser({ prog: "tool", description: "Clean old files." });
        parser.add_argument("--days", {
          default: 7,
          type: int,
          help: "age in days (default: %(default)s)",
        });
        parser.add_argument("--ratio", {
          default: 2,
          type: float,
          help: "ratio (default: %(default)s)",
          hint: "float",
        });
        parser.add_argument("-n", "--dry-run", { action: "store_true" });
        parser.add_argument("-v", "--verbose", { action: "count", default: 0 });
        parser.add_argument("--name", { metavar: "NAME" });
        const args = parser.parse_args<ParsedArgs>();
        console.log(
          \`\${args.days} \${str(args.ratio, "float")} \${args.dry_run ? "True" : "False"} \${args.verbose} \${str(args.name)}\`,
        );
        console.log(\`\${str(args)}\`);
        parser.print_help();
      `,
      exec: true,
    },
    {
      name: "groups, subcommands and set_defaults",
      code: `
        import argparse
        parser = argparse.ArgumentParser(prog="ops", formatter_class=argparse.RawDescriptionHelpFormatter)
        group = parser.add_mutually_exclusive_group()
        group.add_argument("-q", "--quiet", action="store_true")
        sub = parser.add_subparsers(dest="command", metavar="COMMAND")
        deploy = sub.add_parser("deploy", help="roll out")
        deploy.add_argument("service")
        deploy.set_defaults(level=3)
        args = parser.parse_args()
        print(args.command)
      `,
      output: `
        import { argparse, str } from "@py2ts/runtime";

        type ParsedArgs = {
          quiet: boolean;
          command: null | string;
          service: string;
          level: number;
        };
        const parser = new argparse.ArgumentParser({
          prog: "ops",
          formatter_class: argparse.RawDescriptionHelpFormatter,
        });
        const group = parser.add_mutually_exclusive_group();
        group.add_argument("-q", "--quiet", { action: "store_true" });
        const sub = parser.add_subparsers({ dest: "command", metavar: "COMMAND" });
        const deploy = sub.add_parser("deploy", { help: "roll out" });
        deploy.add_argument("service");
        deploy.set_defaults({ level: 3 });
        const args = parser.parse_args<ParsedArgs>();
        console.log(\`\${str(args.command)}\`);
      `,
      exec: true,
    },
  ],
  reports: [
    {
      name: "a custom Action class",
      code: `
        import argparse
        class Store(argparse.Action):
            pass
        parser = argparse.ArgumentParser()
        parser.add_argument("--x", action=Store)
      `,
      errors: [{ messageId: "unsupportedOption", line: 5 }],
    },
    {
      name: "an attribute no argument defines",
      code: `
        import argparse
        parser = argparse.ArgumentParser()
        parser.add_argument("--days", type=int, default=7)
        args = parser.parse_args()
        print(args.weeks)
      `,
      errors: [{ messageId: "unknownAttribute", line: 5 }],
    },
    {
      name: "an unknown keyword",
      code: `
        import argparse
        parser = argparse.ArgumentParser()
        parser.add_argument("--days", kind=int)
      `,
      errors: [{ messageId: "unbindable", line: 3 }],
    },
  ],
  ignores: [{ code: `parser = object()\nprint(parser)` }],
});
