/**
 * The teacher's side of review without files, in her editor: «Send to my mentor» (a frozen version into the
 * mentor's queue) and the mentor's threads and verdict on the assessment open, live; the verdict moves the
 * assessment's status as a reply file's does (stores/workspaceVerdict.ts). The assessment's document is
 * opened only once it was sent; until then only her queue is watched.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { Assessment } from '@/domain/model'
import type { ReviewEvent } from '@/domain/workspace/reviewEvents'
import { useEditorStore } from './editor'
import { useWorkspaceStore } from './workspace'
import { useWorkspaceQueueStore } from './workspaceQueue'
import { useWorkspaceReviewStore, type ReviewSnapshot } from './workspaceReview'
import { followVerdict } from './workspaceVerdict'

export const useWorkspaceMineStore = defineStore('workspaceMine', () => {
  const workspace = useWorkspaceStore()
  const review = useWorkspaceReviewStore()
  const queue = useWorkspaceQueueStore()

  /** The review of the assessment open in the editor, as the mentor's events make it. */
  const mine = shallowRef<ReviewSnapshot | null>(null)
  let stopMine: (() => void) | null = null

  review.onConnection({
    leave() {
      stopMine?.()
      stopMine = null
      mine.value = null
    },
  })

  /**
   * «Send to my mentor»: freezes the version as the file send does (stores/review.ts, which also moves the
   * status), then puts it in the mentor's queue. Resolves to the version number in the pair's documents.
   */
  async function sendToMentor(assessment: Assessment): Promise<number> {
    const membership = workspace.membership
    if (!membership || !review.mentor) throw new Error('no mentor')
    // the editor's chunk has the review store already; imported here only when sending, so it keeps to that chunk
    const { useReviewStore } = await import('./review')
    const fileReview = useReviewStore()
    const editor = useEditorStore()
    await fileReview.sendForReview(assessment, { name: membership.member.name, school: membership.school.name })
    const pair = await review.pairOf(membership.member.id)
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
    const teacherId = review.me?.id
    if (!teacherId || !review.mentor) return
    const pair = await review.pairOf(teacherId)
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
          const next = await review.snapshot(pair, teacherId, assessmentId)
          if (stopMine !== stop) return
          for (const e of next.events) {
            if (known.has(e.id)) continue
            known.add(e.id)
            if (!first && e.by !== teacherId) onNews(e, review.nameOf(e.by))
          }
          first = false
          mine.value = next
          // what the editor shows is seen
          queue.shown(key, next.events)
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

  function unfollowMine(): void {
    stopMine?.()
    stopMine = null
    mine.value = null
  }

  return { mine, sendToMentor, followMine, unfollowMine }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceMineStore, import.meta.hot))
