import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion, createTask } from '@/domain/factories'
import * as op from '@/domain/operations'
import { criteriaWithOtherLevel } from '@/domain/taskLevels'
import type { Assessment } from '@/domain/model'

/** Two criteria, K1 at «application», K2 with no level, and one task with no criterion and no level. */
function sample(): Assessment {
  let a = createAssessment({ kind: 'unit', language: 'kk', now: 1 })
  a = op.addCriterion(a, { ...createCriterion(0, 'Мысал келтіреді', []), level: 'application' })
  a = op.addCriterion(a, createCriterion(0, 'Сәйкестендіреді', []))
  return op.addTask(a, createTask(0, 'shortAnswer'))
}

describe('a task takes its level from its criterion', () => {
  it('when linked to a criterion with a level while it has none', () => {
    const a = sample()
    const [k1] = a.criteria
    const linked = op.toggleTaskCriterion(a, a.tasks[0].id, k1.id)
    expect(linked.tasks[0].level).toBe('application')
    // unlinking keeps the level the task now has
    expect(op.toggleTaskCriterion(linked, a.tasks[0].id, k1.id).tasks[0].level).toBe('application')
  })

  it('but keeps a level of its own, and a criterion with no level gives none', () => {
    const a = sample()
    const own = op.updateTask(a, a.tasks[0].id, { level: 'higher' })
    expect(op.toggleTaskCriterion(own, a.tasks[0].id, a.criteria[0].id).tasks[0].level).toBe('higher')
    expect(op.toggleTaskCriterion(a, a.tasks[0].id, a.criteria[1].id).tasks[0].level).toBeNull()
  })

  it('when created with a criterion', () => {
    const a = sample()
    const task = { ...createTask(0), criterionIds: [a.criteria[0].id] }
    expect(op.addTask(a, task).tasks[1].level).toBe('application')
    expect(op.addTask(a, { ...task, level: 'knowledge' }).tasks[1].level).toBe('knowledge')
  })
})

describe("a criterion's new level reaches its tasks", () => {
  function linkedPair(): Assessment {
    let a = sample()
    const [k1, k2] = a.criteria
    a = op.toggleTaskCriterion(a, a.tasks[0].id, k1.id) // takes «application»
    const own = { ...createTask(0), level: 'knowledge' as const, criterionIds: [k1.id] }
    const bare = { ...createTask(0), criterionIds: [k2.id] }
    return op.addTask(op.addTask(a, own), bare)
  }

  it('tasks with no level or the level they took from it follow; a level of their own stays', () => {
    const a = linkedPair()
    const changed = op.updateCriterion(a, a.criteria[0].id, { level: 'higher' })
    expect(changed.tasks.map((t) => t.level)).toEqual(['higher', 'knowledge', null])
    const second = op.updateCriterion(changed, a.criteria[1].id, { level: 'knowledge' })
    expect(second.tasks.map((t) => t.level)).toEqual(['higher', 'knowledge', 'knowledge'])
  })

  it("clearing the criterion's level or editing its text leaves tasks untouched", () => {
    const a = linkedPair()
    expect(op.updateCriterion(a, a.criteria[0].id, { level: null }).tasks).toBe(a.tasks)
    expect(op.updateCriterion(a, a.criteria[0].id, { text: 'Жаңа мәтін' }).tasks).toBe(a.tasks)
  })

  it('names the linked criteria whose level differs from the task’s', () => {
    const a = linkedPair()
    const [first, own, bare] = a.tasks
    expect(criteriaWithOtherLevel(first, a.criteria)).toEqual([])
    expect(criteriaWithOtherLevel(own, a.criteria).map((c) => c.id)).toEqual([a.criteria[0].id])
    expect(criteriaWithOtherLevel(bare, a.criteria)).toEqual([])
  })
})
