/**
 * Indexing, slicing and item assignment/deletion, by container type:
 * dicts are Maps (`getItem` raises KeyError like Python), sequences use
 * Python index semantics (negative indexes, IndexError), slices with step 1
 * are JavaScript's `slice` (which clamps exactly like Python).
 */
import { type AnyExpr, type NodeOf, type PyExpr, type PyType, type RuleContext, findMethod } from "@py2ts/core";

type Subscript = NodeOf<"Subscript">;

function sequenceKind(t: PyType): "list" | "tuple" | "str" | "bytes" | null {
  if (t.kind === "list") return "list";
  if (t.kind === "tuple" || t.kind === "tupleOf") return "tuple";
  if (t.kind === "str") return "str";
  if (t.kind === "bytes") return "bytes";
  return null;
}

/** A slice bound, or `null` for an omitted one. */
function optional(ctx: RuleContext, expr: PyExpr | null, origin: Subscript): AnyExpr {
  return expr ? ctx.lower(expr) : ctx.at(origin).null();
}

/** `container[index]` as a value. */
export function loadItem(ctx: RuleContext, node: Subscript): AnyExpr {
  const b = ctx.at(node);
  const containerType = ctx.types.of(node.value);
  const container = ctx.lower(node.value);
  const index = node.index;
  if (index.kind === "Slice") {
    if (index.step === null) {
      const lower = index.lower ? ctx.lower(index.lower) : null;
      const upper = index.upper ? ctx.lower(index.upper) : null;
      const args = upper ? [lower ?? b.num(0), upper] : lower ? [lower] : [];
      return b.methodCall(container, "slice", args);
    }
    return b.call(ctx.runtime("slice"), [container, optional(ctx, index.lower, node), optional(ctx, index.upper, node), ctx.lower(index.step)]);
  }
  // a library dict subclass (Counter, defaultdict...) runs its own lookup (`__missing__`)
  if (containerType.kind === "dict" && containerType.flavor) return b.methodCall(container, "__getitem__", [ctx.lower(index)]);
  if (containerType.kind === "dict") return b.call(ctx.runtime("getItem"), [container, ctx.lower(index)]);
  const seq = sequenceKind(containerType);
  if (seq) {
    const args = [container, ctx.lower(index)];
    if (seq === "tuple") args.push(b.str("tuple"));
    return b.call(ctx.runtime("at"), args);
  }
  if (containerType.kind === "instance" && findMethod(containerType.cls, "__getitem__")) {
    return b.methodCall(container, "__getitem__", [ctx.lower(index)]);
  }
  return b.call(ctx.runtime("subscript"), [container, ctx.lower(index)]);
}

/** `container[index] = value` as an expression. */
export function storeItem(ctx: RuleContext, node: Subscript, value: AnyExpr): AnyExpr {
  const b = ctx.at(node);
  const containerType = ctx.types.of(node.value);
  const container = ctx.lower(node.value);
  const index = node.index;
  if (index.kind === "Slice") {
    return b.call(ctx.runtime("setSlice"), [container, optional(ctx, index.lower, node), optional(ctx, index.upper, node), optional(ctx, index.step, node), value]);
  }
  if (containerType.kind === "dict") return b.methodCall(container, "set", [ctx.lower(index), value]);
  if (containerType.kind === "list") return b.call(ctx.runtime("setAt"), [container, ctx.lower(index), value]);
  if (containerType.kind === "instance" && findMethod(containerType.cls, "__setitem__")) {
    return b.methodCall(container, "__setitem__", [ctx.lower(index), value]);
  }
  return b.call(ctx.runtime("setItem"), [container, ctx.lower(index), value]);
}

/** `del container[index]` as an expression. */
export function deleteItem(ctx: RuleContext, node: Subscript): AnyExpr {
  const b = ctx.at(node);
  const containerType = ctx.types.of(node.value);
  const container = ctx.lower(node.value);
  const index = node.index;
  if (index.kind === "Slice") {
    return b.call(ctx.runtime("delSlice"), [container, optional(ctx, index.lower, node), optional(ctx, index.upper, node), optional(ctx, index.step, node)]);
  }
  if (containerType.kind === "list") return b.call(ctx.runtime("delAt"), [container, ctx.lower(index)]);
  if (containerType.kind === "instance" && findMethod(containerType.cls, "__delitem__")) {
    return b.methodCall(container, "__delitem__", [ctx.lower(index)]);
  }
  return b.call(ctx.runtime("delItem"), [container, ctx.lower(index)]);
}
