/** A Word body as the objective reader's units: paragraphs as lines (headings marked), table rows as cell texts. */
import type { SourceUnit } from '@/domain/catalogue/sourceUnits'
import type { DocxBody } from './model'

export function unitsOfDocx(body: DocxBody): SourceUnit[] {
  const units: SourceUnit[] = []
  let table = 0
  for (const block of body.blocks) {
    if (block.kind === 'paragraph') {
      units.push({ kind: 'line', text: block.text, heading: block.headingLevel !== null, place: { line: units.length + 1 } })
      continue
    }
    table++
    block.rows.forEach((row, r) => {
      units.push({ kind: 'row', cells: row.cells.map((c) => c.text), place: { line: units.length + 1, table, row: r + 1 } })
    })
  }
  return units
}
