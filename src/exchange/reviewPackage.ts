/**
 * The review package: what a teacher sends to the mentor. Versioned, self-describing JSON holding the
 * frozen version (content and its hash), the version last reviewed (so the mentor sees what changed
 * even on a fresh machine), the author, and the threads so far. Pictures' images are not carried.
 */
import * as v from 'valibot'
import { snapshotFailure } from '@/domain/review/integrity'
import { versionId, type Person, type Thread, type Version } from '@/domain/review/model'
import type { Assessment } from '@/domain/model'
import { fail, fromWire, readReviewFile, REVIEW_FILE_KINDS, toWire, writable, type FileResult } from './reviewFile'
import { upAssessment } from '@/domain/shapes/up'
import { AssessmentSchema, PersonSchema, ThreadsSchema, Time, VersionRef } from './reviewSchemas'

export const PACKAGE_FORMAT_VERSION = 1

const Snapshot = v.strictObject({ ...VersionRef.entries, createdAt: Time, assessment: AssessmentSchema })

const PackageSchema = v.strictObject({
  format: v.literal(REVIEW_FILE_KINDS.package),
  formatVersion: v.literal(PACKAGE_FORMAT_VERSION),
  createdAt: Time,
  author: PersonSchema,
  version: Snapshot,
  baseline: v.nullable(Snapshot),
  threads: ThreadsSchema,
})

export interface ReviewPackage {
  createdAt: number
  author: Person
  version: Version
  /** The version the mentor last gave a verdict on, if any. */
  baseline: Version | null
  threads: Thread[]
}

const snapshot = (ver: Version) => ({ number: ver.number, hash: ver.hash, createdAt: ver.createdAt, assessment: ver.content })

export function writePackage(p: ReviewPackage): string {
  const file: v.InferInput<typeof PackageSchema> = {
    format: REVIEW_FILE_KINDS.package,
    formatVersion: PACKAGE_FORMAT_VERSION,
    createdAt: p.createdAt,
    author: { name: p.author.name, school: p.author.school },
    version: snapshot(p.version),
    baseline: p.baseline ? snapshot(p.baseline) : null,
    threads: toWire(p.threads),
  }
  return writable(JSON.stringify(file))
}

/**
 * Packages written before assessments carried `rubricEdits` (format 1 all the same): their snapshots
 * brought to the current shape before validation. Hashes are unchanged (empty edits hash like none).
 */
export function upPackage(file: unknown): unknown {
  if (file === null || typeof file !== 'object') return file
  const f = file as Record<string, unknown>
  const upSnapshot = (s: unknown) =>
    s !== null && typeof s === 'object' && (s as Record<string, unknown>).assessment !== null && typeof (s as Record<string, unknown>).assessment === 'object'
      ? { ...s, assessment: upAssessment((s as { assessment: object }).assessment) }
      : s
  return { ...f, version: upSnapshot(f.version), baseline: upSnapshot(f.baseline) }
}

const asSnapshot = (s: v.InferOutput<typeof Snapshot>) => ({ number: s.number, hash: s.hash, assessment: s.assessment as Assessment })

function toVersion(s: v.InferOutput<typeof Snapshot>, author: Person): Version {
  const content = s.assessment as Assessment
  return { id: versionId(content.id, s.number), assessmentId: content.id, number: s.number, hash: s.hash, createdAt: s.createdAt, author, content }
}

/** Reads a package file; the content must match its hash, and the baseline must be an earlier version of the same assessment. */
export function readPackage(text: string): FileResult<ReviewPackage> {
  const read = readReviewFile(text, 'package', PACKAGE_FORMAT_VERSION, PackageSchema, upPackage)
  if (!read.ok) return read
  const f = read.value
  const failure = snapshotFailure(asSnapshot(f.version), f.baseline ? asSnapshot(f.baseline) : null)
  if (failure) return fail(failure.problem, failure.detail)
  const author = { name: f.author.name, school: f.author.school }
  return {
    ok: true,
    value: {
      createdAt: f.createdAt,
      author,
      version: toVersion(f.version, author),
      baseline: f.baseline ? toVersion(f.baseline, author) : null,
      threads: fromWire(f.threads, f.version.assessment.id),
    },
  }
}
