/**
 * What the growth page reads: every frozen version, review round and thread kept on this machine, with the
 * titles of the assessments they belong to (those in the trash left out). Read-only, one transaction.
 */
import type { Assessment } from '@/domain/model'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import { db } from './database'

export interface GrowthRows {
  assessments: Pick<Assessment, 'id' | 'title' | 'deletedAt'>[]
  versions: Version[]
  rounds: ReviewRow[]
  threads: Thread[]
}

export async function readGrowthRows(): Promise<GrowthRows> {
  const database = db()
  const tables = [database.assessments, database.table('versions'), database.table('reviews'), database.table('threads')]
  return database.transaction('r', tables, async () => ({
    assessments: (await database.assessments.toArray()).map(({ id, title, deletedAt }) => ({ id, title, deletedAt })),
    versions: await database.table<Version, string>('versions').toArray(),
    rounds: await database.table<ReviewRow, string>('reviews').toArray(),
    threads: await database.table<Thread, string>('threads').toArray(),
  }))
}
