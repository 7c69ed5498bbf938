import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion, createObjective, createTask } from '@/domain/factories'
import { addCriterion, addObjective, addTask, updateHeader } from '@/domain/operations'
import { specification } from '@/domain/specification'

describe("an objective's own section", () => {
  it('groups the specification where the code cannot tell (letter codes, two sections)', () => {
    let a = updateHeader(createAssessment({ kind: 'term', language: 'en' }), { sections: ['Home and away', 'Food and drink'] })
    const o1 = { ...createObjective(0, '5.L3', 'understand questions'), section: 'Food and drink' }
    const o2 = { ...createObjective(0, '5.S1', 'make statements'), section: 'Home and away' }
    a = addObjective(addObjective(a, o1), o2)
    const c1 = createCriterion(0, 'Recognises questions', [o1.id])
    const c2 = createCriterion(0, 'Makes statements', [o2.id])
    a = addCriterion(addCriterion(a, c1), c2)
    a = addTask(addTask(a, { ...createTask(0), criterionIds: [c1.id] }), { ...createTask(0), criterionIds: [c2.id] })
    const titles = specification(a).sections.map((s) => [s.title, s.rows.map((r) => r.taskNumber)])
    expect(titles).toEqual(expect.arrayContaining([['Food and drink', [1]], ['Home and away', [2]]]))
    // without the objectives' sections the letter codes give no clue
    const unknown = { ...a, objectives: a.objectives.map((o) => ({ ...o, section: '' })) }
    expect(specification(unknown).sections.map((s) => s.title)).toEqual([null])
  })
})
