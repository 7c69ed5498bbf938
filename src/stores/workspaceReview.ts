/**
 * Review without files, as the screens use it: the teacher sends a frozen version to her mentor and follows
 * the mentor's comments and verdict live in the editor (the verdict moves the assessment's status as a reply file's does); the mentor sees her mentees' sent versions in a queue,
 * opens one, comments and gives a verdict. The documents and their sync (src/sync/reviewPair.ts) are loaded
 * by import() only here, once a workspace is joined; the status and what is new are derived from the
 * append-only events (domain/workspace/reviewEvents.ts).
 *
 * When the mentor last looked at each item is kept in this browser (storage/reviewSeen.ts), so the badge
 * counts only what the teachers did since.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import type { DerivedThread, ReviewEvent } from '@/domain/workspace/reviewEvents'
import type { WorkspacePerson } from '@/domain/shapes/membership'
import type { Thread, Verdict } from '@/domain/review/model'
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
  /** The teacher's events the mentor has not seen yet. */
  fresh: number
}

/** The review of one assessment as one side sees it now. */
export interface ReviewSnapshot {
  teacherId: string
  assessmentId: string
  status: AssessmentStatus
  latest: number | null
  threads: DerivedThread[]
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

  // a workspace left or restarted: the pairs on the old connection go with it
  watch(
    () => sync.running,
    () => {
      for (const stop of stops.splice(0)) stop()
      stopMine?.()
      stopMine = null
      desk?.close()
      desk = null
      queueFollowed = false
      rows.value = []
      mine.value = null
      opened.value = null
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
    return {
      teacherId,
      assessmentId,
      status: view.status,
      latest: view.latest,
      threads: view.threads,
      events: view.events,
      verdict: verdicts[verdicts.length - 1] ?? null,
      version: view.latest === null ? null : view.version(view.latest),
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
   * mentor's that arrives while following (not those already there).
   */
  async function followMine(assessmentId: string, onNews: (event: ReviewEvent, by: string) => void): Promise<void> {
    unfollowMine()
    const teacherId = me.value?.id
    if (!teacherId || !mentor.value) return
    const pair = await pairOf(teacherId)
    if (!pair) return
    const known = new Set<string>()
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
          await followVerdict(next)
        } while (again)
      } finally {
        busy = false
      }
    }
    const unwatch = await pair.watch(assessmentId, () => void refresh())
    const stop = () => unwatch()
    stopMine = stop
    await refresh()
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

  // ---- the mentor ----

  const rows = ref<QueueRow[]>([])
  /** `<teacherId>/<assessmentId>` → the time of the latest event the mentor has seen. */
  const seen = readReviewSeen()
  let queueFollowed = false
  /** How many of the teachers' events the mentor has not seen yet. */
  const freshCount = computed(() => rows.value.reduce((sum, row) => sum + row.fresh, 0))

  /** Starts following every mentee's queue (once): the rows stay live until the workspace is left. */
  async function followQueue(): Promise<void> {
    if (queueFollowed) return
    queueFollowed = true
    await Promise.all(mentees.value.map((teacher) => followTeacher(teacher)))
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
            mineNow.push({ key, teacher, assessmentId: item.assessmentId, title: item.title, number: item.number, at: item.at, status: view.status, fresh: view.newSince(seen.get(key) ?? 0).length })
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
    rows.value = rows.value.map((r) => (r.key === row.key ? { ...r, fresh: 0 } : r))
  }

  function close(): void {
    opened.value = null
  }

  /** The mentor's comment on the whole of the version open (a new thread). */
  async function comment(text: string): Promise<void> {
    const item = opened.value
    const trimmed = text.trim()
    if (!item || item.latest === null || !trimmed) return
    const pair = await pairOf(item.teacherId)
    await pair?.comment(item.assessmentId, { number: item.latest, path: '', text: trimmed })
  }

  async function verdict(value: Verdict): Promise<void> {
    const item = opened.value
    if (!item || item.latest === null) return
    const pair = await pairOf(item.teacherId)
    await pair?.verdict(item.assessmentId, item.latest, value)
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

  return { mentor, mentees, nameOf, sendToMentor, mine, followMine, unfollowMine, rows, freshCount, followQueue, opened, open, close, comment, verdict, moveFromFile }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceReviewStore, import.meta.hot))
