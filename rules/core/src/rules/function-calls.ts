import { type AnyExpr, type FunctionInfo, type NodeOf, type ParamType, type PyExpr, type RuleContext, type Scope, defineRule, withoutNone } from "@py2ts/core";
import { argumentList, moduleQualifiedName } from "../shared/call-arguments";
import { bindCall, reordersEffects } from "../shared/call-binding";
import { varArgsIsRest } from "../shared/function-signature";

type Call = NodeOf<"Call">;

/** Python's `__qualname__` of a function: `outer.<locals>.inner`, `Class.method`, `<lambda>`. */
export function qualnameOf(ctx: RuleContext, def: FunctionInfo["def"]): string {
  const own = def.kind === "FunctionDef" ? def.name : "<lambda>";
  const parts = [own];
  let scope: Scope | null | undefined = ctx.scope.scopeOf(def)?.parent;
  while (scope && scope.kind !== "module") {
    const n = scope.node;
    if (n.kind === "FunctionDef") parts.unshift(`${n.name}.<locals>`);
    else if (n.kind === "Lambda") parts.unshift("<lambda>.<locals>");
    else if (n.kind === "ClassDef") parts.unshift(n.name);
    scope = scope.parent;
  }
  return parts.join(".");
}

/**
 * `f(*args)` where the iterable fills named parameters: the arguments are
 * checked at run time the way Python binds them (`positionalArgs`), then
 * spread into the function (cast to a variadic signature).
 */
function spreadCall(ctx: RuleContext, call: Call, fn: FunctionInfo, params: readonly ParamType[]): AnyExpr | null {
  if (call.keywords.length > 0) return null;
  if (params.some((p) => p.kind === "varKeywords" || (p.kind === "keywordOnly" && !p.hasDefault))) return null;
  const positional = params.filter((p) => p.kind === "positional" || p.kind === "positionalOnly");
  const hasVarArgs = params.some((p) => p.kind === "varArgs");
  if (hasVarArgs && !varArgsIsRest(params)) return null;
  const b = ctx.at(call);
  const items = call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)));
  const required = positional.filter((p) => !p.hasDefault).length;
  const checked = b.call(ctx.runtime("positionalArgs"), [
    b.str(qualnameOf(ctx, fn.def)),
    b.array(items),
    b.array(positional.map((p) => b.str(p.name))),
    b.num(required),
    b.bool(hasVarArgs),
  ]);
  const result = ctx.types.of(call);
  const variadic = b.functionType([{ name: "args", type: b.arrayType(b.keywordType("unknown")), rest: true }], result.kind === "none" || result.kind === "never" ? b.keywordType("void") : ctx.types.toTs(result, call));
  return b.call(b.as(ctx.lower(call.func), variadic), [b.spread(checked)]);
}

const PURE_KINDS = new Set(["Name", "IntLit", "FloatLit", "StrLit", "BoolLit", "NoneLit", "BytesLit", "Lambda"]);

/** The callee's function info when it is a user-defined function or lambda called as a plain function. */
function userFunction(ctx: RuleContext, call: Call): FunctionInfo | null {
  const type = withoutNone(ctx.types.of(call.func));
  if (type.kind !== "callable" || !type.fn) return null;
  const fn = type.fn;
  if (fn.owner && fn.methodKind !== "staticmethod") return null; // methods are bound by the class rule
  if (fn.owner && call.func.kind !== "Attribute") return null;
  return fn;
}

/** Whether the callee is a value of the program (not a builtin, a class, or a library function). */
function isProgramCallable(ctx: RuleContext, call: Call): boolean {
  const func = call.func;
  const qname = ctx.resolve(func);
  if (qname !== null) {
    if (qname.startsWith("builtins.")) return false;
    const module = qname.slice(0, qname.lastIndexOf("."));
    if (module !== ctx.file.moduleName && ctx.importPath(module) === null) return false;
  }
  const type = ctx.types.of(func);
  if (type.kind === "classObject" || type.kind === "instance" || type.kind === "module" || type.kind === "named") return false;
  if (func.kind === "Name") return ctx.scope.binding(func) !== null;
  return func.kind === "Call" || func.kind === "Subscript" || func.kind === "Lambda" || func.kind === "IfExp" || func.kind === "BoolOp";
}

/**
 * Calls to functions of the program. For a user-defined function or lambda,
 * positional and keyword arguments are bound to its parameters at compile
 * time (Python's rules) and passed positionally in the TypeScript parameter
 * order; `*args` items are spread or packed, extra keywords go into the
 * `**kwargs` Map. A call Python would reject raises the same `TypeError` at
 * run time. A callee whose signature is unknown (a function passed as a
 * value) is called positionally; keyword arguments to it are reported.
 */
export default defineRule({
  meta: {
    id: "core/function-calls",
    description: "Translate calls to user-defined functions, binding keyword arguments to parameters",
    messages: {
      alwaysRaises: {
        code: "PY2TS3201",
        severity: "warning",
        text: "this call always raises TypeError: {message}",
      },
      dynamicCall: {
        code: "PY2TS2204",
        severity: "error",
        text: "the arguments of this call to '{name}' cannot be bound at compile time ({reason})",
        suggestion: "Pass the arguments explicitly instead of unpacking a mapping.",
      },
      unknownSignature: {
        code: "PY2TS2205",
        severity: "error",
        text: "keyword arguments passed to '{name}', whose signature is not known at compile time",
        suggestion: "Call a named function, or pass the arguments positionally.",
      },
      reordered: {
        code: "PY2TS3202",
        severity: "warning",
        text: "keyword arguments with side effects are evaluated in parameter order, not in call order",
      },
    },
  },
  create: (ctx) => ({
    Call(path) {
      const call = path.node;
      const b = ctx.at(call);
      const fn = userFunction(ctx, call);
      if (fn) {
        const skipSelf = fn.owner !== null && fn.methodKind !== "staticmethod";
        const params = fn.params.filter((_, i) => !(skipSelf && i === 0));
        const name = ctx.sourceText(call.func);
        const binding = bindCall(call, params, qualnameOf(ctx, fn.def), skipSelf ? 1 : 0);
        if (binding.kind === "dynamic") {
          const spread = spreadCall(ctx, call, fn, params);
          if (spread) {
            path.replaceWith(spread);
            return;
          }
          path.replaceWith(ctx.stubExpr({ messageId: "dynamicCall", node: call, data: { name, reason: binding.reason } }));
          return;
        }
        if (binding.kind === "typeError") {
          ctx.report({ messageId: "alwaysRaises", node: call, data: { message: binding.message } });
          const effects = [...call.args, ...call.keywords.map((k) => k.value)]
            .filter((a) => !PURE_KINDS.has(a.kind))
            .map((a) => ctx.lower(a.kind === "Starred" ? a.value : a));
          const raise: AnyExpr = b.call(ctx.runtime("raiseError"), [b.new(ctx.runtime("TypeError"), [b.str(binding.message)])]);
          path.replaceWith(effects.reduceRight<AnyExpr>((acc, e) => b.binary(",", e, acc), raise));
          return;
        }
        const { args, order } = argumentList(ctx, call, params, binding.bound, moduleQualifiedName(ctx, qualnameOf(ctx, fn.def)));
        if (reordersEffects(call, order)) ctx.report({ messageId: "reordered", node: call });
        path.replaceWith(b.call(ctx.lower(call.func), args));
        return;
      }
      if (!isProgramCallable(ctx, call)) return;
      if (call.keywords.length > 0) {
        path.replaceWith(ctx.stubExpr({ messageId: "unknownSignature", node: call, data: { name: ctx.sourceText(call.func) } }));
        return;
      }
      const args = call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)));
      path.replaceWith(b.call(ctx.lower(call.func), args));
    },
  }),
});
