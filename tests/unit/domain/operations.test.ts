import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion, createDescriptor, createObjective, createOption, createTask } from '@/domain/factories'
import * as op from '@/domain/operations'
import type { Assessment } from '@/domain/model'
import { taskNumbers, taskPoints, totalMinutes, totalPoints, totalsByLevel } from '@/domain/totals'

/** A small БЖБ: 2 objectives, 2 criteria, 2 tasks with descriptors. */
function sample(): Assessment {
  let a = createAssessment({ kind: 'unit', language: 'kk', now: 1 })
  const o1 = createObjective(0, '7.1.1.1', 'физикалық құбылыстарға мысалдар келтіру')
  const o2 = createObjective(0, '7.1.2.1', 'шамаларды өлшем бірліктерімен сәйкестендіру')
  a = op.addObjective(op.addObjective(a, o1), o2)
  const c1 = createCriterion(0, 'Құбылыстарға мысал келтіреді', [o1.id])
  const c2 = createCriterion(0, 'Шамаларды сәйкестендіреді', [o2.id])
  a = op.addCriterion(op.addCriterion(a, c1), c2)
  const t1 = { ...createTask(0, 'shortAnswer'), level: 'knowledge' as const, minutes: 5, criterionIds: [c1.id] }
  const t2 = { ...createTask(0, 'extendedAnswer'), level: 'higher' as const, minutes: 10, criterionIds: [c2.id] }
  a = op.addTask(op.addTask(a, t1), t2)
  a = op.addDescriptor(a, t1.id, createDescriptor(0, c1.id, 'мысал келтіреді', 1))
  a = op.addDescriptor(a, t1.id, createDescriptor(0, c1.id, 'екінші мысал келтіреді', 1))
  a = op.addDescriptor(a, t2.id, createDescriptor(0, c2.id, 'бірлікті жазады', 2))
  return a
}

describe('assessment operations', () => {
  it('adds items in order and numbers tasks by that order', () => {
    const a = sample()
    expect(a.objectives.map((o) => o.code)).toEqual(['7.1.1.1', '7.1.2.1'])
    expect([...taskNumbers(a).values()]).toEqual([1, 2])
    expect(a.tasks[0].descriptors.map((d) => d.text)).toEqual(['мысал келтіреді', 'екінші мысал келтіреді'])
  })

  it('inserts after a given item', () => {
    let a = sample()
    const extra = createTask(0)
    a = op.addTask(a, extra, a.tasks[0].id)
    expect(a.tasks.map((t) => t.id)).toEqual([a.tasks[0].id, extra.id, a.tasks[2].id])
    expect(taskNumbers(a).get(extra.id)).toBe(2)
  })

  it('derives points, level totals and minutes', () => {
    const a = sample()
    expect(taskPoints(a.tasks[0])).toBe(2)
    expect(totalPoints(a)).toBe(4)
    const levels = totalsByLevel(a)
    expect(levels.knowledge).toEqual({ points: 2, tasks: 1 })
    expect(levels.higher).toEqual({ points: 2, tasks: 1 })
    expect(levels.application).toEqual({ points: 0, tasks: 0 })
    expect(totalMinutes(a)).toBe(15)
    const edited = op.updateDescriptor(a, a.tasks[1].id, a.tasks[1].descriptors[0].id, { points: 5 })
    expect(totalPoints(edited)).toBe(7)
  })

  it('leaves the original untouched and shares unchanged parts', () => {
    const a = sample()
    const b = op.updateTask(a, a.tasks[0].id, { text: 'Мәтін\nекінші жол' })
    expect(a.tasks[0].text).toBe('')
    expect(b.tasks[0].text).toBe('Мәтін\nекінші жол')
    expect(b.tasks[1]).toBe(a.tasks[1])
    expect(b.objectives).toBe(a.objectives)
  })

  it('moves tasks and keeps numbers following the order', () => {
    const a = sample()
    const moved = op.moveTask(a, a.tasks[1].id, 0)
    expect(moved.tasks[0].id).toBe(a.tasks[1].id)
    expect(taskNumbers(moved).get(a.tasks[1].id)).toBe(1)
    const d = moved.tasks[1].descriptors
    const movedDescriptors = op.moveDescriptor(moved, moved.tasks[1].id, d[1].id, 0)
    expect(movedDescriptors.tasks[1].descriptors.map((x) => x.id)).toEqual([d[1].id, d[0].id])
  })

  it('unlinks a removed objective from criteria', () => {
    const a = sample()
    const b = op.removeObjective(a, a.objectives[0].id)
    expect(b.objectives).toHaveLength(1)
    expect(b.criteria[0].objectiveIds).toEqual([])
    expect(b.criteria[1].objectiveIds).toEqual([a.objectives[1].id])
  })

  it('toggles criterion links to objectives', () => {
    const a = sample()
    const [c1] = a.criteria
    const linked = op.toggleCriterionObjective(a, c1.id, a.objectives[1].id)
    expect(linked.criteria[0].objectiveIds).toEqual([a.objectives[0].id, a.objectives[1].id])
    expect(op.toggleCriterionObjective(linked, c1.id, a.objectives[1].id).criteria[0].objectiveIds).toEqual([a.objectives[0].id])
  })

  it('re-links descriptors when a task criterion changes', () => {
    const a = sample()
    const [c1, c2] = a.criteria
    const t1 = a.tasks[0]
    const both = op.toggleTaskCriterion(a, t1.id, c2.id)
    expect(both.tasks[0].criterionIds).toEqual([c1.id, c2.id])
    expect(both.tasks[0].descriptors.every((d) => d.criterionId === c1.id)).toBe(true)
    const onlyC2 = op.toggleTaskCriterion(both, t1.id, c1.id)
    expect(onlyC2.tasks[0].descriptors.every((d) => d.criterionId === c2.id)).toBe(true)
  })

  it('removing a criterion unlinks it from tasks and descriptors', () => {
    const a = sample()
    const b = op.removeCriterion(a, a.criteria[0].id)
    expect(b.criteria).toHaveLength(1)
    expect(b.tasks[0].criterionIds).toEqual([])
    expect(b.tasks[0].descriptors.every((d) => d.criterionId === null)).toBe(true)
    expect(b.tasks[1]).toBe(a.tasks[1])
  })

  it('duplicates a task with new ids right after it', () => {
    const a = sample()
    const { assessment: b, copyId } = op.duplicateTask(a, a.tasks[0].id)
    expect(b.tasks).toHaveLength(3)
    expect(b.tasks[1].id).toBe(copyId)
    expect(b.tasks[1].descriptors.map((d) => d.text)).toEqual(a.tasks[0].descriptors.map((d) => d.text))
    expect(b.tasks[1].descriptors[0].id).not.toBe(a.tasks[0].descriptors[0].id)
    expect(b.tasks[1].criterionIds).toEqual(a.tasks[0].criterionIds)
  })

  it('removes tasks, descriptors and options', () => {
    let a = sample()
    const t = a.tasks[0]
    a = op.removeDescriptor(a, t.id, t.descriptors[0].id)
    expect(a.tasks[0].descriptors).toHaveLength(1)
    a = op.addOption(a, t.id, createOption(0, 'A', true))
    a = op.addOption(a, t.id, createOption(0, 'B'))
    a = op.updateOption(a, t.id, a.tasks[0].options[1].id, { correct: true })
    expect(a.tasks[0].options.map((o) => o.correct)).toEqual([true, true])
    a = op.removeOption(a, t.id, a.tasks[0].options[0].id)
    expect(a.tasks[0].options.map((o) => o.text)).toEqual(['B'])
    a = op.removeTask(a, t.id)
    expect(a.tasks).toHaveLength(1)
  })

  it('duplicates a whole assessment as a new draft with links kept', () => {
    const a = { ...sample(), status: 'approved' as const, source: 'http://example' }
    const b = op.duplicateAssessment(a, 99, ' (copy)')
    expect(b.id).not.toBe(a.id)
    expect(b.status).toBe('draft')
    expect(b.source).toBe('')
    expect(b.createdAt).toBe(99)
    const idsOf = (x: Assessment) => [x.objectives, x.criteria, x.tasks].flat().map((i) => i.id)
    expect(idsOf(b).some((id) => idsOf(a).includes(id))).toBe(false)
    expect(b.criteria[0].objectiveIds).toEqual([b.objectives[0].id])
    expect(b.tasks[0].criterionIds).toEqual([b.criteria[0].id])
    expect(b.tasks[0].descriptors[0].criterionId).toBe(b.criteria[0].id)
    expect(totalPoints(b)).toBe(totalPoints(a))
  })

  it('updates the header', () => {
    const a = op.updateHeader(sample(), { title: 'Физика – табиғат туралы ғылым', grade: 7, sections: ['Бөлім 1'] })
    expect(a.title).toBe('Физика – табиғат туралы ғылым')
    expect(a.grade).toBe(7)
  })
})
