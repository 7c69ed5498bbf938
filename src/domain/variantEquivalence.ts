/**
 * The equivalence check of variants: variants of one assessment must measure the same thing the same way.
 * Each variant is compared with the first of the group (the lowest number) on what the specification
 * fixes: the objectives, the number of tasks, each task's thinking level, type and time, the points
 * each criterion carries, and the time of the whole work. Task texts and options may (and should) differ.
 */
import type { Assessment, TaskType, ThinkingLevel } from './model'

export type VariantDifference =
  | { kind: 'objectives'; variant: number; missing: string[]; extra: string[] }
  | { kind: 'taskCount'; variant: number; base: number; other: number }
  | { kind: 'level'; variant: number; task: number; base: ThinkingLevel | null; other: ThinkingLevel | null }
  | { kind: 'type'; variant: number; task: number; base: TaskType | null; other: TaskType | null }
  | { kind: 'taskMinutes'; variant: number; task: number; base: number | null; other: number | null }
  | { kind: 'duration'; variant: number; base: number | null; other: number | null }
  | { kind: 'criterionPoints'; variant: number; criterion: number; text: string; base: number; other: number }

const codes = (a: Assessment) => [...new Set(a.objectives.map((o) => o.code.trim()).filter(Boolean))]

/** Points per criterion, in the criteria's order: the descriptors linked to it, over all tasks. */
export function pointsPerCriterion(a: Assessment): number[] {
  const points = new Map(a.criteria.map((c) => [c.id, 0]))
  for (const t of a.tasks) for (const d of t.descriptors) if (d.criterionId !== null && points.has(d.criterionId)) points.set(d.criterionId, points.get(d.criterionId)! + d.points)
  return a.criteria.map((c) => points.get(c.id)!)
}

function compare(base: Assessment, other: Assessment): VariantDifference[] {
  const variant = other.variant?.number ?? 0
  const out: VariantDifference[] = []
  const [mine, theirs] = [codes(base), codes(other)]
  const missing = mine.filter((c) => !theirs.includes(c))
  const extra = theirs.filter((c) => !mine.includes(c))
  if (missing.length || extra.length) out.push({ kind: 'objectives', variant, missing, extra })
  if (base.durationMinutes !== other.durationMinutes) out.push({ kind: 'duration', variant, base: base.durationMinutes, other: other.durationMinutes })
  if (base.tasks.length !== other.tasks.length) out.push({ kind: 'taskCount', variant, base: base.tasks.length, other: other.tasks.length })
  base.tasks.slice(0, other.tasks.length).forEach((b, i) => {
    const o = other.tasks[i]
    const task = i + 1
    if (b.level !== o.level) out.push({ kind: 'level', variant, task, base: b.level, other: o.level })
    if (b.type !== o.type) out.push({ kind: 'type', variant, task, base: b.type, other: o.type })
    if (b.minutes !== o.minutes) out.push({ kind: 'taskMinutes', variant, task, base: b.minutes, other: o.minutes })
  })
  const [bp, op] = [pointsPerCriterion(base), pointsPerCriterion(other)]
  for (let i = 0; i < Math.max(bp.length, op.length); i++) {
    if ((bp[i] ?? 0) === (op[i] ?? 0)) continue
    const text = (base.criteria[i] ?? other.criteria[i]).text.trim()
    out.push({ kind: 'criterionPoints', variant, criterion: i + 1, text, base: bp[i] ?? 0, other: op[i] ?? 0 })
  }
  return out
}

/** Where the variants differ from the first one (by number); empty when they are equivalent or alone. */
export function variantDifferences(variants: readonly Assessment[]): VariantDifference[] {
  const sorted = [...variants].sort((x, y) => (x.variant?.number ?? 0) - (y.variant?.number ?? 0))
  const [base, ...others] = sorted
  return base ? others.flatMap((o) => compare(base, o)) : []
}
