/**
 * The review reply: what a mentor sends back. Names the assessment and the exact version reviewed (number
 * and content hash), the verdict with its comment, and every thread of the review. Whether the teacher
 * still has that assessment and version is checked by the store, against the database.
 */
import * as v from 'valibot'
import { VERDICTS, type Person, type Thread, type Verdict } from '@/domain/review/model'
import { fromWire, readReviewFile, REVIEW_FILE_KINDS, toWire, writable, type FileResult } from './reviewFile'
import { Id, LIMITS, PersonSchema, Short, Text, ThreadsSchema, Time, VersionRef } from './reviewSchemas'

export const REPLY_FORMAT_VERSION = 1

const ReplySchema = v.strictObject({
  format: v.literal(REVIEW_FILE_KINDS.reply),
  formatVersion: v.literal(REPLY_FORMAT_VERSION),
  id: Id,
  createdAt: Time,
  reviewer: PersonSchema,
  /** The teacher whose assessment this is (replies written before it was carried have none). */
  author: v.optional(PersonSchema),
  assessmentId: Id,
  title: Short,
  version: VersionRef,
  verdict: v.picklist(VERDICTS),
  summary: Text,
  threads: ThreadsSchema,
})

export interface ReviewReply {
  id: string
  createdAt: number
  reviewer: Person
  /** The teacher whose assessment was reviewed; null for a reply written before this was carried. */
  author?: Person | null
  assessmentId: string
  title: string
  version: { number: number; hash: string }
  verdict: Verdict
  summary: string
  threads: Thread[]
}

export function writeReply(r: ReviewReply): string {
  const file: v.InferInput<typeof ReplySchema> = {
    format: REVIEW_FILE_KINDS.reply,
    formatVersion: REPLY_FORMAT_VERSION,
    id: r.id,
    createdAt: r.createdAt,
    reviewer: { name: r.reviewer.name, school: r.reviewer.school },
    ...(r.author && { author: { name: r.author.name, school: r.author.school } }),
    assessmentId: r.assessmentId,
    title: r.title.slice(0, LIMITS.short),
    version: { number: r.version.number, hash: r.version.hash },
    verdict: r.verdict,
    summary: r.summary,
    threads: toWire(r.threads.filter((t) => t.assessmentId === r.assessmentId)),
  }
  return writable(JSON.stringify(file))
}

export function readReply(text: string): FileResult<ReviewReply> {
  const read = readReviewFile(text, 'reply', REPLY_FORMAT_VERSION, ReplySchema)
  if (!read.ok) return read
  const f = read.value
  return {
    ok: true,
    value: {
      id: f.id,
      createdAt: f.createdAt,
      reviewer: { name: f.reviewer.name, school: f.reviewer.school },
      author: f.author ? { name: f.author.name, school: f.author.school } : null,
      assessmentId: f.assessmentId,
      title: f.title,
      version: { number: f.version.number, hash: f.version.hash },
      verdict: f.verdict,
      summary: f.summary,
      threads: fromWire(f.threads, f.assessmentId),
    },
  }
}
