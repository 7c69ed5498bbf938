/**
 * v5 → v6: a task carries teacher-only material (`script`, `teacherNotes`, empty at first) and an
 * assessment the variant group it belongs to (`variant`, null at first). Frozen versions and the
 * versions inside review rounds get the same shape; their hash is unchanged (empty fields hash like none).
 */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Version } from '@/domain/review/model'
import { upAssessment, upReviewRow, upVersion } from '@/domain/shapes/up'

export async function upgradeTeacherMaterialToV6(tx: Transaction): Promise<void> {
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
