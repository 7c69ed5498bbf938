/**
 * The comments of a mentor's Word file, as the domain's `WordReview` (domain/review/fromWord.ts): each
 * comment of word/comments.xml with its range in the body, its author, date and text; replies found through
 * word/commentsExtended.xml (`w15:paraIdParent`, Word and LibreOffice both write it); and every Bagalau field
 * marker with its text as printed and as the mentor left it.
 */
import { isFieldMark } from '@/domain/fieldMarks'
import type { WordComment, WordReview } from '@/domain/review/fromWord'
import { attr, descendants, fieldsOf, readTextStream, spanText, wAttr, wordDate } from './textStream'


export interface CommentParts {
  document: Document
  comments?: Document | null
  commentsExtended?: Document | null
}

/** A comment's text: its paragraphs, one per line. */
function commentText(comment: Element): string {
  return descendants(comment, 'p')
    .map((p) => descendants(p, 't').map((t) => t.textContent ?? '').join(''))
    .join('\n')
    .trim()
}

const paraId = (p: Element): string | null => attr(p, 'w14:paraId')
const w15Attr = (e: Element, name: string): string | null => attr(e, `w15:${name}`)

/** By the paraId of a comment's last paragraph (how commentsExtended names a comment): parent paraId and done. */
function extended(doc: Document | null | undefined): Map<string, { parent: string | null; done: boolean }> {
  const out = new Map<string, { parent: string | null; done: boolean }>()
  if (!doc) return out
  for (const e of descendants(doc, 'commentEx')) {
    const id = w15Attr(e, 'paraId')
    if (id) out.set(id, { parent: w15Attr(e, 'paraIdParent'), done: w15Attr(e, 'done') === '1' })
  }
  return out
}

export function readMentorComments(parts: CommentParts): WordReview {
  const stream = readTextStream(parts.document)
  const ext = extended(parts.commentsExtended)
  const list = parts.comments ? descendants(parts.comments, 'comment') : []
  const byPara = new Map<string, string>()
  for (const c of list) {
    const ps = descendants(c, 'p')
    const last = ps[ps.length - 1]
    const id = last ? paraId(last) : null
    if (id) byPara.set(id, wAttr(c, 'id') ?? '')
  }
  const comments: WordComment[] = list.map((c) => {
    const id = wAttr(c, 'id') ?? ''
    const ps = descendants(c, 'p')
    const last = ps[ps.length - 1]
    const info = last ? ext.get(paraId(last) ?? '') : undefined
    const span = stream.commentSpans.get(id) ?? { start: -1, end: -1 }
    return {
      id,
      parentId: info?.parent ? (byPara.get(info.parent) ?? null) : null,
      author: wAttr(c, 'author') ?? '',
      date: wordDate(wAttr(c, 'date')),
      text: commentText(c),
      quoted: stream.commentSpans.has(id) ? spanText(stream, span, 'printed') : '',
      done: info?.done ?? false,
      ...span,
    }
  })
  return { fields: fieldsOf(stream, isFieldMark), comments, replyLinks: !!parts.commentsExtended }
}
