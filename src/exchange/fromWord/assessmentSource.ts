/**
 * A Word document read by the .docx door, as the assessment importer's blocks (domain/wordImport/source.ts):
 * paragraphs and tables with the merged cells resolved, and the Bagalau field markers of each with their
 * text, cut from the body's text stream at the bookmark's own place (several markers share a paragraph).
 */
import { isFieldMark } from '@/domain/fieldMarks'
import type { SourceBlock, SourceCell, SourceMark } from '@/domain/wordImport/source'
import { parseXmlPart, type DocxCell, type DocxDocument, type DocxTable } from '../docx'
import { fieldsOf, readTextStream } from './textStream'

function marksByParagraph(doc: DocxDocument): Map<number, SourceMark[]> {
  const out = new Map<number, SourceMark[]>()
  if (!doc.body.bookmarks.some((b) => isFieldMark(b.name))) return out
  const texts = new Map(fieldsOf(readTextStream(parseXmlPart(doc.parts.document, 'document')), isFieldMark).map((f) => [f.name, f.accepted]))
  for (const b of doc.body.bookmarks) {
    const text = texts.get(b.name)
    if (text === undefined) continue
    out.set(b.first, [...(out.get(b.first) ?? []), { name: b.name, text }])
  }
  return out
}

function sourceCell(table: DocxTable, cell: DocxCell, marks: Map<number, SourceMark[]>): SourceCell {
  const origin = cell.merge === 'continue' && cell.mergedFromRow !== null ? (table.rows[cell.mergedFromRow]?.cells.find((c) => c.column === cell.column) ?? cell) : cell
  return {
    text: origin.text,
    lines: origin.paragraphs.map((p) => p.text),
    marks: origin.paragraphs.flatMap((p) => marks.get(p.index) ?? []),
    continued: cell.merge === 'continue',
  }
}

export function assessmentSource(doc: DocxDocument): SourceBlock[] {
  const marks = marksByParagraph(doc)
  return doc.body.blocks.map((b) =>
    b.kind === 'paragraph' ? { kind: 'paragraph', text: b.text, marks: marks.get(b.index) ?? [] } : { kind: 'table', rows: b.rows.map((r) => r.cells.map((c) => sourceCell(b, c, marks))) },
  )
}
