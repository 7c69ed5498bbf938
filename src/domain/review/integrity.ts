/**
 * What a review file must agree with before anything of it is kept: the content matches its hash, the
 * version compared with is an earlier one of the same assessment, no thread takes the id of another
 * assessment's thread, and a reply names a version that exists here with the same content. Also how a
 * package meets a review already opened under the same version (same content, or the version number
 * reused for different content).
 */
import type { Assessment } from '../model'
import { contentHash } from './hash'
import type { Thread } from './model'

export type IntegrityProblem = 'tampered' | 'otherAssessment' | 'unknownAssessment' | 'inTrash' | 'unknownVersion' | 'versionDiffers'
export interface IntegrityFailure {
  problem: IntegrityProblem
  detail: string
}

interface Snapshot {
  number: number
  hash: string
  assessment: Assessment
}

/** A package's version and baseline: the content must hash to the stated hash; the baseline is an earlier version of the same assessment. */
export function snapshotFailure(version: Snapshot, baseline: Snapshot | null): IntegrityFailure | null {
  if (contentHash(version.assessment) !== version.hash) return { problem: 'tampered', detail: 'version' }
  if (!baseline) return null
  // a baseline of another assessment is not something a teacher's app writes: the file was tampered with
  if (baseline.assessment.id !== version.assessment.id || baseline.number >= version.number || contentHash(baseline.assessment) !== baseline.hash) {
    return { problem: 'tampered', detail: 'baseline' }
  }
  return null
}

/** Of the threads stored under the ids a file brings, those that belong to another assessment: a file must never overwrite them. */
export function threadsOfOtherAssessments(stored: readonly (Thread | undefined)[], assessmentId: string): Thread[] {
  return stored.filter((t): t is Thread => t !== undefined && t.assessmentId !== assessmentId)
}

interface ReplyRef {
  assessmentId: string
  title: string
  version: { number: number; hash: string }
}

export type ReplyCheck<A, V> = { ok: true; assessment: A; version: V } | ({ ok: false } & IntegrityFailure)

/**
 * Whether a reply may be applied here: its assessment is here and not in the trash (`inTrash`: it can be
 * restored, then the reply opened), it is the assessment on screen (`expectedId`, null for any), and the
 * reviewed version is here with the same content (`versionDiffers` when the number is here with other content).
 */
export function checkReply<A extends Pick<Assessment, 'id' | 'deletedAt'>, V extends { hash: string }>(
  reply: ReplyRef,
  expectedId: string | null,
  here: A | null,
  storedVersion: V | null,
): ReplyCheck<A, V> {
  if (here && here.deletedAt !== null) return { ok: false, problem: 'inTrash', detail: reply.title }
  if (expectedId !== null && reply.assessmentId !== expectedId) return { ok: false, problem: 'otherAssessment', detail: reply.title }
  if (!here) return { ok: false, problem: 'unknownAssessment', detail: reply.title }
  if (!storedVersion) return { ok: false, problem: 'unknownVersion', detail: String(reply.version.number) }
  // the same number with other content: the version was re-sent from another copy of the assessment
  if (storedVersion.hash !== reply.version.hash) return { ok: false, problem: 'versionDiffers', detail: String(reply.version.number) }
  return { ok: true, assessment: here, version: storedVersion }
}

/** The id of a review opened from a package whose version number was already used here for other content. */
export const separateRoundId = (versionId: string, hash: string): string => `${versionId}~${hash}`

export type PackageMatch =
  /** Nothing opened under this version yet. */
  | { kind: 'new' }
  /** Opened before with the same content: continue that review. */
  | { kind: 'same'; roundId: string }
  /** The version number was opened before with different content: the mentor chooses. */
  | { kind: 'reused'; roundId: string }

/**
 * How a package (version id and content hash) meets the reviews opened here: `opened` holds the review
 * under the version id and the one under its separate id, when they exist.
 */
export function matchPackage(versionId: string, hash: string, opened: readonly ({ id: string; versionHash: string } | undefined)[]): PackageMatch {
  const rounds = opened.filter((r): r is { id: string; versionHash: string } => r !== undefined)
  const same = rounds.find((r) => r.versionHash === hash)
  if (same) return { kind: 'same', roundId: same.id }
  const first = rounds.find((r) => r.id === versionId)
  return first ? { kind: 'reused', roundId: first.id } : { kind: 'new' }
}
