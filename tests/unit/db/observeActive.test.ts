import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { assessmentsRepo, saveAssessmentContent } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { createAssessment } from '@/domain/factories'
import type { Assessment } from '@/domain/model'

let stop: (() => void) | undefined
beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => stop?.())

/** Follows the active list; `lists` holds every value sent, the last one latest. */
function follow() {
  const lists: Assessment[][] = []
  const errors: unknown[] = []
  const subscription = assessmentsRepo.observeActive().subscribe({ next: (list) => lists.push(list), error: (e) => errors.push(e) })
  stop = () => subscription.unsubscribe()
  return { lists, errors, last: () => lists[lists.length - 1] ?? [] }
}

const ids = (list: Assessment[]) => list.map((a) => a.id)

describe('the active list, patched by the rows that changed', () => {
  it('follows adds, saves, trash moves, restores and deletions in the order of the updatedAt index', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ ...createAssessment({ kind: 'unit', now: 1000 + (i % 7) }), updatedAt: 1000 + (i % 7) }))
    await db().assessments.bulkPut(rows)
    const { lists, errors, last } = follow()
    const same = async () => expect.poll(async () => ids(last())).toEqual(ids(await assessmentsRepo.listActive()))
    await expect.poll(() => lists.length).toBe(1)
    await same()
    const before = last()

    await assessmentsRepo.moveToTrash(rows[3].id, 5000)
    await expect.poll(() => ids(last())).not.toContain(rows[3].id)
    await same()
    // the other rows are the very objects sent before: nothing derived from them is computed again
    const kept = new Map(before.map((a) => [a.id, a]))
    expect(last().every((a) => kept.get(a.id) === a)).toBe(true)

    await assessmentsRepo.restore(rows[3].id)
    await expect.poll(() => ids(last())).toContain(rows[3].id)
    await same()

    // a save moves the row to the top; ties of updatedAt keep the index's order (ids backwards)
    const saved = await saveAssessmentContent({ ...rows[10], title: 'жаңа' }, 9000)
    expect(saved.ok).toBe(true)
    await expect.poll(() => last()[0]?.title).toBe('жаңа')
    await same()
    await assessmentsRepo.put({ ...rows[20], updatedAt: 1003 })
    await assessmentsRepo.put({ ...createAssessment({ kind: 'term' }), updatedAt: 1003 })
    await same()
    await assessmentsRepo.deleteForever(rows[0].id)
    await expect.poll(() => ids(last())).not.toContain(rows[0].id)
    await same()
    expect(errors).toEqual([])
  })

  it('reads the whole list again after a change too large to patch (an import of many)', async () => {
    const { lists, last } = follow()
    await expect.poll(() => lists.length).toBe(1)
    expect(last()).toEqual([])
    const many = Array.from({ length: 150 }, (_, i) => ({ ...createAssessment({ kind: 'term', now: i }), updatedAt: i }))
    await db().assessments.bulkPut(many)
    await expect.poll(() => last().length).toBe(150)
    expect(ids(last())).toEqual(ids(await assessmentsRepo.listActive()))
    await db().assessments.clear()
    await expect.poll(() => last().length).toBe(0)
  })
})
