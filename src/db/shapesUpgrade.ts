/**
 * v4 → v5: every stored shape is declared once (domain/shapes) and held to its limits. Working
 * assessments are cut to the limits (domain/shapes/up.ts fitAssessment); frozen versions and the
 * versions inside review rounds get the current assessment shape (`rubricEdits`), their hash unchanged.
 */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Version } from '@/domain/review/model'
import { upAssessmentRow, upReviewRow, upVersion } from '@/domain/shapes/up'

export async function upgradeShapesToV5(tx: Transaction): Promise<void> {
  await tx.table<Assessment>('assessments').toCollection().modify((a, ref) => {
    ref.value = upAssessmentRow(a)
  })
  await tx.table<Version>('versions').toCollection().modify((ver, ref) => {
    ref.value = upVersion(ver)
  })
  await tx.table<ReviewRow>('reviews').toCollection().modify((row, ref) => {
    ref.value = upReviewRow(row)
  })
}
