/**
 * Diagnostics shared by the rules for files, processes and the OS (codes
 * PY2TS2500-2549, 3500-3549, 5100-5199), so one situation has one code
 * whichever module rule meets it.
 */
import type { RuleMessage } from "@py2ts/core";

export const FILES_OS_MESSAGES = {
  unbindable: {
    code: "PY2TS2500",
    severity: "error",
    text: "call to {name} cannot be translated: {reason}",
    suggestion: "Pass the arguments explicitly (no *args/**kwargs at the call site).",
  },
  unmappedName: {
    code: "PY2TS5101",
    severity: "error",
    text: "{name} is not mapped to TypeScript",
    suggestion: "Port this call by hand, or add a mapping to the stdlib rule pack.",
  },
  unmappedMember: {
    code: "PY2TS5102",
    severity: "error",
    text: "{type}.{member} is not mapped to TypeScript",
    suggestion: "Port this use by hand, or add the member to the runtime class and the pack's declarations.",
  },
  unsupportedArgument: {
    code: "PY2TS2501",
    severity: "error",
    text: "{name}: {reason}",
  },
} as const satisfies Record<string, RuleMessage>;

/** The library modules whose names the files/OS rules translate. */
export const FILES_OS_MODULES = [
  "fileinput",
  "fnmatch",
  "glob",
  "hashlib",
  "io",
  "os",
  "os.path",
  "pathlib",
  "posixpath",
  "shlex",
  "shutil",
  "subprocess",
  "tempfile",
  "time",
] as const;
