/**
 * Repository of review threads (table `threads`) and review rounds (table `reviews`), schema v3.
 * Whatever arrives in a file is written in one transaction or not at all.
 */
import type { AssessmentStatus } from '@/domain/model'
import type { ReviewRow, Thread, Version } from '@/domain/review/model'
import { db } from './database'
import { refreshSummaries } from './versionSummaries'

export type { ReviewRow }

const threads = () => db().table<Thread, string>('threads')
const reviews = () => db().table<ReviewRow, string>('reviews')
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T

export const reviewsRepo = {
  threadsOf(assessmentId: string): Promise<Thread[]> {
    return threads().where('assessmentId').equals(assessmentId).sortBy('createdAt')
  },

  /** Open threads per assessment, for the library. */
  async openCounts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {}
    await threads().each((t) => {
      if (t.status === 'open' && t.comments.some((c) => !c.draft)) counts[t.assessmentId] = (counts[t.assessmentId] ?? 0) + 1
    })
    return counts
  },

  /** The threads stored under these ids (undefined where there is none), to check a file against. */
  threadsByIds(ids: readonly string[]): Promise<(Thread | undefined)[]> {
    return threads().bulkGet([...ids])
  },

  async putThread(thread: Thread): Promise<void> {
    await threads().put(plain(thread))
  },

  /** Writes threads that arrived from a file (a mentor's Word comments) together, or none of them. */
  async putThreads(changed: readonly Thread[]): Promise<void> {
    if (changed.length) await threads().bulkPut(plain([...changed]))
    await refreshSummaries([...new Set(changed.map((t) => t.assessmentId))])
  },

  async deleteThread(id: string): Promise<void> {
    await threads().delete(id)
  },

  getRound(id: string): Promise<ReviewRow | undefined> {
    return reviews().get(id)
  },

  roundsOf(assessmentId: string): Promise<ReviewRow[]> {
    return reviews().where('assessmentId').equals(assessmentId).sortBy('openedAt')
  },

  /** The mentor's rounds, newest first. */
  async mentorRounds(): Promise<ReviewRow[]> {
    const rows = await reviews().where('role').equals('mentor').toArray()
    return rows.sort((a, b) => b.openedAt - a.openedAt)
  },

  /** Writes a round and its threads together. */
  async saveRound(row: ReviewRow, changed: readonly Thread[]): Promise<void> {
    const database = db()
    await database.transaction('rw', [reviews(), threads()], async () => {
      await reviews().put(plain(row))
      if (changed.length) await threads().bulkPut(plain([...changed]))
    })
  },

  /**
   * Applies a reply on the teacher's side in one transaction: records the round, writes the merged
   * threads and sets the assessment's status (only the status: the editor's save check is untouched).
   */
  async applyReply(row: ReviewRow, changed: readonly Thread[], status: AssessmentStatus | null): Promise<void> {
    const database = db()
    await database.transaction('rw', [reviews(), threads(), database.assessments], async () => {
      await reviews().put(plain(row))
      if (changed.length) await threads().bulkPut(plain([...changed]))
      if (status) await database.assessments.update(row.assessmentId, { status })
    })
    await refreshSummaries([row.assessmentId])
  },

  /** Freezes a version and sets the status, together. */
  async submit(version: Version, status: AssessmentStatus): Promise<void> {
    const database = db()
    await database.transaction('rw', [db().table('versions'), database.assessments], async () => {
      if (!(await db().table('versions').get(version.id))) await db().table('versions').add(plain(version))
      await database.assessments.update(version.assessmentId, { status })
    })
    await refreshSummaries([version.assessmentId])
  },

  async setStatus(assessmentId: string, status: AssessmentStatus): Promise<void> {
    await db().assessments.update(assessmentId, { status })
  },
}
