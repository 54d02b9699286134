/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import { FILE_CLASSES, FILE_TS_TYPES, FILE_TYPE_HOOKS, FILE_VALUES } from "./declarations/files";
import { OS_CLASSES, OS_TS_TYPES, OS_TYPE_HOOKS, OS_VALUES } from "./declarations/os";
import { PATHLIB_CLASSES, PATHLIB_TS_TYPES, PATHLIB_TYPE_HOOKS, PATHLIB_VALUES } from "./declarations/pathlib";
import { PROCESS_CLASSES, PROCESS_TS_TYPES, PROCESS_TYPE_HOOKS, PROCESS_VALUES } from "./declarations/processes";
import collections, { collectionsDeclarations, collectionsTypeHooks } from "./rules/collections";
import fileinput from "./rules/fileinput";
import glob from "./rules/glob";
import hashlib from "./rules/hashlib";
import json, { jsonDeclarations } from "./rules/json";
import math, { mathDeclarations } from "./rules/math";
import open from "./rules/open";
import os from "./rules/os";
import osPath from "./rules/os-path";
import pathlib from "./rules/pathlib";
import pathlibOperators from "./rules/pathlib-operators";
import re, { reDeclarations, reTypeHooks } from "./rules/re";
import shlex from "./rules/shlex";
import shutil from "./rules/shutil";
import subprocess from "./rules/subprocess";
import tempfile from "./rules/tempfile";
import time from "./rules/time";
import unmappedNames, { DATA_MODULES } from "./rules/unmapped-names";
import withResources from "./rules/with-resources";
import { FILES_OS_MODULES } from "./shared/messages";

export const rules: Plugin["rules"] = [
  collections,
  fileinput,
  glob,
  hashlib,
  json,
  math,
  open,
  os,
  osPath,
  pathlib,
  pathlibOperators,
  re,
  shlex,
  shutil,
  subprocess,
  tempfile,
  time,
  unmappedNames,
  withResources,
];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [...DATA_MODULES, ...FILES_OS_MODULES],
  declarations: {
    values: {
      ...collectionsDeclarations.values,
      ...jsonDeclarations.values,
      ...mathDeclarations.values,
      ...reDeclarations.values,
      ...FILE_VALUES,
      ...OS_VALUES,
      ...PROCESS_VALUES,
      ...PATHLIB_VALUES,
    },
    classes: {
      ...collectionsDeclarations.classes,
      ...jsonDeclarations.classes,
      ...reDeclarations.classes,
      ...FILE_CLASSES,
      ...OS_CLASSES,
      ...PROCESS_CLASSES,
      ...PATHLIB_CLASSES,
    },
  },
  typeHooks: { ...collectionsTypeHooks, ...reTypeHooks, ...FILE_TYPE_HOOKS, ...OS_TYPE_HOOKS, ...PROCESS_TYPE_HOOKS, ...PATHLIB_TYPE_HOOKS },
  tsTypes: {
    "collections.Counter": { module: "@py2ts/runtime", name: "Counter" },
    "collections.defaultdict": { module: "@py2ts/runtime", name: "DefaultDict" },
    "collections.OrderedDict": { module: "@py2ts/runtime", name: "OrderedDict" },
    "collections.deque": { module: "@py2ts/runtime", name: "Deque" },
    "re.Pattern": { module: "@py2ts/runtime", name: "RePattern", args: [] },
    "re.Match": { module: "@py2ts/runtime", name: "ReMatch", args: [] },
    ...FILE_TS_TYPES,
    ...OS_TS_TYPES,
    ...PROCESS_TS_TYPES,
    ...PATHLIB_TS_TYPES,
  },
});
