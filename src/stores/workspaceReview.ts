/**
 * Review without files, as the screens use it: the teacher sends a frozen version to her mentor and follows
 * the mentor's threads and verdict live in the editor (the verdict moves the assessment's status as a reply
 * file's does); the mentor sees her mentees' sent versions in a queue and opens one. What either side writes
 * is in stores/workspaceThreads.ts. The documents and their sync (src/sync/reviewPair.ts) are loaded by
 * import() only here, once a workspace is joined, and an assessment's document only once it was sent; the
 * status, the threads (in the model file review uses) and what is new are derived from the append-only
 * events (domain/workspace/reviewEvents.ts, reviewThreads.ts, reviewNews.ts).
 *
 * When each member last looked at each item is kept in this browser (storage/reviewSeen.ts), so the
 * navigation's badge counts only what the other side did since.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import type { DerivedThread, ReviewEvent } from '@/domain/workspace/reviewEvents'
import type { WorkspacePerson } from '@/domain/shapes/membership'
import type { Thread } from '@/domain/review/model'
import { appliedThreads, workspaceThreads } from '@/domain/workspace/reviewThreads'
import { addNews, newsCount, newsOf, NO_NEWS, type ReviewNews } from '@/domain/workspace/reviewNews'
import { fileRoundEvents } from '@/domain/workspace/fromFile'
import type { ReviewDesk } from '@/sync/reviewDesk'
import type { ReviewPair } from '@/sync/reviewPair'
import { assessmentsRepo } from '@/db/assessments'
import { reviewsRepo } from '@/db/reviews'
import { versionsRepo } from '@/db/versions'
import { readReviewSeen, writeReviewSeen } from '@/storage/reviewSeen'
import { useEditorStore } from './editor'
import { useWorkspaceStore } from './workspace'
import { useWorkspaceSyncStore } from './workspaceSync'

/** One sent version waiting in the mentor's queue. */
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

/** The review of one assessment as one side sees it now. */
export interface ReviewSnapshot {
  teacherId: string
  assessmentId: string
  status: AssessmentStatus
  latest: number | null
  threads: DerivedThread[]
  /** The same threads in the model file review uses (field, quote, span, suggestion, status), names from the membership. */
  reviewThreads: Thread[]
  /** The threads whose suggestion the teacher applied. */
  applied: ReadonlySet<string>
  events: ReviewEvent[]
  /** The latest verdict event, if any. */
  verdict: Extract<ReviewEvent, { kind: 'verdict' }> | null
  /** The latest version as sent (the mentor's read-only copy). */
  version: Assessment | null
}

export const useWorkspaceReviewStore = defineStore('workspaceReview', () => {
  const workspace = useWorkspaceStore()
  const sync = useWorkspaceSyncStore()
  let desk: ReviewDesk | null = null
  const stops: (() => void)[] = []

  const me = computed(() => workspace.membership?.member ?? null)
  /** The teacher's mentor, when she is paired with one. */
  const mentor = computed(() => workspace.membership?.mentors[0] ?? null)
  const mentees = computed(() => workspace.membership?.mentees ?? [])
  const nameOf = (id: string) =>
    [...(workspace.membership?.mentors ?? []), ...mentees.value, ...(workspace.membership ? [workspace.membership.member] : [])].find((p) => p.id === id)?.name ?? ''

  // a workspace left or restarted: the pairs on the old connection go with it (a first start has none);
  // the queues followed before are followed again on the new connection
  let queueWanted = false
  watch(
    () => sync.running,
    (running, before) => {
      if (before) {
        for (const stop of stops.splice(0)) stop()
        stopMine?.()
        stopMine = null
        desk?.close()
        desk = null
        queueFollowed = false
        rows.value = []
        mine.value = null
        opened.value = null
      }
      if (running && queueWanted) void followQueue()
    },
  )

  async function pairOf(teacherId: string): Promise<ReviewPair | null> {
    const membership = workspace.membership
    if (!membership) return null
    await sync.start(membership)
    const running = sync.running
    if (!running) return null
    if (!desk) {
      const { ReviewDesk } = await import('@/sync/reviewDesk')
      desk ??= new ReviewDesk(membership.member.id, running.connection)
    }
    return desk.pair(teacherId)
  }

  async function snapshot(pair: ReviewPair, teacherId: string, assessmentId: string): Promise<ReviewSnapshot> {
    const view = await pair.view(assessmentId)
    const verdicts = view.events.filter((e): e is Extract<ReviewEvent, { kind: 'verdict' }> => e.kind === 'verdict')
    // each version read once, however many threads were started on it
    const versions = new Map<number, Assessment | null>()
    const versionOf = (n: number) => (versions.has(n) ? versions.get(n)! : versions.set(n, view.version(n)).get(n)!)
    return {
      teacherId,
      assessmentId,
      status: view.status,
      latest: view.latest,
      threads: view.threads,
      reviewThreads: workspaceThreads(view.events, { assessmentId, teacherId, nameOf, versionOf }),
      applied: appliedThreads(view.events, teacherId),
      events: view.events,
      verdict: verdicts[verdicts.length - 1] ?? null,
      version: view.latest === null ? null : versionOf(view.latest),
    }
  }

  // ---- the teacher ----

  /** The review of the assessment open in the editor, as the mentor's events make it. */
  const mine = shallowRef<ReviewSnapshot | null>(null)
  let stopMine: (() => void) | null = null

  /**
   * «Send to my mentor»: freezes the version as the file send does (stores/review.ts, which also moves the
   * status), then puts it in the mentor's queue. Resolves to the version number in the pair's documents.
   */
  async function sendToMentor(assessment: Assessment): Promise<number> {
    const membership = workspace.membership
    if (!membership || !mentor.value) throw new Error('no mentor')
    // the editor's chunk has the review store already; imported here only when sending, so it keeps to that chunk
    const { useReviewStore } = await import('./review')
    const review = useReviewStore()
    const editor = useEditorStore()
    await review.sendForReview(assessment, { name: membership.member.name, school: membership.school.name })
    const pair = await pairOf(membership.member.id)
    if (!pair) throw new Error('no workspace')
    const frozen = editor.assessment?.id === assessment.id ? editor.assessment : assessment
    return pair.send(JSON.parse(JSON.stringify(frozen)) as Assessment)
  }

  /**
   * Follows the mentor's side of one of the teacher's assessments; `onNews` hears each event of the
   * mentor's that arrives while following (not those already there). The assessment's document is opened
   * only once it was sent (it is in her queue): until then only the queue is watched.
   */
  async function followMine(assessmentId: string, onNews: (event: ReviewEvent, by: string) => void): Promise<void> {
    unfollowMine()
    const teacherId = me.value?.id
    if (!teacherId || !mentor.value) return
    const pair = await pairOf(teacherId)
    if (!pair) return
    const known = new Set<string>()
    const key = `${teacherId}/${assessmentId}`
    let first = true
    let busy = false
    let again = false
    const refresh = async () => {
      if (busy) return void (again = true)
      busy = true
      try {
        do {
          again = false
          const next = await snapshot(pair, teacherId, assessmentId)
          if (stopMine !== stop) return
          for (const e of next.events) {
            if (known.has(e.id)) continue
            known.add(e.id)
            if (!first && e.by !== teacherId) onNews(e, nameOf(e.by))
          }
          first = false
          mine.value = next
          // what the editor shows is seen
          markSeen(key, next.events)
          rows.value = rows.value.map((row) => (row.key === key ? { ...row, fresh: 0, news: NO_NEWS } : row))
          await followVerdict(next)
        } while (again)
      } finally {
        busy = false
      }
    }
    let unwatch = () => {}
    const stop = () => unwatch()
    stopMine = stop
    const begin = async () => {
      const off = await pair.watch(assessmentId, () => void refresh())
      if (stopMine !== stop) return off()
      unwatch = off
      await refresh()
    }
    if (await pair.isSent(assessmentId)) return begin()
    if (stopMine !== stop) return
    // not sent yet: the first send (from this editor or another device) starts the following
    const startIfSent = async () => {
      if (!(await pair.isSent(assessmentId)) || stopMine !== stop || unwatch !== offQueue) return
      offQueue()
      unwatch = () => {}
      await begin()
    }
    const offQueue = await pair.watchQueue(() => void startIfSent())
    unwatch = offQueue
    if (stopMine !== stop) return offQueue()
    await startIfSent()
  }

  /**
   * The mentor's verdict on the latest version sent moves the assessment's own status as a verdict from a
   * reply file does (submitted or resubmitted → approved or changesRequested), so the library and the
   * editor's status say the same as the review.
   */
  async function followVerdict(next: ReviewSnapshot): Promise<void> {
    if (!next.verdict || next.verdict.number !== next.latest || (next.status !== 'approved' && next.status !== 'changesRequested')) return
    const editor = useEditorStore()
    const here = editor.assessment?.id === next.assessmentId ? editor.assessment : await assessmentsRepo.get(next.assessmentId)
    if (!here || (here.status !== 'submitted' && here.status !== 'resubmitted')) return
    // only when the version judged is the one this assessment was last sent as (not a later file send)
    const sent = next.events.find((e) => e.kind === 'sent' && e.number === next.latest)
    const local = await versionsRepo.latest(next.assessmentId)
    if (!sent || sent.kind !== 'sent' || !local || local.hash !== sent.hash) return
    await reviewsRepo.setStatus(next.assessmentId, next.status)
    if (editor.assessment?.id === next.assessmentId) editor.setStatus(next.status)
  }

  function unfollowMine(): void {
    stopMine?.()
    stopMine = null
    mine.value = null
  }

  // ---- the queues: a mentor's of each mentee, a teacher's own (what the badge counts) ----

  const rows = ref<QueueRow[]>([])
  /** `<teacherId>/<assessmentId>` → the time of the latest event this member has seen. */
  const seen = readReviewSeen()
  let queueFollowed = false
  /** How many of the other side's events this member has not seen yet. */
  const freshCount = computed(() => rows.value.reduce((sum, row) => sum + row.fresh, 0))
  /** What is new, by kind, over every item (the navigation's badge). */
  const news = computed(() => addNews(rows.value.map((row) => row.news)))
  const newsTotal = computed(() => newsCount(news.value))
  /** The teacher's own sent items (her side of the badge). */
  const ownRows = computed(() => rows.value.filter((row) => row.teacher.id === me.value?.id))

  /**
   * Starts following (once) every mentee's queue and, for a teacher with a mentor, her own sent items:
   * the rows stay live until the workspace is left. Only documents of versions sent are opened.
   */
  async function followQueue(): Promise<void> {
    queueWanted = true
    if (queueFollowed) return
    queueFollowed = true
    const self = workspace.membership?.member
    const own = self && mentor.value ? [self] : []
    await Promise.all([...mentees.value, ...own].map((teacher) => followTeacher(teacher)))
  }

  async function followTeacher(teacher: WorkspacePerson): Promise<void> {
    const pair = await pairOf(teacher.id)
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
              opened.value = await snapshot(pair, teacher.id, item.assessmentId)
            }
            // a teacher's own: the mentor's verdict moves the assessment's status even with the editor closed
            if (teacher.id === me.value?.id) await followVerdict(await snapshot(pair, teacher.id, item.assessmentId))
            const seenAt = seen.get(key) ?? 0
            const fresh = view.newSince(seenAt).length
            mineNow.push({ key, teacher, assessmentId: item.assessmentId, title: item.title, number: item.number, at: item.at, status: view.status, fresh, news: newsOf(view.events, me.value?.id ?? '', teacher.id, seenAt) })
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

  /** The queued item the mentor has open. */
  const opened = shallowRef<ReviewSnapshot | null>(null)

  async function open(row: QueueRow): Promise<void> {
    const pair = await pairOf(row.teacher.id)
    if (!pair) return
    const next = await snapshot(pair, row.teacher.id, row.assessmentId)
    markSeen(row.key, next.events)
    opened.value = next
    rows.value = rows.value.map((r) => (r.key === row.key ? { ...r, fresh: 0, news: NO_NEWS } : r))
  }

  function close(): void {
    opened.value = null
  }

  /**
   * A round opened from a file, moved into the pair of its author (one of the mentor's mentees): the version
   * and its threads become the pair's events, so the next rounds go without files. Resolves to its number there.
   */
  async function moveFromFile(teacher: WorkspacePerson, round: { assessment: Assessment; hash: string; sentAt: number; threads: readonly Thread[] }): Promise<number> {
    const membership = workspace.membership
    const pair = await pairOf(teacher.id)
    if (!membership || !pair) throw new Error('no workspace')
    const events = (number: number) => fileRoundEvents({ number, hash: round.hash, sentAt: round.sentAt, threads: round.threads, teacherId: teacher.id, mentorId: membership.member.id })
    return pair.adoptFromFile(JSON.parse(JSON.stringify(round.assessment)) as Assessment, events, round.sentAt)
  }

  return {
    mentor, mentees, nameOf, sendToMentor, mine, followMine, unfollowMine, rows, ownRows, freshCount, news, newsTotal, followQueue,
    opened, open, close, pairOf, moveFromFile,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceReviewStore, import.meta.hot))
