/**
 * The review state machine of an assessment:
 * draft → submitted → changesRequested ⇄ resubmitted → approved, and approved → draft on the first edit
 * (the approved version stays frozen). A verdict moves only a document that is waiting for review, so a
 * reply opened twice, or an old reply opened late, never moves the state back.
 */
import type { Assessment, AssessmentStatus } from '../model'
import { contentHash } from './hash'
import type { Verdict } from './model'

export type ReviewEvent = { type: 'submit' } | { type: 'verdict'; verdict: Verdict } | { type: 'edit' }

const WAITING: readonly AssessmentStatus[] = ['submitted', 'resubmitted']

export const isWaitingForReview = (s: AssessmentStatus): boolean => WAITING.includes(s)

/** An approved document is sent again only after it changed (which makes it a draft). */
export const canSubmit = (s: AssessmentStatus): boolean => s !== 'approved'

/** The status after an event; the same status when the event does not apply. */
export function nextStatus(current: AssessmentStatus, event: ReviewEvent): AssessmentStatus {
  switch (event.type) {
    case 'submit':
      if (current === 'draft') return 'submitted'
      if (current === 'changesRequested') return 'resubmitted'
      return current
    case 'verdict':
      if (!isWaitingForReview(current)) return current
      if (event.verdict === 'approve') return 'approved'
      if (event.verdict === 'requestChanges') return 'changesRequested'
      return current
    case 'edit':
      return current === 'approved' ? 'draft' : current
  }
}

/**
 * The status a teacher sees: an approved document whose content no longer matches the approved
 * version is a draft again (the approved version stays frozen as it was).
 */
export function effectiveStatus(stored: AssessmentStatus, hashNow: string, approvedHash: string | null): AssessmentStatus {
  return stored === 'approved' && approvedHash !== null && hashNow !== approvedHash ? nextStatus(stored, { type: 'edit' }) : stored
}

/**
 * The status after a reply is opened: its verdict moves the status only when it is about the latest
 * version sent (a late reply to an older version is kept as history and moves nothing).
 */
export function statusAfterReply(current: AssessmentStatus, verdict: Verdict, reviewedNumber: number, latestNumber: number | null): AssessmentStatus {
  return latestNumber === reviewedNumber ? nextStatus(current, { type: 'verdict', verdict }) : current
}

/** The status a teacher sees and prints for an assessment, given the hash of its latest version (null when none is known). */
export function shownStatus(a: Assessment, latestVersionHash: string | null): AssessmentStatus {
  return a.status === 'approved' ? effectiveStatus(a.status, contentHash(a), latestVersionHash) : a.status
}
