/**
 * The rule packs a default run loads. (Third-party packs will be added by
 * configuration, the way ESLint loads plugins.)
 */
import type { Plugin } from "@py2ts/core";
import rulesCore from "@py2ts/rules-core";
import rulesStdlib from "@py2ts/rules-stdlib";

export function defaultPlugins(): Plugin[] {
  return [rulesCore, rulesStdlib];
}
