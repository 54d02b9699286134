/**
 * @py2ts/rules-core — the language mapping rules. The registry is explicit
 * and sorted; no globbing.
 */
import { definePlugin } from "@py2ts/core";
import assertRule from "./rules/assert";
import assignment from "./rules/assignment";
import attributes from "./rules/attributes";
import augAssign from "./rules/aug-assign";
import booleanOperators from "./rules/boolean-operators";
import builtinConversions from "./rules/builtin-conversions";
import builtinIteration from "./rules/builtin-iteration";
import classes from "./rules/classes";
import comparisons from "./rules/comparisons";
import comprehensions from "./rules/comprehensions";
import containerMethods from "./rules/container-methods";
import contextlib from "./rules/contextlib";
import dataclassFunctions from "./rules/dataclass-functions";
import deleteRule from "./rules/delete";
import displays from "./rules/displays";
import enumClasses from "./rules/enum-classes";
import forRule from "./rules/for";
import fstrings from "./rules/fstrings";
import dynamicCalls from "./rules/dynamic-calls";
import functionAttributes from "./rules/function-attributes";
import moduleAttributes from "./rules/module-attributes";
import functionCalls from "./rules/function-calls";
import functionDef from "./rules/function-def";
import generatorMethods from "./rules/generator-methods";
import hoistedDeclarations from "./rules/hoisted-declarations";
import ifRule from "./rules/if";
import ifExp from "./rules/if-exp";
import imports from "./rules/imports";
import instances from "./rules/instances";
import lambda from "./rules/lambda";
import literals from "./rules/literals";
import loopJumps from "./rules/loop-jumps";
import matchStatement from "./rules/match-statement";
import moduleRule from "./rules/module";
import namedExpr from "./rules/named-expr";
import namedTuples from "./rules/named-tuples";
import names from "./rules/names";
import numberBytesMethods from "./rules/number-bytes-methods";
import operators from "./rules/operators";
import print from "./rules/print";
import raise from "./rules/raise";
import returnRule from "./rules/return";
import statements from "./rules/statements";
import strMethods from "./rules/str-methods";
import subscript from "./rules/subscript";
import sys from "./rules/sys";
import tryExcept from "./rules/try-except";
import unboundReads from "./rules/unbound-reads";
import whileRule from "./rules/while";
import withStatement from "./rules/with-statement";
import yieldRule from "./rules/yield";

export const rules = [
  assertRule,
  assignment,
  attributes,
  augAssign,
  booleanOperators,
  builtinConversions,
  builtinIteration,
  classes,
  comparisons,
  comprehensions,
  containerMethods,
  contextlib,
  dataclassFunctions,
  deleteRule,
  displays,
  dynamicCalls,
  enumClasses,
  forRule,
  fstrings,
  functionAttributes,
  moduleAttributes,
  functionCalls,
  functionDef,
  generatorMethods,
  hoistedDeclarations,
  ifRule,
  ifExp,
  imports,
  instances,
  lambda,
  literals,
  loopJumps,
  matchStatement,
  moduleRule,
  namedExpr,
  namedTuples,
  names,
  numberBytesMethods,
  operators,
  print,
  raise,
  returnRule,
  statements,
  strMethods,
  subscript,
  sys,
  tryExcept,
  unboundReads,
  whileRule,
  withStatement,
  yieldRule,
];

export default definePlugin({
  name: "@py2ts/rules-core",
  rules,
  modules: ["contextlib", "dataclasses", "enum", "sys", "typing"],
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
      "dataclasses.asdict": "(obj: object) -> dict[str, object]",
      "dataclasses.astuple": "(obj: object) -> tuple[object, ...]",
      "dataclasses.fields": "(class_or_instance: object) -> list[dataclasses.Field]",
      "dataclasses.is_dataclass": "(obj: object) -> bool",
      "contextlib.ExitStack": "() -> contextlib.ExitStack",
    },
    classes: {
      "builtins.slice": {
        attributes: { start: "int | None", stop: "int | None", step: "int | None" },
        methods: { indices: "(length: int) -> tuple[int, int, int]" },
      },
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
      "dataclasses.Field": { attributes: { name: "str" } },
      "contextlib.ExitStack": {
        methods: {
          enter_context: "(cm: object) -> object",
          callback: "(callback: object, *args: object) -> object",
          close: "() -> None",
          __enter__: "() -> contextlib.ExitStack",
        },
      },
    },
  },
  tsTypes: {
    "builtins.slice": { module: "@py2ts/runtime", name: "Slice" },
    "io.TextIOWrapper": { module: "@py2ts/runtime", name: "TextStream" },
    "dataclasses.Field": { module: "@py2ts/runtime", name: "Field" },
    "contextlib.ExitStack": { module: "@py2ts/runtime", name: "ExitStack" },
    "contextlib.GeneratorContextManager": { module: "@py2ts/runtime", name: "GeneratorContextManager" },
  },
});
