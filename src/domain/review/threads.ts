/**
 * Pure operations on threads: start one on a field, add a comment, resolve or reopen (the mentor only),
 * publish a mentor's draft comments when the review is finished, and count what is open.
 */
import type { FieldPath } from '../anchors'
import { newId, type Id } from '../ids'
import type { Assessment } from '../model'
import { quoteFor } from './anchoring'
import type { ReviewComment, Role, Thread, ThreadStatus } from './model'
import { LIMITS } from '../shapes/limits'
import { spanOf, type Span } from './span'

export interface Author {
  name: string
  role: Role
}

export interface StartThread {
  assessment: Assessment
  path: FieldPath
  versionNumber: number
  author: Author
  text: string
  suggestion?: string | null
  /** Words selected inside the field (offsets into its value): the thread is about them only. */
  selection?: { start: number; end: number } | null
  now?: number
}

export function newComment(author: Author, text: string, versionNumber: number, now = Date.now()): ReviewComment {
  // a mentor's words stay a private draft until the review is finished; a teacher's reply goes with the next package
  return { id: newId(), author: author.name, role: author.role, text, createdAt: now, versionNumber, draft: author.role === 'mentor' }
}

/** A new thread on `path`, or null when the path does not resolve in the assessment. */
export function startThread({ assessment, path, versionNumber, author, text, suggestion = null, selection = null, now = Date.now() }: StartThread): Thread | null {
  const quote = quoteFor(assessment, path)
  if (quote === null) return null
  const span: Span | null = selection ? spanOf(quote, selection.start, selection.end) : null
  return {
    id: newId(),
    assessmentId: assessment.id,
    path,
    quote,
    versionNumber,
    status: 'open',
    statusAt: now,
    suggestion: suggestion && suggestion.trim() !== '' ? suggestion : null,
    comments: [newComment(author, text, versionNumber, now)],
    createdAt: now,
    ...(span && { span }),
  }
}

/** The thread with one more comment; a thread already holding as many as a file carries stays as it is. */
export function addComment(thread: Thread, author: Author, text: string, versionNumber: number, now = Date.now()): Thread {
  if (thread.comments.length >= LIMITS.commentsPerThread) return thread
  return { ...thread, comments: [...thread.comments, newComment(author, text, versionNumber, now)] }
}

/** Resolving and reopening belong to the mentor; anyone else gets the thread back unchanged. */
export function setThreadStatus(thread: Thread, status: ThreadStatus, role: Role, now = Date.now()): Thread {
  if (role !== 'mentor' || thread.status === status) return thread
  return { ...thread, status, statusAt: now }
}

/** Finishing a review makes every draft comment of these threads visible. */
export function publishDrafts(threads: readonly Thread[]): Thread[] {
  return threads.map((t) => (t.comments.some((c) => c.draft) ? { ...t, comments: t.comments.map((c) => (c.draft ? { ...c, draft: false } : c)) } : t))
}

/** What the teacher may see: published comments only, and no thread that has none. */
export function visibleToTeacher(threads: readonly Thread[]): Thread[] {
  return threads
    .map((t) => (t.comments.some((c) => c.draft) ? { ...t, comments: t.comments.filter((c) => !c.draft) } : t))
    .filter((t) => t.comments.length > 0)
}

/** Takes back a draft comment before the review is finished; a thread left with no comments goes with it (null). Published comments stay. */
export function withoutDraft(thread: Thread, commentId: Id): Thread | null {
  const comments = thread.comments.filter((c) => !(c.id === commentId && c.draft))
  if (comments.length === 0) return null
  return comments.length === thread.comments.length ? thread : { ...thread, comments }
}

export const countOpen = (threads: readonly Thread[]): number => threads.filter((t) => t.status === 'open').length

export const hasDrafts = (threads: readonly Thread[]): boolean => threads.some((t) => t.comments.some((c) => c.draft))

export const threadsOf = (threads: readonly Thread[], assessmentId: Id): Thread[] => threads.filter((t) => t.assessmentId === assessmentId)
