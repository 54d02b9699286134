import { type AnyExpr, type CallMappingHelpers, type MappedArguments, type PyType, type Signature, type ValueMapping, defineRule, parseSignature } from "@py2ts/core";
import { PROCESS_CLASSES, PROCESS_VALUES, capturedType } from "../declarations/processes";
import { type TranslateBuilder, keywordOnlyNames, mapDeclared, optionsObject } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const RUN_OPTION_NAMES = keywordOnlyNames(parseSignature(PROCESS_VALUES["subprocess.run"]!));

/** The TypeScript type of a captured stream (`string`, `Uint8Array`, `null`), or null when it is not known statically. */
function streamType(t: PyType, h: CallMappingHelpers) {
  switch (t.kind) {
    case "str":
      return h.b.keywordType("string");
    case "bytes":
      return h.b.typeRef("Uint8Array");
    case "none":
      return h.b.keywordType("null");
    default:
      return null;
  }
}

function reportShell(args: MappedArguments, h: CallMappingHelpers, name: string): void {
  if (args.has("shell") && args.literalConstant("shell") !== false) h.ctx.report({ messageId: "shell", node: args.call, data: { name } });
}

/**
 * `subprocess.run(args, **options)` → the runtime's `subprocessRun(args, { options })`,
 * with the output types (what `capture_output`/`stdout=PIPE` and `text=` say) as
 * type arguments so that `proc.stdout` is a `string`, `Uint8Array` or `null`.
 */
const runLike = (helper: string, typed: boolean): TranslateBuilder => () => (args, h) => {
  const name = `subprocess.${helper}`;
  reportShell(args, h, name);
  const options = optionsObject(args, RUN_OPTION_NAMES, h.b);
  const callArgs: AnyExpr[] = [args.required("args"), ...(options ? [options] : [])];
  if (!typed) return h.b.call(h.runtime(helper), callArgs);
  const resolve = (e: Parameters<typeof h.ctx.resolve>[0]) => h.ctx.resolve(e);
  const out = streamType(capturedType(args.call, "stdout", resolve), h);
  const err = streamType(capturedType(args.call, "stderr", resolve), h);
  if (!out || !err) {
    h.ctx.report({ messageId: "dynamicOutput", node: args.call, data: { name } });
    return h.b.call(h.runtime(helper), callArgs);
  }
  return h.b.call(h.runtime(helper), callArgs, [out, err]);
};

const checkOutput: TranslateBuilder = () => (args, h) => {
  reportShell(args, h, "subprocess.check_output");
  const options = optionsObject(args, RUN_OPTION_NAMES, h.b);
  const t = h.ctx.types.of(args.call);
  const type = t.kind === "str" || t.kind === "bytes" ? streamType(t, h) : null;
  if (!type) h.ctx.report({ messageId: "dynamicOutput", node: args.call, data: { name: "subprocess.check_output" } });
  return h.b.call(h.runtime("checkOutput"), [args.required("args"), ...(options ? [options] : [])], type ? [type] : []);
};

const shellString = (helper: string): TranslateBuilder => (_sig: Signature) => (args, h) => {
  h.ctx.report({ messageId: "shell", node: args.call, data: { name: `subprocess.${helper}` } });
  return h.b.call(h.runtime(helper), [args.required("cmd")]);
};

const POPEN_OPTION_NAMES = keywordOnlyNames(parseSignature(PROCESS_VALUES["subprocess.Popen"]!));

/** `Popen(args, **options)` → `new Popen<out, err, outPipe, errPipe, inPipe>(args, { options })`, reported: it runs synchronously. */
const popen: TranslateBuilder = () => (args, h) => {
  h.ctx.report({ messageId: "synchronousPopen", node: args.call, data: {} });
  reportShell(args, h, "subprocess.Popen");
  const options = optionsObject(args, POPEN_OPTION_NAMES, h.b);
  const t = h.ctx.types.of(args.call);
  const typeArgs = t.kind === "named" ? t.args.map((a) => pipeOrStreamType(a, h)) : [];
  if (typeArgs.some((a) => a === null)) h.ctx.report({ messageId: "dynamicOutput", node: args.call, data: { name: "subprocess.Popen" } });
  const complete = typeArgs.every((a) => a !== null) && typeArgs.length === 5;
  return h.b.new(h.runtime("Popen"), [args.required("args"), ...(options ? [options] : [])], complete ? (typeArgs as NonNullable<(typeof typeArgs)[number]>[]) : []);
};

/** A stream content type, or the in-memory stream class of a pipe. */
function pipeOrStreamType(t: PyType, h: CallMappingHelpers) {
  if (t.kind === "named" && (t.name === "io.StringIO" || t.name === "io.BytesIO")) return h.ctx.types.toTs(t, h.ctx.spanOf(h.b.origin));
  return streamType(t, h);
}

const calls = mapDeclared(PROCESS_VALUES, {
  "subprocess.Popen": popen,
  "subprocess.run": runLike("subprocessRun", true),
  "subprocess.call": runLike("subprocessCall", false),
  "subprocess.check_call": runLike("checkCall", false),
  "subprocess.check_output": checkOutput,
  "subprocess.getoutput": shellString("getoutput"),
  "subprocess.getstatusoutput": shellString("getstatusoutput"),
});

const runtimeValue = (name: string): ValueMapping => ({ runtime }) => runtime(name);

const values: Readonly<Record<string, ValueMapping>> = {
  "subprocess.PIPE": runtimeValue("PIPE"),
  "subprocess.STDOUT": runtimeValue("STDOUT"),
  "subprocess.DEVNULL": runtimeValue("DEVNULL"),
  "subprocess.CalledProcessError": runtimeValue("CalledProcessError"),
  "subprocess.TimeoutExpired": runtimeValue("TimeoutExpired"),
  "subprocess.SubprocessError": runtimeValue("SubprocessError"),
  "subprocess.CompletedProcess": runtimeValue("CompletedProcess"),
  "subprocess.Popen": runtimeValue("Popen"),
};

const classes = libraryClassTables(
  Object.fromEntries(Object.entries(PROCESS_CLASSES).filter(([name]) => name.startsWith("subprocess."))),
  {},
);

/**
 * `subprocess`: `run`, `call`, `check_call`, `check_output`, `getoutput`,
 * `getstatusoutput`, the `PIPE`/`STDOUT`/`DEVNULL` constants and the
 * exception classes, over the runtime's port on Node's synchronous
 * `spawnSync` (I/O stays blocking, as in Python). Keyword options keep their
 * Python names in an options object. `shell=True` keeps the shell and is
 * reported. `Popen` (a running process the script talks to) has no
 * synchronous equivalent and is reported as not mapped.
 */
export default defineRule({
  meta: {
    id: "stdlib/subprocess",
    description: "Translate subprocess.run and friends",
    messages: {
      ...FILES_OS_MESSAGES,
      shell: {
        code: "PY2TS3502",
        severity: "warning",
        text: "{name} runs its command through /bin/sh: quoting and injection risks are kept as they are",
      },
      synchronousPopen: {
        code: "PY2TS3504",
        severity: "warning",
        text: "Popen runs the child to completion when the script first waits for it, communicates with it or reads its output: a child meant to run alongside the script (a server, a long-lived helper) blocks here",
      },
      dynamicOutput: {
        code: "PY2TS3503",
        severity: "warning",
        text: "{name}: whether output is captured as text or bytes is computed at run time; its type is left open",
        suggestion: "Pass capture_output/stdout/text as literals.",
      },
    },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["subprocess"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
