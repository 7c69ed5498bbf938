/**
 * The check engine: runs every rule family over an assessment and words the findings in the document's
 * language. Pure and fast enough to run on every keystroke (bench/checks.bench.ts).
 */
import type { Assessment } from '../model'
import { levelRules } from './levels'
import { KIND_IN_MESSAGE, MESSAGES } from './messages'
import { multipleChoiceRules } from './multipleChoice'
import { pointsRules } from './points'
import { criterionRules, wholeAssessmentRules, objectiveRules, taskRules } from './structure'
import { timeRules } from './time'
import type { Finding, RawFinding, Rule, Severity } from './types'
import { SEVERITIES } from './types'
import { wordingRules } from './wording'

export const RULE_FAMILIES: Record<string, Rule> = {
  structure: (a) => [...wholeAssessmentRules(a), ...objectiveRules(a), ...criterionRules(a), ...taskRules(a)],
  points: pointsRules,
  time: timeRules,
  levels: levelRules,
  multipleChoice: multipleChoiceRules,
  wording: wordingRules,
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 }

export function wordFinding(a: Assessment, raw: RawFinding): Finding {
  const params = { ...raw.params }
  if (typeof params.kind === 'string' && (params.kind === 'unit' || params.kind === 'term')) params.kind = KIND_IN_MESSAGE[a.language][params.kind]
  const message = MESSAGES[raw.ruleId]?.[a.language](params) ?? raw.ruleId
  return { severity: raw.severity, ruleId: raw.ruleId, path: raw.path, message, ...(raw.fix ? { fix: raw.fix } : {}) }
}

/** All findings, errors first, in the document's order within a severity. */
export function runChecks(a: Assessment, rules: Record<string, Rule> = RULE_FAMILIES): Finding[] {
  // one bucket per severity keeps the rules' order within it without sorting
  const buckets: Finding[][] = SEVERITIES.map(() => [])
  for (const rule of Object.values(rules)) for (const r of rule(a)) buckets[SEVERITY_RANK[r.severity]].push(wordFinding(a, r))
  return buckets.flat()
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>
  for (const f of findings) counts[f.severity] += 1
  return counts
}

/** Errors only: what the library shows on each card. */
export function errorCount(a: Assessment): number {
  return runChecks(a).filter((f) => f.severity === 'error').length
}

/**
 * Findings grouped by the field they concern, for inline markers beside the fields: a finding on
 * `tasks/<id>/descriptors/<id>/points` is listed under that path only (ask for a parent path with `under`).
 */
export function findingsByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    const list = map.get(f.path)
    if (list) list.push(f)
    else map.set(f.path, [f])
  }
  return map
}

/** Findings on a path or anything inside it (`tasks/t1` gives those of its descriptors and options too). */
export function findingsUnder(findings: readonly Finding[], path: string): Finding[] {
  return findings.filter((f) => f.path === path || f.path.startsWith(path + '/'))
}
