export {};
export * as json from "./json.js";
export * as re from "./re.js";
export type { Match as ReMatch, Pattern as RePattern } from "./re.js";
export type { JsonValue } from "./json.js";
