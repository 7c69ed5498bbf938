/**
 * v8 → v9: a frozen version carries the checks' findings at sending (`findings`, domain/review/history.ts).
 * Versions frozen before are marked null — not recorded then; the history counts them from the frozen
 * content when it shows them (marked as counted later). Versions inside the mentor's rounds likewise.
 * The checks are not run here: the upgrade loads with the first page, the checks do not.
 */
import type { Transaction } from 'dexie'
import type { ReviewRow, Version } from '@/domain/review/model'

const unrecorded = (ver: Version | null): Version | null => (ver && typeof ver === 'object' ? { ...ver, findings: ver.findings ?? null } : ver)

export async function upgradeHistoryToV9(tx: Transaction): Promise<void> {
  await tx.table<Version>('versions').toCollection().modify((ver, ref) => {
    ref.value = unrecorded(ver) as Version
  })
  await tx.table<ReviewRow>('reviews').toCollection().modify((row, ref) => {
    ref.value = { ...row, version: unrecorded(row.version), baseline: unrecorded(row.baseline) }
  })
}
