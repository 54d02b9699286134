/**
 * Compile-time facts about a literal Python regular expression: how many
 * groups it captures (for the result types of `findall`/`split`) and which
 * constructs the runtime translation cannot express (reported at compile
 * time instead of failing when the pattern is compiled).
 */

/** Number of capturing groups, or null when the pattern cannot be scanned. */
export function countGroups(pattern: string): number | null {
  let groups = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      if (pattern[i + 1] === "^") i++;
      if (pattern[i + 1] === "]") i++;
      continue;
    }
    if (ch === "(") {
      if (pattern[i + 1] !== "?") groups++;
      else if (pattern.startsWith("(?P<", i)) groups++;
    }
  }
  return inClass ? null : groups;
}

const UNSUPPORTED: ReadonlyArray<[RegExp, string]> = [
  // (?a:...), (?s:...), (?m:...), (?x:...), (?u:...) are scoped by the runtime's translator; `i`/`L` and unsetting `a`/`u` are not
  [/\(\?(?![asmxu]*(?:-[smx]+)?:)[-aiLmsux]+:/, "scoped inline flags '(?i:...)' / '(?L:...)'"],
  [/\(\?\(/, "conditional groups '(?(id)yes|no)'"],
  [/\(\?>/, "atomic groups '(?>...)'"],
  [/(?:[*+?}])\+/, "possessive quantifiers"],
  [/\\N\{/, "named Unicode escapes '\\N{...}'"],
];

/** The first construct of the pattern the translation cannot express, or null. */
export function unsupportedConstruct(pattern: string): string | null {
  // drop escaped characters so that `\(\?>` (a literal) is not mistaken for a construct
  const scrubbed = pattern.replace(/\\([^N])/g, "__").replace(/\[\^?\]?[^\]]*\]/g, "_");
  for (const [rx, what] of UNSUPPORTED) if (rx.test(scrubbed)) return what;
  return null;
}
