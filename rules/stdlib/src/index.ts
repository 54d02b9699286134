/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import { datetimeDeclarations, datetimeOperatorTypeHooks } from "./declarations/datetime";
import argparse, { argparseDeclarations, argparseTypeHooks } from "./rules/argparse";
import copy, { copyDeclarations, copyTypeHooks } from "./rules/copy";
import functools, { functoolsDeclarations, functoolsTypeHooks } from "./rules/functools";
import heapq, { heapqDeclarations, heapqTypeHooks } from "./rules/heapq";
import itertools, { itertoolsDeclarations, itertoolsTypeHooks } from "./rules/itertools";
import operator, { operatorDeclarations } from "./rules/operator";
import collections, { collectionsDeclarations, collectionsTypeHooks } from "./rules/collections";
import csv, { csvDeclarations } from "./rules/csv";
import datetime from "./rules/datetime";
import json, { jsonDeclarations } from "./rules/json";
import math, { mathDeclarations } from "./rules/math";
import re, { reDeclarations, reTypeHooks } from "./rules/re";
import unmappedNames, { DATA_MODULES } from "./rules/unmapped-names";

export const rules: Plugin["rules"] = [
  argparse,
  collections,
  copy,
  csv,
  datetime,
  functools,
  heapq,
  itertools,
  json,
  math,
  operator,
  re,
  unmappedNames,
];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [...DATA_MODULES],
  declarations: {
    values: {
      ...argparseDeclarations.values,
      ...collectionsDeclarations.values,
      ...copyDeclarations.values,
      ...csvDeclarations.values,
      ...datetimeDeclarations.values,
      ...functoolsDeclarations.values,
      ...heapqDeclarations.values,
      ...itertoolsDeclarations.values,
      ...jsonDeclarations.values,
      ...mathDeclarations.values,
      ...operatorDeclarations.values,
      ...reDeclarations.values,
    },
    classes: {
      ...argparseDeclarations.classes,
      ...collectionsDeclarations.classes,
      ...csvDeclarations.classes,
      ...datetimeDeclarations.classes,
      ...jsonDeclarations.classes,
      ...reDeclarations.classes,
    },
  },
  typeHooks: {
    ...argparseTypeHooks,
    ...collectionsTypeHooks,
    ...copyTypeHooks,
    ...functoolsTypeHooks,
    ...heapqTypeHooks,
    ...itertoolsTypeHooks,
    ...reTypeHooks,
  },
  operatorTypeHooks: {
    ...datetimeOperatorTypeHooks,
  },
  tsTypes: {
    "argparse.ArgumentParser": { module: "@py2ts/runtime", name: "ArgparseParser", args: [] },
    "argparse._ArgumentGroup": { module: "@py2ts/runtime", name: "ArgparseGroup", args: [] },
    "argparse._MutuallyExclusiveGroup": { module: "@py2ts/runtime", name: "ArgparseGroup", args: [] },
    "argparse._SubParsersAction": { module: "@py2ts/runtime", name: "ArgparseSubParsers", args: [] },
    "argparse.Action": { module: "@py2ts/runtime", name: "ArgparseAction", args: [] },
    "argparse.Namespace": { name: "ParsedArgs", args: [] },
    "csv.Reader": { module: "@py2ts/runtime", name: "CsvReader", args: [] },
    "csv.Writer": { module: "@py2ts/runtime", name: "CsvWriter", args: [] },
    "csv.DictReader": { module: "@py2ts/runtime", name: "CsvDictReader", args: [] },
    "csv.DictWriter": { module: "@py2ts/runtime", name: "CsvDictWriter", args: [] },
    "csv.Error": { module: "@py2ts/runtime", name: "CsvError", args: [] },
    "datetime.date": { module: "@py2ts/runtime", name: "PyDate", args: [] },
    "datetime.datetime": { module: "@py2ts/runtime", name: "PyDateTime", args: [] },
    "datetime.time": { module: "@py2ts/runtime", name: "PyTime", args: [] },
    "datetime.timedelta": { module: "@py2ts/runtime", name: "TimeDelta", args: [] },
    "datetime.timezone": { module: "@py2ts/runtime", name: "TimeZone", args: [] },
    "datetime.IsoCalendarDate": { module: "@py2ts/runtime", name: "IsoCalendarDate", args: [] },
    "argparse.ArgumentTypeError": { module: "@py2ts/runtime", name: "ArgparseArgumentTypeError", args: [] },
    "argparse.ArgumentError": { module: "@py2ts/runtime", name: "ArgparseArgumentError", args: [] },
    "json.JSONDecodeError": { module: "@py2ts/runtime", name: "JSONDecodeError", args: [] },
    "re.error": { module: "@py2ts/runtime", name: "ReError", args: [] },
    "collections.Counter": { module: "@py2ts/runtime", name: "Counter" },
    "collections.defaultdict": { module: "@py2ts/runtime", name: "DefaultDict" },
    "collections.OrderedDict": { module: "@py2ts/runtime", name: "OrderedDict" },
    "collections.deque": { module: "@py2ts/runtime", name: "Deque" },
    "re.Pattern": { module: "@py2ts/runtime", name: "RePattern", args: [] },
    "re.Match": { module: "@py2ts/runtime", name: "ReMatch", args: [] },
  },
});
