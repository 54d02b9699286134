/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assignment from "./rules/assignment";
import attributes from "./rules/attributes";
import booleanOperators from "./rules/boolean-operators";
import builtinConversions from "./rules/builtin-conversions";
import builtinIteration from "./rules/builtin-iteration";
import comparisons from "./rules/comparisons";
import comprehensions from "./rules/comprehensions";
import containerMethods from "./rules/container-methods";
import displays from "./rules/displays";
import fstrings from "./rules/fstrings";
import hoistedDeclarations from "./rules/hoisted-declarations";
import imports from "./rules/imports";
import literals from "./rules/literals";
import moduleRule from "./rules/module";
import names from "./rules/names";
import numberBytesMethods from "./rules/number-bytes-methods";
import operators from "./rules/operators";
import print from "./rules/print";
import statements from "./rules/statements";
import strMethods from "./rules/str-methods";
import subscript from "./rules/subscript";
import sys from "./rules/sys";

export const rules = [
  assignment,
  attributes,
  booleanOperators,
  builtinConversions,
  builtinIteration,
  comparisons,
  comprehensions,
  containerMethods,
  displays,
  fstrings,
  hoistedDeclarations,
  imports,
  literals,
  moduleRule,
  names,
  numberBytesMethods,
  operators,
  print,
  statements,
  strMethods,
  subscript,
  sys,
];

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
