import { readFileSync } from "node:fs";
import * as path from "node:path";

/** The CLI's version (also part of the run-cache key). */
export const VERSION: string = (JSON.parse(readFileSync(path.join(__dirname, "..", "package.json"), "utf8")) as { version: string }).version;
