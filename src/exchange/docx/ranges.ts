/** Bookmarks and comment ranges met while the body is walked, kept as spans of paragraph indexes. */
import type { DocxBookmark, DocxCommentRange } from './model'

interface OpenComment {
  first: number
  last: number | null
  text: string
  lastParagraph: number | null
}

export class Ranges {
  private readonly openBookmarks = new Map<string, { name: string; first: number }>()
  readonly bookmarks: DocxBookmark[] = []
  private readonly comments = new Map<string, OpenComment>()
  private readonly collecting = new Set<string>()

  startBookmark(id: string, name: string, at: number): void {
    if (name && !name.startsWith('_GoBack')) this.openBookmarks.set(id, { name, first: at })
  }

  endBookmark(id: string, at: number): void {
    const open = this.openBookmarks.get(id)
    if (!open) return
    this.openBookmarks.delete(id)
    this.bookmarks.push({ id, name: open.name, first: open.first, last: Math.max(open.first, at) })
  }

  startComment(id: string, at: number): void {
    if (this.comments.has(id)) return
    this.comments.set(id, { first: at, last: null, text: '', lastParagraph: null })
    this.collecting.add(id)
  }

  endComment(id: string, at: number): void {
    const open = this.comments.get(id)
    if (!open) return
    open.last = Math.max(open.first, at)
    this.collecting.delete(id)
  }

  /** A w:commentReference: a comment with no range is attached to the paragraph that holds it. */
  reference(id: string, at: number): void {
    if (!this.comments.has(id)) this.comments.set(id, { first: at, last: at, text: '', lastParagraph: null })
  }

  /** Text shown in paragraph `at`: it belongs to every comment range open now. */
  text(piece: string, at: number): void {
    for (const id of this.collecting) {
      const open = this.comments.get(id)!
      if (open.lastParagraph !== null && open.lastParagraph !== at) open.text += '\n'
      open.text += piece
      open.lastParagraph = at
    }
  }

  /** Ranges still open at the end of the document run to its last paragraph; spans stay inside it. */
  commentRanges(lastParagraph: number): DocxCommentRange[] {
    const clamp = (n: number) => Math.max(0, Math.min(n, lastParagraph))
    return [...this.comments].map(([id, c]) => ({ id, first: clamp(c.first), last: clamp(c.last ?? lastParagraph), text: c.text }))
  }

  finishedBookmarks(lastParagraph: number): DocxBookmark[] {
    const clamp = (n: number) => Math.max(0, Math.min(n, lastParagraph))
    return this.bookmarks.map((b) => ({ ...b, first: clamp(b.first), last: clamp(b.last) }))
  }
}
