/**
 * Review threads as native Word comments. Each thread's first comment and its replies (threaded with
 * `parentId`) are anchored to the paragraph of the thread's field: a task's paragraph on the pupil sheet,
 * a descriptor's cell in the descriptor table, a criterion's or objective's line on the pupil sheet.
 * A thread whose field is not printed, is the whole document, or is gone (orphaned) sits on the title.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, TextRun, type ICommentOptions, type ParagraphChild } from 'docx'
import { resolvePath } from '@/domain/anchors'
import type { Assessment } from '@/domain/model'
import type { PrintComment, PrintPart } from '@/domain/printOptions'
import { paragraphs, xmlSafe } from './text'

/** Where a comment can sit: the title, or a field's paragraph (`task:<id>`, `descriptor:<id>`, …). */
export type CommentTarget = 'title' | `${'task' | 'part' | 'descriptor' | 'criterion' | 'objective'}:${string}`

export const TITLE: CommentTarget = 'title'

/** The paragraph a thread belongs on, given the parts that are printed. */
export function commentTarget(a: Assessment, path: string, parts: readonly PrintPart[]): CommentTarget {
  const field = resolvePath(a, path)
  const sheet = parts.includes('pupilSheet')
  if (!field) return TITLE
  switch (field.kind) {
    case 'task':
    case 'option':
    case 'picture':
      return sheet ? `task:${field.task.id}` : TITLE
    case 'part':
    case 'partOption':
      return sheet ? `part:${field.part.id}` : TITLE
    case 'descriptor':
      return parts.includes('descriptorTable') ? `descriptor:${field.descriptor.id}` : TITLE
    case 'criterion':
      // the pupil sheet leaves out a criterion without text
      return sheet && field.criterion.text.trim() ? `criterion:${field.criterion.id}` : TITLE
    case 'objective':
      return sheet ? `objective:${field.objective.id}` : TITLE
    default:
      return TITLE
  }
}

interface Placed {
  /** The Word ids of the thread: its first comment, then each reply. */
  ids: number[]
  thread: PrintComment
}

/**
 * Hands each paragraph the comments that belong on it, once: the first paragraph that asks for a target
 * gets its threads. Only threads that found a paragraph go into word/comments.xml.
 */
export class CommentPlacer {
  private readonly waiting = new Map<CommentTarget, Placed[]>()
  private readonly placed: Placed[] = []

  constructor(a: Assessment, threads: readonly PrintComment[], parts: readonly PrintPart[]) {
    let next = 0
    for (const thread of threads) {
      const ids = [thread, ...thread.replies].map(() => next++)
      const target = commentTarget(a, thread.path, parts)
      this.waiting.set(target, [...(this.waiting.get(target) ?? []), { ids, thread }])
    }
  }

  /** The Word ids of the comments that belong on `target`'s paragraph (empty after the first call). */
  take(target: CommentTarget): number[] {
    const threads = this.waiting.get(target)
    if (!threads?.length) return []
    this.waiting.delete(target)
    this.placed.push(...threads)
    return threads.flatMap((t) => t.ids)
  }

  /** The paragraph's runs, wrapped in the ranges of the threads that belong on `target`. */
  wrap(target: CommentTarget, children: ParagraphChild[]): ParagraphChild[] {
    const ids = this.take(target)
    if (!ids.length) return children
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...children,
      ...ids.map((id) => new CommentRangeEnd(id)),
      ...ids.map((id) => new TextRun({ children: [new CommentReference(id)] })),
    ]
  }

  /** The comments of every placed thread, for `new Document({ comments })`. */
  comments(): ICommentOptions[] {
    return this.placed.flatMap(({ ids, thread }) => [
      { id: ids[0], author: xmlSafe(thread.author), date: new Date(thread.date), resolved: thread.resolved, children: paragraphs(thread.text) },
      ...thread.replies.map((reply, i) => ({ id: ids[i + 1], parentId: ids[0], author: xmlSafe(reply.author), date: new Date(reply.date), children: paragraphs(reply.text) })),
    ])
  }
}

/** `children` wrapped in the comments of `target`, when there is a placer. */
export const anchored = (placer: CommentPlacer | undefined, target: CommentTarget, children: ParagraphChild[]): ParagraphChild[] =>
  placer ? placer.wrap(target, children) : children
