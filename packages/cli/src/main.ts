/**
 * The py2ts command line.
 *
 * Exit codes: 0 ok, 1 at least one error diagnostic, 2 usage or fatal error.
 * (`py2ts run` exits with the program's own exit code.)
 */
import yargs from "yargs";
import { DEFAULT_MAX_FILE_SIZE, runConvert } from "./commands/convert";
import { runScript } from "./commands/run";
import { VERSION } from "./version";

export async function main(argv: string[]): Promise<number> {
  // `py2ts run script.py ...args`: everything after the script belongs to the script
  if (argv[0] === "run") {
    const rest = argv.slice(1);
    let verbose = false;
    while (rest[0]?.startsWith("-") && rest[0] !== "-") {
      const flag = rest.shift()!;
      if (flag === "--verbose" || flag === "-v") verbose = true;
      else if (flag === "--help" || flag === "-h") {
        process.stdout.write("Usage: py2ts run [--verbose] <script.py> [args...]\n\nConvert a Python script (and the project modules it imports) and run it with Node.\n");
        return 0;
      } else {
        process.stderr.write(`py2ts run: unknown option ${flag}\n`);
        return 2;
      }
    }
    const script = rest.shift();
    if (!script) {
      process.stderr.write("Usage: py2ts run [--verbose] <script.py> [args...]\n");
      return 2;
    }
    return runScript({ script, args: rest, verbose });
  }

  let exitCode = 0;
  const parser = yargs(argv)
    .scriptName("py2ts")
    .version(VERSION)
    .strict()
    .demandCommand(1, "give a command: convert or run")
    .command(
      "convert <paths..>",
      "convert Python files and directories to TypeScript",
      (y) =>
        y
          .positional("paths", { type: "string", array: true, demandOption: true, describe: "files and directories to convert" })
          .option("out", { alias: "o", type: "string", demandOption: true, describe: "output directory" })
          .option("force", { type: "boolean", default: false, describe: "overwrite files py2ts did not generate" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "no progress bar or per-diagnostic lines" })
          .option("max-file-size", { type: "number", default: DEFAULT_MAX_FILE_SIZE, describe: "skip files larger than this (bytes)" }),
      async (a) => {
        exitCode = await runConvert({ paths: a.paths as string[], out: a.out, force: a.force, quiet: a.quiet, maxFileSize: a["max-file-size"] });
      },
    )
    .command("run <script> [args..]", "convert a script and run it with Node (arguments pass through)")
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`py2ts: ${message}\n\nRun 'py2ts --help' for usage.\n`);
      exitCode = 2;
    })
    .exitProcess(false);
  await parser.parseAsync();
  return exitCode;
}

/** Entry point of bin/py2ts.js. */
export function cli(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`py2ts: fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
