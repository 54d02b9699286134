/**
 * Python scopes and bindings: which names each module, function, lambda,
 * class and comprehension binds, and which binding every `Name` refers to
 * (LEGB, `global`, `nonlocal`, class scopes skipped by nested functions).
 *
 * Each reference also records its *statement path* in its scope (the chain
 * of statement lists from the scope's body down to the statement), which the
 * declaration planner uses to decide where a TypeScript `let`/`const` goes.
 */
import type { Node, NodeOf, PyExpr, PyModule, PyPattern, PyStmt } from "../ir/nodes";
import { forEachChild } from "../ir/visitor-keys";

export type ScopeKind = "module" | "function" | "class" | "lambda" | "comprehension";
export type BindingKind = "param" | "variable" | "function" | "class" | "import";
export type ScopeNode = PyModule | NodeOf<"FunctionDef"> | NodeOf<"ClassDef"> | NodeOf<"Lambda"> | ComprehensionNode;
export type ComprehensionNode = NodeOf<"ListComp"> | NodeOf<"SetComp"> | NodeOf<"DictComp"> | NodeOf<"GeneratorExp">;

/** One step of a statement path: a statement list and the index of a statement in it. */
export interface PathStep {
  list: PyStmt[];
  index: number;
  /** The statement owning the list (null for the scope's own body). */
  owner: PyStmt | null;
  /** The field of the owner holding the list (`body`, `orelse`, `finalbody`, `handler`, `case`). */
  field: string;
}

export interface Reference {
  /** The Name node (or the def/class/import/param node for declarations). */
  node: Node;
  /** Statement path in the binding's scope; a reference from a nested scope is placed at its definition. */
  path: PathStep[];
  /** True for stores, false for loads. */
  store: boolean;
  /** Store kind: a plain assignment target, a for/with/except/match target, an augmented or deleting store. */
  how: "assign" | "augmented" | "delete" | "for" | "with" | "except" | "import" | "def" | "param" | "walrus" | "match" | "comprehension";
  /** The statement whose header or body holds this store (the Assign, For, With...). */
  statement: PyStmt | null;
  /** Set when the reference comes from a nested function/lambda/class scope. */
  fromNested: boolean;
}

export interface Binding {
  name: string;
  scope: Scope;
  kind: BindingKind;
  references: Reference[];
}

export class Scope {
  readonly bindings = new Map<string, Binding>();
  readonly globals = new Set<string>();
  readonly nonlocals = new Set<string>();
  readonly children: Scope[] = [];

  constructor(
    readonly kind: ScopeKind,
    readonly node: ScopeNode,
    readonly parent: Scope | null,
    /** Where this scope is defined, as a statement path of the parent scope. */
    readonly definitionPath: PathStep[] = [],
  ) {
    parent?.children.push(this);
  }

  /** Scope where a name referenced here lives, following Python's rules. */
  lookup(name: string): Binding | null {
    if (this.globals.has(name)) return this.module().bindings.get(name) ?? null;
    if (this.nonlocals.has(name)) return this.parent?.enclosingFunctionLookup(name) ?? null;
    const own = this.bindings.get(name);
    if (own) return own;
    let scope = this.parent;
    while (scope) {
      if (scope.kind !== "class") {
        const found = scope.globals.has(name) ? scope.module().bindings.get(name) : scope.bindings.get(name);
        if (found) return found;
      }
      scope = scope.parent;
    }
    return null;
  }

  private enclosingFunctionLookup(name: string): Binding | null {
    let scope: Scope | null = this;
    while (scope && scope.kind !== "module") {
      if (scope.kind !== "class" && scope.bindings.has(name) && !scope.nonlocals.has(name)) return scope.bindings.get(name)!;
      if (scope.nonlocals.has(name)) return scope.parent?.enclosingFunctionLookup(name) ?? null;
      scope = scope.parent;
    }
    return null;
  }

  module(): Scope {
    let scope: Scope = this;
    while (scope.parent) scope = scope.parent;
    return scope;
  }

  /** The nearest function-like scope (function, lambda or module) — where walrus targets bind. */
  functionLike(): Scope {
    let scope: Scope = this;
    while (scope.kind === "comprehension" && scope.parent) scope = scope.parent;
    return scope;
  }
}

export interface ScopeAnalysis {
  module: Scope;
  scopeOf(node: ScopeNode): Scope | undefined;
  /** The binding a Name (load or store) refers to; null means builtin or undefined. */
  bindingOf(name: NodeOf<"Name">): Binding | null;
  /** Every scope, in source order. */
  allScopes(): Scope[];
}

type Pending = { name: NodeOf<"Name">; scope: Scope; path: PathStep[] };

export function analyzeScopes(module: PyModule): ScopeAnalysis {
  const scopes = new Map<Node, Scope>();
  const bindingOfName = new Map<NodeOf<"Name">, Binding | null>();
  const loads: Pending[] = [];
  const root = new Scope("module", module, null);
  scopes.set(module, root);

  const bind = (scope: Scope, name: string, kind: BindingKind, ref: Reference): Binding => {
    let target = scope;
    if (scope.globals.has(name)) target = scope.module();
    else if (scope.nonlocals.has(name)) target = scope.lookup(name)?.scope ?? scope;
    let binding = target.bindings.get(name);
    if (!binding) {
      binding = { name, scope: target, kind, references: [] };
      target.bindings.set(name, binding);
    } else if (binding.kind === "variable" && kind !== "variable" && kind !== "param") {
      binding.kind = binding.references.length === 0 ? kind : binding.kind;
    }
    // a store through `global`/`nonlocal` happens, for the binding's scope, where the nested function is defined
    const path = target !== scope ? pathInScope(scope, ref.path, target) : ref.path;
    binding.references.push({ ...ref, path, fromNested: ref.fromNested || target !== scope });
    return binding;
  };

  // ── pass 1: global/nonlocal declarations must be known before binding ──
  const declarePass = (stmts: PyStmt[], scope: Scope) => {
    for (const stmt of stmts) {
      if (stmt.kind === "Global") stmt.names.forEach((n) => scope.globals.add(n));
      else if (stmt.kind === "Nonlocal") stmt.names.forEach((n) => scope.nonlocals.add(n));
      else if (stmt.kind !== "FunctionDef" && stmt.kind !== "ClassDef") {
        forEachChild(stmt, (child) => {
          if (child.kind === "ExceptHandler" || child.kind === "MatchCase") declarePass(child.body, scope);
        });
        for (const field of ["body", "orelse", "finalbody"] as const) {
          const list = (stmt as unknown as Record<string, unknown>)[field];
          if (Array.isArray(list)) declarePass(list as PyStmt[], scope);
        }
      }
    }
  };

  const walkStatements = (stmts: PyStmt[], scope: Scope, path: PathStep[], owner: PyStmt | null, field: string) => {
    stmts.forEach((stmt, index) => walkStatement(stmt, scope, [...path, { list: stmts, index, owner, field }]));
  };

  const storeTarget = (target: PyExpr, scope: Scope, path: PathStep[], how: Reference["how"], statement: PyStmt | null) => {
    switch (target.kind) {
      case "Name":
        bindingOfName.set(target, bind(scope, target.id, "variable", { node: target, path, store: true, how, statement, fromNested: false }));
        return;
      case "Tuple":
      case "List":
        target.elts.forEach((e) => storeTarget(e, scope, path, how, statement));
        return;
      case "Starred":
        storeTarget(target.value, scope, path, how, statement);
        return;
      default:
        // attribute / subscript targets are loads of their object
        walkExpr(target, scope, path);
    }
  };

  const walkStatement = (stmt: PyStmt, scope: Scope, path: PathStep[]) => {
    const ref = (node: Node, how: Reference["how"]): Reference => ({ node, path, store: true, how, statement: stmt, fromNested: false });
    switch (stmt.kind) {
      case "FunctionDef": {
        stmt.decorators.forEach((d) => walkExpr(d, scope, path));
        stmt.params.forEach((p) => {
          if (p.default) walkExpr(p.default, scope, path);
          if (p.annotation) walkExpr(p.annotation, scope, path);
        });
        if (stmt.returns) walkExpr(stmt.returns, scope, path);
        bind(scope, stmt.name, "function", ref(stmt, "def"));
        const inner = new Scope("function", stmt, scope, path);
        scopes.set(stmt, inner);
        declarePass(stmt.body, inner);
        stmt.params.forEach((p) => bind(inner, p.name, "param", { node: p, path: [], store: true, how: "param", statement: null, fromNested: false }));
        walkStatements(stmt.body, inner, [], null, "body");
        return;
      }
      case "ClassDef": {
        stmt.decorators.forEach((d) => walkExpr(d, scope, path));
        stmt.bases.forEach((b) => walkExpr(b, scope, path));
        stmt.keywords.forEach((k) => walkExpr(k.value, scope, path));
        bind(scope, stmt.name, "class", ref(stmt, "def"));
        const inner = new Scope("class", stmt, scope, path);
        scopes.set(stmt, inner);
        declarePass(stmt.body, inner);
        walkStatements(stmt.body, inner, [], null, "body");
        return;
      }
      case "Assign":
        walkExpr(stmt.value, scope, path);
        stmt.targets.forEach((t) => storeTarget(t, scope, path, "assign", stmt));
        return;
      case "AnnAssign":
        if (stmt.value) walkExpr(stmt.value, scope, path);
        walkExpr(stmt.annotation, scope, path);
        if (stmt.target.kind === "Name" && !stmt.value) {
          // a bare annotation declares nothing at run time, but makes the name local
          bindingOfName.set(stmt.target, bind(scope, stmt.target.id, "variable", { node: stmt.target, path, store: true, how: "assign", statement: stmt, fromNested: false }));
          const b = bindingOfName.get(stmt.target)!;
          b.references.pop();
        } else {
          storeTarget(stmt.target, scope, path, "assign", stmt);
        }
        return;
      case "AugAssign":
        walkExpr(stmt.value, scope, path);
        if (stmt.target.kind === "Name") {
          loads.push({ name: stmt.target, scope, path });
          storeTarget(stmt.target, scope, path, "augmented", stmt);
        } else {
          walkExpr(stmt.target, scope, path);
        }
        return;
      case "Delete":
        stmt.targets.forEach((t) => (t.kind === "Name" ? storeTarget(t, scope, path, "delete", stmt) : walkExpr(t, scope, path)));
        return;
      case "For":
        walkExpr(stmt.iter, scope, path);
        storeTarget(stmt.target, scope, path, "for", stmt);
        walkStatements(stmt.body, scope, path, stmt, "body");
        walkStatements(stmt.orelse, scope, path, stmt, "orelse");
        return;
      case "While":
        walkExpr(stmt.test, scope, path);
        walkStatements(stmt.body, scope, path, stmt, "body");
        walkStatements(stmt.orelse, scope, path, stmt, "orelse");
        return;
      case "If":
        walkExpr(stmt.test, scope, path);
        walkStatements(stmt.body, scope, path, stmt, "body");
        walkStatements(stmt.orelse, scope, path, stmt, "orelse");
        return;
      case "With":
        for (const item of stmt.items) {
          walkExpr(item.context, scope, path);
          if (item.target) storeTarget(item.target, scope, path, "with", stmt);
        }
        walkStatements(stmt.body, scope, path, stmt, "body");
        return;
      case "Try":
        walkStatements(stmt.body, scope, path, stmt, "body");
        stmt.handlers.forEach((h, i) => {
          if (h.type) walkExpr(h.type, scope, path);
          if (h.name) bind(scope, h.name, "variable", { node: h, path, store: true, how: "except", statement: stmt, fromNested: false });
          walkStatements(h.body, scope, path, stmt, `handler${i}`);
        });
        walkStatements(stmt.orelse, scope, path, stmt, "orelse");
        walkStatements(stmt.finalbody, scope, path, stmt, "finalbody");
        return;
      case "Match":
        walkExpr(stmt.subject, scope, path);
        stmt.cases.forEach((c, i) => {
          walkPattern(c.pattern, scope, path, stmt);
          if (c.guard) walkExpr(c.guard, scope, path);
          walkStatements(c.body, scope, path, stmt, `case${i}`);
        });
        return;
      case "Import":
        for (const alias of stmt.names) {
          bind(scope, alias.asname ?? alias.name.split(".")[0]!, "import", ref(alias, "import"));
        }
        return;
      case "ImportFrom":
        for (const alias of stmt.names) {
          if (alias.name !== "*") bind(scope, alias.asname ?? alias.name, "import", ref(alias, "import"));
        }
        return;
      default:
        forEachChild(stmt, (child) => walkExpr(child as PyExpr, scope, path));
    }
  };

  const walkPattern = (pattern: PyPattern, scope: Scope, path: PathStep[], stmt: PyStmt) => {
    const capture = (name: string | null, node: Node) => {
      if (name) bind(scope, name, "variable", { node, path, store: true, how: "match", statement: stmt, fromNested: false });
    };
    switch (pattern.kind) {
      case "MatchAs":
        if (pattern.pattern) walkPattern(pattern.pattern, scope, path, stmt);
        capture(pattern.name, pattern);
        return;
      case "MatchStar":
        capture(pattern.name, pattern);
        return;
      case "MatchMapping":
        pattern.keys.forEach((k) => walkExpr(k, scope, path));
        pattern.patterns.forEach((p) => walkPattern(p, scope, path, stmt));
        capture(pattern.rest, pattern);
        return;
      case "MatchClass":
        walkExpr(pattern.cls, scope, path);
        [...pattern.patterns, ...pattern.kwdPatterns].forEach((p) => walkPattern(p, scope, path, stmt));
        return;
      case "MatchSequence":
      case "MatchOr":
        pattern.patterns.forEach((p) => walkPattern(p, scope, path, stmt));
        return;
      case "MatchValue":
      case "MatchSingleton":
        walkExpr(pattern.value, scope, path);
        return;
    }
  };

  const walkComprehension = (node: ComprehensionNode, scope: Scope, path: PathStep[]) => {
    const inner = new Scope("comprehension", node, scope, path);
    scopes.set(node, inner);
    node.generators.forEach((gen, i) => {
      walkExpr(gen.iter, i === 0 ? scope : inner, path);
      storeTarget(gen.target, inner, path, "comprehension", null);
      gen.ifs.forEach((cond) => walkExpr(cond, inner, path));
    });
    if (node.kind === "DictComp") {
      walkExpr(node.key, inner, path);
      walkExpr(node.value, inner, path);
    } else {
      walkExpr(node.elt, inner, path);
    }
  };

  const walkExpr = (expr: Node, scope: Scope, path: PathStep[]): void => {
    switch (expr.kind) {
      case "Name":
        loads.push({ name: expr, scope, path });
        return;
      case "Lambda": {
        expr.params.forEach((p) => p.default && walkExpr(p.default, scope, path));
        const inner = new Scope("lambda", expr, scope, path);
        scopes.set(expr, inner);
        expr.params.forEach((p) => bind(inner, p.name, "param", { node: p, path: [], store: true, how: "param", statement: null, fromNested: false }));
        walkExpr(expr.body, inner, []);
        return;
      }
      case "ListComp":
      case "SetComp":
      case "DictComp":
      case "GeneratorExp":
        walkComprehension(expr, scope, path);
        return;
      case "NamedExpr": {
        walkExpr(expr.value, scope, path);
        if (expr.target.kind === "Name") {
          const owner = scope.functionLike();
          bindingOfName.set(expr.target, bind(owner, expr.target.id, "variable", { node: expr.target, path, store: true, how: "walrus", statement: null, fromNested: false }));
        }
        return;
      }
      default:
        forEachChild(expr, (child) => walkExpr(child, scope, path));
    }
  };

  declarePass(module.body, root);
  walkStatements(module.body, root, [], null, "body");

  // ── pass 2: resolve loads now that every scope's bindings are known ──
  for (const load of loads) {
    const binding = load.scope.lookup(load.name.id);
    bindingOfName.set(load.name, binding);
    if (binding) {
      binding.references.push({
        node: load.name,
        path: pathInScope(load.scope, load.path, binding.scope),
        store: false,
        how: "assign",
        statement: null,
        fromNested: binding.scope !== load.scope.functionLike() && binding.scope !== load.scope,
      });
    }
  }

  const all: Scope[] = [];
  const collect = (s: Scope) => {
    all.push(s);
    s.children.forEach(collect);
  };
  collect(root);

  return {
    module: root,
    scopeOf: (node) => scopes.get(node),
    bindingOf: (name) => bindingOfName.get(name) ?? null,
    allScopes: () => all,
  };
}

/**
 * The statement path of a load, as seen from the binding's scope: a load in a
 * nested scope counts as happening where that nested scope is defined.
 */
function pathInScope(from: Scope, fromPath: PathStep[], target: Scope): PathStep[] {
  let scope: Scope = from;
  let path = fromPath;
  while (scope !== target && scope.parent) {
    path = scope.kind === "comprehension" ? path : scope.definitionPath;
    scope = scope.parent;
  }
  return path;
}
