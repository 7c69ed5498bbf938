/**
 * Picking catalogue objectives into an assessment: which objectives the picker offers (the assessment's
 * subject, grade, term and language, or wider on request), which cannot be picked again (their code is
 * already in the assessment), and what "add" takes (the ticked ones, or the highlighted one when none is
 * ticked). The assessment keeps its own copy of code and text, so the catalogue can change later.
 */
import type { Language } from '../model'
import { compareCodes } from './codes'
import type { CatalogueObjective } from './model'
import { matchesFilter, type SearchFilter } from './search'

/** assessment: its subject, grade, term and language · subject: any grade and term · all: every subject. */
export type PickerScope = 'assessment' | 'subject' | 'all'

export interface PickerContext {
  /** The catalogue's subject key for the assessment's subject, null when the catalogue does not know it. */
  subject: string | null
  grade: number | null
  term: number | null
  language: Language
}

/** What the picker filters by. A subject the catalogue does not know cannot narrow anything: only the language does. */
export function pickerFilter(scope: PickerScope, c: PickerContext): SearchFilter {
  if (scope === 'all' || c.subject === null) return { language: scope === 'all' ? null : c.language }
  if (scope === 'subject') return { subject: c.subject, language: c.language }
  return { subject: c.subject, grade: c.grade, term: c.term, language: c.language }
}

/** The objectives offered before anything is typed: grade, then term (none last), then code; at most `limit`. */
export function browseObjectives(objectives: readonly CatalogueObjective[], filter: SearchFilter, limit = 300): CatalogueObjective[] {
  return objectives
    .filter((o) => matchesFilter(o, filter))
    .sort((a, b) => a.grade - b.grade || (a.term ?? 9) - (b.term ?? 9) || compareCodes(a.code, b.code))
    .slice(0, limit)
}

/** Codes the assessment already holds (spaces around a typed code do not matter). */
export function pickedCodeSet(codes: readonly string[]): Set<string> {
  return new Set(codes.map((c) => c.trim()))
}

export const isAlreadyPicked = (picked: ReadonlySet<string>, o: Pick<CatalogueObjective, 'code'>): boolean => picked.has(o.code.trim())

/** Ticks or unticks an objective; one already in the assessment is never ticked. */
export function toggleTicked(ticked: readonly string[], o: CatalogueObjective, picked: ReadonlySet<string>): string[] {
  if (isAlreadyPicked(picked, o)) return [...ticked]
  return ticked.includes(o.id) ? ticked.filter((id) => id !== o.id) : [...ticked, o.id]
}

export interface PickedObjective {
  code: string
  text: string
  catalogueId: string
  section: string
}

/**
 * What "add" takes: the ticked objectives in the order they were ticked or, when none is ticked, the
 * highlighted one (unless it is already in the assessment). Empty when there is nothing to add.
 */
export function objectivesToAdd(ticked: readonly string[], highlighted: CatalogueObjective | null, picked: ReadonlySet<string>, objectives: readonly CatalogueObjective[]): PickedObjective[] {
  const ids = ticked.length === 0 && highlighted && !isAlreadyPicked(picked, highlighted) ? [highlighted.id] : ticked
  const byId = new Map(objectives.map((o) => [o.id, o]))
  return ids
    .map((id) => byId.get(id))
    .filter((o): o is CatalogueObjective => !!o && !isAlreadyPicked(picked, o))
    .map((o) => ({ code: o.code, text: o.text, catalogueId: o.id, section: o.section }))
}
