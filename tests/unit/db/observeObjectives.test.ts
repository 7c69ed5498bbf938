import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { catalogueRepo } from '@/db/catalogue'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import type { CatalogueObjective } from '@/domain/catalogue/model'

let stop: (() => void) | undefined
beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})
afterEach(() => {
  stop?.()
  resetDbForTests()
})

const objective = (i: number, text = `мақсат ${i}`): CatalogueObjective => ({
  id: `own${String(i).padStart(3, '0')}`, language: 'kk', subject: 'physics', subjectNames: { kk: 'Физика' }, grade: 7, term: 1,
  origin: 'own', hidden: false, source: '', order: i, updatedAt: 1000 + i, code: `7.1.1.${i}`, text, section: 'Бөлім',
})
const ids = (list: readonly CatalogueObjective[]) => list.map((o) => o.id)

function follow() {
  const lists: CatalogueObjective[][] = []
  const subscription = catalogueRepo.observeObjectives().subscribe({ next: (list) => lists.push(list), error: (e) => { throw e } })
  stop = () => subscription.unsubscribe()
  return { lists, last: () => lists[lists.length - 1] ?? [] }
}

describe('the catalogue read a chunk per request and patched by the rows that changed', () => {
  it('reads every row in id order, whatever the chunk, as one read of the whole table does', async () => {
    await db().catalogue.bulkPut([5, 1, 9, 3, 7, 2, 8, 4, 6, 10, 11].map((i) => objective(i)))
    const whole = await catalogueRepo.listObjectives()
    for (const chunk of [1, 2, 3, 5, 11, 12, 2_000]) expect(ids(await catalogueRepo.listObjectivesInChunks(chunk)), `chunk ${chunk}`).toEqual(ids(whole))
    await db().catalogue.clear()
    expect(await catalogueRepo.listObjectivesInChunks(3)).toEqual([])
  })

  it('follows adds, edits and deletions in id order, keeping the rows that did not change', async () => {
    await db().catalogue.bulkPut(Array.from({ length: 20 }, (_, i) => objective(i * 2)))
    const { lists, last } = follow()
    await expect.poll(() => lists.length).toBe(1)
    const same = async () => expect.poll(async () => ids(last())).toEqual(ids(await catalogueRepo.listObjectives()))
    await same()
    const before = last()

    await catalogueRepo.putOwnObjective(objective(7))
    await expect.poll(() => ids(last())).toContain('own007')
    await same()
    const kept = new Map(before.map((o) => [o.id, o]))
    expect(last().filter((o) => o.id !== 'own007').every((o) => kept.get(o.id) === o)).toBe(true)

    await catalogueRepo.putOwnObjective(objective(4, 'жаңа мәтін'))
    await expect.poll(() => last().find((o) => o.id === 'own004')?.text).toBe('жаңа мәтін')
    await catalogueRepo.deleteOwnObjective('own010')
    await expect.poll(() => ids(last())).not.toContain('own010')
    await same()
  })
})
