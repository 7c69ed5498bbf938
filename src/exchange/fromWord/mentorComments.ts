/**
 * The comments of a mentor's Word file, as the domain's `WordReview` (domain/review/fromWord.ts): each
 * comment (read by the .docx door's `readComments`, replies linked through commentsExtended.xml) with its
 * range in the body, and every Bagalau field marker with its text as printed and as the mentor left it.
 */
import { isFieldMark } from '@/domain/fieldMarks'
import type { WordComment, WordReview } from '@/domain/review/fromWord'
import { parseXmlPart, readComments, type DocxParts } from '../docx'
import { fieldsOf, readTextStream, spanText, wordDate } from './textStream'

export function readMentorComments(parts: DocxParts): WordReview {
  const stream = readTextStream(parseXmlPart(parts.document, 'document'))
  const comments: WordComment[] = readComments(parts.comments, parts.commentsExtended).map((c) => {
    const span = stream.commentSpans.get(c.id)
    return {
      id: c.id,
      parentId: c.parentId,
      author: c.author,
      date: wordDate(c.date),
      text: c.text.trim(),
      quoted: span ? spanText(stream, span, 'printed') : '',
      done: c.done,
      ...(span ?? { start: -1, end: -1 }),
    }
  })
  return { fields: fieldsOf(stream, isFieldMark), comments, replyLinks: !!parts.commentsExtended }
}
