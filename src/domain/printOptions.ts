/**
 * What the teacher chose in the Print dialog. Plain data (no `docx`: it lives in the domain), so the dialog and the
 * store can use it without loading the Word library.
 */
import type { Assessment } from '@/domain/model'
import type { RubricEdits } from '@/domain/parentRubric'

/** `teacherCopy`: the tasks with their scripts, notes and answers; the only part besides the mark scheme that prints teacher-only material. */
export const PRINT_PARTS = ['pupilSheet', 'teacherCopy', 'descriptorTable', 'specification', 'markScheme', 'parentRubric'] as const
export type PrintPart = (typeof PRINT_PARTS)[number]

export interface PrintOptions {
  /** Parts in print order; a part left out is not printed. @default every part but the teacher's copy */
  parts: PrintPart[]
  /** Copies of the parent rubric, one per pupil (1–60). @default 1 */
  parentRubricCopies: number
  /** The teacher's own wording of parent-rubric cells, by criterion id. @default none */
  rubricEdits?: RubricEdits
  /** Open review threads, printed as native Word comments on their field's paragraph. @default none */
  comments?: PrintComment[]
  /** Who approved the document and when; printed instead of the draft watermark. @default none */
  approval?: PrintApproval
  /**
   * Every variant to print, by number, the assessment printed among them: each variant's parts in turn,
   * each part headed by its variant label. @default only the assessment printed
   */
  variants?: Assessment[]
}

/** One comment of a review thread, as Word prints it. `date` in milliseconds since the epoch. */
export interface PrintCommentReply {
  author: string
  date: number
  text: string
}

/** A review thread as plain data (it crosses to the Web Worker): its first comment and the replies. */
export interface PrintComment extends PrintCommentReply {
  id: string
  /** The field the thread is anchored to (domain/anchors.ts). */
  path: string
  replies: PrintCommentReply[]
  resolved: boolean
}

export interface PrintApproval {
  /** The mentor's name. */
  by: string
  /** Milliseconds since the epoch. */
  at: number
}

export const MAX_RUBRIC_COPIES = 60

/** The pack printed unless the teacher chooses otherwise: the teacher's copy only on request (its pages must not be handed out). */
export const DEFAULT_PARTS: readonly PrintPart[] = PRINT_PARTS.filter((p) => p !== 'teacherCopy')

export function defaultPrintOptions(): PrintOptions {
  return { parts: [...DEFAULT_PARTS], parentRubricCopies: 1 }
}

/** Keeps the parts in print order, drops unknown ones and clamps the number of copies. */
export function normalizePrintOptions(options: PrintOptions): PrintOptions {
  const copies = Math.trunc(Number(options.parentRubricCopies))
  return {
    ...options,
    parts: PRINT_PARTS.filter((p) => options.parts.includes(p)),
    parentRubricCopies: Number.isFinite(copies) ? Math.min(MAX_RUBRIC_COPIES, Math.max(1, copies)) : 1,
  }
}

/** A picture's bytes as read from the pictures table, keyed by its blob id. */
export interface PictureData {
  data: Uint8Array
  mimeType: string
  /** Natural size in pixels. */
  width: number
  height: number
}

export type PictureMap = Map<string, PictureData>

/** A draft watermark is printed on every page until a mentor approves the assessment. */
export const needsDraftWatermark = (a: Assessment): boolean => a.status !== 'approved'
