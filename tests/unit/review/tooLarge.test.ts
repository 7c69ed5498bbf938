/**
 * Every list and text within its limit, but all of them full at once: more than one review file carries.
 * The app refuses to write such a file (it would refuse to open it) and stores nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, getActivePinia, setActivePinia } from 'pinia'
import Dexie from 'dexie'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { LIMITS } from '@/domain/shapes/limits'
import { ReviewFileTooLarge } from '@/exchange/reviewFile'
import { LIMITS as FILE_LIMITS } from '@/exchange/reviewSchemas'
import { useEditorStore } from '@/stores/editor'
import { useReviewStore } from '@/stores/review'
import { sample } from './sample'

vi.setConfig({ testTimeout: 60_000 })

async function dump(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db().tables.map(async (t) => [t.name, await t.toArray()] as const)))
}

beforeEach(async () => {
  const leaving = getActivePinia()
  if (leaving) await useEditorStore(leaving).close()
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  setActivePinia(createPinia())
})

describe('a review package too large to open', () => {
  it('is not written: the draft keeps its status and no version is frozen', async () => {
    const full = 'ә'.repeat(LIMITS.text)
    const base = sample()
    const tasks = Array.from({ length: Math.ceil(FILE_LIMITS.fileChars / LIMITS.text / 2) + 1 }, (_, i) => ({ ...base.tasks[0], id: `big${i}`, order: i, text: full, answer: full, descriptors: [], options: [], pictures: [] }))
    expect(tasks.length).toBeLessThanOrEqual(LIMITS.tasks)
    await assessmentsRepo.put({ ...base, tasks })
    const editor = useEditorStore()
    await editor.open(base.id)
    const before = await dump()
    const error = await useReviewStore()
      .sendForReview(editor.assessment!, { name: 'Дана', school: '' })
      .then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(ReviewFileTooLarge)
    expect((error as ReviewFileTooLarge).chars).toBeGreaterThan(FILE_LIMITS.fileChars)
    await editor.flush()
    expect(await dump()).toEqual(before)
    expect(editor.assessment?.status).toBe(base.status)
  })
})
