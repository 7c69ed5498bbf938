/**
 * Mentor review, as data. A review is about one frozen **version** of an assessment; **threads** anchor
 * to a stable field path (domain/anchors.ts) plus the text quoted when the thread was started, never to
 * positions or character offsets. Comments are immutable once written; a thread's status changes only
 * by the mentor, stamped with `statusAt` so that merging two copies is last-writer-wins and idempotent.
 */
import type { PersonShape, ReviewCommentShape, ReviewRowShape, ThreadShape, VersionShape } from '../shapes/review'
import { ROLES, THREAD_STATUSES, VERDICTS } from '../shapes/choices'

export { ROLES, THREAD_STATUSES, VERDICTS }

export type Role = (typeof ROLES)[number]

/** Who signs comments and files; stored on each machine, never taken from a file. */
export type Person = PersonShape

export type Verdict = (typeof VERDICTS)[number]

export type ThreadStatus = (typeof THREAD_STATUSES)[number]

// Declared once as valibot schemas in ../shapes/review.ts (limits and comments there); these are their types.
export type ReviewComment = ReviewCommentShape
export type Thread = ThreadShape
/** A frozen, immutable copy of an assessment as it was sent for review. */
export type Version = VersionShape
/** One round of review (table `reviews`): a package opened on the mentor's side, a reply applied on the teacher's. */
export type ReviewRow = ReviewRowShape

export const versionId = (assessmentId: string, number: number): string => `${assessmentId}@${number}`
