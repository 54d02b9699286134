/**
 * Python annotations (IR expressions) → static types: `int`, `list[str]`,
 * `Optional[Dict[str, int]]`, `str | None`, `"Forward"` strings, dotted names.
 */
import type { PyExpr } from "../../ir/nodes";
import { type PyType, T, join } from "./py-types";
import { type DeclarationRegistry, parseType } from "./type-declarations";

function dotted(expr: PyExpr): string | null {
  if (expr.kind === "Name") return expr.id;
  if (expr.kind === "Attribute") {
    const base = dotted(expr.value);
    return base ? `${base}.${expr.attr}` : null;
  }
  return null;
}

function typeArgs(index: PyExpr): PyExpr[] {
  return index.kind === "Tuple" ? index.elts : [index];
}

/** Resolves a name in an annotation to its qualified name (`Path` imported from pathlib → `pathlib.Path`). */
export type AnnotationResolver = (expr: PyExpr) => string | null;

/**
 * The static type an annotation denotes. With a resolver, a name that refers
 * to a declared library class however it was imported (`from pathlib import
 * Path`; `p: Path`) denotes that class (`pathlib.Path`).
 */
export function annotationType(expr: PyExpr, registry: DeclarationRegistry, resolve?: AnnotationResolver): PyType {
  switch (expr.kind) {
    case "NoneLit":
      return T.none;
    case "StrLit":
      try {
        return parseType(expr.value);
      } catch {
        return T.unknown;
      }
    case "BinOp":
      if (expr.op === "|") return join(annotationType(expr.left, registry, resolve), annotationType(expr.right, registry, resolve));
      return T.unknown;
    case "Name":
    case "Attribute": {
      const name = dotted(expr);
      if (!name) return T.unknown;
      const qname = resolve?.(expr);
      if (qname && registry.cls(qname)) return T.named(qname);
      try {
        return parseType(name.replace(/^typing\./, ""));
      } catch {
        return T.unknown;
      }
    }
    case "Subscript": {
      const base = dotted(expr.value)?.replace(/^typing\./, "");
      if (!base) return T.unknown;
      const args = typeArgs(expr.index);
      const arg = (i: number) => (args[i] ? annotationType(args[i]!, registry, resolve) : T.unknown);
      switch (base) {
        case "list":
        case "List":
        case "Sequence":
        case "MutableSequence":
          return T.list(arg(0));
        case "set":
        case "Set":
        case "AbstractSet":
          return T.set(arg(0));
        case "frozenset":
        case "FrozenSet":
          return T.set(arg(0), true);
        case "dict":
        case "Dict":
        case "Mapping":
        case "MutableMapping":
          return T.dict(arg(0), arg(1));
        case "tuple":
        case "Tuple":
          if (args.length === 2 && args[1]!.kind === "EllipsisLit") return T.tupleOf(arg(0));
          return T.tuple(args.map((_, i) => arg(i)));
        case "Optional":
          return T.optional(arg(0));
        case "Union":
          return args.map((_, i) => arg(i)).reduce(join, T.never);
        case "Iterator":
        case "Iterable":
        case "Generator":
          return T.iterator(arg(0));
        case "Callable":
          return T.callable(null, arg(1));
        default:
          return T.named(base, args.map((_, i) => arg(i)));
      }
    }
    default:
      void registry;
      return T.unknown;
  }
}
