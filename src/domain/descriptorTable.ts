/**
 * The descriptor table a methodologist reads: criterion | task № | descriptor | points, one row per
 * descriptor, in task order. A criterion's cell spans its consecutive rows, as in published documents;
 * a task that assesses two criteria appears once under each, with the descriptors of each criterion.
 * A task with parts numbers its rows by part (1а, 1ә …), the descriptors of each part together, in
 * part order within a criterion; a descriptor of the task as a whole keeps the task's number.
 */
import type { Id } from './ids'
import type { Assessment, Criterion, Descriptor, Task, TaskPart } from './model'
import { effectivePartId, partLabel, taskParts } from './parts'
import { taskPoints } from './totals'

export interface DescriptorTableRow {
  criterion: Criterion | null
  /** Rows this criterion cell spans, on its first row; 0 on the rows it covers. */
  criterionRowSpan: number
  task: Task
  taskNumber: number
  /** The part the descriptor marks; null for the task as a whole. */
  part: TaskPart | null
  /** What the number cell prints: `1`, or the part's `1а` / `1б` / `1a`. */
  printedNumber: string
  /** Rows this number cell spans (one task, one part), on its first row within the criterion group; 0 otherwise. */
  taskRowSpan: number
  descriptor: Descriptor
}

export interface DescriptorTable {
  rows: DescriptorTableRow[]
  totalPoints: number
}

/** A descriptor's criterion; one not (or no longer) linked to its task falls back to the task's first. */
export function effectiveCriterionId(task: { criterionIds: readonly Id[] }, descriptor: Descriptor): Id | null {
  if (descriptor.criterionId !== null && task.criterionIds.includes(descriptor.criterionId)) return descriptor.criterionId
  return task.criterionIds[0] ?? null
}

export function descriptorTable(a: Assessment): DescriptorTable {
  const criteria = new Map(a.criteria.map((c) => [c.id, c]))
  const rows: DescriptorTableRow[] = []
  a.tasks.forEach((task, index) => {
    // within a task, descriptors are grouped in the order the task lists its criteria (a stable sort keeps their own order)
    const criterionRank = new Map(task.criterionIds.map((id, i) => [id, i]))
    // and within a criterion by part: the task's own descriptors first, then 1а, 1ә …
    const parts = taskParts(task)
    const partRank = new Map<Id | null, number>(parts.map((p, i) => [p.id, i]))
    const grouped = [...task.descriptors].sort(
      (x, y) =>
        rank(criterionRank, effectiveCriterionId(task, x)) - rank(criterionRank, effectiveCriterionId(task, y)) ||
        (partRank.get(effectivePartId(task, x)) ?? -1) - (partRank.get(effectivePartId(task, y)) ?? -1),
    )
    for (const descriptor of grouped) {
      const id = effectiveCriterionId(task, descriptor)
      const partId = effectivePartId(task, descriptor)
      const at = partId === null ? -1 : (partRank.get(partId) ?? -1)
      const part = at < 0 ? null : parts[at]
      const printedNumber = part ? partLabel(a.language, index + 1, at) : String(index + 1)
      rows.push({ criterion: id ? (criteria.get(id) ?? null) : null, criterionRowSpan: 1, task, taskNumber: index + 1, part, printedNumber, taskRowSpan: 1, descriptor })
    }
  })
  mergeSpans(rows)
  return { rows, totalPoints: a.tasks.reduce((sum, t) => sum + taskPoints(t), 0) }
}

function rank(ranks: Map<Id, number>, id: Id | null): number {
  return id === null ? Number.MAX_SAFE_INTEGER : (ranks.get(id) ?? Number.MAX_SAFE_INTEGER)
}

function mergeSpans(rows: DescriptorTableRow[]): void {
  for (let start = 0; start < rows.length; ) {
    let end = start + 1
    while (end < rows.length && rows[end].criterion?.id === rows[start].criterion?.id) end++
    rows[start].criterionRowSpan = end - start
    for (let i = start + 1; i < end; i++) rows[i].criterionRowSpan = 0
    for (let t = start; t < end; ) {
      let tEnd = t + 1
      while (tEnd < end && rows[tEnd].task.id === rows[t].task.id && rows[tEnd].part === rows[t].part) tEnd++
      rows[t].taskRowSpan = tEnd - t
      for (let i = t + 1; i < tEnd; i++) rows[i].taskRowSpan = 0
      t = tEnd
    }
    start = end
  }
}
