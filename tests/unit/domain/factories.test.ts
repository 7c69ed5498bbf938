import { describe, expect, it } from 'vitest'
import { createAssessment, createTask } from '@/domain/factories'
import { newId } from '@/domain/ids'

describe('factories', () => {
  it('creates an empty draft with the usual duration of its kind', () => {
    const unit = createAssessment({ kind: 'unit', now: 5 })
    expect(unit).toMatchObject({ kind: 'unit', language: 'kk', status: 'draft', durationMinutes: 20, deletedAt: null, createdAt: 5, updatedAt: 5 })
    expect(createAssessment({ kind: 'term', language: 'ru' }).durationMinutes).toBe(40)
  })

  it('gives every entity a distinct id', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newId()))
    expect(ids.size).toBe(2000)
    expect(createTask(1).id).toMatch(/^[0-9a-zA-Z]{16}$/)
  })
})
