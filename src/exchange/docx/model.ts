/**
 * The body of a Word document as plain data: ordered blocks of paragraphs and tables, every paragraph
 * also in one flat list (its `index`), and the bookmarks and comment ranges as spans of those indexes.
 * Readers of long-term plans, old БЖБ/ТЖБ and a mentor's commented file work on this, never on XML.
 */

/** A tracked change inside a paragraph (Word's «Track changes»). */
export interface DocxChange {
  kind: 'insert' | 'delete'
  text: string
  author: string
  date: string
}

/** Where a paragraph stands: a body block, or a cell of a table block (row and cell of that table). */
export interface DocxPlace {
  block: number
  row?: number
  cell?: number
}

export interface DocxParagraph {
  kind: 'paragraph'
  /** Position among all paragraphs of the document (body and table cells), in reading order. */
  index: number
  /** Text as shown: line breaks (w:br, w:cr) as '\n', tabs as '\t'; deleted text left out. */
  text: string
  styleId: string
  /** The style's name as styles.xml gives it ('heading 1', 'List Paragraph'); '' when none. */
  styleName: string
  /** 1–9 for a heading (outline level of the paragraph or its style), else null. */
  headingLevel: number | null
  /** The list level (w:numPr/w:ilvl) of a numbered or bulleted paragraph, else null. */
  listLevel: number | null
  changes: DocxChange[]
  place: DocxPlace
}

export interface DocxCell {
  /** The cell's own paragraphs (those of a table nested inside it included, row by row). */
  paragraphs: DocxParagraph[]
  /**
   * The cell's text, paragraphs joined by '\n'. For a cell that continues a vertical merge (w:vMerge),
   * the text of the cell where the merge starts: a merged cell's text is known in every row it spans.
   */
  text: string
  /** The first grid column the cell covers (w:gridBefore counted). */
  column: number
  /** How many grid columns it covers (w:gridSpan). */
  span: number
  merge: 'none' | 'start' | 'continue'
  /** For `continue`: the row where the merged cell starts. */
  mergedFromRow: number | null
}

export interface DocxRow {
  cells: DocxCell[]
  /** Marked to repeat as a header row (w:tblHeader). */
  header: boolean
}

export interface DocxTable {
  kind: 'table'
  rows: DocxRow[]
  /** Grid columns: the largest of w:tblGrid and the widest row. */
  columns: number
}

export type DocxBlock = DocxParagraph | DocxTable

/** A span of paragraphs, by their `index`, first and last included. */
export interface DocxSpan {
  first: number
  last: number
}

export interface DocxBookmark extends DocxSpan {
  id: string
  name: string
}

/** The text a Word comment is attached to (w:commentRangeStart … w:commentRangeEnd, or its reference). */
export interface DocxCommentRange extends DocxSpan {
  /** The comment's w:id, as in comments.xml. */
  id: string
  /** The commented text (deleted text left out), paragraphs joined by '\n'. */
  text: string
}

export interface DocxBody {
  blocks: DocxBlock[]
  /** Every paragraph, body and cells, in reading order: `paragraphs[p.index] === p`. */
  paragraphs: DocxParagraph[]
  bookmarks: DocxBookmark[]
  commentRanges: DocxCommentRange[]
}

/** The text of the parts a reader may need besides the body, undecoded XML as in the file. */
export interface DocxParts {
  document: string
  styles?: string
  comments?: string
  commentsExtended?: string
}

export interface DocxDocument {
  body: DocxBody
  parts: DocxParts
}
