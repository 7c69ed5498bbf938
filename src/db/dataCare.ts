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

/** Every assessment's last change time (from the index, without reading the rows). */
export async function changeTimes(): Promise<number[]> {
  return (await db().assessments.orderBy('updatedAt').keys()) as number[]
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
