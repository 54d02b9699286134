/**
 * Small helpers for call-mapping translations that forward Python's optional
 * positional parameters to a runtime helper or a JavaScript method.
 */
import type { AnyExpr, MappedArguments, TsBuilder } from "@py2ts/core";

/** The arguments for the parameters that were passed, in order, with `null` for skipped optional ones before a passed one. */
export function passed(args: MappedArguments, params: string[], b: TsBuilder): AnyExpr[] {
  let last = -1;
  params.forEach((p, i) => {
    if (args.has(p)) last = i;
  });
  return params.slice(0, last + 1).map((p) => args.get(p) ?? b.null());
}
