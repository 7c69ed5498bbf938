import { describe, expect, it } from 'vitest'
import { createAssessment, createCriterion } from '@/domain/factories'
import { addCriterion, duplicateAssessment, setRubricEdits, updateCriterion } from '@/domain/operations'
import { editRubricCell, parentRubric } from '@/domain/parentRubric'
import { contentHash } from '@/domain/review/hash'
import type { Assessment } from '@/domain/model'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { readPackage, writePackage } from '@/exchange/reviewPackage'
import * as v from 'valibot'

function withEdit() {
  const c = createCriterion(0, 'Тарихи оқиғаны анықтайды')
  let a = addCriterion(createAssessment({ kind: 'unit', language: 'kk' }), c)
  a = setRubricEdits(a, editRubricCell(a, a.rubricEdits, c.id, 'low', 'Оқиғаны анықтауда қиналады (мұғалімнің сөзі)'))
  return { a, c }
}

describe('parent rubric edits kept with the document', () => {
  it('keeps an edited cell, and flags it when the criterion changes', () => {
    const { a, c } = withEdit()
    expect(parentRubric(a, a.rubricEdits)[0].cells.low).toMatchObject({ text: 'Оқиғаны анықтауда қиналады (мұғалімнің сөзі)', edited: true, stale: false })
    const changed = updateCriterion(a, c.id, { text: 'Тарихи оқиғаны бағалайды' })
    expect(parentRubric(changed, changed.rubricEdits)[0].cells.low).toMatchObject({ text: 'Оқиғаны анықтауда қиналады (мұғалімнің сөзі)', stale: true })
  })

  it('follows the criteria into a duplicated assessment', () => {
    const { a } = withEdit()
    const copy = duplicateAssessment(a)
    expect(Object.keys(copy.rubricEdits)).toEqual([copy.criteria[0].id])
    expect(parentRubric(copy, copy.rubricEdits)[0].cells.low.edited).toBe(true)
  })

  it('hashes an assessment without edits like a snapshot from before the field existed', () => {
    const a = createAssessment({ kind: 'unit' })
    const old = Object.fromEntries(Object.entries(a).filter(([key]) => key !== 'rubricEdits'))
    expect(contentHash(a)).toBe(contentHash(old as Assessment))
    expect(contentHash(withEdit().a)).not.toBe(contentHash({ ...withEdit().a, rubricEdits: {} }))
  })

  it('travels in review files, validated; a package from before the field reads with no edits and the same hash', () => {
    const { a } = withEdit()
    expect(v.safeParse(AssessmentSchema, a).success).toBe(true)
    expect(v.safeParse(AssessmentSchema, { ...a, rubricEdits: { [a.criteria[0].id]: { criterionText: 'x', cells: { low: 1 } } } }).success).toBe(false)
    const plain = createAssessment({ kind: 'unit' })
    const version = { id: `${plain.id}@1`, assessmentId: plain.id, number: 1, hash: contentHash(plain), createdAt: 1, author: { name: '', school: '' }, content: plain }
    const file = JSON.parse(writePackage({ createdAt: 1, author: version.author, version, baseline: null, threads: [] })) as { version: { assessment: Record<string, unknown> } }
    delete file.version.assessment.rubricEdits
    const read = readPackage(JSON.stringify(file))
    expect(read.ok && read.value.version.content.rubricEdits).toEqual({})
    expect(read.ok && read.value.version.hash).toBe(version.hash)
  })
})
