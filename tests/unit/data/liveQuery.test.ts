import { beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { useLiveQuery, useLiveQueryOf } from '@/composables/useLiveQuery'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { createAssessment } from '@/domain/factories'
import { useMentorReviewStore } from '@/stores/mentorReview'
import { useReviewStore } from '@/stores/review'
import { reviewsRepo } from '@/db/reviews'

beforeEach(async () => {
  setActivePinia(createPinia())
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

describe('useLiveQuery: data, and errors where the data would be', () => {
  it('follows the key: a new key starts afresh, null queries nothing, and writes show up', async () => {
    const a = { ...createAssessment({ kind: 'unit', now: 1 }), title: 'A' }
    const b = { ...createAssessment({ kind: 'term', now: 1 }), title: 'B' }
    await assessmentsRepo.put(a)
    await assessmentsRepo.put(b)
    const id = ref<string | null>(a.id)
    const scope = effectScope()
    const q = scope.run(() => useLiveQueryOf(() => id.value, (_db, key) => assessmentsRepo.get(key), undefined))!
    await vi.waitFor(() => expect(q.data.value?.title).toBe('A'))
    id.value = b.id
    expect(q.loaded.value).toBe(false)
    await vi.waitFor(() => expect(q.data.value?.title).toBe('B'))
    await assessmentsRepo.put({ ...b, title: 'B2' })
    await vi.waitFor(() => expect(q.data.value?.title).toBe('B2'))
    id.value = null
    expect(q.data.value).toBeUndefined()
    scope.stop()
  })

  it('a query that throws says why, and is loaded (never «loading…» forever)', async () => {
    const scope = effectScope()
    const q = scope.run(() => useLiveQuery(() => Promise.reject(new Error('broken row')), 'initial'))!
    await vi.waitFor(() => expect(q.loaded.value).toBe(true))
    expect(String(q.error.value)).toContain('broken row')
    expect(q.data.value).toBe('initial')
    scope.stop()
  })

  it('the teacher’s threads and the mentor’s rounds report a read error instead of dropping it', async () => {
    vi.spyOn(reviewsRepo, 'threadsOf').mockRejectedValue(new Error('bad thread row'))
    vi.spyOn(reviewsRepo, 'mentorRounds').mockRejectedValue(new Error('bad round row'))
    const review = useReviewStore()
    review.follow('some-assessment')
    await vi.waitFor(() => expect(String(review.followError)).toContain('bad thread row'))
    const mentor = useMentorReviewStore()
    await vi.waitFor(() => expect(String(mentor.error)).toContain('bad round row'))
    vi.restoreAllMocks()
  })
})
