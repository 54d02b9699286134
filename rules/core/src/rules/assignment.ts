import { type AnyExpr, type AnyStmt, type NodeOf, type PyExpr, type PyType, defineRule, iterationType, walk } from "@py2ts/core";
import { checkedValue, destructure, isAssignable, isNamePattern, patternNames } from "../shared/assignment-targets";
import { storeItem } from "../shared/subscripts";

/**
 * Assignments. The analysis decides whether an assignment declares its
 * variable (`const` when it is never rebound, else `let`) or assigns a
 * variable declared earlier. Tuple targets destructure; a value that is not a
 * tuple of the right length is checked by the runtime's `unpack` (Python's
 * ValueError). Chained assignments evaluate the value once.
 */
/** Every name an expression mentions. */
function namesIn(expr: PyExpr): string[] {
  const out: string[] = [];
  walk(expr, (n) => {
    if (n.kind === "Name") out.push(n.id);
  });
  return out;
}

/** The type of the i-th item when a value of this type is unpacked. */
function elementType(type: PyType, valueExpr: PyExpr, i: number): PyType {
  if (type.kind === "tuple" && type.items[i]) return type.items[i]!;
  return valueExpr.kind === "Tuple" ? { kind: "unknown" } : iterationType(type);
}

/** Whether a translated expression is a throwing stub (`unsupported(...)`). */
function isStub(expr: AnyExpr): boolean {
  return expr.kind === "TsCall" && expr.callee.kind === "TsId" && /^unsupported(_\d+)?$/.test(expr.callee.name);
}

export default defineRule({
  meta: {
    id: "core/assignment",
    description: "Translate assignment statements",
    messages: {
      unknownType: {
        code: "PY2TS4001",
        severity: "warning",
        text: "the type of '{name}' could not be inferred; it is declared as unknown",
        suggestion: "Add a type annotation to the Python variable.",
      },
      unsupportedTarget: {
        code: "PY2TS2102",
        severity: "error",
        text: "assignment to {target} is not supported",
      },
    },
  },
  create: (ctx) => {
    /** Whether TypeScript's inference from the initializer would be narrower than the Python variable's type. */
    const needsAnnotation = (value: PyExpr, type: PyType, declKind: "const" | "let"): boolean => {
      if (declKind === "let") return true;
      if (type.kind === "union") return true;
      return ["List", "Dict", "Set", "Tuple", "ListComp", "DictComp", "SetComp", "NoneLit"].includes(value.kind) ||
        (value.kind === "Call" && ["builtins.list", "builtins.dict", "builtins.set"].includes(ctx.resolve(value.func) ?? ""));
    };

    const assignTo = (target: PyExpr, lazyValue: () => AnyExpr, valueExpr: PyExpr, stmt: NodeOf<"Assign"> | NodeOf<"AnnAssign">): AnyStmt | AnyStmt[] => {
      const b = ctx.at(target);
      if (target.kind === "Name") {
        const declKind = ctx.scope.siteDeclaration(target);
        const name = ctx.scope.tsName(target.id);
        const value = lazyValue();
        if (!declKind) return b.exprStmt(b.assign(b.id(name), value));
        const binding = ctx.scope.binding(target);
        const type = binding ? ctx.types.ofBinding(binding) : ctx.types.of(valueExpr);
        if (ctx.types.isUnknown(type)) ctx.report({ messageId: "unknownType", node: target, data: { name: target.id } });
        const annotate = needsAnnotation(valueExpr, type, declKind) || ctx.types.isUnknown(type) || stmt.kind === "AnnAssign";
        return b.varDecl(declKind, name, value, annotate ? ctx.types.toTs(type, target) : null, {
          exported: binding ? ctx.scope.isExported(binding) : false,
        });
      }
      if ((target.kind === "Tuple" || target.kind === "List") && isNamePattern(target)) {
        const names = patternNames(target);
        const kinds = names.map((n) => ctx.scope.siteDeclaration(n));
        const declares = kinds.every((k) => k !== null);
        const declKind = kinds.includes("let") ? "let" : "const";
        // `a, b = 1, None` declaring both: one declaration each, typed like any other first assignment
        if (
          declares &&
          valueExpr.kind === "Tuple" &&
          valueExpr.elts.length === target.elts.length &&
          target.elts.every((e) => e.kind === "Name") &&
          !valueExpr.elts.some((e) => e.kind === "Starred")
        ) {
          return target.elts.flatMap((e, i) => assignTo(e, () => ctx.lower(valueExpr.elts[i]!), valueExpr.elts[i]!, stmt));
        }
        const value = lazyValue();
        const plan = destructure(ctx, target, ctx.types.of(valueExpr), value, valueExpr, declares ? declKind : null);
        if (declares) {
          const exported = names.some((n) => {
            const binding = ctx.scope.binding(n);
            return binding ? ctx.scope.isExported(binding) : false;
          });
          return [...plan.before, b.varDecl(declKind, plan.pattern, plan.value, null, { exported }), ...plan.after];
        }
        return [...plan.before, b.exprStmt(b.assign(plan.pattern, plan.value)), ...plan.after];
      }
      if ((target.kind === "Tuple" || target.kind === "List") && !target.elts.some((e) => e.kind === "Starred")) {
        // `self.a, d[k] = 1, name`: independent values are assigned in order directly
        const LITERALS = ["IntLit", "FloatLit", "StrLit", "BoolLit", "NoneLit"];
        const targetNames = new Set(target.elts.flatMap((e) => namesIn(e)));
        if (
          valueExpr.kind === "Tuple" &&
          valueExpr.elts.length === target.elts.length &&
          valueExpr.elts.every((e) => LITERALS.includes(e.kind) || (e.kind === "Name" && !targetNames.has(e.id)))
        ) {
          return target.elts.flatMap((e, i) => assignTo(e, () => ctx.lower(valueExpr.elts[i]!), valueExpr.elts[i]!, stmt));
        }
        // `self.a, d[k] = x, y`: the value is evaluated and unpacked first, then each target is assigned in order
        const temps = target.elts.map(() => ctx.freshName("item"));
        const pattern = b.arrayPattern(temps.map((t) => b.id(t)));
        const type: PyType =
          valueExpr.kind === "Tuple" && !valueExpr.elts.some((e) => e.kind === "Starred")
            ? { kind: "tuple", items: valueExpr.elts.map((e) => ctx.types.of(e)) }
            : ctx.types.of(valueExpr);
        const statements: AnyStmt[] = [b.varDecl("const", pattern, checkedValue(ctx, target, type, lazyValue(), valueExpr))];
        target.elts.forEach((elt, i) => {
          const itemType = elementType(type, valueExpr, i);
          const temp = ctx.types.assume(b.id(temps[i]!), itemType);
          statements.push(...[assignTo(elt, () => temp, ctx.types.assume(temp, itemType) as unknown as PyExpr, stmt)].flat());
        });
        return statements;
      }
      if (target.kind === "Attribute") {
        const lowered = ctx.lower(target);
        if (isAssignable(lowered)) return b.exprStmt(b.assign(lowered, lazyValue()));
        // a target another rule could only stub: the stub (which throws) stands for the whole assignment
        if (isStub(lowered)) return b.exprStmt(lowered);
        // an attribute read through a run-time lookup (not declared on the class): stored the same way
        return b.exprStmt(b.call(ctx.runtime("setAttribute"), [ctx.lower(target.value), b.str(target.attr), lazyValue()]));
      }
      if (target.kind === "Subscript") return b.exprStmt(storeItem(ctx, target, lazyValue()));
      return ctx.stubStmt({ messageId: "unsupportedTarget", node: target, data: { target: ctx.sourceText(target) } });
    };

    return {
      Assign(path) {
        const { node } = path;
        const b = ctx.at(node);
        if (node.targets.length === 1) {
          path.replaceWith(assignTo(node.targets[0]!, () => ctx.lower(node.value), node.value, node));
          return;
        }
        // a = b = value: evaluate once, assign left to right
        const temp = ctx.freshName("value");
        const statements: AnyStmt[] = [b.varDecl("const", temp, ctx.lower(node.value))];
        for (const target of node.targets) statements.push(...[assignTo(target, () => b.id(temp), node.value, node)].flat());
        path.replaceWith(statements);
      },
      AnnAssign(path) {
        const { node } = path;
        if (!node.value) {
          path.replaceWith(ctx.at(node).empty());
          return;
        }
        path.replaceWith(assignTo(node.target, () => ctx.lower(node.value!), node.value, node));
      },
    };
  },
});
