/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assignment from "./rules/assignment";
import classes from "./rules/classes";
import hoistedDeclarations from "./rules/hoisted-declarations";
import imports from "./rules/imports";
import instances from "./rules/instances";
import literals from "./rules/literals";
import moduleRule from "./rules/module";
import names from "./rules/names";
import print from "./rules/print";
import raise from "./rules/raise";
import returnStatement from "./rules/return-statement";
import statements from "./rules/statements";
import subscript from "./rules/subscript";
import sys from "./rules/sys";
import tryExcept from "./rules/try-except";
import withStatement from "./rules/with-statement";

export const rules = [
  assignment,
  classes,
  hoistedDeclarations,
  imports,
  instances,
  literals,
  moduleRule,
  names,
  print,
  raise,
  returnStatement,
  statements,
  subscript,
  sys,
  tryExcept,
  withStatement,
];

export default definePlugin({
  name: "@py2ts/rules-core",
  rules,
  modules: ["contextlib", "sys"],
});
