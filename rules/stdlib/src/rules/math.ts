import { type CallMappingTable, callMappingVisitor, defineRule, valueMappingVisitor } from "@py2ts/core";
import { namespaceMapping } from "../shared/runtime-namespace-calls";

/**
 * Python's `math` onto the runtime's `math` namespace, which keeps Python's
 * errors (`ValueError: math domain error` where JavaScript returns NaN,
 * OverflowError for `floor(inf)`), exact `fsum`, and integer `gcd`/`lcm`/
 * `factorial`/`comb`.
 */
const UNARY_FLOAT = ["sqrt", "exp", "fabs", "sin", "cos", "tan", "asin", "acos", "atan", "degrees", "radians", "log10", "log2"];
const UNARY_INT = ["floor", "ceil", "trunc"];
const PREDICATES = ["isnan", "isinf", "isfinite"];

const math = (name: string, signature: string, positional: readonly string[], options: readonly string[] = []) =>
  namespaceMapping("math", name, signature, { positional, options });

const functions: CallMappingTable = {
  ...Object.fromEntries(UNARY_FLOAT.map((f) => [`math.${f}`, math(f, "(x: float) -> float", ["x"])])),
  ...Object.fromEntries(UNARY_INT.map((f) => [`math.${f}`, math(f, "(x: float) -> int", ["x"])])),
  ...Object.fromEntries(PREDICATES.map((f) => [`math.${f}`, math(f, "(x: float) -> bool", ["x"])])),
  "math.log": math("log", "(x: float, base: float = None) -> float", ["x", "base"]),
  "math.pow": math("pow", "(x: float, y: float) -> float", ["x", "y"]),
  "math.atan2": math("atan2", "(y: float, x: float) -> float", ["y", "x"]),
  "math.copysign": math("copysign", "(x: float, y: float) -> float", ["x", "y"]),
  "math.hypot": math("hypot", "(*coordinates: float) -> float", []),
  "math.isclose": math("isclose", "(a: float, b: float, *, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool", ["a", "b"], ["rel_tol", "abs_tol"]),
  "math.gcd": math("gcd", "(*integers: int) -> int", []),
  "math.lcm": math("lcm", "(*integers: int) -> int", []),
  "math.factorial": math("factorial", "(n: int) -> int", ["n"]),
  "math.comb": math("comb", "(n: int, k: int) -> int", ["n", "k"]),
  "math.prod": math("prod", "(iterable: Iterable[float], *, start: float = 1) -> float", ["iterable"], ["start"]),
  "math.fsum": math("fsum", "(seq: Iterable[float]) -> float", ["seq"]),
};

const CONSTANTS = ["pi", "e", "tau", "inf", "nan"];

export const mathDeclarations = {
  values: {
    ...Object.fromEntries(Object.entries(functions).map(([name, m]) => [name, m.signature])),
    ...Object.fromEntries(CONSTANTS.map((c) => [`math.${c}`, "float"])),
  },
};

export default defineRule({
  meta: {
    id: "stdlib/math",
    description: "Translate the math module with Python's domain errors",
    messages: {
      unbindable: { code: "PY2TS5230", severity: "error", text: "call to {name} cannot be translated: {reason}" },
    },
  },
  create: (ctx) => {
    const values = valueMappingVisitor(ctx, Object.fromEntries(CONSTANTS.map((c) => [`math.${c}`, ({ b, runtime }) => b.member(runtime("math"), c)] as const)));
    return { Call: callMappingVisitor(ctx, functions, "unbindable"), Name: values, Attribute: values };
  },
});
