/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import { FILE_CLASSES, FILE_TS_TYPES, FILE_TYPE_HOOKS, FILE_VALUES } from "./declarations/files";
import { OS_CLASSES, OS_TS_TYPES, OS_TYPE_HOOKS, OS_VALUES } from "./declarations/os";
import open from "./rules/open";
import os from "./rules/os";
import osPath from "./rules/os-path";
import withResources from "./rules/with-resources";
import { FILES_OS_MODULES } from "./shared/messages";

export const rules: Plugin["rules"] = [open, os, osPath, withResources];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [...FILES_OS_MODULES],
  declarations: {
    values: { ...FILE_VALUES, ...OS_VALUES },
    classes: { ...FILE_CLASSES, ...OS_CLASSES },
  },
  typeHooks: { ...FILE_TYPE_HOOKS, ...OS_TYPE_HOOKS },
  tsTypes: { ...FILE_TS_TYPES, ...OS_TS_TYPES },
});
