import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion, createDescriptor, createTask } from '@/domain/factories'
import * as op from '@/domain/operations'
import { descriptorTable } from '@/domain/descriptorTable'

function build() {
  let a = createAssessment({ kind: 'unit' })
  const c1 = createCriterion(0, 'A')
  const c2 = createCriterion(0, 'B')
  a = op.addCriterion(op.addCriterion(a, c1), c2)
  const t1 = { ...createTask(0), criterionIds: [c1.id] }
  const t2 = { ...createTask(0), criterionIds: [c2.id] }
  const t3 = { ...createTask(0), criterionIds: [c2.id, c1.id] }
  a = op.addTask(op.addTask(op.addTask(a, t1), t2), t3)
  a = op.addDescriptor(a, t1.id, createDescriptor(0, c1.id, 't1 d1', 1))
  a = op.addDescriptor(a, t2.id, createDescriptor(0, c2.id, 't2 d1', 1))
  a = op.addDescriptor(a, t2.id, createDescriptor(0, c2.id, 't2 d2', 2))
  a = op.addDescriptor(a, t3.id, createDescriptor(0, c2.id, 't3 d1 (B)', 1))
  a = op.addDescriptor(a, t3.id, createDescriptor(0, c1.id, 't3 d2 (A)', 1))
  a = op.addDescriptor(a, t3.id, createDescriptor(0, null, 't3 d3 (none → first)', 1))
  return { a, c1, c2 }
}

describe('descriptor table', () => {
  it('lists descriptors in task order with merged criterion and task cells', () => {
    const { a } = build()
    const table = descriptorTable(a)
    expect(table.rows.map((r) => [r.criterion?.text, r.criterionRowSpan, r.taskNumber, r.taskRowSpan, r.descriptor.text])).toEqual([
      ['A', 1, 1, 1, 't1 d1'],
      ['B', 4, 2, 2, 't2 d1'],
      ['B', 0, 2, 0, 't2 d2'],
      // task 3 groups its descriptors in its own criterion order (B, then A); unassigned go to its first criterion (B)
      ['B', 0, 3, 2, 't3 d1 (B)'],
      ['B', 0, 3, 0, 't3 d3 (none → first)'],
      ['A', 1, 3, 1, 't3 d2 (A)'],
    ])
    expect(table.totalPoints).toBe(7)
  })

  it('is empty for an empty assessment', () => {
    expect(descriptorTable(createAssessment({ kind: 'term' }))).toEqual({ rows: [], totalPoints: 0 })
  })
})
