/**
 * Types of the `string` module: its constants, `capwords`, and
 * `string.Template`, which user classes may derive from (`subclassable`:
 * the runtime's `StringTemplate` keeps `delimiter`, `idpattern`,
 * `braceidpattern` and `flags` on its prototype, so a subclass's class
 * attributes override them as in Python).
 */
import type { ClassDeclaration, TsTypeMapping } from "@py2ts/core";

export const STRING_CONSTANTS = [
  "ascii_letters",
  "ascii_lowercase",
  "ascii_uppercase",
  "digits",
  "hexdigits",
  "octdigits",
  "printable",
  "punctuation",
  "whitespace",
] as const;

export const TEMPLATE = "string.Template";

export const STRING_VALUES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(STRING_CONSTANTS.map((c) => [`string.${c}`, "str"])),
  "string.capwords": "(s: str, sep: str | None = None) -> str",
  [TEMPLATE]: "(template: str) -> string.Template",
};

const SUBSTITUTE = "(mapping: object = None, /, **kws: object) -> str";

export const STRING_CLASSES: Readonly<Record<string, ClassDeclaration>> = {
  [TEMPLATE]: {
    subclassable: true,
    attributes: { template: "str", delimiter: "str", idpattern: "str", braceidpattern: "str | None", flags: "int" },
    methods: {
      __init__: "(template: str) -> None",
      substitute: SUBSTITUTE,
      safe_substitute: SUBSTITUTE,
      get_identifiers: "() -> list[str]",
      is_valid: "() -> bool",
    },
  },
};

export const STRING_TS_TYPES: Readonly<Record<string, TsTypeMapping>> = {
  [TEMPLATE]: { module: "@py2ts/runtime", name: "StringTemplate", args: [] },
};
