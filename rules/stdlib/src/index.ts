/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";
import json, { jsonDeclarations } from "./rules/json";
import re, { reDeclarations, reTypeHooks } from "./rules/re";

export const rules: Plugin["rules"] = [json, re];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: ["json", "re"],
  declarations: {
    values: { ...jsonDeclarations.values, ...reDeclarations.values },
    classes: { ...jsonDeclarations.classes, ...reDeclarations.classes },
  },
  typeHooks: { ...reTypeHooks },
  tsTypes: {
    "re.Pattern": { module: "@py2ts/runtime", name: "RePattern" },
    "re.Match": { module: "@py2ts/runtime", name: "ReMatch" },
  },
});
