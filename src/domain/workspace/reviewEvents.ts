/**
 * Review in the school workspace as append-only events (shapes/reviewEvents.ts): the status, the
 * threads and what is new are derived here, purely, from the list of events. Every device reads the
 * events in one order (time, then id), so the teacher and the mentor derive the same status whatever
 * order the events reached them in; an event arriving twice counts once.
 */
import * as v from 'valibot'
import type { AssessmentStatus } from '../model'
import { nextStatus, statusAfterReply } from '../review/status'
import { ReviewEventSchema, type ReviewEventShape } from '../shapes/reviewEvents'

export type ReviewEvent = ReviewEventShape

/** The events in the one order every device uses, each once; anything not in the event shape is left out. */
export function orderedEvents(raw: readonly unknown[]): ReviewEvent[] {
  const byId = new Map<string, ReviewEvent>()
  for (const item of raw) {
    const parsed = v.safeParse(ReviewEventSchema, item)
    if (parsed.success && !byId.has(parsed.output.id)) byId.set(parsed.output.id, parsed.output)
  }
  return [...byId.values()].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The latest version sent, or null before the first. */
export function latestSent(events: readonly ReviewEvent[]): number | null {
  let latest: number | null = null
  for (const e of events) if (e.kind === 'sent' && (latest === null || e.number > latest)) latest = e.number
  return latest
}

/**
 * The review status derived from the events: sending moves draft → submitted and changesRequested →
 * resubmitted; a verdict moves the status only when it is about the latest version sent by then.
 */
export function derivedStatus(events: readonly ReviewEvent[]): AssessmentStatus {
  let status: AssessmentStatus = 'draft'
  let latest: number | null = null
  for (const e of events) {
    if (e.kind === 'sent') {
      // an approved assessment is sent again only after it changed, which made it a draft
      status = nextStatus(status === 'approved' ? 'draft' : status, { type: 'submit' })
      latest = latest === null ? e.number : Math.max(latest, e.number)
    } else if (e.kind === 'verdict') status = statusAfterReply(status, e.verdict, e.number, latest)
  }
  return status
}

export interface DerivedThread {
  id: string
  path: string
  number: number
  comments: Extract<ReviewEvent, { kind: 'comment' }>[]
}

/** The threads, each with its comments in order; a reply whose thread is unknown starts its own. */
export function threadsOf(events: readonly ReviewEvent[]): DerivedThread[] {
  const threads = new Map<string, DerivedThread>()
  for (const e of events) {
    if (e.kind !== 'comment') continue
    const thread = threads.get(e.threadId) ?? { id: e.threadId, path: e.path, number: e.number, comments: [] }
    thread.comments.push(e)
    threads.set(e.threadId, thread)
  }
  return [...threads.values()]
}

/** What is new for member `me`: the other side's events after the moment she last looked (`seenAt`). */
export function newFor(events: readonly ReviewEvent[], me: string, seenAt: number): ReviewEvent[] {
  return events.filter((e) => e.by !== me && e.at > seenAt)
}
