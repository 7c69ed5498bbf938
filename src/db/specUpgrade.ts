/**
 * v7 → v8: assessments carry the teacher's wording of the specification (`specEdits`), empty at first;
 * frozen versions and the versions inside review rounds get it too, their hash unchanged (an empty
 * `specEdits` hashes like a missing one).
 */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Version } from '@/domain/review/model'
import { upAssessment, upReviewRow, upVersion } from '@/domain/shapes/up'

export async function upgradeSpecEditsToV8(tx: Transaction): Promise<void> {
  await tx.table<Assessment>('assessments').toCollection().modify((a, ref) => {
    ref.value = upAssessment(a)
  })
  await tx.table<Version>('versions').toCollection().modify((ver, ref) => {
    ref.value = upVersion(ver)
  })
  await tx.table<ReviewRow>('reviews').toCollection().modify((row, ref) => {
    ref.value = upReviewRow(row)
  })
}
