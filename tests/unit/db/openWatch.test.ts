import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import Dexie from 'dexie'
import { DATABASE_NAME, db, resetDbForTests } from '@/db/database'
import { onOpenWait, openWait, resetOpenWatchForTests, type OpenWait } from '@/db/openWatch'

beforeEach(async () => {
  resetDbForTests()
  await Dexie.delete(DATABASE_NAME)
  resetOpenWatchForTests(30)
})
afterEach(() => resetOpenWatchForTests())

/** Resolves with the first state `wanted` accepts (now or later). */
function waitFor(wanted: (w: OpenWait) => boolean): Promise<OpenWait> {
  return new Promise((resolve) => {
    if (wanted(openWait())) return resolve(openWait())
    const stop = onOpenWait((w) => {
      if (!wanted(w)) return
      stop()
      resolve(w)
    })
  })
}

describe('an open of the database that keeps the page waiting', () => {
  it('is told as blocked while another connection holds an older version, and no longer once it lets go', async () => {
    // a connection that ignores `versionchange` (a frozen tab, a tool), on the database before the app made it
    const other = await new Promise<IDBDatabase>((resolve) => {
      const open = indexedDB.open(DATABASE_NAME, 1)
      open.onsuccess = () => resolve(open.result)
    })
    try {
      const opening = db().open()
      // (on a busy machine the patience may run out before the browser says blocked: 'slow' first, then 'blocked')
      expect(await waitFor((w) => w === 'blocked')).toBe('blocked')
      other.close()
      await opening
      expect(openWait()).toBeNull()
    } finally {
      other.close()
    }
  })

  it('is not told when the open is quick', async () => {
    resetOpenWatchForTests(60_000)
    const heard: OpenWait[] = []
    const stop = onOpenWait((w) => heard.push(w))
    await db().open()
    stop()
    expect(heard).toEqual([])
    expect(db().isOpen()).toBe(true)
    // what the browser tests and the bench wait on before writing rows
    await vi.waitFor(() => expect(document.documentElement.getAttribute('data-database')).toBe('open'))
  })
})
