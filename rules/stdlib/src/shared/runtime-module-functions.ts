/**
 * A library module whose functions map one to one onto a runtime namespace
 * of the same name (`itertools.chain` → `itertools.chain`): the call-mapping
 * table, the type declarations, and the value mappings for functions used
 * as values (`key=operator.itemgetter(1)`, `{"<": operator.lt}`).
 */
import type { CallMappingTable, ValueMapping } from "@py2ts/core";
import { namespaceMapping } from "./runtime-namespace-calls";

export interface ModuleFunction {
  /** Python signature. */
  signature: string;
  /** Parameters passed positionally, in order (default: all positional parameters but `*args`). */
  positional?: readonly string[];
  /** Keyword parameters gathered into a trailing options object. */
  options?: readonly string[];
}

export interface RuntimeModule {
  calls: CallMappingTable;
  values: Record<string, ValueMapping>;
  declarations: Record<string, string>;
}

/** The calls, values and declarations of `module`'s functions mapped onto `runtime(namespace)`. */
export function runtimeModule(module: string, namespace: string, functions: Readonly<Record<string, ModuleFunction>>): RuntimeModule {
  const calls: Record<string, ReturnType<typeof namespaceMapping>> = {};
  const values: Record<string, ValueMapping> = {};
  const declarations: Record<string, string> = {};
  for (const [name, fn] of Object.entries(functions)) {
    const qname = `${module}.${name}`;
    const path = name.split(".");
    const mapping = namespaceMapping(namespace, path[0]!, fn.signature, { positional: fn.positional ?? [], ...(fn.options ? { options: fn.options } : {}) });
    calls[qname] =
      path.length === 1
        ? mapping
        : {
            signature: fn.signature,
            translate: (args, h) => {
              const inner = namespaceMapping(namespace, path[0]!, fn.signature, { positional: fn.positional ?? [], ...(fn.options ? { options: fn.options } : {}) });
              const call = inner.translate(args, h);
              return call && call.kind === "TsCall" ? h.b.call(h.b.member(call.callee, path[1]!), call.args) : call;
            },
          };
    values[qname] = (h) => path.slice(1).reduce((obj, p) => h.b.member(obj, p), h.b.member(h.runtime(namespace), path[0]!));
    declarations[qname] = fn.signature;
  }
  return { calls, values, declarations };
}
