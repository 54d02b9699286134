/**
 * @py2ts/rules-stdlib — mappings of the Python standard library. One rule
 * per module (or family of modules); the registry is explicit and sorted.
 */
import { type Plugin, definePlugin } from "@py2ts/core";

export const rules: Plugin["rules"] = [];

export default definePlugin({
  name: "@py2ts/rules-stdlib",
  rules,
  modules: [],
  declarations: { values: {}, classes: {} },
  tsTypes: {},
});
