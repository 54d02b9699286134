/**
 * `isinstance(x, C)` as a run-time test on the JavaScript representation of
 * Python values: `typeof` for str/bool/numbers, `Array.isArray` for lists and
 * tuples, `instanceof Map`/`Set` for dicts and sets, `instanceof` for
 * classes. Where the representation cannot tell Python types apart (an
 * integral float is an int, a tuple is a list) and the static type allows
 * both, the test is reported as an approximation.
 */
import { type AnyExpr, type PyExpr, type PyType, type RuleContext, isSimple } from "@py2ts/core";

function mayHold(t: PyType, ...kinds: PyType["kind"][]): boolean {
  if (t.kind === "unknown" || t.kind === "never") return true;
  if (t.kind === "union") return t.members.some((m) => mayHold(m, ...kinds));
  return kinds.includes(t.kind);
}

/** The test for one class; null when the class is not one we can test. */
function classTest(ctx: RuleContext, value: AnyExpr, cls: PyExpr, objType: PyType, ambiguous: (what: string) => void): AnyExpr | null {
  const b = ctx.at(cls);
  const typeOf = (name: string) => b.binary("===", b.unary("typeof", value), b.str(name));
  switch (ctx.resolve(cls)) {
    case "builtins.str":
      return typeOf("string");
    case "builtins.bool":
      return typeOf("boolean");
    case "builtins.int":
      if (mayHold(objType, "float")) ambiguous("an integral float is an int at run time");
      return b.binary("||", typeOf("boolean"), b.call(b.member(b.id("Number"), "isInteger"), [value]));
    case "builtins.float":
      if (mayHold(objType, "int")) ambiguous("an int is a float at run time");
      return typeOf("number");
    case "builtins.list":
      if (mayHold(objType, "tuple", "tupleOf")) ambiguous("a tuple is a list at run time");
      return b.call(b.member(b.id("Array"), "isArray"), [value]);
    case "builtins.tuple":
      if (mayHold(objType, "list")) ambiguous("a list is a tuple at run time");
      return b.call(b.member(b.id("Array"), "isArray"), [value]);
    case "builtins.dict":
      return b.binary("instanceof", value, b.id("Map"));
    case "builtins.set":
    case "builtins.frozenset":
      return b.binary("instanceof", value, b.id("Set"));
    case "builtins.bytes":
      return b.binary("instanceof", value, b.id("Uint8Array"));
    default:
      break;
  }
  const t = ctx.types.of(cls);
  if (t.kind === "classObject") return b.binary("instanceof", value, ctx.lower(cls));
  return null;
}

/** `isinstance(obj, cls_or_tuple)`, or a reported stub. */
export function isinstanceCheck(
  ctx: RuleContext,
  obj: PyExpr,
  classes: PyExpr,
  on: { approximate(why: string): void; unsupported(cls: PyExpr): AnyExpr },
): AnyExpr {
  const b = ctx.at(obj);
  const list = classes.kind === "Tuple" ? classes.elts : [classes];
  const objType = ctx.types.of(obj);
  let name: string | null = null;
  let value: AnyExpr;
  if (isSimple(obj) || list.length === 1) value = ctx.lower(obj);
  else {
    name = ctx.freshName("value");
    value = b.id(name);
  }
  const reasons: string[] = [];
  const tests: AnyExpr[] = [];
  for (const cls of list) {
    const test = classTest(ctx, isSimple(obj) && list.length > 1 ? ctx.lower(obj) : value, cls, objType, (why) => reasons.push(why));
    if (!test) return on.unsupported(cls);
    tests.push(test);
  }
  for (const why of new Set(reasons)) on.approximate(why);
  const test = tests.reduce((acc, t) => b.binary("||", acc, t));
  return name ? b.call(b.arrow([{ name }], test), [ctx.lower(obj)]) : test;
}
