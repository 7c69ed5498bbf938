/**
 * What the library shows of review: open threads per assessment and the hash of each approved one's
 * last version (an approved document edited since is a draft again). Kept apart from the review store
 * so that the library's first load does not bring the file formats and their validation.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import type { Version } from '@/domain/review/model'
import { shownStatus } from '@/domain/review/status'
import { useLiveQuery } from '@/composables/useLiveQuery'

export const useReviewSummaryStore = defineStore('reviewSummary', () => {
  const openCounts = useLiveQuery((db) => db.reviewsRepo.openCounts(), {} as Record<string, number>)
  const approvedHashes = useLiveQuery(async (db) => {
    const approved = (await db.assessmentsRepo.listActive()).filter((a) => a.status === 'approved')
    const latest = await Promise.all(approved.map((a) => db.versionsRepo.latest(a.id)))
    return Object.fromEntries(latest.filter((v): v is Version => v !== null).map((v) => [v.assessmentId, v.hash]))
  }, {} as Record<string, string>)

  /** The status a teacher sees (approved but edited since → draft). */
  function statusOf(a: Assessment, approvedHash = approvedHashes.data.value[a.id] ?? null): AssessmentStatus {
    return shownStatus(a, approvedHash)
  }

  const openThreads = (id: string): number => openCounts.data.value[id] ?? 0

  return { openCounts: openCounts.data, statusOf, openThreads }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReviewSummaryStore, import.meta.hot))
