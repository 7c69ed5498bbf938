import { beforeEach, describe, expect, it } from 'vitest'
import { readReviewSeen, writeReviewSeen } from '@/storage/reviewSeen'
import { STORAGE_KEYS } from '@/storage/keys'

describe('when the mentor last looked at her review queue', () => {
  beforeEach(() => localStorage.clear())

  it('is kept across visits', () => {
    writeReviewSeen(new Map([['teacher-1/assessment-1', 1_764_000_000_000]]))
    expect([...readReviewSeen()]).toEqual([['teacher-1/assessment-1', 1_764_000_000_000]])
  })

  it('reads as nothing seen when missing or malformed', () => {
    expect(readReviewSeen().size).toBe(0)
    localStorage.setItem(STORAGE_KEYS.reviewSeen, '{"teacher-1/assessment-1":"yesterday"}')
    expect(readReviewSeen().size).toBe(0)
    localStorage.setItem(STORAGE_KEYS.reviewSeen, 'not json')
    expect(readReviewSeen().size).toBe(0)
  })
})
