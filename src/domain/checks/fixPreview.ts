/**
 * What a proposed fix would change, shown before it is applied: each field it touches, before and after, a text
 * word by word (review/diff.ts). Links are shown as the numbers of the criteria and the codes of the objectives,
 * not as ids.
 */
import type { FieldPath } from '../anchors'
import type { Assessment } from '../model'
import { sortByOrder } from '../order'
import { versionDiff, type WordPart } from '../review/diff'
import { applyFix } from './fixes'
import type { Fix } from './types'

export interface FixChange {
  path: FieldPath
  change: 'added' | 'removed' | 'changed'
  before: string | null
  after: string | null
  /** Word-level diff of a changed text. */
  words: WordPart[] | null
}

export interface FixPreview {
  /** The document as it would be after the fix. */
  after: Assessment
  changes: FixChange[]
}

function readable(a: Assessment, path: FieldPath, json: string | null): string | null {
  if (json === null) return null
  const value: unknown = JSON.parse(json)
  if (value === null) return '—'
  const criterionNumber = (id: unknown) => String(sortByOrder(a.criteria).findIndex((c) => c.id === id) + 1)
  if (/\/criterionIds$/.test(path) && Array.isArray(value)) return value.map(criterionNumber).sort().join(', ') || '—'
  if (/\/criterionId$/.test(path)) return criterionNumber(value)
  if (/\/objectiveIds$/.test(path) && Array.isArray(value)) return value.map((id) => a.objectives.find((o) => o.id === id)?.code ?? '?').join(', ') || '—'
  return String(value)
}

export function fixPreview(a: Assessment, fix: Fix): FixPreview {
  const after = applyFix(a, fix)
  const changes = versionDiff(a, after).map((c) => ({
    path: c.path,
    change: c.change,
    before: c.item || c.words ? c.before : readable(a, c.path, c.before),
    after: c.item || c.words ? c.after : readable(after, c.path, c.after),
    words: c.words,
  }))
  return { after, changes }
}
