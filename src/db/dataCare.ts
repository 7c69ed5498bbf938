/** Database side of data care: emptying the trash of old entries, and the change times the backup reminder needs. */
import { expiredFromTrash } from '@/domain/dataCare'
import { assessmentsRepo } from './assessments'
import { db } from './database'

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
