import { callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";
import { runtimeModule } from "../shared/runtime-module-functions";

/**
 * Python's `operator` onto the runtime's `operator` namespace: the operators
 * as functions with Python's semantics (comparisons of tuples and strings,
 * `+`/`*` on sequences, floor division), `itemgetter`/`attrgetter`/
 * `methodcaller` (a tuple for several items), usable as values
 * (`key=operator.itemgetter(1)`, `{">": operator.gt}`).
 */
const BINARY = ["lt", "le", "eq", "ne", "gt", "ge"];
const ARITHMETIC = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "concat"];

const OPERATOR = runtimeModule("operator", "operator", {
  ...Object.fromEntries(BINARY.map((n) => [n, { signature: "(a: object, b: object, /) -> bool", positional: ["a", "b"] }])),
  ...Object.fromEntries(ARITHMETIC.map((n) => [n, { signature: "(a: object, b: object, /) -> object", positional: ["a", "b"] }])),
  neg: { signature: "(a: float, /) -> float", positional: ["a"] },
  pos: { signature: "(a: float, /) -> float", positional: ["a"] },
  abs: { signature: "(a: float, /) -> float", positional: ["a"] },
  not_: { signature: "(a: object, /) -> bool", positional: ["a"] },
  truth: { signature: "(a: object, /) -> bool", positional: ["a"] },
  contains: { signature: "(a: object, b: object, /) -> bool", positional: ["a", "b"] },
  getitem: { signature: "(a: object, b: object, /) -> object", positional: ["a", "b"] },
  is_: { signature: "(a: object, b: object, /) -> bool", positional: ["a", "b"] },
  is_not: { signature: "(a: object, b: object, /) -> bool", positional: ["a", "b"] },
  itemgetter: { signature: "(*items: object) -> Callable[..., object]" },
  attrgetter: { signature: "(*attrs: str) -> Callable[..., object]" },
  methodcaller: { signature: "(name: str, *args: object) -> Callable[..., object]", positional: ["name"] },
});

export const operatorDeclarations = { values: OPERATOR.declarations };

export default defineRule({
  meta: {
    id: "stdlib/operator",
    description: "Translate the operator module (operators as functions, itemgetter, attrgetter)",
    messages: {
      unbindable: { code: "PY2TS5280", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, OPERATOR.values);
    return { Call: callMappingVisitor(ctx, OPERATOR.calls, "unbindable"), Name: values, Attribute: values };
  },
});
