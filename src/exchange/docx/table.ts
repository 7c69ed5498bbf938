/**
 * One w:tbl as rows × cells on the table's grid: w:gridBefore and w:gridSpan give each cell its first
 * column and width, and a cell that continues a vertical merge (w:vMerge without "restart") takes the
 * text of the cell where the merge starts, so every row knows what its merged cells say.
 */
import type { DocxCell, DocxParagraph, DocxPlace, DocxRow, DocxTable } from './model'
import { readParagraph, type WalkContext } from './paragraph'
import { elementChildren, isW, wAttr, wChild } from './xml'

const count = (value: string | null, fallback: number): number => {
  const n = Number(value)
  return value !== null && Number.isInteger(n) && n > 0 && n < 1000 ? n : fallback
}

/** Children of `el`, with w:sdt / w:customXml wrappers opened (rows and cells can sit inside them). */
function unwrapped(el: Element, local: string): Element[] {
  const out: Element[] = []
  for (const c of elementChildren(el)) {
    if (isW(c, local)) out.push(c)
    else if (isW(c, 'sdt')) out.push(...unwrapped(wChild(c, 'sdtContent') ?? c, local))
    else if (isW(c, 'customXml')) out.push(...unwrapped(c, local))
  }
  return out
}

/** Paragraphs of a cell in reading order; a table nested in the cell gives its paragraphs row by row. */
function cellParagraphs(tc: Element, place: DocxPlace, ctx: WalkContext, out: DocxParagraph[] = []): DocxParagraph[] {
  for (const c of elementChildren(tc)) {
    if (isW(c, 'p')) out.push(readParagraph(c, place, ctx))
    else if (isW(c, 'tbl')) for (const tr of unwrapped(c, 'tr')) for (const inner of unwrapped(tr, 'tc')) cellParagraphs(inner, place, ctx, out)
    else if (isW(c, 'sdt') || isW(c, 'customXml')) cellParagraphs(wChild(c, 'sdtContent') ?? c, place, ctx, out)
    else if (isW(c, 'bookmarkStart')) ctx.ranges.startBookmark(wAttr(c, 'id') ?? '', wAttr(c, 'name') ?? '', ctx.paragraphs.length)
    else if (isW(c, 'bookmarkEnd')) ctx.ranges.endBookmark(wAttr(c, 'id') ?? '', ctx.paragraphs.length - 1)
  }
  return out
}

function readRow(tr: Element, block: number, rowIndex: number, ctx: WalkContext): DocxRow {
  const props = wChild(tr, 'trPr')
  let column = count(wAttr(wChild(props, 'gridBefore'), 'val'), 0)
  const cells = unwrapped(tr, 'tc').map((tc, cellIndex): DocxCell => {
    const tcPr = wChild(tc, 'tcPr')
    const span = count(wAttr(wChild(tcPr, 'gridSpan'), 'val'), 1)
    const vMerge = wChild(tcPr, 'vMerge')
    const mergeVal = wAttr(vMerge, 'val')
    const paragraphs = cellParagraphs(tc, { block, row: rowIndex, cell: cellIndex }, ctx)
    const cell: DocxCell = {
      paragraphs,
      text: paragraphs.map((p) => p.text).join('\n'),
      column,
      span,
      merge: !vMerge ? 'none' : mergeVal === 'restart' ? 'start' : 'continue',
      mergedFromRow: null,
    }
    column += span
    return cell
  })
  return { cells, header: !!wChild(props, 'tblHeader') && wAttr(wChild(props, 'tblHeader'), 'val') !== '0' && wAttr(wChild(props, 'tblHeader'), 'val') !== 'false' }
}

/** A continued cell takes the text of the cell above it at the same column (which already resolved its own). */
function resolveMerges(rows: DocxRow[]): void {
  for (let r = 0; r < rows.length; r++) {
    for (const cell of rows[r].cells) {
      if (cell.merge !== 'continue') continue
      const above = r > 0 ? rows[r - 1].cells.find((c) => c.column === cell.column && c.merge !== 'none') : undefined
      if (!above) {
        cell.merge = 'start'
        continue
      }
      cell.mergedFromRow = above.merge === 'continue' ? above.mergedFromRow : r - 1
      cell.text = above.text
    }
  }
}

export function readTable(tbl: Element, block: number, ctx: WalkContext): DocxTable {
  const rows = unwrapped(tbl, 'tr').map((tr, i) => readRow(tr, block, i, ctx))
  resolveMerges(rows)
  const grid = unwrapped(wChild(tbl, 'tblGrid') ?? tbl, 'gridCol').length
  const widest = Math.max(0, ...rows.map((r) => r.cells.reduce((end, c) => Math.max(end, c.column + c.span), 0)))
  return { kind: 'table', rows, columns: Math.max(grid, widest) }
}
