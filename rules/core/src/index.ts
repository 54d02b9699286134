/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assignment from "./rules/assignment";
import booleanOperators from "./rules/boolean-operators";
import comparisons from "./rules/comparisons";
import displays from "./rules/displays";
import fstrings from "./rules/fstrings";
import hoistedDeclarations from "./rules/hoisted-declarations";
import imports from "./rules/imports";
import literals from "./rules/literals";
import moduleRule from "./rules/module";
import names from "./rules/names";
import operators from "./rules/operators";
import print from "./rules/print";
import statements from "./rules/statements";
import subscript from "./rules/subscript";
import sys from "./rules/sys";

export const rules = [
  assignment,
  booleanOperators,
  comparisons,
  displays,
  fstrings,
  hoistedDeclarations,
  imports,
  literals,
  moduleRule,
  names,
  operators,
  print,
  statements,
  subscript,
  sys,
];

export default definePlugin({
  name: "@py2ts/rules-core",
  rules,
  modules: ["sys"],
});
