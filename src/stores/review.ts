/**
 * The teacher's side of review: send a frozen version for review (package file), open a mentor's reply
 * (threads merged, status following the verdict, all in one transaction), reply to threads and apply
 * suggestions through the editor so that undo takes them back.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { assessmentsRepo } from '@/db/assessments'
import { reviewsRepo, type ReviewRow } from '@/db/reviews'
import { versionsRepo } from '@/db/versions'
import type { Assessment, AssessmentStatus } from '@/domain/model'
import { otherAssessmentOf } from '@/domain/review/authorship'
import { checkReply, threadsOfOtherAssessments } from '@/domain/review/integrity'
import { mergeThreads } from '@/domain/review/merge'
import type { Person, Thread, Verdict, Version } from '@/domain/review/model'
import { answeredVersionNumbers, lastAppliedReply } from '@/domain/review/rounds'
import { currentVerdict, replyNews, reviewHistory, verdictsFromReplies, type ReplyNews } from '@/domain/review/history'
import { nextStatus, statusAfterReply } from '@/domain/review/status'
import { applyThreadSuggestion as withSuggestion } from '@/domain/review/suggestion'
import { addComment, visibleToTeacher } from '@/domain/review/threads'
import { reviewBaseline, versionToSend } from '@/domain/review/versions'
import { fail, reviewFileName, ReviewFileTooLarge, type FileResult } from '@/exchange/reviewFile'
export { ReviewFileTooLarge }
export type { ReviewFileError } from '@/exchange/reviewFile'
export type { ReviewFileIssue, SpotPart } from '@/exchange/reviewIssues'
import { LIMITS } from '@/exchange/reviewSchemas'
import { writePackage } from '@/exchange/reviewPackage'
import { readReply } from '@/exchange/reviewReply'
import { useLiveQueryOf } from '@/composables/useLiveQuery'
import { useEditorStore } from './editor'
import { useProfileStore } from './profile'
import { useReviewSummaryStore } from './reviewSummary'

export interface SavedFile {
  name: string
  text: string
}

export interface ReplyOpened {
  verdict: Verdict
  summary: string
  reviewer: Person
  added: number
  updated: number
  status: AssessmentStatus
  /** Whether the reply is about the latest version sent, or kept as the history of an older one. */
  news: ReplyNews
}

interface Loaded {
  assessmentId: string
  threads: Thread[]
  versions: Version[]
  rounds: ReviewRow[]
}

/** Reads a chosen file as text, refusing absurd sizes before reading them. */
export async function readFileText(file: Blob): Promise<FileResult<string>> {
  if (file.size > LIMITS.fileChars * 4) return fail('tooLarge', String(file.size))
  // strict UTF-8: a damaged byte must not slip into a comment as a replacement character
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer()) }
  } catch {
    return fail('notJson', 'encoding')
  }
}

export const useReviewStore = defineStore('review', () => {
  const editor = useEditorStore()
  const profile = useProfileStore()
  const summary = useReviewSummaryStore()
  const followed = ref<string | null>(null)
  const live = useLiveQueryOf(
    () => followed.value,
    async (_db, assessmentId): Promise<Loaded | null> => ({
      assessmentId,
      threads: await reviewsRepo.threadsOf(assessmentId),
      versions: await versionsRepo.list(assessmentId),
      rounds: await reviewsRepo.roundsOf(assessmentId),
    }),
    null,
  )
  const loaded = live.data
  /** Why the threads of the followed assessment cannot be read, else null. */
  const followError = live.error

  /** Follows the threads, versions and rounds of one assessment (the one in the editor). */
  function follow(assessmentId: string): void {
    followed.value = assessmentId
  }

  const threads = computed(() => visibleToTeacher(loaded.value?.threads ?? []))
  const versions = computed(() => loaded.value?.versions ?? [])
  const latestVersion = computed(() => versions.value[versions.value.length - 1] ?? null)
  /** The last reply applied, newest first by when it was written. */
  const lastReply = computed(() => lastAppliedReply(loaded.value?.rounds ?? []))
  /** The verdict on the latest version sent: an older version's reply never stands for the present state. */
  const currentReply = computed(() => currentVerdict(loaded.value?.rounds ?? [], latestVersion.value?.number ?? null))
  /** Every round of the followed assessment, oldest first (domain/review/history.ts). */
  const history = computed(() =>
    loaded.value
      ? reviewHistory({
          versions: loaded.value.versions,
          verdicts: verdictsFromReplies(loaded.value.rounds),
          threads: visibleToTeacher(loaded.value.threads),
          current: editor.assessment?.id === loaded.value.assessmentId ? editor.assessment : null,
        })
      : [],
  )

  /** The status the teacher sees (approved but edited since → draft). */
  function statusOf(a: Assessment): AssessmentStatus {
    return loaded.value?.assessmentId === a.id ? summary.statusOf(a, latestVersion.value?.hash ?? null) : summary.statusOf(a)
  }

  /** Keeps the open editor's copy in step with a status written to the database. */
  function mirrorStatus(assessmentId: string, status: AssessmentStatus): void {
    if (editor.assessment?.id === assessmentId) editor.setStatus(status)
  }

  /** Freezes the assessment's content as a version (or reuses the last one if nothing changed) and builds the package file. */
  async function sendForReview(a: Assessment, author: Person, now = Date.now()): Promise<SavedFile> {
    await editor.flush()
    const history = await versionsRepo.list(a.id)
    const version = versionToSend(a, history, author, now)
    const baseline = reviewBaseline(history, answeredVersionNumbers(await reviewsRepo.roundsOf(a.id)), version)
    const status = nextStatus(statusOf(a), { type: 'submit' })
    const threadsNow = visibleToTeacher(await reviewsRepo.threadsOf(a.id))
    // written before anything is stored: a package too large to open (ReviewFileTooLarge) leaves the draft as it was
    const text = writePackage({ createdAt: now, author, version, baseline, threads: threadsNow })
    await reviewsRepo.submit(version, status)
    mirrorStatus(a.id, status)
    return { name: reviewFileName(a.title, version.number, 'package', author), text }
  }

  /**
   * Opens a mentor's reply. `expectedId` is the assessment on screen: a reply for another one is refused.
   * Nothing is written unless everything checks out; opening the same reply again changes nothing.
   */
  async function openReply(text: string, expectedId: string | null, now = Date.now()): Promise<FileResult<ReplyOpened>> {
    const read = readReply(text)
    if (!read.ok) return read
    const reply = read.value
    await editor.flush()
    const here = (await assessmentsRepo.get(reply.assessmentId)) ?? null
    const stored = here ? ((await versionsRepo.get(here.id, reply.version.number)) ?? null) : null
    const checked = checkReply(reply, expectedId, here, stored)
    if (!checked.ok) {
      const other = otherAssessmentOf(reply)
      return { ok: false, error: { problem: checked.problem, detail: checked.detail, other: { sender: other.sender, author: other.author }, assessmentId: reply.assessmentId } }
    }
    const { assessment: a, version: v } = checked
    if (threadsOfOtherAssessments(await reviewsRepo.threadsByIds(reply.threads.map((t) => t.id)), a.id).length) return fail('tampered', 'threads')
    const merged = mergeThreads(await reviewsRepo.threadsOf(a.id), reply.threads)
    const current = editor.assessment?.id === a.id ? editor.assessment.status : a.status
    const latestNumber = (await versionsRepo.latest(a.id))?.number ?? null
    const status = statusAfterReply(current, reply.verdict, v.number, latestNumber)
    const row: ReviewRow = {
      id: reply.id,
      assessmentId: a.id,
      role: 'teacher',
      versionNumber: v.number,
      versionHash: v.hash,
      title: reply.title,
      verdict: reply.verdict,
      summary: reply.summary,
      reviewer: reply.reviewer,
      author: v.author,
      finishedAt: reply.createdAt,
      openedAt: (await reviewsRepo.getRound(reply.id))?.openedAt ?? now,
      version: null,
      baseline: null,
    }
    await reviewsRepo.applyReply(row, merged.changed, status !== current ? status : null)
    mirrorStatus(a.id, status)
    return { ok: true, value: { verdict: reply.verdict, summary: reply.summary, reviewer: reply.reviewer, added: merged.added, updated: merged.updated, status, news: replyNews(v.number, latestNumber) } }
  }

  /** The teacher's answer on a thread; it travels with the next package. */
  async function replyTo(thread: Thread, text: string): Promise<void> {
    const stored = loaded.value?.threads.find((t) => t.id === thread.id) ?? thread
    const versionNumber = latestVersion.value?.number ?? thread.versionNumber
    await reviewsRepo.putThread(addComment(stored, { name: profile.of('teacher').name, role: 'teacher' }, text.trim(), versionNumber))
  }

  /** Applies a thread's suggestion in the editor: one undoable step. */
  function applyThreadSuggestion(thread: Thread): void {
    if (thread.suggestion === null) return
    editor.edit((a) => withSuggestion(a, thread))
  }

  /** Approvals (`<assessmentId>@<hash>`) whose withdrawal by an edit the teacher was already told of, this visit. */
  const warnedWithdrawal = new Set<string>()

  return {
    warnedWithdrawal,
    threads,
    followError,
    versions,
    latestVersion,
    lastReply,
    currentReply,
    history,
    follow,
    statusOf,
    sendForReview,
    openReply,
    replyTo,
    applyThreadSuggestion,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReviewStore, import.meta.hot))
