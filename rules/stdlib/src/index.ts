/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import { FILE_CLASSES, FILE_TS_TYPES, FILE_TYPE_HOOKS, FILE_VALUES } from "./declarations/files";
import { OS_CLASSES, OS_TS_TYPES, OS_TYPE_HOOKS, OS_VALUES } from "./declarations/os";
import { PATHLIB_CLASSES, PATHLIB_TS_TYPES, PATHLIB_TYPE_HOOKS, PATHLIB_VALUES } from "./declarations/pathlib";
import { PROCESS_CLASSES, PROCESS_TS_TYPES, PROCESS_TYPE_HOOKS, PROCESS_VALUES } from "./declarations/processes";
import glob from "./rules/glob";
import hashlib from "./rules/hashlib";
import open from "./rules/open";
import os from "./rules/os";
import osPath from "./rules/os-path";
import pathlib from "./rules/pathlib";
import pathlibOperators from "./rules/pathlib-operators";
import shlex from "./rules/shlex";
import shutil from "./rules/shutil";
import subprocess from "./rules/subprocess";
import tempfile from "./rules/tempfile";
import time from "./rules/time";
import withResources from "./rules/with-resources";
import { FILES_OS_MODULES } from "./shared/messages";

export const rules: Plugin["rules"] = [
  glob,
  hashlib,
  open,
  os,
  osPath,
  pathlib,
  pathlibOperators,
  shlex,
  shutil,
  subprocess,
  tempfile,
  time,
  withResources,
];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [...FILES_OS_MODULES],
  declarations: {
    values: { ...FILE_VALUES, ...OS_VALUES, ...PROCESS_VALUES, ...PATHLIB_VALUES },
    classes: { ...FILE_CLASSES, ...OS_CLASSES, ...PROCESS_CLASSES, ...PATHLIB_CLASSES },
  },
  typeHooks: { ...FILE_TYPE_HOOKS, ...OS_TYPE_HOOKS, ...PROCESS_TYPE_HOOKS, ...PATHLIB_TYPE_HOOKS },
  tsTypes: { ...FILE_TS_TYPES, ...OS_TS_TYPES, ...PROCESS_TS_TYPES, ...PATHLIB_TS_TYPES },
});
