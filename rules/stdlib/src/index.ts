/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import { datetimeDeclarations, datetimeOperatorTypeHooks } from "./declarations/datetime";
import { CONFIGPARSER_CLASSES, CONFIGPARSER_TS_TYPES, CONFIGPARSER_TYPE_HOOKS, CONFIGPARSER_VALUES } from "./declarations/configparser";
import { FILE_CLASSES, FILE_TS_TYPES, FILE_TYPE_HOOKS, FILE_VALUES } from "./declarations/files";
import { LOGGING_CLASSES, LOGGING_TS_TYPES, LOGGING_VALUES } from "./declarations/logging";
import { STRING_CLASSES, STRING_TS_TYPES, STRING_VALUES } from "./declarations/string";
import { OS_CLASSES, OS_TS_TYPES, OS_TYPE_HOOKS, OS_VALUES } from "./declarations/os";
import { PATHLIB_CLASSES, PATHLIB_TS_TYPES, PATHLIB_TYPE_HOOKS, PATHLIB_VALUES } from "./declarations/pathlib";
import { PROCESS_CLASSES, PROCESS_TS_TYPES, PROCESS_TYPE_HOOKS, PROCESS_VALUES } from "./declarations/processes";
import argparse, { argparseDeclarations, argparseTypeHooks } from "./rules/argparse";
import collections, { collectionsDeclarations, collectionsTypeHooks } from "./rules/collections";
import configparser from "./rules/configparser";
import copy, { copyDeclarations, copyTypeHooks } from "./rules/copy";
import csv, { csvDeclarations } from "./rules/csv";
import datetime from "./rules/datetime";
import fileinput from "./rules/fileinput";
import functools, { functoolsDeclarations, functoolsTypeHooks } from "./rules/functools";
import glob from "./rules/glob";
import hashlib from "./rules/hashlib";
import heapq, { heapqDeclarations, heapqTypeHooks } from "./rules/heapq";
import itertools, { itertoolsDeclarations, itertoolsTypeHooks } from "./rules/itertools";
import operator, { operatorDeclarations } from "./rules/operator";
import json, { jsonDeclarations } from "./rules/json";
import logging from "./rules/logging";
import math, { mathDeclarations } from "./rules/math";
import open from "./rules/open";
import os from "./rules/os";
import osPath from "./rules/os-path";
import pathlib from "./rules/pathlib";
import pathlibOperators from "./rules/pathlib-operators";
import re, { reDeclarations, reTypeHooks } from "./rules/re";
import shlex from "./rules/shlex";
import shutil from "./rules/shutil";
import stringTemplate from "./rules/string-template";
import subprocess from "./rules/subprocess";
import tempfile from "./rules/tempfile";
import time from "./rules/time";
import unmappedNames, { DATA_MODULES } from "./rules/unmapped-names";
import withResources from "./rules/with-resources";
import { FILES_OS_MODULES } from "./shared/messages";

export const rules: Plugin["rules"] = [
  argparse,
  collections,
  configparser,
  copy,
  csv,
  datetime,
  fileinput,
  functools,
  glob,
  hashlib,
  heapq,
  itertools,
  json,
  logging,
  math,
  open,
  operator,
  os,
  osPath,
  pathlib,
  pathlibOperators,
  re,
  shlex,
  shutil,
  stringTemplate,
  subprocess,
  tempfile,
  time,
  unmappedNames,
  withResources,
];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [...DATA_MODULES, ...FILES_OS_MODULES, "configparser", "logging", "string"],
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
      ...LOGGING_VALUES,
      ...mathDeclarations.values,
      ...operatorDeclarations.values,
      ...reDeclarations.values,
      ...CONFIGPARSER_VALUES,
      ...STRING_VALUES,
      ...FILE_VALUES,
      ...OS_VALUES,
      ...PROCESS_VALUES,
      ...PATHLIB_VALUES,
    },
    classes: {
      ...argparseDeclarations.classes,
      ...collectionsDeclarations.classes,
      ...csvDeclarations.classes,
      ...datetimeDeclarations.classes,
      ...jsonDeclarations.classes,
      ...LOGGING_CLASSES,
      ...reDeclarations.classes,
      ...CONFIGPARSER_CLASSES,
      ...STRING_CLASSES,
      ...FILE_CLASSES,
      ...OS_CLASSES,
      ...PROCESS_CLASSES,
      ...PATHLIB_CLASSES,
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
    ...CONFIGPARSER_TYPE_HOOKS,
    ...FILE_TYPE_HOOKS,
    ...OS_TYPE_HOOKS,
    ...PROCESS_TYPE_HOOKS,
    ...PATHLIB_TYPE_HOOKS,
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
    ...CONFIGPARSER_TS_TYPES,
    ...STRING_TS_TYPES,
    ...FILE_TS_TYPES,
    ...LOGGING_TS_TYPES,
    ...OS_TS_TYPES,
    ...PROCESS_TS_TYPES,
    ...PATHLIB_TS_TYPES,
  },
});
