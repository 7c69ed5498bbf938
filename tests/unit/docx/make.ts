/**
 * Word files made inside the tests with the `docx` library (the one the app prints with), in the layouts
 * teachers' documents use: headings, line breaks, tables with merged cells (w:gridSpan, w:vMerge) and
 * bookmarks. `zip` builds hand-made packages for the refusals.
 */
import { Bookmark, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx'
import { zipSync, strToU8, type Zippable } from 'fflate'

/** A cell: text (lines split on '\n' into breaks; '\n\n' into paragraphs), optional span and vertical merge. */
export interface CellSpec {
  text: string
  span?: number
  merge?: 'restart' | 'continue'
}
export type RowSpec = (string | CellSpec)[]
export type BlockSpec = { heading: string; level?: 1 | 2 | 3 } | { paragraph: string; bookmark?: string } | { table: RowSpec[] }

function runs(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }))
}

const paragraphs = (text: string): Paragraph[] => text.split('\n\n').map((p) => new Paragraph({ children: runs(p) }))

function cell(spec: string | CellSpec): TableCell {
  const c = typeof spec === 'string' ? { text: spec } : spec
  return new TableCell({
    children: paragraphs(c.text),
    columnSpan: c.span,
    verticalMerge: c.merge === 'restart' ? VerticalMergeType.RESTART : c.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
  })
}

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 }

function block(spec: BlockSpec): Paragraph | Table {
  if ('heading' in spec) return new Paragraph({ heading: LEVELS[spec.level ?? 1], children: runs(spec.heading) })
  if ('paragraph' in spec) {
    if (spec.bookmark) return new Paragraph({ children: [new Bookmark({ id: spec.bookmark, children: runs(spec.paragraph) })] })
    return new Paragraph({ children: runs(spec.paragraph) })
  }
  return new Table({ rows: spec.table.map((r) => new TableRow({ children: r.map(cell) })) })
}

export async function makeDocx(blocks: BlockSpec[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: blocks.map(block) }] })
  return new Uint8Array(await Packer.toArrayBuffer(doc))
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

/** A minimal package whose word/document.xml is `body` inside w:document/w:body. */
export function zipDocument(body: string, extra: Zippable = {}): Uint8Array {
  return zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`), ...extra })
}
