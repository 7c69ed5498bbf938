/**
 * The shapes of the two review files: the assessment snapshot, threads and comments as they travel
 * between machines. They are the stored shapes of domain/shapes (same limits, so a text the editor
 * accepts always travels) without what never leaves the machine: a comment's draft flag and a thread's
 * assessment (the file names it once). Strict objects: unknown keys are refused.
 */
import * as v from 'valibot'
import { AssessmentSchema, IdSchema, listOf, ShortSchema, TextSchema, TimeSchema, WholeSchema } from '@/domain/shapes/assessment'
import { LIMITS as SHAPE_LIMITS } from '@/domain/shapes/limits'
import { HashSchema, PathSchema, PersonSchema, ReviewCommentSchema, ThreadSchema as StoredThread, VersionNumberSchema } from '@/domain/shapes/review'

export const LIMITS = {
  ...SHAPE_LIMITS,
  /** The largest file accepted, in characters (about 8 MB of Kazakh text). */
  fileChars: 8_000_000,
} as const

export { AssessmentSchema, PersonSchema }
export const Id = IdSchema
export const Path = PathSchema
export const Text = TextSchema
export const Short = ShortSchema
export const Whole = WholeSchema
export const Time = TimeSchema

/** A comment as it travels: drafts never leave the machine, so there is no draft flag. */
export const CommentSchema = v.omit(ReviewCommentSchema, ['draft'])

/** A thread as it travels: the assessment it belongs to is the file's, never the thread's own say. */
export const ThreadSchema = v.strictObject({
  ...v.omit(StoredThread, ['assessmentId', 'comments']).entries,
  comments: v.pipe(listOf(CommentSchema, LIMITS.commentsPerThread), v.minLength(1, 'A thread without comments.')),
})

/** The threads of one assessment in a file. */
export const ThreadsSchema = listOf(ThreadSchema, LIMITS.threadsPerAssessment)

export const VersionRef = v.strictObject({ number: VersionNumberSchema, hash: HashSchema })
