/**
 * Mentor review, as data. A review is about one frozen **version** of an assessment; **threads** anchor
 * to a stable field path (domain/anchors.ts) plus the text quoted when the thread was started, never to
 * positions or character offsets. Comments are immutable once written; a thread's status changes only
 * by the mentor, stamped with `statusAt` so that merging two copies is last-writer-wins and idempotent.
 */
import type { FieldPath } from '../anchors'
import type { Id } from '../ids'
import type { Assessment } from '../model'

export const ROLES = ['teacher', 'mentor'] as const
export type Role = (typeof ROLES)[number]

/** Who signs comments and files; stored on each machine, never taken from a file. */
export interface Person {
  name: string
  school: string
}

export const VERDICTS = ['comment', 'requestChanges', 'approve'] as const
export type Verdict = (typeof VERDICTS)[number]

export const THREAD_STATUSES = ['open', 'resolved'] as const
export type ThreadStatus = (typeof THREAD_STATUSES)[number]

export interface ReviewComment {
  id: Id
  author: string
  role: Role
  text: string
  createdAt: number
  /** The version the comment was written against. */
  versionNumber: number
  /** A mentor's comment stays private until the review is finished; never leaves the machine as a draft. */
  draft: boolean
}

export interface Thread {
  id: Id
  assessmentId: Id
  path: FieldPath
  /** The field's value when the thread was started: the thread is outdated once the field differs. */
  quote: string
  versionNumber: number
  status: ThreadStatus
  /** When the status last changed (creation counts): the later change wins a merge. */
  statusAt: number
  /** A suggested replacement for the field, if the mentor wrote one. */
  suggestion: string | null
  comments: ReviewComment[]
  createdAt: number
}

/** A frozen, immutable copy of an assessment as it was sent for review. */
export interface Version {
  /** `<assessmentId>@<number>` */
  id: string
  assessmentId: Id
  number: number
  /** contentHash(content): the identity of what was reviewed. */
  hash: string
  createdAt: number
  author: Person
  content: Assessment
}

export const versionId = (assessmentId: Id, number: number): string => `${assessmentId}@${number}`
