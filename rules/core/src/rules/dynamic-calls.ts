import { type AnyExpr, type NodeOf, defineRule, withoutNone } from "@py2ts/core";
import { iterableOf } from "../shared/iterables";
import { projectModuleOf } from "../shared/project-names";

/**
 * Builtins with a runtime function that takes Python's positional arguments
 * unchanged, so the builtin can be passed around as a value (`map(int, xs)`,
 * `apply(max, 3, 9)`, `stack.callback(print, ...)`) or called where no
 * specific rule translated the call.
 */
const BUILTIN_FUNCTIONS: Readonly<Record<string, string>> = {
  abs: "abs",
  float: "float",
  int: "int",
  issubclass: "issubclassOf",
  len: "len",
  list: "list",
  max: "maxOf",
  min: "minOf",
  pow: "pow",
  print: "print",
  repr: "repr",
  sorted: "sorted",
  str: "str",
  sum: "sum",
};

/** The runtime function standing for a builtin, or null. */
function builtinFunction(qname: string | null): string | null {
  if (!qname?.startsWith("builtins.")) return null;
  const name = qname.slice("builtins.".length);
  return Object.prototype.hasOwnProperty.call(BUILTIN_FUNCTIONS, name) ? BUILTIN_FUNCTIONS[name]! : null;
}

/**
 * The last resort for calls no specific rule translated, in the
 * `last-resort` phase (after the packs' fallbacks, such as their reports of
 * unmapped library names): a method call on a value whose type is not known is dispatched at
 * run time on the value's Python type (runtime `callMethod`); a call of a
 * value of unknown type constructs a class or calls a function (runtime
 * `callValue`). Both are reported as warnings, since the static type, and
 * so the idiomatic translation, was not found. Calls with keyword
 * arguments, calls of library functions no rule maps, and builtins used as
 * values that have no positional runtime equivalent are reported and stubbed.
 */
export default defineRule({
  meta: {
    id: "core/dynamic-calls",
    description: "Dispatch calls on values of unknown type at run time; report what cannot be",
    phase: "last-resort",
    messages: {
      dynamicMethod: {
        code: "PY2TS4310",
        severity: "warning",
        text: "the type of '{receiver}' is not known; '.{method}()' is dispatched at run time",
      },
      dynamicCall: {
        code: "PY2TS4311",
        severity: "warning",
        text: "the type of '{callee}' is not known; it is called through the runtime",
      },
      keywordsOnDynamic: {
        code: "PY2TS2430",
        severity: "error",
        text: "'{callee}(...)' passes keyword arguments to a callable of unknown type, which is not translated",
      },
      unmappedCall: {
        code: "PY2TS2431",
        severity: "error",
        text: "'{callee}' is not mapped to TypeScript",
      },
      builtinValue: {
        code: "PY2TS2432",
        severity: "error",
        text: "the builtin '{name}' used as a value is not translated",
      },
    },
  },
  create: (ctx) => {
    const argumentsOf = (call: NodeOf<"Call">): AnyExpr[] =>
      call.args.map((a) => (a.kind === "Starred" ? ctx.at(a).spread(iterableOf(ctx, a.value)) : ctx.lower(a)));
    /** A qualified name outside the project's own modules. */
    const isLibraryName = (qname: string | null): qname is string => qname !== null && projectModuleOf(ctx, qname) === null;
    return {
      Call(path) {
        const { node } = path;
        const callee = ctx.sourceText(node.func);
        const qname = ctx.resolve(node.func);
        const b = ctx.at(node);
        const builtin = builtinFunction(qname);
        if (builtin && node.keywords.length === 0) {
          path.replaceWith(b.call(ctx.runtime(builtin), argumentsOf(node)));
          return;
        }
        if (isLibraryName(qname) && ctx.types.of(node.func).kind !== "callable") {
          path.replaceWith(ctx.stubExpr({ messageId: "unmappedCall", node, data: { callee: qname } }));
          return;
        }
        if (node.keywords.length > 0) {
          path.replaceWith(ctx.stubExpr({ messageId: "keywordsOnDynamic", node, data: { callee } }));
          return;
        }
        if (node.func.kind === "Attribute" && withoutNone(ctx.types.of(node.func.value)).kind !== "module") {
          const receiver = node.func.value;
          ctx.report({ messageId: "dynamicMethod", node, data: { receiver: ctx.sourceText(receiver), method: node.func.attr } });
          path.replaceWith(b.call(ctx.runtime("callMethod"), [ctx.lower(receiver), b.str(node.func.attr), ...argumentsOf(node)]));
          return;
        }
        ctx.report({ messageId: "dynamicCall", node, data: { callee } });
        path.replaceWith(b.call(ctx.runtime("callValue"), [ctx.lower(node.func), ...argumentsOf(node)]));
      },
      Name(path) {
        const { node } = path;
        const qname = ctx.resolve(node);
        if (!qname?.startsWith("builtins.")) return;
        const builtin = builtinFunction(qname);
        if (builtin) path.replaceWith(ctx.runtime(builtin));
        else path.replaceWith(ctx.stubExpr({ messageId: "builtinValue", node, data: { name: qname.slice("builtins.".length) } }));
      },
    };
  },
});
