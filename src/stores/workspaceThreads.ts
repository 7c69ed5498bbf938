/**
 * What either side writes in the workspace review of an item: the mentor's comment on the whole work, a
 * thread on a field (words inside it, a suggestion), a reply by either side, a thread resolved or
 * reopened, the teacher's «applied», the mentor's verdict — each one event appended to the pair's document
 * (sync/reviewPair.ts), which stores/workspaceQueue.ts (the mentor's open item) and workspaceMine.ts (the teacher's editor) follow.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { DOCUMENT_PATH } from '@/domain/anchors'
import { quoteFor } from '@/domain/review/anchoring'
import type { Thread, Verdict } from '@/domain/review/model'
import { spanOf } from '@/domain/review/span'
import { useWorkspaceMineStore } from './workspaceMine'
import { useWorkspaceQueueStore } from './workspaceQueue'
import { useWorkspaceReviewStore } from './workspaceReview'

export const useWorkspaceThreadsStore = defineStore('workspaceThreads', () => {
  const review = useWorkspaceReviewStore()
  const queue = useWorkspaceQueueStore()
  const teacher = useWorkspaceMineStore()

  /** The mentor's comment on the whole of the version open (a new thread). */
  async function comment(text: string): Promise<void> {
    const item = queue.opened
    const trimmed = text.trim()
    if (!item || item.latest === null || !trimmed) return
    const pair = await review.pairOf(item.teacherId)
    await pair?.comment(item.assessmentId, { number: item.latest, path: DOCUMENT_PATH, text: trimmed })
  }

  /** The mentor starts a thread on a field of the version open, on words inside it when `selection` is given. */
  async function startThread(path: string, text: string, suggestion: string | null, selection: { start: number; end: number } | null): Promise<void> {
    const item = queue.opened
    const trimmed = text.trim()
    if (!item?.version || item.latest === null || !trimmed) return
    const quote = quoteFor(item.version, path)
    const span = selection && quote !== null ? spanOf(quote, selection.start, selection.end) : null
    const pair = await review.pairOf(item.teacherId)
    await pair?.comment(item.assessmentId, { number: item.latest, path, text: trimmed, ...(suggestion !== null && { suggestion }), ...(span && { span }) })
  }

  /** The review a thread belongs to: the item the mentor has open, else the teacher's own. */
  const itemOf = (thread: Thread) => (queue.opened?.assessmentId === thread.assessmentId ? queue.opened : teacher.mine?.assessmentId === thread.assessmentId ? teacher.mine : null)

  /** A reply in a thread, by either side. */
  async function reply(thread: Thread, text: string): Promise<void> {
    const item = itemOf(thread)
    const trimmed = text.trim()
    if (!item || item.latest === null || !trimmed) return
    const pair = await review.pairOf(item.teacherId)
    await pair?.comment(item.assessmentId, { number: item.latest, path: thread.path, text: trimmed, threadId: thread.id })
  }

  /** The mentor resolves or reopens a thread. */
  async function setThreadStatus(thread: Thread, status: 'open' | 'resolved'): Promise<void> {
    const item = itemOf(thread)
    if (!item) return
    const pair = await review.pairOf(item.teacherId)
    await pair?.threadStatus(item.assessmentId, thread.id, status)
  }

  /** The teacher applied the thread's suggestion in her editor: the mentor is told. */
  async function suggestionApplied(thread: Thread): Promise<void> {
    const item = itemOf(thread)
    if (!item || item.latest === null || item.applied.has(thread.id)) return
    const pair = await review.pairOf(item.teacherId)
    await pair?.applied(item.assessmentId, item.latest, thread.id)
  }

  /** The mentor ends the round on the version open: her verdict with her closing comment (`summary`, may be blank), as a reply file ends it. */
  async function verdict(value: Verdict, summary = ''): Promise<void> {
    const item = queue.opened
    if (!item || item.latest === null) return
    const pair = await review.pairOf(item.teacherId)
    await pair?.verdict(item.assessmentId, item.latest, value, summary)
  }

  return { comment, startThread, reply, setThreadStatus, suggestionApplied, verdict }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceThreadsStore, import.meta.hot))
