/**
 * A mentor's Word file, back as review threads. The file was printed by Bagalau, so its fields carry hidden
 * markers (../fieldMarks.ts); the mentor commented in Word or LibreOffice, perhaps with tracked changes on.
 * - a comment becomes a thread on the field whose marker overlaps the commented text most (or holds the
 *   point where a comment without range sits), signed with the comment's author and date;
 * - a reply (Word's `w15:paraIdParent`) becomes a comment of its thread, in date order;
 * - tracked insertions and deletions inside one field become the thread's suggested replacement (a thread
 *   of its own when nobody commented on that field);
 * - a comment whose field cannot be found becomes a document-level thread quoting the commented text.
 * Ids come from the assessment, the comment's Word id and its content, so opening the same file twice adds
 * nothing (mergeThreads matches by id).
 */
import { DOCUMENT_PATH, valueAt, type FieldPath } from '../anchors'
import { fieldOfMark, markPaths, type MarkedField } from '../fieldMarks'
import type { Assessment } from '../model'
import { LIMITS } from '../shapes/limits'
import { hashText } from './hash'
import type { ReviewComment, Thread } from './model'
import { canSuggest } from './suggestion'

/** A stretch of the document body's text, as character offsets into its text in reading order. */
export interface WordSpan {
  start: number
  end: number
}

/** A bookmark and the text it holds: as printed (tracked changes rejected) and as the mentor left it (accepted). */
export interface WordField extends WordSpan {
  name: string
  printed: string
  accepted: string
  /** Who made the tracked changes inside it, in document order (empty: no tracked change). */
  changes: { author: string; date: number | null }[]
}

export interface WordComment extends WordSpan {
  /** The comment's id in the file (`w:id`). */
  id: string
  /** The id of the comment it answers, or null for a thread's first comment. */
  parentId: string | null
  author: string
  date: number | null
  text: string
  /** The text the comment's range covers. */
  quoted: string
  /** Marked done in Word. */
  done: boolean
}

export interface WordReview {
  fields: WordField[]
  comments: WordComment[]
  /**
   * Whether the file links replies to their comments (commentsExtended.xml). LibreOffice 7 writes none: its
   * replies are comments on exactly the same text, so without links such a comment joins the earlier one.
   */
  replyLinks: boolean
}

export interface FromWordOptions {
  versionNumber: number
  /** When a comment carries no date (its thread sorts by this). */
  now: number
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text)
const overlap = (a: WordSpan, b: WordSpan) => Math.min(a.end, b.end) - Math.max(a.start, b.start)

/** The printed field a comment belongs to: the greatest overlap, else the smallest field around its point. */
function fieldOf(comment: WordSpan, fields: readonly (WordField & { field: MarkedField })[]): (WordField & { field: MarkedField }) | null {
  let best: (WordField & { field: MarkedField }) | null = null
  let bestScore = -Infinity
  for (const f of fields) {
    const shared = overlap(comment, f)
    const around = f.start <= comment.start && comment.end <= f.end
    const score = shared > 0 ? shared : around ? -(f.end - f.start) / 1e9 : -Infinity
    if (score > bestScore) {
      best = f
      bestScore = score
    }
  }
  return bestScore === -Infinity ? null : best
}

/** The quote a thread keeps: the field's value when it still reads as printed, else the printed text. */
function quoteOf(a: Assessment, path: FieldPath, printed: string): string {
  const now = valueAt(a, path) ?? ''
  return now.trim() === printed.trim() ? now : clip(printed, LIMITS.text)
}

function commentOf(c: Pick<WordComment, 'author' | 'date' | 'text'>, id: string, options: FromWordOptions): ReviewComment {
  return { id, author: clip(c.author.trim(), LIMITS.short), role: 'mentor', text: clip(c.text, LIMITS.text), createdAt: c.date ?? options.now, versionNumber: options.versionNumber, draft: false }
}

const keyOf = (a: Assessment, c: WordComment) => hashText(`${a.id}|${c.id}|${c.author}|${c.date ?? ''}|${c.text}`)

/** The threads a mentor's Word file holds for this assessment. */
export function threadsFromWord(a: Assessment, file: WordReview, options: FromWordOptions): Thread[] {
  const lookup = markPaths(a)
  const fields = file.fields.flatMap((f) => {
    const field = fieldOfMark(lookup, f.name)
    return field ? [{ ...f, field }] : []
  })
  const comments = file.replyLinks ? file.comments : linkBySameRange(file.comments)
  const byId = new Map(comments.map((c) => [c.id, c]))
  const rootOf = (c: WordComment): WordComment => {
    let at = c
    for (let hops = 0; at.parentId && byId.has(at.parentId) && hops < 100; hops++) at = byId.get(at.parentId)!
    return at
  }
  const threads = new Map<string, Thread>()
  const onField = new Map<FieldPath, Thread>()
  for (const c of comments.filter((c) => !c.parentId || !byId.has(c.parentId))) {
    const found = fieldOf(c, fields)
    const path = found ? found.field.path : DOCUMENT_PATH
    const key = keyOf(a, c)
    const quoted = c.quoted.trim()
    const text = found || !quoted ? c.text : `«${quoted}»\n${c.text}`
    const first = commentOf({ ...c, text }, `wc${key}`, options)
    const thread: Thread = {
      id: `wd${key}`,
      assessmentId: a.id,
      path,
      quote: found ? quoteOf(a, path, found.printed) : '',
      versionNumber: options.versionNumber,
      status: c.done ? 'resolved' : 'open',
      statusAt: first.createdAt,
      suggestion: null,
      comments: [first],
      createdAt: first.createdAt,
    }
    threads.set(c.id, thread)
    if (!onField.has(path) && path !== DOCUMENT_PATH) onField.set(path, thread)
  }
  for (const c of comments) {
    const thread = c.parentId && byId.has(c.parentId) ? threads.get(rootOf(c).id) : undefined
    if (!thread || thread.comments.length >= LIMITS.commentsPerThread) continue
    const [first, ...replies] = [...thread.comments, commentOf(c, `wc${keyOf(a, c)}`, options)]
    thread.comments = [first, ...replies.sort((x, y) => x.createdAt - y.createdAt)]
  }
  for (const f of fields) suggest(a, f, onField, threads, options)
  return [...threads.values()]
}

/** Without reply links: a comment on the very same text as an earlier one (not before it) answers it. */
function linkBySameRange(comments: readonly WordComment[]): WordComment[] {
  const ranged = comments.filter((c) => c.start >= 0)
  const sorted = [...ranged].sort((x, y) => (x.date ?? 0) - (y.date ?? 0))
  return comments.map((c) => {
    if (c.start < 0) return c
    const first = sorted.find((o) => o.start === c.start && o.end === c.end)
    return first && first.id !== c.id ? { ...c, parentId: first.id } : c
  })
}

/** Tracked changes in a field: the replacement goes on that field's thread, or on a thread of its own. */
function suggest(a: Assessment, f: WordField & { field: MarkedField }, onField: Map<FieldPath, Thread>, threads: Map<string, Thread>, options: FromWordOptions): void {
  const path = f.field.path
  if (!f.changes.length || f.accepted === f.printed || !canSuggest(a, path)) return
  const suggestion = clip(f.accepted, LIMITS.text)
  const existing = onField.get(path)
  if (existing) {
    existing.suggestion ??= suggestion
    return
  }
  const who = f.changes[0]
  const key = hashText(`${a.id}|${f.name}|${f.printed}|${f.accepted}|${who.author}|${who.date ?? ''}`)
  const first = commentOf({ author: who.author, date: who.date, text: `«${f.printed.trim()}» → «${f.accepted.trim()}»` }, `wc${key}`, options)
  const thread: Thread = {
    id: `wd${key}`,
    assessmentId: a.id,
    path,
    quote: quoteOf(a, path, f.printed),
    versionNumber: options.versionNumber,
    status: 'open',
    statusAt: first.createdAt,
    suggestion,
    comments: [first],
    createdAt: first.createdAt,
  }
  onField.set(path, thread)
  threads.set(`change:${f.name}`, thread)
}
