/**
 * What the growth page reads: every frozen version's summary (not its content: db/versionSummaries.ts),
 * review round and thread kept on this machine, with the titles of the assessments they belong to (those
 * in the trash left out). Read-only, one transaction. A version without a summary yet is read whole.
 */
import type { Table } from 'dexie'
import type { Assessment } from '@/domain/model'
import type { HistoryVersion } from '@/domain/review/history'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import type { VersionSummary } from '@/domain/review/summary'
import { db } from './database'
import { SUMMARIES_TABLE } from './versionSummaries'

export interface GrowthRows {
  assessments: Pick<Assessment, 'id' | 'title' | 'deletedAt'>[]
  versions: HistoryVersion[]
  rounds: ReviewRow[]
  threads: Thread[]
}

export async function readGrowthRows(): Promise<GrowthRows> {
  const database = db()
  const versions = database.table<Version, string>('versions')
  const tables = [database.assessments, versions, database.table(SUMMARIES_TABLE), database.table('reviews'), database.table('threads')]
  return database.transaction('r', tables, async () => ({
    assessments: (await database.assessments.toArray()).map(({ id, title, deletedAt }) => ({ id, title, deletedAt })),
    versions: await summariesOrVersions(versions),
    rounds: await database.table<ReviewRow, string>('reviews').toArray(),
    threads: await database.table<Thread, string>('threads').toArray(),
  }))
}

/** Every version's summary; a version still without one (written by a path that keeps none) whole. */
async function summariesOrVersions(versions: Table<Version, string>): Promise<HistoryVersion[]> {
  const summaries = await db().table<VersionSummary, string>(SUMMARIES_TABLE).toArray()
  const have = new Set(summaries.map((s) => s.id))
  const missing = (await versions.toCollection().primaryKeys()).filter((id) => !have.has(id))
  const whole = missing.length ? (await versions.bulkGet(missing)).filter((v): v is Version => v !== undefined) : []
  return [...summaries, ...whole]
}
