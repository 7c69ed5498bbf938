/**
 * The primary-school characteristic table (grades 1–4): № | section | subsection | learning objective |
 * task description | number of tasks | total marks. One row per objective (or set of objectives) a task
 * checks, in the specification's order; the description is the assessment criteria of its tasks.
 */
import type { Assessment, Objective } from '../model'
import { specification } from '../specification'

export interface PrimaryRow {
  number: number
  /** The section's title; null when not known. */
  section: string | null
  /** Rows the section cell spans from this row; 0 on the rows it covers. */
  sectionSpan: number
  /** The subsection's number from the first objective's code (2.**1.2**.1 → «1.2»); '' when the code has none. */
  subsection: string
  objectives: Objective[]
  description: string[]
  taskNumbers: number[]
  taskIds: string[]
  points: number
}

export function subsectionOf(code: string): string {
  const m = /^\s*\d+\.(\d+)\.(\d+)/.exec(code)
  return m ? `${m[1]}.${m[2]}` : ''
}

export function primaryRows(a: Assessment): PrimaryRow[] {
  const out: PrimaryRow[] = []
  for (const s of specification(a).sections) {
    const start = out.length
    const byObjectives = new Map<string, PrimaryRow>()
    for (const r of s.rows) {
      const key = r.objectives.map((o) => o.id).join(' ')
      let row = byObjectives.get(key)
      if (!row) {
        row = { number: 0, section: s.title, sectionSpan: 0, subsection: subsectionOf(r.objectives[0]?.code ?? ''), objectives: r.objectives, description: [], taskNumbers: [], taskIds: [], points: 0 }
        byObjectives.set(key, row)
        out.push(row)
      }
      row.taskNumbers.push(r.taskNumber)
      row.taskIds.push(r.task.id)
      row.points += r.points
      for (const c of a.criteria) if (r.task.criterionIds.includes(c.id) && c.text.trim() && !row.description.includes(c.text.trim())) row.description.push(c.text.trim())
    }
    if (out.length > start) out[start].sectionSpan = out.length - start
  }
  out.forEach((r, i) => (r.number = i + 1))
  return out
}
