/**
 * v6 → v7: tasks may have parts (1а, 1ә …) and descriptors may mark one. Both fields are optional, so a
 * row of an earlier version is a v7 row already; every working copy, frozen version and review round
 * goes through domain/shapes/up.ts `upTaskParts` so that each holds the one form the editor writes. The
 * version number itself keeps an older Bagalau from opening a database whose tasks it would cut short.
 */
import type { Transaction } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Version } from '@/domain/review/model'
import { upTaskParts } from '@/domain/shapes/up'

const upVersionParts = (ver: Version): Version => (ver && typeof ver === 'object' ? { ...ver, content: upTaskParts(ver.content) } : ver)

export async function upgradePartsToV7(tx: Transaction): Promise<void> {
  await tx.table<Assessment>('assessments').toCollection().modify((a, ref) => {
    ref.value = upTaskParts(a)
  })
  await tx.table<Version>('versions').toCollection().modify((ver, ref) => {
    ref.value = upVersionParts(ver)
  })
  await tx.table<ReviewRow>('reviews').toCollection().modify((row, ref) => {
    if (!row || typeof row !== 'object') return
    ref.value = { ...row, version: row.version && upVersionParts(row.version), baseline: row.baseline && upVersionParts(row.baseline) }
  })
}
