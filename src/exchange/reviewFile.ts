/**
 * The one door in for review files: size limit, JSON without dangerous keys, the right kind of file in
 * a format version this app reads, then the valibot schema. Every failure is a typed problem the
 * screen can put in plain words; nothing here touches the database.
 */
import * as v from 'valibot'
import type { Person, Thread } from '@/domain/review/model'
import { authorPart, fileNamePart } from '@/domain/review/authorship'
import { visibleToTeacher } from '@/domain/review/threads'
import { describeIssue, type ReviewFileIssue } from './reviewIssues'
import { LIMITS } from './reviewSchemas'
import type { CommentSchema, ThreadSchema } from './reviewSchemas'

export const REVIEW_FILE_KINDS = { package: 'bagalau.review-package', reply: 'bagalau.review-reply' } as const
export type ReviewFileKind = keyof typeof REVIEW_FILE_KINDS

export type ReviewFileProblem =
  | 'tooLarge'
  | 'notJson'
  | 'unsafeKey'
  | 'notReviewFile'
  | 'wrongKind'
  | 'newerFormat'
  | 'invalid'
  | 'tampered'
  | 'otherAssessment'
  | 'unknownAssessment'
  | 'inTrash'
  | 'unknownVersion'
  | 'versionReused'
  | 'versionDiffers'
  | 'backupFile'

export interface ReviewFileError {
  problem: ReviewFileProblem
  /** Where in the file, for the curious (a dotted path or a key). */
  detail: string
  /** For `invalid`: where and what, for the screen to say in the reader's words. */
  issue?: ReviewFileIssue
  /** The kind of file that was being read. */
  kind?: ReviewFileKind
  /** For `versionReused`: the version number (the detail is the title). */
  version?: number
  /** For a reply that is not for the assessment on screen: who sent it and whose assessment it is for (the detail is its title). */
  other?: { sender: string; author: string }
  /** For `inTrash`: the assessment the reply is for, to restore it. */
  assessmentId?: string
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; error: ReviewFileError }

export const fail = (problem: ReviewFileProblem, detail = ''): { ok: false; error: ReviewFileError } => ({ ok: false, error: { problem, detail } })

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

class UnsafeKey extends Error {}

/** A Bagalau backup (its header, or a bare database export written by an older app). */
function isBackup(data: object): boolean {
  const d = data as { bagalau?: { app?: unknown }; formatName?: unknown }
  return d.bagalau?.app === 'bagalau' || d.formatName === 'dexie'
}

/**
 * A file too large for any Bagalau to open (LIMITS.fileChars): refused when it is written, so that the
 * app never hands out a file it would then refuse. Every list and text is within its limit, but all of
 * them full at once is more than one file carries.
 */
export class ReviewFileTooLarge extends Error {
  constructor(
    readonly chars: number,
    readonly limit: number = LIMITS.fileChars,
  ) {
    super(`review file of ${chars} characters, limit ${limit}`)
    this.name = 'ReviewFileTooLarge'
  }
}

/** The text of a file about to be written, or ReviewFileTooLarge if the reading side would refuse it. */
export function writable(text: string): string {
  if (text.length > LIMITS.fileChars) throw new ReviewFileTooLarge(text.length)
  return text
}

/**
 * Parses text as a review file of `kind`, brings an older shape to the current one (`up`) and validates
 * it against `schema` for `formatVersion`.
 */
export function readReviewFile<S extends v.GenericSchema>(
  text: string,
  kind: ReviewFileKind,
  formatVersion: number,
  schema: S,
  up: (file: unknown) => unknown = (file) => file,
): FileResult<v.InferOutput<S>> {
  if (text.length > LIMITS.fileChars) return fail('tooLarge', String(text.length))
  let data: unknown
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      if (UNSAFE_KEYS.has(key)) throw new UnsafeKey(key)
      return value
    })
  } catch (e) {
    return e instanceof UnsafeKey ? fail('unsafeKey', e.message) : fail('notJson')
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('notReviewFile')
  const { format, formatVersion: version } = data as { format?: unknown; formatVersion?: unknown }
  const other = (Object.keys(REVIEW_FILE_KINDS) as ReviewFileKind[]).find((k) => k !== kind && REVIEW_FILE_KINDS[k] === format)
  if (other) return fail('wrongKind', other)
  if (isBackup(data)) return fail('backupFile')
  if (format !== REVIEW_FILE_KINDS[kind]) return fail('notReviewFile')
  if (typeof version === 'number' && version > formatVersion) return fail('newerFormat', String(version))
  const parsed = v.safeParse(schema, up(data))
  if (!parsed.success) {
    const issue = parsed.issues[0]
    return { ok: false, error: { problem: 'invalid', detail: v.getDotPath(issue) ?? '', issue: describeIssue(issue), kind } }
  }
  return { ok: true, value: parsed.output }
}

type WireThread = v.InferOutput<typeof ThreadSchema>
type WireComment = v.InferOutput<typeof CommentSchema>

/** Threads as they go into a file: published comments only, no assessment id (the file names it once). */
export function toWire(threads: readonly Thread[]): WireThread[] {
  return visibleToTeacher(threads).map(({ assessmentId: _a, comments, ...rest }) => ({
    ...rest,
    comments: comments.map(({ draft: _d, ...c }): WireComment => c),
  }))
}

/** Threads from a file, bound to the assessment the file is about. */
export function fromWire(threads: readonly WireThread[], assessmentId: string): Thread[] {
  return threads.map((t) => ({ ...t, assessmentId, comments: t.comments.map((c) => ({ ...c, draft: false })) }))
}

/**
 * `Жасушалар_БЖБ.Айгүл_Серікова.v2.review.json` / `….v2.reply.json`: the title made safe for any file
 * system, Kazakh letters kept, and the name of the teacher whose work it is (none when unknown).
 */
export function reviewFileName(title: string, versionNumber: number, kind: ReviewFileKind, author?: Person | null): string {
  const stem = fileNamePart(title, 80) || 'bagalau'
  const who = authorPart(author)
  return `${stem}${who ? `.${who}` : ''}.v${versionNumber}.${kind === 'package' ? 'review' : 'reply'}.json`
}
