import { type ValueMapping, defineRule } from "@py2ts/core";
import { HASH_ALGORITHMS, PATHLIB_CLASSES, PATHLIB_VALUES } from "../declarations/pathlib";
import { type TranslateBuilder, mapDeclared } from "../shared/declared-mappings";
import { libraryClassTables, libraryClassVisitors } from "../shared/library-classes";
import { moduleAndClassVisitors } from "../shared/module-and-class-visitors";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";

const named = (algorithm: string | null): TranslateBuilder => () => (args, h) => {
  const name = algorithm === null ? args.required("name") : h.b.str(algorithm);
  return h.b.call(h.runtime("hashNew"), args.has("data") ? [name, args.required("data")] : [name]);
};

const calls = mapDeclared(PATHLIB_VALUES, {
  "hashlib.new": named(null),
  "hashlib.file_digest": () => (args, h) => h.b.call(h.runtime("fileDigest"), [args.required("fileobj"), args.required("digest")]),
  ...Object.fromEntries(HASH_ALGORITHMS.map((a) => [`hashlib.${a}`, named(a)])),
});

const values: Readonly<Record<string, ValueMapping>> = {
  "hashlib.algorithms_guaranteed": ({ runtime }) => runtime("algorithmsGuaranteed"),
  "hashlib.algorithms_available": ({ runtime }) => runtime("algorithmsGuaranteed"),
};

const classes = libraryClassTables({ "hashlib._Hash": PATHLIB_CLASSES["hashlib._Hash"]! }, {});

/**
 * `hashlib`: `hashlib.new(name, data)` and the named constructors
 * (`sha256(data)`, `md5()`...) create the runtime's hash object over Node's
 * `crypto`, with Python's methods (`update`, `digest`, `hexdigest`, `copy`;
 * the digests can be read any number of times, and `update("text")` raises
 * Python's TypeError). Extra constructor parameters (`digest_size` of
 * blake2b, `shake_*` lengths) are reported.
 */
export default defineRule({
  meta: {
    id: "stdlib/hashlib",
    description: "Translate hashlib constructors and hash objects",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) => {
    const module = moduleVisitors(ctx, { modules: ["hashlib"], calls, values }, { unbindable: "unbindable", unmappedName: "unmappedName" });
    const members = libraryClassVisitors(ctx, classes, { unbindable: "unbindable", unmapped: "unmappedMember" });
    return {
      ...moduleAndClassVisitors(module, members),
    };
  },
});
