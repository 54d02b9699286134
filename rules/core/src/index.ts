/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assignment from "./rules/assignment";
import booleanOperators from "./rules/boolean-operators";
import comparisons from "./rules/comparisons";
import displays from "./rules/displays";
import forRule from "./rules/for";
import fstrings from "./rules/fstrings";
import functionCalls from "./rules/function-calls";
import functionDef from "./rules/function-def";
import hoistedDeclarations from "./rules/hoisted-declarations";
import ifRule from "./rules/if";
import imports from "./rules/imports";
import lambda from "./rules/lambda";
import literals from "./rules/literals";
import loopJumps from "./rules/loop-jumps";
import moduleRule from "./rules/module";
import names from "./rules/names";
import operators from "./rules/operators";
import print from "./rules/print";
import returnRule from "./rules/return";
import statements from "./rules/statements";
import subscript from "./rules/subscript";
import sys from "./rules/sys";
import whileRule from "./rules/while";

export const rules = [
  assignment,
  booleanOperators,
  comparisons,
  displays,
  forRule,
  fstrings,
  functionCalls,
  functionDef,
  hoistedDeclarations,
  ifRule,
  imports,
  lambda,
  literals,
  loopJumps,
  moduleRule,
  names,
  operators,
  print,
  returnRule,
  statements,
  subscript,
  sys,
  whileRule,
];

export default definePlugin({
  name: "@py2ts/rules-core",
  rules,
  modules: ["sys"],
});
