/**
 * Version summaries (table `versionSummaries`, schema v12): per frozen version its findings and the
 * suggestions it holds, so the growth page reads a few hundred bytes per version instead of the whole
 * frozen content (domain/review/summary.ts). Derived data: rewritten when a version is frozen and when
 * threads arrive (a reply, Word comments), never backed up, rebuilt after a restore; a version still
 * without one is read whole by the growth page.
 */
import type Dexie from 'dexie'
import type { Thread, Version } from '@/domain/review/model'
import type { VersionSummary } from '@/domain/review/summary'
import { db } from './database'
import { SUMMARIES_TABLE, summarizer } from './summaryUpgrade'

export { SUMMARIES_TABLE }

/** Rewrites the summaries of these assessments' versions (all when `ids` is null) from their versions and threads. */
export async function refreshSummaries(ids: readonly string[] | null, database: Dexie = db()): Promise<void> {
  const summarizeVersions = await summarizer()
  const versions = database.table<Version, string>('versions')
  const threads = database.table<Thread, string>('threads')
  await database.transaction('rw', [versions, threads, database.table(SUMMARIES_TABLE)], async () => {
    const read = ids === null
      ? [[await versions.toArray(), await threads.toArray()] as const]
      : await Promise.all(ids.map(async (id) => [await versions.where('assessmentId').equals(id).toArray(), await threads.where('assessmentId').equals(id).toArray()] as const))
    for (const [vs, ths] of read) if (vs.length) await database.table<VersionSummary, string>(SUMMARIES_TABLE).bulkPut(summarizeVersions(vs, ths))
  })
}
