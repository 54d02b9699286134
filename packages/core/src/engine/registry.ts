/**
 * Orders rules deterministically: by phase, then `runsAfter`, then id; and
 * checks their metadata (ids, codes, message texts) once, at load time.
 */
import { isValidCode } from "../report/diagnostic";
import type { Plugin, Rule, RulePhase } from "./rule";

const PHASES: RulePhase[] = ["early", "main", "fallback", "last-resort"];

export class RuleConfigError extends Error {}

export function validateRule(rule: Rule): void {
  const { id, messages } = rule.meta;
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) throw new RuleConfigError(`rule id '${id}' must look like 'pack/rule-name'`);
  for (const [messageId, message] of Object.entries(messages)) {
    if (!isValidCode(message.code)) throw new RuleConfigError(`rule ${id}: message '${messageId}' has invalid code '${message.code}'`);
    const range = message.code.charAt(5);
    if (["1", "2", "9"].includes(range) && message.severity !== "error") {
      throw new RuleConfigError(`rule ${id}: message '${messageId}' (${message.code}) must be an error`);
    }
  }
}

/** Sorts rules by phase, then topologically by `runsAfter`, ties by id. */
export function orderRules(rules: readonly Rule[]): Rule[] {
  const byId = new Map<string, Rule>();
  for (const rule of rules) {
    validateRule(rule);
    if (byId.has(rule.meta.id)) throw new RuleConfigError(`duplicate rule id '${rule.meta.id}'`);
    byId.set(rule.meta.id, rule);
  }
  const ordered: Rule[] = [];
  for (const phase of PHASES) {
    const pending = [...byId.values()].filter((r) => (r.meta.phase ?? "main") === phase).sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1));
    const placed = new Set(ordered.map((r) => r.meta.id));
    while (pending.length > 0) {
      const next = pending.findIndex((r) => (r.meta.runsAfter ?? []).every((dep) => placed.has(dep) || !byId.has(dep)));
      if (next < 0) throw new RuleConfigError(`rules ${pending.map((r) => r.meta.id).join(", ")} have circular runsAfter (or run after a rule of a later phase)`);
      const [rule] = pending.splice(next, 1);
      ordered.push(rule!);
      placed.add(rule!.meta.id);
    }
  }
  return ordered;
}

export function rulesOf(plugins: readonly Plugin[]): Rule[] {
  return orderRules(plugins.flatMap((p) => p.rules));
}
