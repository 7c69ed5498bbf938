/**
 * v2 → v3: review tables. An assessment that already left the draft state before versions were kept
 * gets its content frozen as version 1, so that a reply to it can still be matched.
 */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import { contentHash } from '@/domain/review/hash'
import { versionId, type Version } from '@/domain/review/model'

export function initialVersion(a: Assessment): Version {
  return { id: versionId(a.id, 1), assessmentId: a.id, number: 1, hash: contentHash(a), createdAt: a.updatedAt, author: { name: '', school: '' }, content: a }
}

export async function upgradeReviewToV3(tx: Transaction): Promise<void> {
  const sent = (await tx.table<Assessment>('assessments').toArray()).filter((a) => a.status !== 'draft')
  await tx.table<Version>('versions').bulkPut(sent.map(initialVersion))
}
