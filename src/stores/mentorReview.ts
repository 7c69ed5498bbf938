/**
 * The mentor's side of review: open a package (kept locally, so a review can be continued later),
 * start threads on fields, reply, resolve and reopen, and finish with a verdict that publishes the
 * draft comments and builds the reply file.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef } from 'vue'
import { assessmentsRepo } from '@/db/assessments'
import { reviewsRepo, type ReviewRow } from '@/db/reviews'
import type { FieldPath } from '@/domain/anchors'
import { newId } from '@/domain/ids'
import { matchPackage, separateRoundId, threadsOfOtherAssessments } from '@/domain/review/integrity'
import { mergeThreads } from '@/domain/review/merge'
import type { Thread, ThreadStatus, Verdict } from '@/domain/review/model'
import { addComment, publishDrafts, setThreadStatus, startThread, withoutDraft } from '@/domain/review/threads'
import { fail, reviewFileName, type FileResult } from '@/exchange/reviewFile'
import { readPackage } from '@/exchange/reviewPackage'
import { writeReply } from '@/exchange/reviewReply'
import { useLiveQuery, useLiveQueryOf } from '@/composables/useLiveQuery'
import { useProfileStore } from './profile'
import type { SavedFile } from './review'
import { LIMITS } from '@/domain/shapes/limits'

export type { ReviewRow } from '@/db/reviews'

export interface OpenPackageOptions {
  /** @default Date.now() */
  now?: number
  /** What to do when the version number was opened here with other content: refuse and ask, or open a separate review. @default 'ask' */
  reused?: 'ask' | 'separate'
}

export const useMentorReviewStore = defineStore('mentorReview', () => {
  const profile = useProfileStore()
  const rounds = useLiveQuery(() => reviewsRepo.mentorRounds(), [] as ReviewRow[])
  const current = shallowRef<ReviewRow | null>(null)
  const threadRows = useLiveQueryOf(() => current.value?.assessmentId ?? null, (_db, id) => reviewsRepo.threadsOf(id), [] as Thread[])

  const assessment = computed(() => current.value?.version?.content ?? null)
  const threads = computed(() => threadRows.data.value)
  /** Why the rounds or the open round's threads cannot be read, else null. */
  const error = computed(() => rounds.error.value ?? threadRows.error.value)
  const author = () => ({ name: profile.of('mentor').name, role: 'mentor' as const })

  /** Shows a round (or none). */
  function select(row: ReviewRow | null): void {
    current.value = row
  }

  /**
   * Opens a package file: the round is kept (with anything already written on it) and its threads merged in.
   * A package whose version number was already opened here with different content is not opened
   * (problem `versionReused`) unless `reused: 'separate'` asks to open it as a review of its own.
   */
  async function openPackage(text: string, options: OpenPackageOptions = {}): Promise<FileResult<ReviewRow>> {
    const { now = Date.now(), reused = 'ask' } = options
    const read = readPackage(text)
    if (!read.ok) return read
    const p = read.value
    const separateId = separateRoundId(p.version.id, p.version.hash)
    const match = matchPackage(p.version.id, p.version.hash, await Promise.all([reviewsRepo.getRound(p.version.id), reviewsRepo.getRound(separateId)]))
    if (match.kind === 'reused' && reused === 'ask') return { ok: false, error: { problem: 'versionReused', detail: p.version.content.title, version: p.version.number } }
    const existing = match.kind === 'same' ? await reviewsRepo.getRound(match.roundId) : undefined
    const row: ReviewRow = existing ?? {
      id: match.kind === 'reused' ? separateId : p.version.id,
      assessmentId: p.version.assessmentId,
      role: 'mentor',
      versionNumber: p.version.number,
      versionHash: p.version.hash,
      title: p.version.content.title,
      verdict: null,
      summary: '',
      reviewer: { ...profile.of('mentor') },
      author: p.author,
      finishedAt: null,
      openedAt: now,
      version: p.version,
      baseline: p.baseline,
    }
    if (threadsOfOtherAssessments(await reviewsRepo.threadsByIds(p.threads.map((t) => t.id)), row.assessmentId).length) return fail('tampered', 'threads')
    const merged = mergeThreads(await reviewsRepo.threadsOf(row.assessmentId), p.threads)
    await reviewsRepo.saveRound(row, merged.changed)
    select(row)
    return { ok: true, value: row }
  }

  /** Shows the review already opened under a package's version (the choice "keep the one opened" after `versionReused`). */
  async function showOpened(text: string): Promise<boolean> {
    const read = readPackage(text)
    const row = read.ok ? await reviewsRepo.getRound(read.value.version.id) : undefined
    if (row) select(row)
    return !!row
  }

  /** A thread on a field, or on the words `selection` picks inside it (offsets into the field's value). */
  async function startOn(path: FieldPath, text: string, suggestion: string | null, selection: { start: number; end: number } | null = null): Promise<Thread | null> {
    const row = current.value
    // a review holds as many threads as a reply file carries (domain/shapes/limits.ts)
    if (!row?.version || threadRows.data.value.length >= LIMITS.threadsPerAssessment) return null
    const thread = startThread({ assessment: row.version.content, path, versionNumber: row.versionNumber, author: author(), text: text.trim(), suggestion, selection })
    if (thread) await reviewsRepo.putThread(thread)
    return thread
  }

  async function replyTo(thread: Thread, text: string): Promise<void> {
    await reviewsRepo.putThread(addComment(thread, author(), text.trim(), current.value?.versionNumber ?? thread.versionNumber))
  }

  async function setStatus(thread: Thread, status: ThreadStatus): Promise<void> {
    await reviewsRepo.putThread(setThreadStatus(thread, status, 'mentor'))
  }

  /** A draft comment can be taken back before the review is finished (a thread of only drafts goes with it). */
  async function discardDraft(thread: Thread, commentId: string): Promise<void> {
    const kept = withoutDraft(thread, commentId)
    if (kept === null) await reviewsRepo.deleteThread(thread.id)
    else if (kept !== thread) await reviewsRepo.putThread(kept)
  }

  /** Publishes the drafts, records the verdict and returns the reply file. */
  async function finish(verdict: Verdict, summary: string, now = Date.now()): Promise<SavedFile | null> {
    const row = current.value
    if (!row) return null
    const published = publishDrafts(threadRows.data.value)
    const changed = published.filter((t, i) => t !== threadRows.data.value[i])
    const reviewer = { ...profile.of('mentor') }
    const finished = { ...row, verdict, summary: summary.trim(), reviewer, finishedAt: now }
    // written before the verdict is stored: a reply too large to open (ReviewFileTooLarge) leaves the review open
    const text = writeReply({
      id: newId(),
      createdAt: now,
      reviewer,
      author: row.author,
      assessmentId: row.assessmentId,
      title: row.title,
      version: { number: row.versionNumber, hash: row.versionHash },
      verdict,
      summary: summary.trim(),
      threads: published,
    })
    await reviewsRepo.saveRound(finished, changed)
    current.value = finished
    return { name: reviewFileName(row.title, row.versionNumber, 'reply', row.author), text }
  }

  /** Whether this computer's teacher has the assessment (not in the trash): a same-computer review, where the verdict needs the mentor present. */
  async function isTeachersOwn(assessmentId: string): Promise<boolean> {
    const here = await assessmentsRepo.get(assessmentId)
    return !!here && here.deletedAt === null
  }

  return { isTeachersOwn, rounds: rounds.data, error, current, assessment, threads, select, openPackage, showOpened, startOn, replyTo, setStatus, discardDraft, finish }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useMentorReviewStore, import.meta.hot))
