/**
 * Call-mapping tables: the one mechanism every pack uses to translate calls
 * to library functions (`os.path.join(...)`), builtins (`len(x)`) and methods
 * of known receiver types (`s.strip()`, `d.items()`).
 *
 * A mapping names a Python signature; the call's positional and keyword
 * arguments are bound to it at compile time (Python's rules), lowered, and
 * handed to `translate` by parameter name. A call that cannot be bound
 * (`*args`/`**kwargs` at the call site, unknown keyword) is reported, never
 * guessed.
 */
import { type PyType, withoutNone } from "../analysis/types/py-types";
import { type Signature, parseSignature } from "../analysis/types/type-declarations";
import type { RuleContext } from "../engine/rule-context";
import type { NodeOf, PyExpr } from "../ir/nodes";
import type { AnyExpr, TsBuilder } from "../ir/ts-builder";
import { bindArguments } from "./argument-binding";

/** The arguments of a mapped call, bound to the mapping's parameters. */
export class MappedArguments {
  private readonly cache = new Map<string, AnyExpr>();

  constructor(
    private readonly ctx: RuleContext,
    readonly call: NodeOf<"Call">,
    private readonly byName: Map<string, PyExpr>,
    readonly varArgs: PyExpr[],
    readonly varKeywords: Array<[string, PyExpr]>,
    /** The receiver of a method call (`s` in `s.strip()`), lowered. */
    readonly receiver: AnyExpr | null,
    readonly receiverPy: PyExpr | null,
  ) {}

  /** Whether the caller passed this parameter. */
  has(name: string): boolean {
    return this.byName.has(name);
  }

  /** The Python argument for a parameter (for type queries and literal checks). */
  py(name: string): PyExpr | undefined {
    return this.byName.get(name);
  }

  /** The lowered argument for a parameter (lowered once). */
  get(name: string): AnyExpr | undefined {
    const py = this.byName.get(name);
    if (!py) return undefined;
    let lowered = this.cache.get(name);
    if (!lowered) {
      lowered = this.ctx.lower(py);
      this.cache.set(name, lowered);
    }
    return lowered;
  }

  /** The lowered argument, which the signature guarantees is present. */
  required(name: string): AnyExpr {
    const value = this.get(name);
    if (!value) throw new Error(`mapped call: missing required argument '${name}'`);
    return value;
  }

  /** The static type of an argument. */
  type(name: string): PyType | undefined {
    const py = this.byName.get(name);
    return py ? this.ctx.types.of(py) : undefined;
  }

  /** Lowered extra positional arguments (`*args` of the mapping); a starred argument (`*xs`) becomes a spread. */
  rest(): AnyExpr[] {
    return this.varArgs.map((a) => (a.kind === "Starred" ? this.ctx.at(a).spread(this.ctx.lower(a.value)) : this.ctx.lower(a)));
  }

  /** A literal string argument's value, or null when it is not a literal. */
  literalString(name: string): string | null {
    const py = this.byName.get(name);
    return py?.kind === "StrLit" ? py.value : null;
  }

  /** A literal bool/None argument's value (`True`, `False`, `None`), or undefined when not a literal. */
  literalConstant(name: string): boolean | null | undefined {
    const py = this.byName.get(name);
    if (py?.kind === "BoolLit") return py.value;
    if (py?.kind === "NoneLit") return null;
    return undefined;
  }

  /** A literal int argument's value, or null. */
  literalInt(name: string): number | null {
    const py = this.byName.get(name);
    if (py?.kind === "IntLit") return py.value;
    if (py?.kind === "UnaryOp" && py.op === "-" && py.operand.kind === "IntLit") return -py.operand.value;
    return null;
  }
}

export interface CallMappingHelpers {
  ctx: RuleContext;
  b: TsBuilder;
  /** A runtime helper identifier (`@py2ts/runtime`). */
  runtime(name: string): AnyExpr;
}

export interface CallMapping {
  /** Python signature, e.g. `(path: str, *paths: str) -> str`. For methods, without `self`. */
  signature: string;
  /** Builds the translation; return null to decline (another rule or the fallback handles the call). */
  translate(args: MappedArguments, h: CallMappingHelpers): AnyExpr | null;
}

/** A mapping table: qualified name (or method name, for method tables) → mapping. */
export type CallMappingTable = Readonly<Record<string, CallMapping>>;

const parsed = new WeakMap<CallMapping, Signature>();

function signatureOf(mapping: CallMapping): Signature {
  let sig = parsed.get(mapping);
  if (!sig) {
    sig = parseSignature(mapping.signature);
    parsed.set(mapping, sig);
  }
  return sig;
}

export type MappingOutcome =
  | { kind: "translated"; expr: AnyExpr }
  | { kind: "declined" }
  | { kind: "unbindable"; reason: string };

/** Applies one mapping to a call. */
export function applyMapping(
  ctx: RuleContext,
  call: NodeOf<"Call">,
  mapping: CallMapping,
  receiver: { py: PyExpr; lowered: AnyExpr } | null = null,
): MappingOutcome {
  const binding = bindArguments(call, signatureOf(mapping).params);
  if (!binding.ok) return { kind: "unbindable", reason: binding.reason };
  const args = new MappedArguments(
    ctx,
    call,
    binding.bound.byName,
    binding.bound.varArgs,
    binding.bound.varKeywords,
    receiver?.lowered ?? null,
    receiver?.py ?? null,
  );
  const b = ctx.at(call);
  const expr = mapping.translate(args, { ctx, b, runtime: (name) => ctx.runtime(name) });
  return expr ? { kind: "translated", expr } : { kind: "declined" };
}

/** Finds the mapping for a call to a qualified name in a table. */
export function mappingForCall(ctx: RuleContext, call: NodeOf<"Call">, table: CallMappingTable): CallMapping | undefined {
  const qname = ctx.resolve(call.func);
  return qname ? table[qname] : undefined;
}

/**
 * A `Call` visitor applying a table of qualified-name mappings. The rule's
 * `unbindableMessage` (with `{name}` and `{reason}` placeholders) reports a
 * call whose arguments cannot be bound.
 */
export function callMappingVisitor<M extends string>(
  ctx: RuleContext<M>,
  table: CallMappingTable,
  unbindableMessage: M,
): (path: { node: NodeOf<"Call">; replaceWith(node: AnyExpr): void }) => void {
  return (path) => {
    const call = path.node;
    const qname = ctx.resolve(call.func);
    const mapping = qname ? table[qname] : undefined;
    if (!mapping) return;
    const outcome = applyMapping(ctx, call, mapping);
    if (outcome.kind === "translated") path.replaceWith(outcome.expr);
    else if (outcome.kind === "unbindable") {
      path.replaceWith(ctx.stubExpr({ messageId: unbindableMessage, node: call, data: { name: qname!, reason: outcome.reason } }));
    }
  };
}

/** Receiver type kinds a method table can be keyed by. */
export type ReceiverKind = PyType["kind"] | `named:${string}`;

function receiverKey(t: PyType): ReceiverKind {
  return t.kind === "named" ? `named:${t.name}` : t.kind;
}

/**
 * A `Call` visitor applying method mappings by receiver type:
 * `{ str: { strip: {...} }, list: { append: {...} } }`. Calls whose receiver
 * type is not in the table are left alone.
 */
export function methodMappingVisitor<M extends string>(
  ctx: RuleContext<M>,
  tables: Readonly<Partial<Record<ReceiverKind, CallMappingTable>>>,
  unbindableMessage: M,
): (path: { node: NodeOf<"Call">; replaceWith(node: AnyExpr): void }) => void {
  return (path) => {
    const call = path.node;
    if (call.func.kind !== "Attribute") return;
    const receiverType = withoutNone(ctx.types.of(call.func.value));
    // a module function (`os.path.join`), not a method; a method of a library value (`os.environ.get`) is one
    if (receiverType.kind === "module" || (receiverType.kind === "unknown" && ctx.resolve(call.func) !== null)) return;
    const mapping = tables[receiverKey(receiverType)]?.[call.func.attr];
    if (!mapping) return;
    const receiver = { py: call.func.value, lowered: ctx.lower(call.func.value) };
    const outcome = applyMapping(ctx, call, mapping, receiver);
    if (outcome.kind === "translated") path.replaceWith(outcome.expr);
    else if (outcome.kind === "unbindable") {
      path.replaceWith(
        ctx.stubExpr({ messageId: unbindableMessage, node: call, data: { name: `${receiverType.kind}.${call.func.attr}`, reason: outcome.reason } }),
      );
    }
  };
}

/** How a library value (not called) is written: `sys.argv`, `os.sep`, `math.pi`. */
export type ValueMapping = (h: CallMappingHelpers, node: PyExpr) => AnyExpr | null;

/**
 * A visitor for `Name` and `Attribute` nodes that resolve to a mapped
 * qualified name, however it was imported (`sys.argv`, `from sys import argv`).
 */
export function valueMappingVisitor(
  ctx: RuleContext,
  table: Readonly<Record<string, ValueMapping>>,
): (path: { node: NodeOf<"Name"> | NodeOf<"Attribute">; replaceWith(node: AnyExpr): void }) => void {
  return (path) => {
    const qname = ctx.resolve(path.node);
    const mapping = qname ? table[qname] : undefined;
    if (!mapping) return;
    const expr = mapping({ ctx, b: ctx.at(path.node), runtime: (name) => ctx.runtime(name) }, path.node);
    if (expr) path.replaceWith(expr);
  };
}
