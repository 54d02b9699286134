import {
  type AnyExpr,
  type CallMapping,
  type CallMappingHelpers,
  type CallMappingTable,
  type CallTypeHook,
  type MappedArguments,
  type NodeOf,
  type Node,
  type PyExpr,
  type PyType,
  type TsType,
  T,
  callMappingVisitor,
  createNode,
  defineRule,
  isOptional,
  methodMappingVisitor,
  valueMappingVisitor,
  walk,
  withoutNone,
} from "@py2ts/core";
import { NAMESPACE, storedArgument } from "../shared/argparse-arguments";
import { lowerReceiver, receiverOf } from "../shared/runtime-namespace-calls";

/**
 * Python's `argparse` onto the runtime's `argparse` namespace, which wraps
 * the npm `argparse` package (a port of CPython's argparse) with Python
 * 3.11's help text, errors and exits. Keyword arguments become one options
 * object with the same names. The parsed Namespace is typed from every
 * `add_argument`/`set_defaults`/`add_subparsers(dest=...)` of the project
 * (`args.days: number`), spelled as a `ParsedArgs` object type in each
 * module that mentions it.
 */
const PARSER = "argparse.ArgumentParser";
const GROUP = "argparse._ArgumentGroup";
const EXCLUSIVE = "argparse._MutuallyExclusiveGroup";
const SUBPARSERS = "argparse._SubParsersAction";
const NAMESPACE_TS = "ParsedArgs";

const PARSER_OPTIONS = [
  "prog",
  "usage",
  "description",
  "epilog",
  "parents",
  "formatter_class",
  "prefix_chars",
  "fromfile_prefix_chars",
  "argument_default",
  "conflict_handler",
  "add_help",
  "allow_abbrev",
  "exit_on_error",
];
const PARSER_SIGNATURE = `(${PARSER_OPTIONS.map((o) => `${o}: object = None`).join(", ")}) -> ${PARSER}`;
const ARGUMENT_OPTIONS = ["action", "nargs", "const", "default", "type", "choices", "required", "help", "metavar", "dest", "version"];
const ADD_ARGUMENT_SIGNATURE = `(*name_or_flags: str, ${ARGUMENT_OPTIONS.map((o) => `${o}: object = None`).join(", ")}) -> argparse.Action`;
const SUBPARSERS_OPTIONS = ["title", "description", "prog", "parser_class", "action", "option_string", "dest", "required", "help", "metavar"];
const ADD_PARSER_OPTIONS = ["help", "aliases", ...PARSER_OPTIONS.filter((o) => o !== "exit_on_error"), "exit_on_error"];

const CONSTANTS = ["SUPPRESS", "OPTIONAL", "ZERO_OR_MORE", "ONE_OR_MORE", "REMAINDER"];
const CLASSES = [
  "HelpFormatter",
  "RawDescriptionHelpFormatter",
  "RawTextHelpFormatter",
  "ArgumentDefaultsHelpFormatter",
  "MetavarTypeHelpFormatter",
  "BooleanOptionalAction",
  "ArgumentTypeError",
  "ArgumentError",
  "Namespace",
];

/** `{ name: value, ... }` of the options the caller passed, in signature order. */
function optionsObject(args: MappedArguments, h: CallMappingHelpers, names: readonly string[], convert: Partial<Record<string, () => AnyExpr>> = {}): AnyExpr {
  const props: Array<[string, AnyExpr]> = [];
  for (const name of names) {
    if (!args.has(name)) continue;
    props.push([name, convert[name]?.() ?? args.required(name)]);
  }
  return h.b.object(props);
}

/** The receiver method with Python's keyword arguments gathered into an options object. */
function optionsMethod(method: string, signature: string, positional: readonly string[], options: readonly string[]): CallMapping {
  return {
    signature,
    translate: (args, h) => {
      const callArgs: AnyExpr[] = positional.filter((p) => args.has(p)).map((p) => args.required(p));
      if (options.some((o) => args.has(o))) callArgs.push(optionsObject(args, h, options));
      return h.b.methodCall(receiverOf(args, h), method, callArgs);
    },
  };
}

function plainMethod(method: string, signature: string, positional: readonly string[]): CallMapping {
  return {
    signature,
    translate: (args, h) => {
      const callArgs: AnyExpr[] = [];
      for (const p of positional) {
        if (args.has(p)) callArgs.push(args.required(p));
        else if (positional.slice(positional.indexOf(p)).some((later) => args.has(later))) callArgs.push(h.b.null());
      }
      return h.b.methodCall(receiverOf(args, h), method, callArgs);
    },
  };
}

export const argparseDeclarations = {
  values: {
    [PARSER]: PARSER_SIGNATURE,
    "argparse.ArgumentTypeError": "(message: str) -> argparse.ArgumentTypeError",
    "argparse.Namespace": `(**kwargs: object) -> ${NAMESPACE}`,
    ...Object.fromEntries(CONSTANTS.map((c) => [`argparse.${c}`, "str"])),
  },
  classes: {
    [PARSER]: {
      methods: {
        add_argument: ADD_ARGUMENT_SIGNATURE,
        add_argument_group: `(title: str | None = None, description: str | None = None) -> ${GROUP}`,
        add_mutually_exclusive_group: `(required: bool = False) -> ${EXCLUSIVE}`,
        add_subparsers: `(${SUBPARSERS_OPTIONS.map((o) => `${o}: object = None`).join(", ")}) -> ${SUBPARSERS}`,
        set_defaults: "(**kwargs: object) -> None",
        get_default: "(dest: str) -> object",
        parse_args: `(args: list[str] | None = None, namespace: object = None) -> ${NAMESPACE}`,
        parse_known_args: `(args: list[str] | None = None, namespace: object = None) -> tuple[${NAMESPACE}, list[str]]`,
        error: "(message: str) -> None",
        exit: "(status: int = 0, message: str | None = None) -> None",
        print_help: "(file: object = None) -> None",
        print_usage: "(file: object = None) -> None",
        format_help: "() -> str",
        format_usage: "() -> str",
      },
      attributes: { prog: "str", description: "str | None", epilog: "str | None" },
    },
    [GROUP]: {
      methods: { add_argument: ADD_ARGUMENT_SIGNATURE, add_mutually_exclusive_group: `(required: bool = False) -> ${EXCLUSIVE}` },
    },
    [EXCLUSIVE]: { methods: { add_argument: ADD_ARGUMENT_SIGNATURE } },
    [SUBPARSERS]: { methods: { add_parser: `(name: str, ${ADD_PARSER_OPTIONS.map((o) => `${o}: object = None`).join(", ")}) -> ${PARSER}` } },
    [NAMESPACE]: { openAttributes: true },
    "argparse.Action": { attributes: { dest: "str", default: "object", help: "str | None", required: "bool" } },
    "argparse.ArgumentTypeError": { base: "builtins.Exception" },
    "argparse.ArgumentError": { base: "builtins.Exception" },
  },
};

const recordArgument: CallTypeHook = (call, q) => {
  const stored = storedArgument(call, q);
  if (stored) q.recordAttribute(NAMESPACE, stored.dest, stored.type);
  return undefined;
};

export const argparseTypeHooks: Record<string, CallTypeHook> = {
  [`${PARSER}.add_argument`]: recordArgument,
  [`${GROUP}.add_argument`]: recordArgument,
  [`${EXCLUSIVE}.add_argument`]: recordArgument,
  [`${PARSER}.set_defaults`]: (call, q) => {
    for (const k of call.keywords) if (k.name) q.recordAttribute(NAMESPACE, k.name, q.typeOf(k.value));
    return undefined;
  },
  [`${PARSER}.add_subparsers`]: (call, q) => {
    const dest = call.keywords.find((k) => k.name === "dest")?.value;
    const required = call.keywords.find((k) => k.name === "required")?.value;
    const isRequired = required?.kind === "BoolLit" && required.value;
    if (dest?.kind === "StrLit") q.recordAttribute(NAMESPACE, dest.value, isRequired ? T.str : T.optional(T.str));
    return undefined;
  },
};

function isCallable(t: PyType): boolean {
  const bare = withoutNone(t);
  return bare.kind === "callable" || (bare.kind === "union" && bare.members.every((m) => m.kind === "callable"));
}

function isNamespace(t: PyType): boolean {
  const bare = withoutNone(t);
  return bare.kind === "named" && bare.name === NAMESPACE;
}

export default defineRule({
  meta: {
    id: "stdlib/argparse",
    description: "Translate argparse parsers, arguments, subcommands and the parsed Namespace",
    messages: {
      unbindable: { code: "PY2TS5240", severity: "error", text: "call to {name} cannot be translated: {reason}" },
      unsupportedOption: {
        code: "PY2TS5241",
        severity: "error",
        text: "argparse option {option}={value} is not translated",
        suggestion: "Use a string action or a type= function instead of a custom class.",
      },
      storedFunctionCall: {
        code: "PY2TS5243",
        severity: "error",
        text: "the function stored in args.{name} is called with keyword or unpacked arguments, which cannot be bound at compile time",
      },
      unknownAttribute: {
        code: "PY2TS5242",
        severity: "error",
        text: "the parsed arguments have no attribute '{name}' (no add_argument/set_defaults defines it)",
      },
    },
  },
  create: (ctx) => {
    const ns = (h: CallMappingHelpers) => h.runtime("argparse");

    /** `type=`: Python's int/float parsing, a function as is, a class or library callable wrapped in a named converter. */
    const converter = (py: PyExpr, lowered: AnyExpr, h: CallMappingHelpers): AnyExpr | null => {
      const qname = ctx.resolve(py);
      if (qname === "builtins.int" || qname === "builtins.float" || qname === "builtins.bool") return h.runtime(qname.slice("builtins.".length));
      const t = ctx.types.of(py);
      if (t.kind === "callable") return lowered;
      if (t.kind === "classObject") {
        const text = ctx.freshName("text");
        const make = h.b.arrow([{ name: text, type: h.b.keywordType("string") }], h.b.new(lowered, [h.b.id(text)]));
        return h.b.call(h.b.member(ns(h), "converter"), [h.b.str(t.cls.name), make]);
      }
      return null;
    };

    const addArgument: CallMapping = {
      signature: ADD_ARGUMENT_SIGNATURE,
      translate: (args, h) => {
        const { b } = h;
        let failed: AnyExpr | null = null;
        const unsupported = (option: string) => {
          failed = ctx.stubExpr({ messageId: "unsupportedOption", node: args.py(option)!, data: { option, value: ctx.sourceText(args.py(option)!) } });
          return failed;
        };
        const convert: Partial<Record<string, () => AnyExpr>> = {
          type: () => converter(args.py("type")!, args.required("type"), h) ?? unsupported("type"),
          action: () => {
            const action = args.py("action")!;
            if (action.kind === "StrLit" || ctx.resolve(action) === "argparse.BooleanOptionalAction") return args.required("action");
            return unsupported("action");
          },
        };
        const omitType = args.py("type") && ctx.resolve(args.py("type")!) === "builtins.str";
        const names = ARGUMENT_OPTIONS.filter((o) => !(o === "type" && omitType));
        const options = optionsObject(args, h, names, convert);
        if (failed) return failed;
        const stored = storedArgument(args.call, { typeOf: (e) => ctx.types.of(e), resolve: (e) => ctx.resolve(e) });
        const recorded = stored ? ctx.types.recordedAttributes(NAMESPACE).get(stored.dest) : undefined;
        const hint = recorded ? ctx.types.hint(withoutNone(recorded)) : null;
        if (hint && options.kind === "TsObject") options.props.push(createNode("TsProp", { key: "hint", value: b.str(hint) }, args.call));
        const rest = args.rest();
        const callArgs = options.kind === "TsObject" && options.props.length === 0 ? rest : [...rest, options];
        return b.methodCall(receiverOf(args, h), "add_argument", callArgs);
      },
    };

    const parse = (method: string): CallMapping => ({
      signature: `(args: list[str] | None = None, namespace: object = None) -> ${NAMESPACE}`,
      translate: (args, h) => {
        if (args.has("namespace")) {
          return ctx.stubExpr({ messageId: "unsupportedOption", node: args.py("namespace")!, data: { option: "namespace", value: ctx.sourceText(args.py("namespace")!) } });
        }
        const typeArg: TsType = ctx.types.toTs(T.named(NAMESPACE), args.call);
        const callArgs = args.has("args") ? [args.required("args")] : [];
        return h.b.call(h.b.member(receiverOf(args, h), method), callArgs, [typeArg]);
      },
    });

    const parserMethods: CallMappingTable = {
      add_argument: addArgument,
      add_argument_group: plainMethod("add_argument_group", `(title: str | None = None, description: str | None = None) -> ${GROUP}`, ["title", "description"]),
      add_mutually_exclusive_group: optionsMethod("add_mutually_exclusive_group", `(required: bool = False) -> ${EXCLUSIVE}`, [], ["required"]),
      add_subparsers: {
        signature: argparseDeclarations.classes[PARSER].methods.add_subparsers,
        translate: (args, h) => {
          for (const option of ["parser_class", "action"]) if (args.has(option)) {
            return ctx.stubExpr({ messageId: "unsupportedOption", node: args.py(option)!, data: { option, value: ctx.sourceText(args.py(option)!) } });
          }
          const callArgs = SUBPARSERS_OPTIONS.some((o) => args.has(o)) ? [optionsObject(args, h, SUBPARSERS_OPTIONS)] : [];
          return h.b.methodCall(receiverOf(args, h), "add_subparsers", callArgs);
        },
      },
      set_defaults: {
        signature: "(**kwargs: object) -> None",
        translate: (args, h) => h.b.methodCall(receiverOf(args, h), "set_defaults", [h.b.object(args.varKeywords.map(([k, v]) => [k, ctx.lower(v)]))]),
      },
      get_default: plainMethod("get_default", "(dest: str) -> object", ["dest"]),
      parse_args: parse("parse_args"),
      parse_known_args: parse("parse_known_args"),
      error: plainMethod("error", "(message: str) -> None", ["message"]),
      exit: plainMethod("exit", "(status: int = 0, message: str | None = None) -> None", ["status", "message"]),
      print_help: plainMethod("print_help", "(file: object = None) -> None", ["file"]),
      print_usage: plainMethod("print_usage", "(file: object = None) -> None", ["file"]),
      format_help: plainMethod("format_help", "() -> str", []),
      format_usage: plainMethod("format_usage", "() -> str", []),
    };
    const groupMethods: CallMappingTable = { add_argument: addArgument, add_mutually_exclusive_group: parserMethods.add_mutually_exclusive_group! };
    const subparserMethods: CallMappingTable = {
      add_parser: {
        signature: argparseDeclarations.classes[SUBPARSERS].methods.add_parser,
        translate: (args, h) => {
          const callArgs: AnyExpr[] = [args.required("name")];
          if (ADD_PARSER_OPTIONS.some((o) => args.has(o))) callArgs.push(optionsObject(args, h, ADD_PARSER_OPTIONS));
          return h.b.methodCall(receiverOf(args, h), "add_parser", callArgs);
        },
      },
    };

    const constructors: CallMappingTable = {
      [PARSER]: {
        signature: PARSER_SIGNATURE,
        translate: (args, h) => h.b.new(h.b.member(ns(h), "ArgumentParser"), PARSER_OPTIONS.some((o) => args.has(o)) ? [optionsObject(args, h, PARSER_OPTIONS)] : []),
      },
      "argparse.ArgumentTypeError": {
        signature: "(*args: object) -> argparse.ArgumentTypeError",
        translate: (args, h) => h.b.new(h.b.member(ns(h), "ArgumentTypeError"), args.rest()),
      },
      "argparse.Namespace": {
        signature: `(**kwargs: object) -> ${NAMESPACE}`,
        translate: (args, h) => h.b.new(h.b.member(ns(h), "Namespace"), [h.b.object(args.varKeywords.map(([k, v]) => [k, ctx.lower(v)]))]),
      },
    };

    const calls = callMappingVisitor(ctx, constructors, "unbindable");
    const methods = methodMappingVisitor(
      ctx,
      { [`named:${PARSER}`]: parserMethods, [`named:${GROUP}`]: groupMethods, [`named:${EXCLUSIVE}`]: groupMethods, [`named:${SUBPARSERS}`]: subparserMethods },
      "unbindable",
    );
    const values = valueMappingVisitor(ctx, Object.fromEntries([...CONSTANTS, ...CLASSES].map((c) => [`argparse.${c}`, ({ b, runtime }) => b.member(runtime("argparse"), c)] as const)));

    return {
      Call(path) {
        calls(path);
        if (!path.replaced) methods(path);
        if (path.replaced) return;
        // a function stored by set_defaults(func=...): `args.func(args)`
        const { node } = path;
        if (node.func.kind !== "Attribute" || !isNamespace(ctx.types.of(node.func.value))) return;
        const t = ctx.types.recordedAttributes(NAMESPACE).get(node.func.attr);
        if (!t || !isCallable(t)) return;
        if (node.keywords.length > 0 || node.args.some((a) => a.kind === "Starred")) {
          path.replaceWith(ctx.stubExpr({ messageId: "storedFunctionCall", node, data: { name: node.func.attr } }));
          return;
        }
        const b = ctx.at(node);
        const callee = ctx.lower(node.func);
        path.replaceWith(b.call(isOptional(t) ? b.nonNull(callee) : callee, node.args.map((a) => ctx.lower(a))));
      },
      Name: values,
      Attribute(path) {
        const { node } = path;
        if (isNamespace(ctx.types.of(node.value))) {
          const recorded = ctx.types.recordedAttributes(NAMESPACE).get(node.attr);
          if (!recorded || recorded.kind === "never") {
            path.replaceWith(ctx.stubExpr({ messageId: "unknownAttribute", node, data: { name: node.attr } }));
            return;
          }
          const b = ctx.at(node);
          const receiver = lowerReceiver(ctx, node.value);
          path.replaceWith(/^[A-Za-z_$][\w$]*$/.test(node.attr) ? b.member(receiver, node.attr) : b.index(receiver, b.str(node.attr)));
          return;
        }
        values(path);
      },
      "TsSourceFile:exit"(path) {
        const file = path.node;
        let mentioned = false;
        walk(file, (n: Node) => {
          if (n.kind === "TsTypeRef" && n.name === NAMESPACE_TS) mentioned = true;
          return !mentioned;
        });
        if (!mentioned) return;
        const b = ctx.at(file);
        const members = [...ctx.types.recordedAttributes(NAMESPACE)].map(([name, t]) => ({ name, type: ctx.types.toTs(t, file) }));
        const alias = b.typeAlias(NAMESPACE_TS, b.objectType(members));
        file.statements.unshift(alias as NodeOf<"TsTypeAlias">);
      },
    };
  },
});
