/**
 * The body of a parsed word/document.xml read once in reading order, as one stream of text with the
 * places where bookmarks, comment ranges and tracked changes start and end. Offsets count every character
 * of the stream (inserted and deleted text too), so they only ever compare with each other.
 * Paragraphs end with `\n`, breaks are `\n`, tabs `\t`; field codes, properties and the fallback copies of
 * drawings are skipped. Works on Word's and LibreOffice's XML alike (matched by namespace, not prefix).
 */
import type { WordField, WordSpan } from '@/domain/review/fromWord'
import { W_NAMESPACES, wAttr } from '../docx'

type State = 'plain' | 'ins' | 'del'

interface Segment extends WordSpan {
  text: string
  state: State
  change: { author: string; date: number | null } | null
}

export interface TextStream {
  segments: Segment[]
  /** Bookmarks by name, with their spans. */
  bookmarks: (WordSpan & { name: string })[]
  /** Comment ranges by the comment's id (a comment without a range sits at its reference). */
  commentSpans: Map<string, WordSpan>
  length: number
}

/** The elements under `root` (document order) with this local name. */
function descendants(root: Document, localName: string): Element[] {
  const out: Element[] = []
  const visit = (e: Element) => {
    for (let c = e.firstElementChild; c; c = c.nextElementSibling) {
      if (c.localName === localName) out.push(c)
      visit(c)
    }
  }
  visit(root.documentElement)
  return out
}

/** A date in a Word attribute (ISO 8601), or null when absent or not a date. */
export function wordDate(value: string | null): number | null {
  if (!value) return null
  const t = Date.parse(value)
  return Number.isFinite(t) && t >= 0 ? t : null
}

const SKIPPED = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'tblGrid', 'instrText', 'delInstrText', 'fldChar'])

export function readTextStream(doc: Document): TextStream {
  const out: TextStream = { segments: [], bookmarks: [], commentSpans: new Map(), length: 0 }
  const openMarks = new Map<string, { name: string; start: number }>()
  const openComments = new Map<string, number>()
  const push = (text: string, state: State, change: Segment['change']) => {
    if (!text) return
    out.segments.push({ start: out.length, end: out.length + text.length, text, state, change })
    out.length += text.length
  }
  const walk = (node: Element, state: State, change: Segment['change']) => {
    for (let child = node.firstElementChild; child; child = child.nextElementSibling) {
      if (child.localName === 'Fallback') continue
      if (!W_NAMESPACES.has(child.namespaceURI ?? '')) {
        walk(child, state, change)
        continue
      }
      const name = child.localName
      if (SKIPPED.has(name)) continue
      if (name === 't' || name === 'delText') push(child.textContent ?? '', state, change)
      else if (name === 'tab') push('\t', state, change)
      else if (name === 'br' || name === 'cr') push('\n', state, change)
      else if (name === 'ins' || name === 'del') walk(child, name, { author: wAttr(child, 'author') ?? '', date: wordDate(wAttr(child, 'date')) })
      else if (name === 'bookmarkStart') openMarks.set(wAttr(child, 'id') ?? '', { name: wAttr(child, 'name') ?? '', start: out.length })
      else if (name === 'bookmarkEnd') closeMark(wAttr(child, 'id') ?? '')
      else if (name === 'commentRangeStart') openComments.set(wAttr(child, 'id') ?? '', out.length)
      else if (name === 'commentRangeEnd') closeComment(wAttr(child, 'id') ?? '')
      else if (name === 'commentReference') {
        const id = wAttr(child, 'id') ?? ''
        if (!out.commentSpans.has(id)) out.commentSpans.set(id, { start: out.length, end: out.length })
      } else {
        walk(child, state, change)
        if (name === 'p') push('\n', state === 'plain' ? 'plain' : state, change)
      }
    }
  }
  const closeMark = (id: string) => {
    const open = openMarks.get(id)
    if (!open) return
    openMarks.delete(id)
    out.bookmarks.push({ name: open.name, start: open.start, end: out.length })
  }
  const closeComment = (id: string) => {
    const start = openComments.get(id)
    if (start === undefined) return
    openComments.delete(id)
    out.commentSpans.set(id, { start, end: out.length })
  }
  const body = descendants(doc, 'body')[0]
  if (body) walk(body, 'plain', null)
  return out
}

/** The text of a span: as printed (insertions left out) or as left (deletions left out). */
export function spanText(stream: TextStream, span: WordSpan, view: 'printed' | 'accepted'): string {
  const skip: State = view === 'printed' ? 'ins' : 'del'
  let text = ''
  for (const s of stream.segments) {
    if (s.end <= span.start || s.start >= span.end || s.state === skip) continue
    text += s.text.slice(Math.max(0, span.start - s.start), Math.min(s.text.length, span.end - s.start))
  }
  return text
}

/** Every bookmark with its text both ways and the tracked changes inside it. */
export function fieldsOf(stream: TextStream, keep: (name: string) => boolean): WordField[] {
  return stream.bookmarks
    .filter((b) => keep(b.name))
    .map((b) => ({
      ...b,
      printed: spanText(stream, b, 'printed'),
      accepted: spanText(stream, b, 'accepted'),
      changes: stream.segments.filter((s) => s.change && s.start < b.end && s.end > b.start).map((s) => s.change!),
    }))
}
