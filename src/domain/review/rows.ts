/**
 * Threads on the rows of the derived tables (specification, mark scheme, parent rubric). A row is named
 * by its table and the key of what it is built from, never by its position: `table/specification/<taskId>`,
 * `table/markScheme/<taskId>[/<partId>]`, `table/parentRubric/<criterionId>`. The row's quote is its
 * text as the table shows it (its number left out: moving a task does not change what the row says), so a thread on a row is outdated once the row reads otherwise, and
 * orphaned once the task or criterion is gone.
 */
import type { FieldPath } from '../anchors'
import { markScheme } from '../markScheme'
import type { Assessment } from '../model'
import { parentRubric, RUBRIC_LEVELS } from '../parentRubric'
import { PRINT_LABELS } from '../printLabels'
import { specification } from '../specification'

export const ROW_TABLES = ['specification', 'markScheme', 'parentRubric'] as const
export type RowTable = (typeof ROW_TABLES)[number]

const PREFIX = 'table/'

/** The path of a row: the table and the ids of what the row is built from (a task and maybe its part, or a criterion). */
export function rowPath(table: RowTable, ...key: string[]): FieldPath {
  return `${PREFIX}${table}/${key.join('/')}`
}

export function isRowPath(path: string): boolean {
  return path.startsWith(PREFIX)
}

/** The table a row path belongs to; null for a field path. */
export function rowTable(path: string): RowTable | null {
  if (!isRowPath(path)) return null
  const table = path.split('/')[1]
  return (ROW_TABLES as readonly string[]).includes(table) ? (table as RowTable) : null
}

/** Where a row sits, as domain/review/anchoring.ts FieldPlace tells it (kind `row`). */
export interface RowPlace {
  kind: 'row'
  /** The task's number (specification, mark scheme) or the criterion's (parent rubric). */
  number: number
  item: null
  field: null
  table: RowTable
  /** The mark scheme's printed number (`2`, `2ә`). */
  part?: string
}

export interface TableRow {
  /** The row's text as the table shows it (kept as a thread's quote). */
  quote: string
  place: RowPlace
}

const cells = (...parts: (string | number | null | undefined)[]) => parts.map((p) => (p === null || p === undefined || p === '' ? '—' : String(p))).join(' | ')

/** Every row of the three tables, by row path. */
export function tableRows(a: Assessment): Map<FieldPath, TableRow> {
  const rows = new Map<FieldPath, TableRow>()
  const labels = PRINT_LABELS[a.language]
  for (const s of specification(a).sections) {
    for (const r of s.rows) {
      const quote = cells(r.objectives.map((o) => o.code).join('; '), r.level && labels.levels[r.level], r.types.map((t) => labels.taskTypesShort[t]).join(', '), r.minutes, r.points)
      rows.set(rowPath('specification', r.task.id), { quote, place: rowPlace('specification', r.taskNumber) })
    }
  }
  for (const r of markScheme(a).rows) {
    const lines = r.lines.map((l) => `${l.points}: ${l.text}`).join('; ')
    const quote = cells(r.answer, lines, r.additional.join('; '))
    const path = r.part ? rowPath('markScheme', r.task.id, r.part.id) : rowPath('markScheme', r.task.id)
    rows.set(path, { quote, place: { ...rowPlace('markScheme', r.taskNumber), part: r.printedNumber } })
  }
  parentRubric(a, a.rubricEdits).forEach((r, i) => {
    const quote = cells(r.criterion.text, r.taskNumbers.join(', '), ...RUBRIC_LEVELS.map((level) => r.cells[level].text))
    rows.set(rowPath('parentRubric', r.criterion.id), { quote, place: rowPlace('parentRubric', i + 1) })
  })
  return rows
}

function rowPlace(table: RowTable, number: number): RowPlace {
  return { kind: 'row', number, item: null, field: null, table }
}

/** The row a path names in this assessment, or null when it is gone. */
export function rowAt(a: Assessment, path: FieldPath): TableRow | null {
  return tableRows(a).get(path) ?? null
}
