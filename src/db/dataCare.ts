/**
 * Database side of data care: emptying the trash of old entries, removing scratch copies an interrupted
 * restore left behind, and the change times the backup reminder needs.
 */
import { expiredFromTrash } from '@/domain/dataCare'
import { assessmentsRepo } from './assessments'
import Dexie from 'dexie'
import { db, RESTORE_SCRATCH_PREFIX } from './database'

/** Removes for good (with their pictures) the assessments trashed longer than the trash keeps them; returns their ids. */
export async function purgeExpiredTrash(now = Date.now()): Promise<string[]> {
  const ids = expiredFromTrash(await assessmentsRepo.listTrash(), now)
  for (const id of ids) await assessmentsRepo.deleteForever(id)
  return ids
}

/**
 * The earliest time of change of any assessment (trashed ones too) after `since`, or of all when null; null when none
 * changed since. The lowest key of the index in that range, one step of a cursor: every assessment's time read one
 * by one (2,000 round trips to the database process) cost the library a second to open, and again on each change.
 */
export async function oldestChangeAfter(since: number | null): Promise<number | null> {
  const table = db().assessments
  const times = since === null ? table.orderBy('updatedAt') : table.where('updatedAt').above(since)
  const [oldest] = (await times.limit(1).keys()) as number[]
  return oldest ?? null
}

/** A scratch copy younger than this may belong to a restore running in another tab. */
const SCRATCH_GRACE_MS = 10 * 60_000

/**
 * Deletes the scratch databases (`bagalau-restore-<ms>`, a full copy of a backup each) that a restore
 * interrupted by a closed tab or a crash left behind; returns their names.
 */
export async function removeRestoreLeftovers(now = Date.now()): Promise<string[]> {
  const names = await Dexie.getDatabaseNames().catch(() => [] as string[])
  const leftovers = names.filter((name) => {
    if (!name.startsWith(RESTORE_SCRATCH_PREFIX)) return false
    const madeAt = Number(name.slice(RESTORE_SCRATCH_PREFIX.length))
    return !(Number.isFinite(madeAt) && now - madeAt < SCRATCH_GRACE_MS && madeAt <= now)
  })
  for (const name of leftovers) await Dexie.delete(name)
  return leftovers
}
