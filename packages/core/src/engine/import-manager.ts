/**
 * Collects the ESM imports rules request (`ctx.imports`, `ctx.runtime.use`)
 * and gives each a local name that collides with nothing in the module.
 */
import { type ImportSpec, compareImportSpecs } from "../emit/module-imports";
import type { NameAllocator } from "./names";

export const RUNTIME_MODULE = "@py2ts/runtime";

export class ImportManager {
  private readonly specs = new Map<string, ImportSpec>();

  constructor(private readonly names: NameAllocator) {}

  private spec(module: string): ImportSpec {
    let spec = this.specs.get(module);
    if (!spec) {
      spec = { module, namespace: null, defaultName: null, named: [] };
      this.specs.set(module, spec);
    }
    return spec;
  }

  /** `import { name } from module`; returns the local name. */
  named(module: string, name: string, options: { typeOnly?: boolean; localHint?: string; exactLocal?: string } = {}): string {
    const spec = this.spec(module);
    const existing = spec.named.find((n) => n.name === name && (options.exactLocal === undefined || n.local === options.exactLocal));
    if (existing) {
      if (!options.typeOnly) existing.typeOnly = false;
      return existing.local;
    }
    const local = options.exactLocal ?? this.names.fresh(options.localHint ?? name);
    spec.named.push({ name, local, typeOnly: options.typeOnly ?? false });
    spec.named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return local;
  }

  /** `import * as hint from module`; returns the local name. With `exact`, the hint is a Python binding and is used as is. */
  namespace(module: string, hint: string, exact = false): string {
    const spec = this.spec(module);
    if (!spec.namespace) spec.namespace = exact ? hint : this.names.fresh(hint);
    return spec.namespace;
  }

  /** `import hint from module`; returns the local name. */
  default(module: string, hint: string): string {
    const spec = this.spec(module);
    if (!spec.defaultName) spec.defaultName = this.names.fresh(hint);
    return spec.defaultName;
  }

  /** A module imported for its side effects only. */
  sideEffect(module: string): void {
    this.spec(module);
  }

  declarations(): ImportSpec[] {
    return [...this.specs.values()].sort(compareImportSpecs);
  }
}
