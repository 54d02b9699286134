/**
 * The visitors of a rule that maps a library module: the module's functions
 * and values (`moduleVisitors`) first, then, on a call or attribute they left
 * as it was, the members of the module's classes (`libraryClassVisitors`).
 * A rule adds its own visitors beside these (spread the result).
 */
import type { AnyExpr, NodeOf } from "@py2ts/core";

type ExprPath<N> = { node: N; replaceWith(node: AnyExpr): void };

interface ModuleLevel {
  Call(path: ExprPath<NodeOf<"Call">>): void;
  Name(path: ExprPath<NodeOf<"Name">>): void;
  Attribute(path: ExprPath<NodeOf<"Attribute">>): void;
}

interface MemberLevel {
  Call(path: ExprPath<NodeOf<"Call">>): void;
  Attribute(path: ExprPath<NodeOf<"Attribute">>): void;
}

export function moduleAndClassVisitors(module: ModuleLevel, members: MemberLevel): ModuleLevel {
  return {
    Call(path) {
      module.Call(path);
      if (path.node.kind === "Call") members.Call(path);
    },
    Name: module.Name,
    Attribute(path) {
      module.Attribute(path);
      if (path.node.kind === "Attribute") members.Attribute(path);
    },
  };
}
