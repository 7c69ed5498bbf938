/**
 * What an import would do, decided before anything is written: each valid row is new, a duplicate of
 * an entry already in the catalogue (same subject, grade, language and code, other text: the teacher
 * chooses skip or update), unchanged (the same text is already there), or a repeat of an earlier line.
 * A code repeated in the file with another text is a problem of that line.
 */
import { newId } from '@/domain/ids'
import { fold } from './fold'
import { normalizeCode } from './codes'
import type { CatalogueObjective, ObjectiveDraft } from './model'
import type { RowProblem, RowResult } from './rows'
import type { SubjectRegistry } from './subjects'

export type PlannedStatus = 'new' | 'duplicate' | 'unchanged' | 'repeat'

export interface PlannedRow {
  line: number
  draft: ObjectiveDraft
  subjectKey: string
  status: PlannedStatus
  /** For duplicate / unchanged: the entry already there; for repeat: the line repeated. */
  existing?: CatalogueObjective
  repeatOf?: number
}

export interface ProblemRow {
  line: number
  problems: RowProblem[]
}

export interface ImportPlan {
  rows: PlannedRow[]
  problems: ProblemRow[]
}

export type DuplicateChoice = 'skip' | 'update'

export function identityKey(subjectKey: string, grade: number, language: string, code: string): string {
  return [subjectKey, grade, language, fold(normalizeCode(code))].join('|')
}

const sameText = (a: string, b: string) => fold(a).replace(/\s+/g, ' ').trim() === fold(b).replace(/\s+/g, ' ').trim()

export function planImport(results: readonly RowResult[], existing: readonly CatalogueObjective[], subjects: SubjectRegistry): ImportPlan {
  const known = new Map<string, CatalogueObjective[]>()
  for (const o of existing) {
    const key = identityKey(o.subject, o.grade, o.language, o.code)
    known.set(key, [...(known.get(key) ?? []), o])
  }
  const seen = new Map<string, { line: number; text: string }>()
  const rows: PlannedRow[] = []
  const problems: ProblemRow[] = []
  for (const result of results) {
    if (!result.ok) {
      problems.push({ line: result.line, problems: result.problems })
      continue
    }
    const { draft, line } = result
    const subjectKey = subjects.ensure(draft.subject, draft.language) ?? ''
    const key = identityKey(subjectKey, draft.grade, draft.language, draft.code)
    const matches = known.get(key) ?? []
    const identical = matches.find((o) => sameText(o.text, draft.text))
    const earlier = seen.get(key)
    if (identical) rows.push({ line, draft, subjectKey, status: 'unchanged', existing: identical })
    else if (earlier && sameText(earlier.text, draft.text)) rows.push({ line, draft, subjectKey, status: 'repeat', repeatOf: earlier.line })
    else if (earlier) problems.push({ line, problems: [{ column: 'code', kind: 'duplicateInFile', detail: String(earlier.line) }] })
    else {
      // an own entry is the one to update; a shipped one is hidden behind a new own entry
      const target = matches.find((o) => o.origin === 'own') ?? matches[0]
      rows.push({ line, draft, subjectKey, status: target ? 'duplicate' : 'new', existing: target })
    }
    if (!earlier) seen.set(key, { line, text: draft.text })
  }
  return { rows, problems }
}

export interface ImportWrites {
  put: CatalogueObjective[]
  /** Shipped entries replaced by the teacher's updated text: hidden, never changed. */
  hide: string[]
}

/** Builds a new own entry from a draft. */
export function objectiveFromDraft(
  draft: ObjectiveDraft,
  subjectKey: string,
  subjects: SubjectRegistry,
  order: number,
  now: number,
): CatalogueObjective {
  const names = subjects.namesOf(subjectKey)
  return {
    id: newId(),
    code: normalizeCode(draft.code),
    text: draft.text,
    section: draft.section,
    language: draft.language,
    subject: subjectKey,
    subjectNames: { ...names, [draft.language]: names[draft.language] ?? draft.subject },
    grade: draft.grade,
    term: draft.term,
    origin: 'own',
    hidden: false,
    source: draft.source ?? '',
    order,
    updatedAt: now,
  }
}

/** The writes of a confirmed plan: new rows added; duplicates skipped or updated as chosen. */
export function importWrites(plan: ImportPlan, choice: DuplicateChoice, subjects: SubjectRegistry, now: number, firstOrder = 0): ImportWrites {
  const put: CatalogueObjective[] = []
  const hide: string[] = []
  let order = firstOrder
  for (const row of plan.rows) {
    if (row.status === 'new') put.push(objectiveFromDraft(row.draft, row.subjectKey, subjects, order++, now))
    if (row.status !== 'duplicate' || choice === 'skip' || !row.existing) continue
    if (row.existing.origin === 'own') {
      const d = row.draft
      put.push({ ...row.existing, text: d.text, section: d.section || row.existing.section, term: d.term ?? row.existing.term, source: d.source ?? row.existing.source, hidden: false, updatedAt: now })
    } else {
      put.push(objectiveFromDraft(row.draft, row.subjectKey, subjects, order++, now))
      hide.push(row.existing.id)
    }
  }
  return { put, hide }
}

export function countByStatus(plan: ImportPlan): Record<PlannedStatus | 'problem', number> {
  const counts = { new: 0, duplicate: 0, unchanged: 0, repeat: 0, problem: plan.problems.length }
  for (const row of plan.rows) counts[row.status]++
  return counts
}
