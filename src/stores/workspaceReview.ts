/**
 * Review without files, the live pair connection: who this member reviews with (her mentor, her mentees), the
 * pair documents of each teacher on the workspace's one connection (src/sync/reviewPair.ts through
 * reviewDesk.ts, loaded by import() only here, once a workspace is joined), and the review of one
 * assessment as either side sees it (`snapshot`, derived from the append-only events:
 * domain/workspace/reviewEvents.ts, reviewThreads.ts). The rest is split by who uses it:
 *
 * - stores/workspaceQueue.ts — the queues (a mentor's of each mentee, a teacher's own sent list), what is
 *   new on them, and the item the mentor has open;
 * - stores/workspaceMine.ts — the teacher's side in her editor: «Send to my mentor» and the mentor's events live;
 * - stores/workspaceVerdict.ts — the mentor's verdict moving the teacher's assessment status;
 * - stores/workspaceThreads.ts — what either side writes.
 *
 * A workspace left or restarted closes every pair with its connection: the stores that follow pairs say
 * what to drop and what to follow again through `onConnection`.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, watch } from 'vue'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import type { DerivedThread, ReviewEvent } from '@/domain/workspace/reviewEvents'
import type { WorkspacePerson } from '@/domain/shapes/membership'
import type { Thread } from '@/domain/review/model'
import { appliedThreads, workspaceThreads } from '@/domain/workspace/reviewThreads'
import { fileRoundEvents } from '@/domain/workspace/fromFile'
import type { ReviewDesk } from '@/sync/reviewDesk'
import type { ReviewPair } from '@/sync/reviewPair'
import { useWorkspaceStore } from './workspace'
import { useWorkspaceSyncStore } from './workspaceSync'

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

/** What a store following pairs does when the connection goes (`leave`) and when one is running again (`start`). */
export interface ConnectionHooks {
  leave(): void
  start?(): void
}

export const useWorkspaceReviewStore = defineStore('workspaceReview', () => {
  const workspace = useWorkspaceStore()
  const sync = useWorkspaceSyncStore()
  let desk: ReviewDesk | null = null
  const hooks: ConnectionHooks[] = []

  const me = computed(() => workspace.membership?.member ?? null)
  /** The teacher's mentor, when she is paired with one. */
  const mentor = computed(() => workspace.membership?.mentors[0] ?? null)
  const mentees = computed(() => workspace.membership?.mentees ?? [])
  const nameOf = (id: string) =>
    [...(workspace.membership?.mentors ?? []), ...mentees.value, ...(workspace.membership ? [workspace.membership.member] : [])].find((p) => p.id === id)?.name ?? ''

  /** Registers what to drop when the workspace is left or restarted, and what to follow again after. */
  function onConnection(h: ConnectionHooks): void {
    hooks.push(h)
  }

  // a workspace left or restarted: the pairs on the old connection go with it (a first start has none);
  // what was followed before is followed again on the new connection
  watch(
    () => sync.running,
    (running, before) => {
      if (before) {
        for (const h of hooks) h.leave()
        desk?.close()
        desk = null
      }
      if (running) for (const h of hooks) h.start?.()
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

  return { me, mentor, mentees, nameOf, onConnection, pairOf, snapshot, moveFromFile }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceReviewStore, import.meta.hot))
