/** v3 → v4: assessments carry the teacher's parent-rubric wording (`rubricEdits`), empty at first. */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import { upAssessment } from '@/domain/shapes/up'

export async function upgradeRubricEditsToV4(tx: Transaction): Promise<void> {
  await tx.table<Assessment>('assessments').toCollection().modify((a, ref) => {
    ref.value = upAssessment(a)
  })
}
