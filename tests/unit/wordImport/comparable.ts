/** The round-trip tests' view of an assessment: its content, ids replaced by positions. */
import type { Assessment } from '@/domain/model'

/** The content of an assessment with ids replaced by positions, list items in order. */
export function comparable(a: Assessment) {
  const byOrder = <T extends { order: number }>(xs: readonly T[]) => [...xs].sort((x, y) => x.order - y.order)
  const objectives = byOrder(a.objectives)
  const criteria = byOrder(a.criteria)
  const oi = (id: string) => objectives.findIndex((o) => o.id === id)
  const ci = (id: string | null) => (id === null ? null : criteria.findIndex((c) => c.id === id))
  const trimmed = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n')
  const used = (c: { id: string }) => a.tasks.some((t) => t.descriptors.some((d) => d.criterionId === c.id)) || c.id === ''
  return {
    title: a.title.trim(),
    kind: a.kind,
    language: a.language,
    grade: a.grade,
    term: a.term,
    durationMinutes: a.durationMinutes,
    objectives: objectives.map((o) => ({ code: o.code.trim(), text: o.text.trim() })),
    criteria: criteria.filter((c) => c.text.trim() || used(c)).map((c) => ({ text: c.text.trim(), objectives: c.objectiveIds.map(oi).sort() })),
    tasks: byOrder(a.tasks).map((t) => ({
      text: t.text,
      type: t.type ?? (t.options.length ? 'multipleChoice' : null),
      level: t.level,
      minutes: t.minutes,
      answer: trimmed(t.answer),
      options: byOrder(t.options).map((o) => ({ text: o.text, correct: o.correct })),
      descriptors: byOrder(t.descriptors).map((d) => ({ text: d.text, points: d.points, criterion: ci(d.criterionId) })),
    })),
  }
}
