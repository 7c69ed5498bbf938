/** v11 → v12: a summary for every frozen version kept (db/versionSummaries.ts, domain/review/summary.ts). */
import Dexie, { type Transaction } from 'dexie'
import type { Thread, Version } from '@/domain/review/model'
import type { VersionSummary } from '@/domain/review/summary'

export const SUMMARIES_TABLE = 'versionSummaries'

/** The summarizing code loads with the checks it runs for old versions, not with the first page. */
export const summarizer = async () => (await import('@/domain/review/summary')).summarizeVersions

/** v11 → v12: a summary for every version kept. */
export async function upgradeSummariesToV12(tx: Transaction): Promise<void> {
  const summarizeVersions = await Dexie.waitFor(summarizer())
  const versions = await tx.table<Version>('versions').toArray()
  const threads = await tx.table<Thread>('threads').toArray()
  await tx.table<VersionSummary>(SUMMARIES_TABLE).bulkPut(summarizeVersions(versions, threads))
}

