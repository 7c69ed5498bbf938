/**
 * The check engine: runs every rule family over an assessment and words the findings in the language the
 * teacher reads (the interface's; the document's by default), quoting the document's own text as it is. Pure and fast enough to run on every keystroke (bench/checks.bench.ts).
 */
import type { Assessment, Language, Task } from '../model'
import { levelRules } from './levels'
import { KIND_IN_MESSAGE, MESSAGES } from './messages'
import { multipleChoiceRules } from './multipleChoice'
import { pointsRules } from './points'
import { criterionRules, wholeAssessmentRules, objectiveRules, taskRules } from './structure'
import { teacherMaterialRules } from './teacherMaterial'
import { textLanguageRules } from './textLanguage'
import { timeRules } from './time'
import type { Finding, RawFinding, Rule, Severity } from './types'
import { SEVERITIES } from './types'
import { wordingRules } from './wording'

export const RULE_FAMILIES = {
  structure: (a) => [...wholeAssessmentRules(a), ...objectiveRules(a), ...criterionRules(a), ...taskRules(a)],
  points: pointsRules,
  time: timeRules,
  levels: levelRules,
  multipleChoice: multipleChoiceRules,
  wording: wordingRules,
  teacherMaterial: teacherMaterialRules,
  textLanguage: textLanguageRules,
} satisfies Record<string, Rule>

type Family = keyof typeof RULE_FAMILIES

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, hint: 2 }

/** One finding worded in `language` (the reader's); quoted words and texts stay as the document has them. */
export function wordFinding(a: Assessment, raw: RawFinding, language: Language = a.language): Finding {
  const params = { ...raw.params }
  if (typeof params.kind === 'string' && (params.kind === 'unit' || params.kind === 'term')) params.kind = KIND_IN_MESSAGE[language][params.kind]
  const message = MESSAGES[raw.ruleId]?.[language](params) ?? raw.ruleId
  return { severity: raw.severity, ruleId: raw.ruleId, path: raw.path, message, ...(raw.fix ? { fix: raw.fix } : {}) }
}

/**
 * All findings, errors first, in the document's order within a severity, worded in `language` (default: the
 * document's; the screens pass the interface language).
 */
export function runChecks(a: Assessment, language: Language = a.language, rules: Record<string, Rule> = RULE_FAMILIES): Finding[] {
  return bySeverity(Object.values(rules).map((rule) => rule(a).map((r) => wordFinding(a, r, language))))
}

/** One list, errors first: each family's findings keep their order within a severity. */
function bySeverity(families: Finding[][]): Finding[] {
  // one bucket per severity keeps the rules' order within it without sorting
  const buckets: Finding[][] = SEVERITIES.map(() => [])
  for (const findings of families) for (const f of findings) buckets[SEVERITY_RANK[f.severity]].push(f)
  return buckets.flat()
}

/**
 * What each rule family reads of an assessment, as flat lists compared item by item (`Object.is`): the document's
 * own fields, and each task's. Edits are immutable, so an unchanged task is the very same object and is not read at
 * all; a keystroke in one task reads that task alone (and its old self). Every family's messages are in the
 * document's language, so each document list starts with it; a family that reads a task's place in the list (its
 * number) reads the task's id, so a move changes its reads.
 * A rule that starts reading another field must add it here (tests/unit/checks/incremental.test.ts edits every
 * field and compares with a full run).
 */
export interface FamilyReads {
  document: (a: Assessment) => unknown[]
  task: (t: Task) => unknown[]
}

export const FAMILY_READS: Record<Family, FamilyReads> = {
  structure: {
    document: (a) => [a.language, a.subject, a.grade, a.term, a.objectives, a.criteria],
    task: (t) => {
      const reads: unknown[] = [t.id, t.text, t.type, t.level, t.criterionIds, t.options, t.parts, t.descriptors.length]
      for (const d of t.descriptors) reads.push(d.id, d.text, d.criterionId, d.partId)
      return reads
    },
  },
  points: {
    document: (a) => [a.language, a.kind],
    task: (t) => [t.id, t.descriptors.length, ...t.descriptors.flatMap((d) => [d.id, d.points])],
  },
  time: { document: (a) => [a.language, a.kind, a.durationMinutes], task: (t) => [t.id, t.minutes] },
  levels: { document: (a) => [a.language, a.kind], task: (t) => [t.level] },
  multipleChoice: { document: (a) => [a.language], task: (t) => [t.id, t.type, t.options, t.parts] },
  wording: {
    document: (a) => [a.language, a.criteria.length, ...a.criteria.flatMap((c) => [c.id, c.text])],
    task: (t) => [t.id, t.descriptors.length, ...t.descriptors.flatMap((d) => [d.id, d.text])],
  },
  teacherMaterial: { document: (a) => [a.language], task: (t) => [t.id, t.text, t.script] },
  textLanguage: {
    document: (a) => [a.language, a.criteria.length, ...a.criteria.map((c) => c.text)],
    task: (t) => [t.text, t.options, t.descriptors.length, ...t.descriptors.map((d) => d.text)],
  },
}

const sameReads = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]))

/** What a family read last time: the document's list and the tasks themselves (each read again only if replaced). */
interface Read {
  document: unknown[]
  tasks: readonly Task[]
}

const readOf = (reads: FamilyReads, a: Assessment): Read => ({ document: reads.document(a), tasks: a.tasks })

/** Whether a family reads the same now as before: the tasks compared one by one, by identity first. */
export function sameRead(reads: FamilyReads, before: Read, now: Read): boolean {
  if (!sameReads(before.document, now.document)) return false
  if (before.tasks === now.tasks) return true
  if (before.tasks.length !== now.tasks.length) return false
  return now.tasks.every((t, i) => t === before.tasks[i] || sameReads(reads.task(t), reads.task(before.tasks[i])))
}

const sameFinding = (f: Finding, g: Finding) =>
  f.ruleId === g.ruleId && f.path === g.path && f.severity === g.severity && f.message === g.message && JSON.stringify(f.fix) === JSON.stringify(g.fix)
const sameFindings = (a: Finding[], b: Finding[]) => a.length === b.length && a.every((f, i) => sameFinding(f, b[i]))

/**
 * `runChecks` for one document being edited: each family's worded findings are kept until something it reads
 * changes (FAMILY_READS), so a keystroke in a mark runs the points rules only, and one in a descriptor runs the
 * structure and wording rules, the wording ones only on that descriptor's new text (wording.ts keeps the rest).
 * The result equals `runChecks` on the same assessment, and is the very same array as the last one while the
 * findings are the same, so nothing that shows them has to update.
 */
export function createChecker(): (a: Assessment, language?: Language) => Finding[] {
  const kept = new Map<Family, { read: Read; findings: Finding[] }>()
  let last: Finding[] | null = null
  let lastLanguage: Language | null = null
  return (a, language = a.language) => {
    // every message changes with the reader's language: nothing kept is worded right any more
    if (language !== lastLanguage) kept.clear()
    lastLanguage = language
    let changed = last === null
    const families = (Object.keys(RULE_FAMILIES) as Family[]).map((name) => {
      const rule: Rule = RULE_FAMILIES[name]
      const read = readOf(FAMILY_READS[name], a)
      const before = kept.get(name)
      if (before && sameRead(FAMILY_READS[name], before.read, read)) return before.findings
      const fresh = rule(a).map((r) => wordFinding(a, r, language))
      const findings = before && sameFindings(before.findings, fresh) ? before.findings : fresh
      if (findings !== before?.findings) changed = true
      kept.set(name, { read, findings })
      return findings
    })
    if (changed || !last) last = bySeverity(families)
    return last
  }
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
