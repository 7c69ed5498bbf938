/**
 * The rubric for parents: one row per criterion, low / middle / high cells generated in the document's
 * language (rubric/wording.ts). A teacher may rewrite any cell: an edit is kept when the criterion
 * changes, and flagged as possibly stale, because it was written for the criterion's earlier text.
 */
import type { Id } from './ids'
import type { Assessment, Criterion } from './model'
import { rubricCells } from './rubric/wording'

export const RUBRIC_LEVELS = ['low', 'middle', 'high'] as const
export type RubricLevel = (typeof RUBRIC_LEVELS)[number]

export type { RubricEdit, RubricEdits } from './model'
import type { RubricEdits } from './model'

export interface RubricCell {
  text: string
  /** What the app would write; equals `text` unless edited. */
  generated: string
  edited: boolean
  /** Edited for a criterion text that has changed since. */
  stale: boolean
}

export interface ParentRubricRow {
  criterion: Criterion
  /** Numbers of the tasks assessing this criterion. */
  taskNumbers: number[]
  cells: Record<RubricLevel, RubricCell>
}

export function parentRubric(a: Assessment, edits: RubricEdits = {}): ParentRubricRow[] {
  return a.criteria.map((criterion) => {
    const generated = rubricCells(criterion.text, a.language)
    const edit = edits[criterion.id]
    const stale = edit !== undefined && edit.criterionText.trim() !== criterion.text.trim()
    const cells = Object.fromEntries(
      RUBRIC_LEVELS.map((level) => {
        const own = edit?.cells[level]
        const edited = own !== undefined && own !== generated[level]
        return [level, { text: edited ? own : generated[level], generated: generated[level], edited, stale: edited && stale }]
      }),
    ) as Record<RubricLevel, RubricCell>
    const taskNumbers = a.tasks.flatMap((t, i) => (t.criterionIds.includes(criterion.id) ? [i + 1] : []))
    return { criterion, taskNumbers, cells }
  })
}

/** Records a teacher's text for one cell; writing back the generated text removes the edit. */
export function editRubricCell(a: Assessment, edits: RubricEdits, criterionId: Id, level: RubricLevel, text: string): RubricEdits {
  const criterion = a.criteria.find((c) => c.id === criterionId)
  if (!criterion) return edits
  const generated = rubricCells(criterion.text, a.language)[level]
  const previous = edits[criterionId]
  const cells = { ...previous?.cells, [level]: text }
  if (text === generated) delete cells[level]
  const next = { ...edits }
  if (Object.keys(cells).length === 0) delete next[criterionId]
  else next[criterionId] = { criterionText: criterion.text, cells }
  return next
}
