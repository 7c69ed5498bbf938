import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { assessmentsRepo } from '@/db/assessments'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { FIRST_READ_DATABASE, FIRST_READ_SCHEMA_VERSION, FIRST_SCREENFUL, keepUnchanged, readFirst } from '@/db/firstRead'
import { oldestChangeAfter } from '@/db/dataCare'
import { CURRENT_SCHEMA_VERSION } from '@/db/schema'
import { createAssessment } from '@/domain/factories'

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
})

const ids = (list: { id: string }[] | null | undefined) => list?.map((a) => a.id)
const readActiveFirst = async (factory?: IDBFactory | null) => (await readFirst(factory))?.active ?? null

function nativeVersion(): Promise<number | undefined> {
  return indexedDB.databases().then((all) => all.find((d) => d.name === DATABASE_NAME)?.version)
}

describe('the library read without Dexie', () => {
  it('knows the current schema and database: a new schema version makes this test fail until the reader is checked', () => {
    expect(FIRST_READ_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION)
    expect(FIRST_READ_DATABASE).toBe(DATABASE_NAME)
  })

  it('reads the same active list, in the same order, as the repository', async () => {
    // equal times of change, so the order of ties is checked too
    const rows = Array.from({ length: 25 }, (_, i) => ({ ...createAssessment({ kind: i % 2 ? 'unit' : 'term', now: 1000 }), updatedAt: 1000 + (i % 4) }))
    await db().assessments.bulkPut(rows)
    await assessmentsRepo.moveToTrash(rows[5].id, 9000)
    await assessmentsRepo.moveToTrash(rows[11].id, 9000)
    const expected = await assessmentsRepo.listActive()
    const oldest = await oldestChangeAfter(null)
    const since = await oldestChangeAfter(1001)
    resetDbForTests()

    expect((await readFirst())?.unbacked).toEqual({ since: null, oldest })
    expect(oldest).toBe(1000)
    expect((await readFirst(undefined, 1001))?.unbacked).toEqual({ since: 1001, oldest: since })
    expect(since).toBe(1002)
    const first = await readActiveFirst()
    expect(first).toHaveLength(23)
    expect(ids(first)).toEqual(ids(expected))
    expect(first).toEqual(expected)
    expect((await readFirst())?.activeCount).toBe(23)
  })

  it('reads only the first screen of a large library, newest first past trashed rows, and counts the rest', async () => {
    const n = FIRST_SCREENFUL * 3
    const rows = Array.from({ length: n }, (_, i) => ({ ...createAssessment({ kind: 'unit', now: 1000 }), updatedAt: 1000 + Math.floor(i / 3) }))
    await db().assessments.bulkPut(rows)
    const newest = await assessmentsRepo.listActive()
    // the newest and two of the first screen are trashed: the screen goes on past them
    for (const a of [newest[0], newest[3], newest[10]]) await assessmentsRepo.moveToTrash(a.id, a.updatedAt)
    const expected = await assessmentsRepo.listActive()
    resetDbForTests()

    const read = await readFirst(undefined, 1000 + n / 3 - 2)
    expect(read?.activeCount).toBe(n - 3)
    // the newest, trashed, counts as a change
    expect(read?.unbacked).toEqual({ since: 1000 + n / 3 - 2, oldest: 1000 + n / 3 - 1 })
    expect((await readFirst(undefined, 1000 + n / 3 - 1))?.unbacked.oldest).toBeNull()
    expect(ids(read?.active)).toEqual(ids(expected.slice(0, FIRST_SCREENFUL)))
  })

  it('finds no assessments where there is no database, and creates none', async () => {
    expect(await readActiveFirst()).toEqual([])
    expect(await nativeVersion()).toBeUndefined()
  })

  it('leaves a database of an older schema to Dexie, untouched', async () => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(DATABASE_NAME, (CURRENT_SCHEMA_VERSION - 1) * 10)
      open.onupgradeneeded = () => open.result.createObjectStore('assessments', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt')
      open.onsuccess = () => (open.result.close(), resolve())
      open.onerror = () => reject(open.error)
    })
    expect(await readActiveFirst()).toBeNull()
    expect(await nativeVersion()).toBe((CURRENT_SCHEMA_VERSION - 1) * 10)
  })

  it('leaves the list to Dexie in a browser that cannot list its databases, or has no IndexedDB', async () => {
    await db().assessments.put(createAssessment({ kind: 'unit' }))
    resetDbForTests()
    const withoutListing = { open: indexedDB.open.bind(indexedDB), deleteDatabase: indexedDB.deleteDatabase.bind(indexedDB), cmp: indexedDB.cmp.bind(indexedDB) } as unknown as IDBFactory
    expect(await readActiveFirst(withoutListing)).toBeNull()
    expect(await readActiveFirst(null)).toBeNull()
  })

  it('Dexie opens the database afterwards as before', async () => {
    const a = createAssessment({ kind: 'unit' })
    await db().assessments.put(a)
    resetDbForTests()
    expect(ids(await readActiveFirst())).toEqual([a.id])
    expect(ids(await assessmentsRepo.listActive())).toEqual([a.id])
  })
})

describe('Dexie taking over from the first read', () => {
  const row = (id: string, updatedAt: number) => ({ ...createAssessment({ kind: 'unit' }), id, updatedAt })

  it('keeps the first object of each unchanged row and takes every changed, new or re-marked one', () => {
    const first = [row('a', 3), row('b', 2), row('c', 1)]
    const changed = { ...first[1], updatedAt: 5 }
    const approved = { ...first[2], status: 'approved' as const }
    const list = [changed, { ...first[0] }, approved, row('d', 0)]
    const kept = keepUnchanged(first, list)
    expect(kept[0]).toBe(changed)
    expect(kept[1]).toBe(first[0])
    expect(kept[2]).toBe(approved)
    expect(kept[3]).toBe(list[3])
    expect(keepUnchanged([], list)).toBe(list)
  })
})

/** Opens `name` at native `version` and keeps the connection, deaf to `versionchange` (a frozen tab, an old page). */
function holdOpen(version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(DATABASE_NAME, version)
    open.onsuccess = () => resolve(open.result)
    open.onerror = () => reject(open.error)
  })
}

describe('the first read when the database is not answering', () => {
  it('steps aside (null, the list then waits for Dexie) when its open waits behind an upgrade another connection blocks', async () => {
    await db().assessments.put(createAssessment({ kind: 'unit', now: 1000 }))
    resetDbForTests()
    const deaf = await holdOpen(FIRST_READ_SCHEMA_VERSION * 10)
    // another tab's newer schema: its upgrade waits on `deaf`, and every later open waits behind it, without an event
    const upgrade = indexedDB.open(DATABASE_NAME, FIRST_READ_SCHEMA_VERSION * 10 + 10)
    upgrade.onupgradeneeded = () => upgrade.transaction?.abort()
    await new Promise((resolve) => (upgrade.onblocked = resolve))
    const read = await readFirst(undefined, null, 50)
    expect(read).toBeNull()
    deaf.close()
    await new Promise((resolve) => (upgrade.onerror = resolve))
  })
})
