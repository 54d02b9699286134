import { type ValueMapping, defineRule } from "@py2ts/core";
import { OS_VALUES } from "../declarations/os";
import { type TranslateBuilder, mapDeclared, runtimeFunction } from "../shared/declared-mappings";
import { FILES_OS_MESSAGES } from "../shared/messages";
import { moduleVisitors } from "../shared/module-members";
import { nodeFs } from "../shared/path-arguments";

/** `os.path.<name>` → the runtime's port of posixpath (Node's `path` differs on edge cases). */
const RUNTIME_NAMES: Readonly<Record<string, string>> = {
  join: "pathJoin",
  split: "pathSplit",
  splitext: "splitext",
  splitdrive: "splitdrive",
  basename: "basename",
  dirname: "dirname",
  lexists: "lexists",
  isfile: "isfile",
  isdir: "isdir",
  islink: "islink",
  isabs: "isabs",
  getsize: "getsize",
  getmtime: "getmtime",
  getatime: "getatime",
  getctime: "getctime",
  abspath: "abspath",
  realpath: "realpath",
  relpath: "relpath",
  normpath: "normpath",
  normcase: "normcase",
  commonpath: "commonpath",
  commonprefix: "commonprefix",
  expanduser: "expanduser",
  expandvars: "expandvars",
  samefile: "samefile",
};

const MODULES = ["os.path", "posixpath"];

const qualified = (name: string) => MODULES.map((m) => [`${m}.${name}`, name] as const);

/** `exists(p)` on a str is Node's `existsSync` (both say False for broken links, "" and NUL bytes); otherwise the runtime's. */
const exists: TranslateBuilder = () => (args, h) =>
  args.type("path")?.kind === "str"
    ? h.b.call(h.b.member(nodeFs(h), "existsSync"), [args.required("path")])
    : h.b.call(h.runtime("exists"), [args.required("path")]);

const builders: Record<string, TranslateBuilder> = {};
const values: Record<string, ValueMapping> = {};
const signatures: Record<string, string> = {};
for (const [qname, name] of [...Object.keys(RUNTIME_NAMES).flatMap(qualified), ...qualified("exists")]) {
  signatures[qname] = OS_VALUES[`os.path.${name}`]!;
  if (name === "exists") {
    builders[qname] = exists;
    values[qname] = ({ runtime }) => runtime("exists");
    continue;
  }
  builders[qname] = runtimeFunction(RUNTIME_NAMES[name]!);
  values[qname] = ({ runtime }) => runtime(RUNTIME_NAMES[name]!);
}
const CONSTANTS: Readonly<Record<string, string | null>> = { sep: "/", altsep: null, pathsep: ":", curdir: ".", pardir: "..", extsep: ".", devnull: "/dev/null" };
for (const [name, value] of Object.entries(CONSTANTS)) {
  for (const [qname] of qualified(name)) values[qname] = ({ b }) => (value === null ? b.null() : b.str(value));
}

const calls = mapDeclared(signatures, builders);

/**
 * `os.path` (and `posixpath`): every function maps to the runtime's port of
 * CPython's posixpath, because Node's `path` module answers differently on
 * edge cases scripts meet (`join("a", "/b")`, `dirname("a")`,
 * `basename("a/")`, `splitext(".bashrc")`, normalisation inside `join`).
 * `exists(p)` on a str is `fs.existsSync(p)`. Functions used as values
 * (`key=os.path.getmtime`) are the runtime functions.
 */
export default defineRule({
  meta: {
    id: "stdlib/os-path",
    description: "Translate os.path functions and constants",
    messages: { ...FILES_OS_MESSAGES },
  },
  create: (ctx) =>
    moduleVisitors(
      ctx,
      { modules: MODULES, calls, values, spreadable: Object.fromEntries(MODULES.map((m) => [`${m}.join`, "pathJoin"])) },
      { unbindable: "unbindable", unmappedName: "unmappedName" },
    ),
});
