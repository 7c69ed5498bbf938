/** The bench's documents are rows as the database holds them: a row in an older shape made every check throw. */
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { AssessmentSchema } from '@/domain/shapes/assessment'
import { bigAssessment } from '../../../bench/browser/fixtures.mjs'

describe('bench fixtures', () => {
  it('builds the editor’s 100-task document in the stored shape', () => {
    const result = v.safeParse(AssessmentSchema, bigAssessment(100, 5))
    expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).toEqual([])
  })
})
