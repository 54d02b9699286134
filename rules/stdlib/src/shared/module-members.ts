/**
 * The visitors of a module rule: calls to the module's functions through a
 * call-mapping table, its values (constants, objects) through a value table,
 * and every other name of the module reported as not mapped, never left as
 * Python (`os.getloadavg()` is a PY2TS5101 stub, whatever way it is reached).
 */
import {
  type AnyExpr,
  type CallMappingTable,
  type NodeOf,
  type RuleContext,
  type ValueMapping,
  applyMapping,
} from "@py2ts/core";

export interface ModuleTables {
  /** Modules whose members this rule owns (`["os"]`). */
  modules: readonly string[];
  calls: CallMappingTable;
  values?: Readonly<Record<string, ValueMapping>>;
  /** Qualified names of the modules' attributes that other rules own (submodules such as `os.path`). */
  delegated?: readonly string[];
  /**
   * Functions whose runtime helper takes the same positional arguments as a
   * rest parameter (`os.path.join` → `pathJoin(...parts)`): a call with
   * `*args` and no keywords spreads them.
   */
  spreadable?: Readonly<Record<string, string>>;
}

type ExprPath<N> = { node: N; replaceWith(node: AnyExpr): void };

/** The module member a qualified name names (`os.getcwd` → `getcwd`), or null when it is not one of ours. */
function memberOf(qname: string | null, tables: ModuleTables): string | null {
  if (!qname) return null;
  for (const module of tables.modules) {
    if (!qname.startsWith(`${module}.`)) continue;
    const member = qname.slice(module.length + 1);
    if (member.includes(".")) continue;
    if (tables.delegated?.some((d) => qname === d || qname.startsWith(`${d}.`))) return null;
    return member;
  }
  return null;
}

export function moduleVisitors<M extends string>(
  ctx: RuleContext<M>,
  tables: ModuleTables,
  messages: { unbindable: M; unmappedName: M },
): {
  Call(path: ExprPath<NodeOf<"Call">>): void;
  Name(path: ExprPath<NodeOf<"Name">>): void;
  Attribute(path: ExprPath<NodeOf<"Attribute">>): void;
} {
  const value = (path: ExprPath<NodeOf<"Name"> | NodeOf<"Attribute">>) => {
    const qname = ctx.resolve(path.node);
    if (memberOf(qname, tables) === null) return;
    const mapping = tables.values?.[qname!];
    const expr = mapping?.({ ctx, b: ctx.at(path.node), runtime: (name) => ctx.runtime(name) }, path.node);
    if (expr) {
      path.replaceWith(expr);
      return;
    }
    if (path.node.kind === "Name" && ctx.scope.binding(path.node)?.kind !== "import") return;
    path.replaceWith(ctx.stubExpr({ messageId: messages.unmappedName, node: path.node, data: { name: qname! } }));
  };
  return {
    Call(path) {
      const call = path.node;
      const qname = ctx.resolve(call.func);
      if (memberOf(qname, tables) === null) return;
      const mapping = tables.calls[qname!];
      if (!mapping) {
        if (tables.values?.[qname!]) return; // a mapped value that is callable: translated as a value
        path.replaceWith(ctx.stubExpr({ messageId: messages.unmappedName, node: call, data: { name: qname! } }));
        return;
      }
      const spread = tables.spreadable?.[qname!];
      if (spread && call.keywords.length === 0 && call.args.some((a) => a.kind === "Starred")) {
        const b = ctx.at(call);
        path.replaceWith(b.call(ctx.runtime(spread), call.args.map((a) => (a.kind === "Starred" ? b.spread(ctx.lower(a.value)) : ctx.lower(a)))));
        return;
      }
      const outcome = applyMapping(ctx, call, mapping);
      if (outcome.kind === "translated") path.replaceWith(outcome.expr);
      else if (outcome.kind === "unbindable") {
        path.replaceWith(ctx.stubExpr({ messageId: messages.unbindable, node: call, data: { name: qname!, reason: outcome.reason } }));
      }
    },
    Name: value,
    Attribute: value,
  };
}
