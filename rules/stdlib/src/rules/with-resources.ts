import { type AnyExpr, type AnyStmt, type NodeOf, type PyExpr, type PyStmt, type RuleContext, defineRule, withoutNone } from "@py2ts/core";

/** How a library resource is entered and released. */
interface Resource {
  /** The method that releases it (`close`, `cleanup`). */
  release: string;
  /** What `as x` binds: the resource itself, or one of its properties (`TemporaryDirectory().name`). */
  enterProperty?: string;
}

/** Library types whose `__exit__` only releases the resource (it never suppresses an exception). */
const RESOURCES: Readonly<Record<string, Resource>> = {
  "io.TextIOWrapper": { release: "close" },
  "io.BufferedReader": { release: "close" },
  "os.ScandirIterator": { release: "close" },
  "io.StringIO": { release: "close" },
  "io.BytesIO": { release: "close" },
  "subprocess.Popen": { release: "wait" },
  "os._wrap_close": { release: "close" },
  "tempfile.TemporaryDirectory": { release: "cleanup", enterProperty: "name" },
};

function resourceOf(ctx: RuleContext, expr: PyExpr): Resource | null {
  const t = withoutNone(ctx.types.of(expr));
  return t.kind === "named" ? (RESOURCES[t.name] ?? null) : null;
}

/**
 * `with open(p) as fh:` (and the other library resources: `os.scandir()`,
 * `tempfile.TemporaryDirectory()`): the `__exit__` of these objects only
 * releases them and never suppresses an exception, so the statement is
 * exactly
 *
 *     const fh = open(p);
 *     try { ... } finally { fh.close(); }
 *
 * Several items nest in order, so a failure to open the second still closes
 * the first. A `with` statement holding any other context manager, or a
 * target that is not a plain name, is left to the general `with`
 * translation (which also works on these objects: they have `__enter__` and
 * `__exit__`). Runs in the early phase so that it is tried before the general
 * translation.
 */
export default defineRule({
  meta: {
    id: "stdlib/with-resources",
    description: "Translate with-statements over files and other library resources to try/finally",
    phase: "early",
    messages: {},
  },
  create: (ctx) => ({
    With(path) {
      const stmt = path.node;
      if (stmt.isAsync) return;
      const items = stmt.items;
      if (!items.every((item) => resourceOf(ctx, item.context) && (item.target === null || item.target.kind === "Name"))) return;
      path.replaceWith(translateItems(ctx, stmt, items, stmt.body));
    },
  }),
});

function translateItems(ctx: RuleContext, stmt: NodeOf<"With">, items: ReadonlyArray<NodeOf<"WithItem">>, body: PyStmt[]): AnyStmt[] {
  const [item, ...rest] = items;
  if (!item) return body as unknown as AnyStmt[];
  const resource = resourceOf(ctx, item.context)!;
  const b = ctx.at(item);
  const target = item.target as NodeOf<"Name"> | null;
  const out: AnyStmt[] = [];
  let handle: AnyExpr;
  const bind = (name: string, value: AnyExpr) => {
    const kind = ctx.scope.ownedDeclaration(stmt, name);
    out.push(kind ? b.varDecl(kind, ctx.scope.tsName(name), value) : b.exprStmt(b.assign(b.id(ctx.scope.tsName(name)), value)));
  };
  if (target && !resource.enterProperty) {
    bind(target.id, ctx.lower(item.context));
    handle = b.id(ctx.scope.tsName(target.id));
  } else if (item.context.kind === "Name" && !resource.enterProperty) {
    handle = ctx.lower(item.context);
  } else {
    const temp = ctx.freshName(resource.enterProperty ? "tempDir" : "resource");
    out.push(b.varDecl("const", temp, ctx.lower(item.context)));
    handle = b.id(temp);
    if (target) bind(target.id, b.member(handle, resource.enterProperty!));
  }
  const inner: AnyStmt[] = rest.length > 0 ? translateItems(ctx, stmt, rest, body) : (body as unknown as AnyStmt[]);
  out.push(b.try(inner, null, [b.exprStmt(b.methodCall(handle, resource.release, []))]));
  return out;
}
