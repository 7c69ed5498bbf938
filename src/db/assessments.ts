/** Repository of assessments: the only place that reads and writes the assessments table. */
import type { Assessment } from '@/domain/model'
import { db } from './database'
import { observeTable, type Subscribable } from './live'
import { canonicalJson, hashText } from '@/domain/review/hash'

/** More changed rows than this at once (an import, a restore) are read as a whole list again. */
const PATCH_LIMIT = 100

/** The active list's order: most recently changed first, as the updatedAt index read backwards (ties: id backwards). */
const newerFirst = (x: Assessment, y: Assessment) => y.updatedAt - x.updatedAt || (x.id < y.id ? 1 : x.id > y.id ? -1 : 0)

function insertInOrder(list: Assessment[], a: Assessment): void {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (newerFirst(list[mid], a) <= 0) low = mid + 1
    else high = mid
  }
  list.splice(low, 0, a)
}

/** A plain deep copy: IndexedDB's structured clone refuses Vue's reactive proxies. */
function plain(a: Assessment): Assessment {
  return JSON.parse(JSON.stringify(a)) as Assessment
}

/** The rows the workspace's sync wrote last, by id: what the teacher's other device changed (stores/editor.ts tells them from another tab's save). */
const fromSync = new Map<string, string>()
const syncKey = (a: Assessment) => hashText(canonicalJson(a))

/** True when this row is as the workspace's sync last wrote it (not since changed by a save here). */
export function cameFromSync(row: Assessment): boolean {
  // the whole row is hashed only when sync wrote this assessment (the editor asks after every save)
  const written = fromSync.get(row.id)
  return written !== undefined && written === syncKey(row)
}

/** The editor has taken this row in: from now on it is the row it saves over, not news. */
export function syncArrivalTaken(row: Assessment): void {
  if (cameFromSync(row)) fromSync.delete(row.id)
}

export const assessmentsRepo = {
  get(id: string): Promise<Assessment | undefined> {
    return db().assessments.get(id)
  },

  async put(a: Assessment): Promise<void> {
    await db().assessments.put(plain(a))
  },

  /** Writes a row as it arrived from the teacher's other device (the workspace's sync). */
  async putFromSync(a: Assessment): Promise<void> {
    const row = plain(a)
    fromSync.set(row.id, syncKey(row))
    await db().assessments.put(row)
  },

  /** Active (not trashed) assessments, most recently changed first. */
  async listActive(): Promise<Assessment[]> {
    const rows = await db().assessments.orderBy('updatedAt').reverse().toArray()
    return rows.filter((a) => a.deletedAt === null)
  },

  /**
   * The active list, following every change in any tab: read whole once, then only the rows that changed are read
   * again and patched into it (a new array; the other rows stay the same objects, so what was derived from them is
   * reused). A liveQuery of the whole list would re-read — or, from Dexie's cache, deep-copy — all 2,000 rows on
   * every change, half a second for one move to the trash.
   */
  observeActive(): Subscribable<Assessment[]> {
    let list: Assessment[] | null = null
    return observeTable<Assessment[]>('assessments', async (changed) => {
      if (!list || changed === 'all' || changed.size > PATCH_LIMIT) return (list = await assessmentsRepo.listActive())
      const ids = [...changed]
      const rows = await db().assessments.bulkGet(ids)
      const next = list.filter((a) => !changed.has(a.id))
      for (const row of rows) if (row && row.deletedAt === null) insertInOrder(next, row)
      return (list = next)
    })
  },

  async listTrash(): Promise<Assessment[]> {
    const rows = await db().assessments.where('deletedAt').above(0).toArray()
    return rows.sort((x, y) => (y.deletedAt ?? 0) - (x.deletedAt ?? 0))
  },

  async moveToTrash(id: string, now = Date.now()): Promise<void> {
    await db().assessments.update(id, { deletedAt: now })
  },

  async restore(id: string): Promise<void> {
    await db().assessments.update(id, { deletedAt: null })
  },

  /** Removes the assessment and its pictures in one transaction. */
  async deleteForever(id: string): Promise<void> {
    const database = db()
    await database.transaction('rw', database.assessments, database.pictures, async () => {
      await database.pictures.where('assessmentId').equals(id).delete()
      await database.assessments.delete(id)
    })
  },
}

export type SaveResult = { ok: true; updatedAt: number } | { ok: false; theirs: Assessment }

/**
 * Saves the editor's content without undoing a trash move made meanwhile (in another tab, say):
 * `deletedAt` is always kept as the database has it. With `expectedUpdatedAt` (the row's updatedAt
 * as this tab last read or wrote it) the save is refused when someone else saved in between, and the
 * other version is returned, so two tabs never silently overwrite each other. Two saves in the same
 * millisecond still get different updatedAt values, so the next check cannot miss the second one.
 */
export async function saveAssessmentContent(a: Assessment, now = Date.now(), expectedUpdatedAt?: number): Promise<SaveResult> {
  const database = db()
  return database.transaction('rw', database.assessments, async (): Promise<SaveResult> => {
    const existing = await database.assessments.get(a.id)
    if (existing && expectedUpdatedAt !== undefined && existing.updatedAt !== expectedUpdatedAt) return { ok: false, theirs: existing }
    const updatedAt = existing && now === existing.updatedAt ? now + 1 : now
    await database.assessments.put(plain({ ...a, updatedAt, deletedAt: existing?.deletedAt ?? a.deletedAt }))
    return { ok: true, updatedAt }
  })
}
