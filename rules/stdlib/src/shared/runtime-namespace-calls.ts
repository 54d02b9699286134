/**
 * Calls into a runtime namespace that mirrors a Python module
 * (`re.search(...)`, `json.dumps(...)`): Python's parameters, bound at
 * compile time by the call-mapping table, are passed positionally in the
 * mirrored function's order (`undefined` for a skipped default), and
 * keyword-style options are gathered into one options object.
 */
import type { AnyExpr, CallMapping, CallMappingHelpers, MappedArguments, PyExpr, PyType, RuleContext } from "@py2ts/core";

export interface NamespaceCallShape {
  /** Parameters passed positionally, in the runtime function's order. */
  positional?: readonly string[];
  /** Parameters passed as properties of a trailing options object. */
  options?: readonly string[];
  /** Extra options computed from the call (e.g. a type hint). */
  extraOptions?: (args: MappedArguments, h: CallMappingHelpers) => Array<[string, AnyExpr]>;
}

/** `ns.fn(a, b, { opt: c })` for a call bound to a Python signature. */
export function namespaceCall(
  args: MappedArguments,
  h: CallMappingHelpers,
  target: AnyExpr,
  shape: NamespaceCallShape,
): AnyExpr {
  const { b } = h;
  const positional: Array<AnyExpr | null> = (shape.positional ?? []).map((name) => args.get(name) ?? null);
  while (positional.length > 0 && positional[positional.length - 1] === null) positional.pop();
  const callArgs: AnyExpr[] = positional.map((e) => e ?? b.undefined());
  callArgs.push(...args.rest());
  const options: Array<[string, AnyExpr]> = [];
  for (const name of shape.options ?? []) {
    const value = args.get(name);
    if (value) options.push([name, value]);
  }
  options.push(...(shape.extraOptions?.(args, h) ?? []));
  if (options.length > 0) {
    while (callArgs.length < (shape.positional ?? []).length) callArgs.push(b.undefined());
    callArgs.push(b.object(options));
  }
  return b.call(target, callArgs);
}

/** A mapping to `runtime(namespace).name(...)`. */
export function namespaceMapping(namespace: string, name: string, signature: string, shape: NamespaceCallShape): CallMapping {
  return {
    signature,
    translate: (args, h) => namespaceCall(args, h, h.b.member(h.runtime(namespace), name), shape),
  };
}

/**
 * The receiver of a method call, asserted non-null when its type is
 * Optional (Python raises AttributeError on None; JavaScript a TypeError).
 */
export function receiverOf(args: MappedArguments, h: CallMappingHelpers): AnyExpr {
  return args.receiverPy && isOptional(h.ctx.types.of(args.receiverPy)) ? h.b.nonNull(args.receiver!) : args.receiver!;
}

export function isOptional(t: PyType): boolean {
  return t.kind === "union" && t.members.some((m) => m.kind === "none");
}

/** A Python object expression lowered for member access (non-null asserted when Optional). */
export function lowerReceiver(ctx: RuleContext, py: PyExpr): AnyExpr {
  const lowered = ctx.lower(py);
  return isOptional(ctx.types.of(py)) ? ctx.at(py).nonNull(lowered) : lowered;
}

/** A mapping of a method to the same-named method of the lowered receiver. */
export function receiverMethod(name: string, signature: string, positional: readonly string[]): CallMapping {
  return {
    signature,
    translate: (args, h) => namespaceCall(args, h, h.b.member(receiverOf(args, h), name), { positional }),
  };
}
