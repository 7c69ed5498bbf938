/** Repository of assessments: the only place that reads and writes the assessments table. */
import type { Assessment } from '@/domain/model'
import { db } from './database'

/** A plain deep copy: IndexedDB's structured clone refuses Vue's reactive proxies. */
function plain(a: Assessment): Assessment {
  return JSON.parse(JSON.stringify(a)) as Assessment
}

export const assessmentsRepo = {
  get(id: string): Promise<Assessment | undefined> {
    return db().assessments.get(id)
  },

  async put(a: Assessment): Promise<void> {
    await db().assessments.put(plain(a))
  },

  /** Active (not trashed) assessments, most recently changed first. */
  async listActive(): Promise<Assessment[]> {
    const rows = await db().assessments.orderBy('updatedAt').reverse().toArray()
    return rows.filter((a) => a.deletedAt === null)
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
