/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assignment from "./rules/assignment";
import hoistedDeclarations from "./rules/hoisted-declarations";
import imports from "./rules/imports";
import literals from "./rules/literals";
import moduleRule from "./rules/module";
import names from "./rules/names";
import print from "./rules/print";
import statements from "./rules/statements";
import subscript from "./rules/subscript";
import sys from "./rules/sys";

export const rules = [assignment, hoistedDeclarations, imports, literals, moduleRule, names, print, statements, subscript, sys];

export default definePlugin({
  name: "@py2ts/rules-core",
  rules,
  modules: ["sys"],
  declarations: {
    values: {
      "sys.argv": "list[str]",
      "sys.exit": "(status: object = None) -> None",
      "sys.stdout": "io.TextIOWrapper",
      "sys.stderr": "io.TextIOWrapper",
      "sys.stdin": "io.TextIOWrapper",
      "sys.platform": "str",
      "sys.maxsize": "int",
      "sys.version": "str",
    },
    classes: {
      "io.TextIOWrapper": {
        methods: {
          write: "(s: str) -> int",
          flush: "() -> None",
          read: "(size: int = -1) -> str",
          readline: "(size: int = -1) -> str",
          readlines: "() -> list[str]",
          close: "() -> None",
          fileno: "() -> int",
          isatty: "() -> bool",
          __enter__: "() -> io.TextIOWrapper",
        },
        attributes: { name: "str", closed: "bool" },
        iterates: "str",
      },
    },
  },
  tsTypes: {
    "io.TextIOWrapper": { module: "@py2ts/runtime", name: "TextStream" },
  },
});
