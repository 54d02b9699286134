import { type AnyExpr, type NodeOf, type RuleContext, defineRule, hasIntFloatAmbiguity, reprOf, strOf } from "@py2ts/core";

type FPart = NodeOf<"FText"> | NodeOf<"FValue">;

/** A format spec (which may itself hold replacement fields) as a string expression. */
function specOf(ctx: RuleContext, parts: FPart[], origin: NodeOf<"FValue">): AnyExpr {
  return ctx.at(origin).concat(parts.map((p) => partOf(ctx, p)));
}

/** One replacement field `{value!conv:spec}` (or `{value=}`) as a string expression. */
function fieldOf(ctx: RuleContext, field: NodeOf<"FValue">): AnyExpr {
  const b = ctx.at(field);
  const hasSpec = field.spec !== null && field.spec.length > 0;
  // `{x=}` shows the repr unless a conversion or a spec says otherwise
  const conversion = field.conversion ?? (field.debugText !== null && !hasSpec ? "r" : null);
  let text: AnyExpr;
  if (!hasSpec) {
    if (conversion === "r") text = reprOf(ctx, field.value);
    else if (conversion === "a") text = asciiOf(ctx, field);
    else text = strOf(ctx, field.value, { inTemplate: true });
  } else {
    const spec = specOf(ctx, field.spec!, field);
    if (conversion === "r") text = b.call(ctx.runtime("format"), [reprOf(ctx, field.value), spec]);
    else if (conversion === "a") text = b.call(ctx.runtime("format"), [asciiOf(ctx, field), spec]);
    else if (conversion === "s") text = b.call(ctx.runtime("format"), [strOf(ctx, field.value), spec]);
    else {
      const hint = ctx.types.hint(ctx.types.of(field.value));
      const args = [ctx.lower(field.value), spec];
      if (hint) args.push(b.str(hint));
      text = b.call(ctx.runtime("format"), args);
    }
  }
  return field.debugText !== null ? b.concat([b.str(field.debugText), text]) : text;
}

function asciiOf(ctx: RuleContext, field: NodeOf<"FValue">): AnyExpr {
  const b = ctx.at(field);
  const hint = ctx.types.hint(ctx.types.of(field.value));
  const args = [ctx.lower(field.value)];
  if (hint) args.push(b.str(hint));
  return b.call(ctx.runtime("ascii"), args);
}

function partOf(ctx: RuleContext, part: FPart): AnyExpr {
  return part.kind === "FText" ? ctx.at(part).str(part.value) : fieldOf(ctx, part);
}

/**
 * f-strings become template literals. A plain field is Python's `str()` of
 * its value (type-directed: strings and ints embed as they are); `!r`, `!a`
 * and `{x=}` use the runtime's `repr`/`ascii`; a format spec goes through
 * the runtime's `format`, which implements the whole format-spec
 * mini-language (nested `{w}` fields included), with the static type as hint
 * so `f"{2.0:g}"` and `f"{x:.2f}"` format floats exactly like Python.
 */
export default defineRule({
  meta: {
    id: "core/fstrings",
    description: "Translate f-strings",
    messages: {
      intFloat: {
        code: "PY2TS3302",
        severity: "warning",
        text: "'{expr}' may hold an int or a float; an integral float is formatted without '.0'",
        suggestion: "Convert explicitly with float() or int() where the output format matters.",
      },
    },
  },
  create: (ctx) => ({
    FString(path) {
      const { node } = path;
      for (const part of node.parts) {
        if (part.kind === "FValue" && part.conversion === null && !part.spec?.length && hasIntFloatAmbiguity(ctx.types.of(part.value))) {
          ctx.report({ messageId: "intFloat", node: part.value, data: { expr: ctx.sourceText(part.value) } });
        }
      }
      path.replaceWith(ctx.at(node).concat(node.parts.map((p) => partOf(ctx, p))));
    },
  }),
});
