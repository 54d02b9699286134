/**
 * Where each Python variable is declared in TypeScript.
 *
 * Python scopes are per function; TypeScript's `let`/`const` are per block.
 * For every variable binding we find the innermost statement list holding all
 * its references. If the first of them is a plain assignment directly in that
 * list, the assignment declares it (`const` when it is the only store, else
 * `let`). Otherwise a `let x!: T;` is hoisted before the first statement that
 * references it, and outside any loop (so values survive iterations). A
 * variable captured by a closure is never declared inside a loop body, which
 * keeps Python's late binding. For/with targets used only inside their
 * statement are declared by it (`for (const x of ...)`).
 */
import type { Node, NodeOf, PyExpr, PyStmt } from "../ir/nodes";
import type { Binding, PathStep, Reference, Scope, ScopeAnalysis } from "./scopes";

export type DeclKind = "const" | "let";

export interface DeclarationPlans {
  /** For a store Name: the declaration kind when this assignment declares it, else null. */
  siteDeclaration(target: NodeOf<"Name">): DeclKind | null;
  /** For a For/With statement: the declaration kind of a target it owns, else null (assign to a hoisted variable). */
  ownedDeclaration(statement: PyStmt, name: string): DeclKind | null;
  /** The bindings to declare (`let x!: T;`) immediately before a statement. */
  hoistedBefore(statement: PyStmt): readonly Binding[];
  /** For a function defined inside a block: whether it is declared before the block (its `def` assigns it). */
  functionDeclaredBefore(binding: Binding): boolean;
}

const LOOPS = new Set(["For", "While"]);

function isLoopStep(step: PathStep): boolean {
  return step.owner !== null && LOOPS.has(step.owner.kind) && (step.field === "body" || step.field === "orelse");
}

/** Depth of the deepest statement list shared by all paths. */
function commonDepth(paths: PathStep[][]): number {
  let depth = 0;
  for (;;) {
    const list = paths[0]?.[depth]?.list;
    if (!list || !paths.every((p) => p[depth]?.list === list)) return depth - 1;
    if (!paths.every((p) => p.length > depth + 1 && p[depth]!.index === paths[0]![depth]!.index)) return depth;
    depth++;
  }
}

function namesOf(target: PyExpr): Array<NodeOf<"Name">> {
  if (target.kind === "Name") return [target];
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.flatMap(namesOf);
  if (target.kind === "Starred") return namesOf(target.value);
  return [];
}

/**
 * The `for` statement that owns a reference to `name`: the reference is that
 * loop's target or lies in its body, and no other loop on the way binds the
 * same name. Null when the reference is outside such a loop (or in its `else`).
 */
function loopOwnerOf(ref: Reference, name: string): PyStmt | null {
  const bindsName = (stmt: PyStmt | null): stmt is NodeOf<"For"> => stmt?.kind === "For" && namesOf(stmt.target).some((n) => n.id === name);
  if (ref.store && ref.how === "for" && bindsName(ref.statement)) {
    // the target itself: owned when no enclosing loop also binds the name
    const enclosing = ref.path.slice(0, -1).filter((step) => step.field === "body" && bindsName(step.owner));
    return enclosing.length === 0 ? ref.statement : null;
  }
  const loops = ref.path.filter((step) => bindsName(step.owner));
  if (loops.length !== 1 || loops[0]!.field !== "body") return null;
  return loops[0]!.owner;
}

export function planDeclarations(scopes: ScopeAnalysis): DeclarationPlans {
  const site = new Map<Node, DeclKind>();
  const functionsDeclaredBefore = new Set<Binding>();
  const owned = new Map<PyStmt, Map<string, DeclKind>>();
  const hoisted = new Map<PyStmt, Binding[]>();
  const hoist = (before: PyStmt, binding: Binding) => {
    const list = hoisted.get(before) ?? [];
    if (!list.includes(binding)) list.push(binding);
    hoisted.set(before, list);
  };

  const planBinding = (binding: Binding, scope: Scope) => {
    const refs = binding.references.filter((r) => r.how !== "param" && r.path.length > 0);
    const stores = refs.filter((r) => r.store);
    if (stores.length === 0 || refs.length === 0) return;
    if (stores.every((r) => r.how === "except" || r.how === "comprehension")) return; // declared by catch / arrow params
    const relevant = refs.filter((r) => r.how !== "except");
    if (relevant.length === 0) return;
    const captured = refs.some((r) => r.fromNested);
    const paths = relevant.map((r) => r.path);
    const depth = Math.max(commonDepth(paths), 0);
    const firstIndex = Math.min(...paths.map((p) => p[depth]!.index));
    const lcaList = paths[0]![depth]!.list;
    const firstStatement = lcaList[firstIndex]!;
    const atFirst = relevant.filter((r) => r.path[depth]!.index === firstIndex);
    const storeCount = stores.length;
    const inLoop = paths[0]!.slice(0, depth + 1).some(isLoopStep);

    // 1. a plain assignment directly in the common list declares it
    const declaringStores = atFirst.filter((r) => r.store && !r.fromNested && r.path.length === depth + 1 && r.how === "assign");
    const loadsAtFirst = atFirst.filter((r) => !r.store || r.how === "augmented");
    if (declaringStores.length > 0 && loadsAtFirst.length === 0 && !(captured && inLoop) && scope.kind !== "class") {
      const kind: DeclKind = storeCount === 1 ? "const" : "let";
      for (const r of declaringStores) site.set(r.node, kind);
      return;
    }
    // 2. a for/with target used only inside its statement is declared by it
    const ownerHow = new Set<Reference["how"]>(["for", "with"]);
    const ownerStores = atFirst.filter((r) => r.store && r.path.length === depth + 1 && ownerHow.has(r.how));
    if (
      ownerStores.length > 0 &&
      atFirst.length === relevant.length &&
      ownerStores.every((r) => r.statement === firstStatement) &&
      !(captured && (inLoop || firstStatement.kind === "For"))
    ) {
      const kind: DeclKind = storeCount === ownerStores.length ? "const" : "let";
      const map = owned.get(firstStatement) ?? new Map<string, DeclKind>();
      map.set(binding.name, kind);
      owned.set(firstStatement, map);
      return;
    }
    // 2b. a loop variable reused by several loops, never read outside them, is declared by each loop
    if (!captured) {
      const owners = relevant.map((r) => loopOwnerOf(r, binding.name));
      if (owners.every((o) => o !== null) && new Set(owners).size > 1) {
        for (const loop of new Set(owners)) {
          const storesInLoop = relevant.filter((r, i) => owners[i] === loop && r.store).length;
          const map = owned.get(loop!) ?? new Map<string, DeclKind>();
          map.set(binding.name, storesInLoop === 1 ? "const" : "let");
          owned.set(loop!, map);
        }
        return;
      }
    }
    // 3. hoist before the first referencing statement, outside every enclosing loop
    const steps = paths[0]!.slice(0, depth + 1);
    const outerLoop = steps.findIndex(isLoopStep);
    if (outerLoop > 0) {
      const loopStep = steps[outerLoop - 1]!;
      hoist(loopStep.list[loopStep.index]!, binding);
    } else if (outerLoop === 0) {
      hoist(firstStatement, binding); // unreachable: the scope body is never a loop body
    } else {
      hoist(firstStatement, binding);
    }
  };

  for (const scope of scopes.allScopes()) {
    if (scope.kind === "class" || scope.kind === "comprehension") continue;
    for (const binding of scope.bindings.values()) {
      if (binding.kind === "variable") planBinding(binding, scope);
      // a `def` inside a block (if/try/loop) would be block-scoped in TypeScript: declared before the block instead
      else if (binding.kind === "function" && binding.references.some((r) => r.how === "def" && r.path.length > 1)) {
        planBinding(binding, scope);
        const def = binding.references.find((r) => r.how === "def")?.statement;
        const atDef = def ? hoisted.get(def) : undefined;
        if (atDef?.includes(binding)) atDef.splice(atDef.indexOf(binding), 1); // every use is in the def's own block
        else if ([...hoisted.values()].some((list) => list.includes(binding))) functionsDeclaredBefore.add(binding);
      }
    }
  }

  // A destructuring assignment declares either all of its names or none of them.
  const statementsWithSites = new Set<PyStmt>();
  for (const scope of scopes.allScopes()) {
    for (const binding of scope.bindings.values()) {
      for (const ref of binding.references) {
        if (ref.statement && site.has(ref.node)) statementsWithSites.add(ref.statement);
      }
    }
  }
  for (const stmt of statementsWithSites) {
    if (stmt.kind !== "Assign" && stmt.kind !== "AnnAssign") continue;
    const targets = stmt.kind === "Assign" ? stmt.targets : [stmt.target];
    const names = targets.flatMap(namesOf);
    const multi = targets.length > 1 || targets.some((t) => t.kind !== "Name");
    if (!multi || names.every((n) => site.has(n))) continue;
    for (const name of names) {
      if (!site.has(name)) continue;
      site.delete(name);
      const binding = scopes.bindingOf(name);
      if (binding) hoist(stmt, binding);
    }
  }

  return {
    siteDeclaration: (target) => site.get(target) ?? null,
    ownedDeclaration: (statement, name) => owned.get(statement)?.get(name) ?? null,
    hoistedBefore: (statement) => hoisted.get(statement) ?? [],
    functionDeclaredBefore: (binding) => functionsDeclaredBefore.has(binding),
  };
}
