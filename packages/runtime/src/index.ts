export {};
export * as json from "./json.js";
export * as re from "./re.js";
