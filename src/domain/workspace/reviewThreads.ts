/**
 * The review threads of the workspace, derived from the append-only events (shapes/reviewEvents.ts) into the
 * same thread model file review uses (domain/review/model.ts), so the same cards and composer show them.
 * A thread is started by a comment event whose `threadId` is its own id; replies are comment events
 * naming it; its status is the latest `threadStatus` event; a suggestion counts as applied once the
 * teacher's `applied` event says so. Names come from the membership (`nameOf` a member id), never from
 * the events, and the quote is the field's value in the version the thread was started on.
 */
import { DOCUMENT_PATH, resolvePath } from '../anchors'
import type { Assessment } from '../model'
import { quoteFor } from '../review/anchoring'
import type { ReviewComment, Thread } from '../review/model'
import { spanOf } from '../review/span'
import type { ReviewEvent } from './reviewEvents'

export interface ThreadContext {
  assessmentId: string
  /** The member whose review pair this is: her comments are the teacher's, every other member's the mentor's. */
  teacherId: string
  /** A member's name as the membership gives it. */
  nameOf(memberId: string): string
  /** The frozen version `number` as sent, or null when it is not (yet) here. */
  versionOf(number: number): Assessment | null
}

type CommentEvent = Extract<ReviewEvent, { kind: 'comment' }>

/** The thread's field: the event's path when it names a field of the version, else the document as a whole. */
function fieldOf(e: CommentEvent, version: Assessment | null): string {
  if (e.path === '' || e.path === DOCUMENT_PATH) return DOCUMENT_PATH
  return version && resolvePath(version, e.path) ? e.path : DOCUMENT_PATH
}

function commentOf(e: CommentEvent, context: ThreadContext): ReviewComment {
  const role = e.by === context.teacherId ? 'teacher' : 'mentor'
  return { id: e.id, author: context.nameOf(e.by), role, text: e.text, createdAt: e.at, versionNumber: e.number, draft: false }
}

function startOf(e: CommentEvent, context: ThreadContext): Thread {
  const version = context.versionOf(e.number)
  const path = fieldOf(e, version)
  const quote = (version && quoteFor(version, path)) ?? ''
  // the span only when its words are where the event says in the field as sent
  const span = e.span && path === e.path ? spanOf(quote, e.span.start, e.span.end) : null
  const fits = span !== null && span.text === e.span?.text
  return {
    id: e.threadId,
    assessmentId: context.assessmentId,
    path,
    quote,
    versionNumber: e.number,
    status: 'open',
    statusAt: e.at,
    suggestion: e.suggestion !== undefined && e.suggestion.trim() !== '' ? e.suggestion : null,
    comments: [],
    createdAt: e.at,
    ...(fits && span && { span }),
  }
}

/** The threads in the order they were started, each with its comments in order and its latest status. */
export function workspaceThreads(events: readonly ReviewEvent[], context: ThreadContext): Thread[] {
  const threads = new Map<string, Thread>()
  for (const e of events) {
    if (e.kind === 'comment') {
      const thread = threads.get(e.threadId) ?? startOf(e, context)
      threads.set(e.threadId, { ...thread, comments: [...thread.comments, commentOf(e, context)] })
    } else if (e.kind === 'threadStatus') {
      const thread = threads.get(e.threadId)
      if (thread) threads.set(e.threadId, { ...thread, status: e.status, statusAt: e.at })
    }
  }
  return [...threads.values()]
}

/** The threads whose suggestion the teacher applied (an `applied` event of hers on a thread with a suggestion). */
export function appliedThreads(events: readonly ReviewEvent[], teacherId: string): Set<string> {
  const suggested = new Set(events.filter((e) => e.kind === 'comment' && e.threadId === e.id && e.suggestion !== undefined).map((e) => e.id))
  const applied = new Set<string>()
  for (const e of events) if (e.kind === 'applied' && e.by === teacherId && suggested.has(e.threadId)) applied.add(e.threadId)
  return applied
}

/** The threads' views (domain/review/threadIndex.ts) with those the teacher applied marked applied: the mentor's copy is the version as sent, which does not show it. */
export function withApplied<V extends { applied: boolean }>(views: ReadonlyMap<string, V>, applied: ReadonlySet<string>): ReadonlyMap<string, V> {
  if (applied.size === 0) return views
  return new Map([...views].map(([id, view]) => [id, applied.has(id) && !view.applied ? { ...view, applied: true } : view]))
}
