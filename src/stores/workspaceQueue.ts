/**
 * The queues of review without files: a mentor's of each mentee's sent versions and a teacher's own sent
 * list, live, with what the other side did since this member last looked (the navigation's badge), and the
 * queued item the mentor has open. Only documents of versions sent are opened (through the pair connection,
 * stores/workspaceReview.ts).
 *
 * When each member last looked at each item is kept in this browser (storage/reviewSeen.ts), so the badge
 * counts only what the other side did since.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { AssessmentStatus } from '@/domain/model'
import type { ReviewEvent } from '@/domain/workspace/reviewEvents'
import type { WorkspacePerson } from '@/domain/shapes/membership'
import { addNews, newsCount, newsOf, NO_NEWS, type ReviewNews } from '@/domain/workspace/reviewNews'
import { readReviewSeen, writeReviewSeen } from '@/storage/reviewSeen'
import { useWorkspaceReviewStore, type ReviewSnapshot } from './workspaceReview'
import { followVerdict } from './workspaceVerdict'

/** One sent version waiting in the mentor's queue (or in the teacher's own sent list). */
export interface QueueRow {
  key: string
  teacher: WorkspacePerson
  assessmentId: string
  title: string
  number: number
  at: number
  status: AssessmentStatus
  /** The other side's events this member has not seen yet (the teacher's for a mentor, the mentor's for a teacher). */
  fresh: number
  news: ReviewNews
}

export const useWorkspaceQueueStore = defineStore('workspaceQueue', () => {
  const review = useWorkspaceReviewStore()
  const stops: (() => void)[] = []

  const rows = ref<QueueRow[]>([])
  /** `<teacherId>/<assessmentId>` → the time of the latest event this member has seen. */
  const seen = readReviewSeen()
  let queueWanted = false
  let queueFollowed = false
  /** How many of the other side's events this member has not seen yet. */
  const freshCount = computed(() => rows.value.reduce((sum, row) => sum + row.fresh, 0))
  /** What is new, by kind, over every item (the navigation's badge). */
  const news = computed(() => addNews(rows.value.map((row) => row.news)))
  const newsTotal = computed(() => newsCount(news.value))
  /** The teacher's own sent items (her side of the badge). */
  const ownRows = computed(() => rows.value.filter((row) => row.teacher.id === review.me?.id))
  /** The queued item the mentor has open. */
  const opened = shallowRef<ReviewSnapshot | null>(null)

  review.onConnection({
    leave() {
      for (const stop of stops.splice(0)) stop()
      queueFollowed = false
      rows.value = []
      opened.value = null
    },
    // the queues followed before are followed again on the new connection
    start() {
      if (queueWanted) void followQueue()
    },
  })

  /**
   * Starts following (once) every mentee's queue and, for a teacher with a mentor, her own sent items:
   * the rows stay live until the workspace is left. Only documents of versions sent are opened.
   */
  async function followQueue(): Promise<void> {
    queueWanted = true
    if (queueFollowed) return
    queueFollowed = true
    const self = review.me
    const own = self && review.mentor ? [self] : []
    await Promise.all([...review.mentees, ...own].map((teacher) => followTeacher(teacher)))
  }

  async function followTeacher(teacher: WorkspacePerson): Promise<void> {
    const pair = await review.pairOf(teacher.id)
    if (!pair) return
    const watched = new Set<string>()
    let busy = false
    let again = false
    const refresh = async (): Promise<void> => {
      if (busy) return void (again = true)
      busy = true
      try {
        do {
          again = false
          const items = await pair.queue()
          const mineNow: QueueRow[] = []
          for (const item of items) {
            if (!watched.has(item.assessmentId)) {
              watched.add(item.assessmentId)
              stops.push(await pair.watch(item.assessmentId, () => void refresh()))
            }
            const view = await pair.view(item.assessmentId)
            const key = `${teacher.id}/${item.assessmentId}`
            if (opened.value?.teacherId === teacher.id && opened.value.assessmentId === item.assessmentId) {
              markSeen(key, view.events)
              opened.value = await review.snapshot(pair, teacher.id, item.assessmentId)
            }
            // a teacher's own: the mentor's verdict moves the assessment's status even with the editor closed
            if (teacher.id === review.me?.id) await followVerdict(await review.snapshot(pair, teacher.id, item.assessmentId))
            const seenAt = seen.get(key) ?? 0
            const fresh = view.newSince(seenAt).length
            mineNow.push({ key, teacher, assessmentId: item.assessmentId, title: item.title, number: item.number, at: item.at, status: view.status, fresh, news: newsOf(view.events, review.me?.id ?? '', teacher.id, seenAt) })
          }
          rows.value = [...rows.value.filter((row) => row.teacher.id !== teacher.id), ...mineNow].sort((a, b) => b.at - a.at)
        } while (again)
      } finally {
        busy = false
      }
    }
    stops.push(await pair.watchQueue(() => void refresh()))
    await refresh()
  }

  function markSeen(key: string, events: readonly ReviewEvent[]): void {
    const latest = events.reduce((max, e) => Math.max(max, e.at), 0)
    if (latest <= (seen.get(key) ?? 0)) return
    seen.set(key, latest)
    writeReviewSeen(seen)
  }

  /** What is shown of an item (the mentor's open item, the teacher's editor) is seen: its events and its row's count. */
  function shown(key: string, events: readonly ReviewEvent[]): void {
    markSeen(key, events)
    rows.value = rows.value.map((row) => (row.key === key ? { ...row, fresh: 0, news: NO_NEWS } : row))
  }

  async function open(row: QueueRow): Promise<void> {
    const pair = await review.pairOf(row.teacher.id)
    if (!pair) return
    const next = await review.snapshot(pair, row.teacher.id, row.assessmentId)
    markSeen(row.key, next.events)
    opened.value = next
    rows.value = rows.value.map((r) => (r.key === row.key ? { ...r, fresh: 0, news: NO_NEWS } : r))
  }

  function close(): void {
    opened.value = null
  }

  return { rows, ownRows, freshCount, news, newsTotal, followQueue, shown, opened, open, close }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceQueueStore, import.meta.hot))
