/**
 * What the library shows of review: open threads per assessment and the hash of each approved one's
 * last version (an approved document edited since is a draft again). Kept apart from the review store
 * so that the library's first load does not bring the file formats and their validation.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import { perVersion } from '@/domain/perVersion'
import type { Version } from '@/domain/review/model'
import { shownStatus } from '@/domain/review/status'
import { useLiveQuery, useLiveQueryOf } from '@/composables/useLiveQuery'
import { useLibraryStore } from './library'

/** A stored row's shown status (it hashes the whole content when approved): once per saved version, status and hash. */
const shownStatusOf = perVersion((a: Assessment, _status: AssessmentStatus, approvedHash: string) => shownStatus(a, approvedHash || null))

export const useReviewSummaryStore = defineStore('reviewSummary', () => {
  const openCounts = useLiveQuery((db) => db.reviewsRepo.openCounts(), {} as Record<string, number>)
  // the approved ones of the library's own list: the assessments are read once, not a second time for their status
  const library = useLibraryStore()
  const approvedIds = computed(() => library.active.filter((a) => a.status === 'approved').map((a) => a.id).join(' '))
  const approvedQuery = useLiveQueryOf(
    () => approvedIds.value,
    async (db, ids) => {
      const latest = await Promise.all(ids.split(' ').filter(Boolean).map((id) => db.versionsRepo.latest(id)))
      return Object.fromEntries(latest.filter((v): v is Version => v !== null).map((v) => [v.assessmentId, v.hash]))
    },
    {} as Record<string, string>,
  )
  // the hashes last read stay on screen while the next set is read (no flicker when one more is approved)
  let lastHashes: Record<string, string> = {}
  const approvedHashes = computed(() => (approvedQuery.loaded.value ? (lastHashes = approvedQuery.data.value) : lastHashes))

  /** The status a teacher sees (approved but edited since → draft). */
  function statusOf(a: Assessment, approvedHash = approvedHashes.value[a.id] ?? null): AssessmentStatus {
    return shownStatus(a, approvedHash)
  }

  /** The same for an assessment as the database holds it (a library card), not one being edited. */
  const savedStatusOf = (a: Assessment): AssessmentStatus => shownStatusOf(a, a.status, approvedHashes.value[a.id] ?? '')

  const openThreads = (id: string): number => openCounts.data.value[id] ?? 0

  return { openCounts: openCounts.data, statusOf, savedStatusOf, openThreads }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReviewSummaryStore, import.meta.hot))
