/**
 * Path arguments of calls translated to Node's `fs`: Node takes strings, so a
 * `pathlib.Path` or `os.DirEntry` (any non-str path) goes through the
 * runtime's `fspath()`, which also raises Python's TypeError for a value that
 * is not a path.
 */
import type { AnyExpr, CallMappingHelpers, MappedArguments } from "@py2ts/core";

export function nodePathArgument(args: MappedArguments, name: string, h: CallMappingHelpers): AnyExpr {
  const value = args.required(name);
  return args.type(name)?.kind === "str" ? value : h.b.call(h.runtime("fspath"), [value]);
}

/** `import * as fs from "node:fs"`. */
export function nodeFs(h: CallMappingHelpers): AnyExpr {
  return h.ctx.imports.namespace("node:fs", "fs");
}
