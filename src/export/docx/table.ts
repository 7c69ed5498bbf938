/**
 * Table building blocks: thin black borders, fixed column widths, rows that never split across pages.
 *
 * Tables are the bulk of a pack (a 200-task pack has about 2,000 rows of 350-character descriptors) and docx's
 * object model costs several times its own plain-table floor on them, so a table is a `RawBlock` (rawXml.ts) that
 * writes its XML as text. The XML is what the object model wrote, less what repeated on every cell: the cell
 * margins are set once on the table (`w:tblCellMar`), a left-aligned paragraph carries no `w:jc`, and a merged
 * continuation cell holds one empty `<w:p/>` (a cell must end with a paragraph) instead of an empty paragraph
 * and run.
 */
import { escapeText, RawBlock } from './rawXml'
import { markXml } from './marks'
import { xmlSafe } from './text'

export interface CellOptions {
  bold?: boolean
  italics?: boolean
  align?: 'left' | 'center' | 'right'
  columnSpan?: number
  /** 'restart' on the first row of a vertically merged cell, 'continue' on the rows it covers. */
  merge?: 'restart' | 'continue'
  shade?: boolean
  /** The cell's own borders, over the table's: a box on all four sides, or none. */
  borders?: 'lines' | 'none'
  /** Font size in half-points. @default the body size (12 pt) */
  size?: number
}

/** One paragraph of a cell: its text (line breaks kept), style and the review comments anchored on it. */
export interface CellParagraph {
  text: string
  bold?: boolean
  italics?: boolean
  /** Hex colour, e.g. '666666'. */
  color?: string
  size?: number
  /** Word ids of the comments whose range is this paragraph (comments.ts). */
  comments?: readonly number[]
  /** The hidden field marker around the text (domain/fieldMarks.ts). */
  mark?: string
  /** Text before the marked field, outside the marker (an option's «A) »). */
  lead?: string
}

export interface Cell {
  paragraphs: CellParagraph[]
  options: CellOptions
}

export interface Row {
  cells: Cell[]
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean
  /** Exact height in twips. */
  height?: number
}

const SIDES = ['top', 'left', 'bottom', 'right'] as const
const sides = (name: string, value: string, inside: boolean): string =>
  `<${name}>${[...SIDES, ...(inside ? ['insideH', 'insideV'] : [])].map((side) => `<w:${side} ${value}/>`).join('')}</${name}>`
const LINE = 'w:val="single" w:color="000000" w:sz="4"'
const NONE = 'w:val="none" w:color="FFFFFF" w:sz="0"'
const CELL_BORDERS = { lines: sides('w:tcBorders', LINE, false), none: sides('w:tcBorders', NONE, false) }
const TABLE_BORDERS = { lines: sides('w:tblBorders', LINE, true), none: sides('w:tblBorders', NONE, true) }
export const MARGINS = { top: 40, left: 80, bottom: 40, right: 80 }
const CELL_MARGINS = `<w:tblCellMar>${SIDES.map((side) => `<w:${side} w:w="${MARGINS[side]}" w:type="dxa"/>`).join('')}</w:tblCellMar>`
const SHADE = '<w:shd w:fill="EEEEEE" w:val="clear"/>'
const PARAGRAPH_PROPERTIES = { left: '<w:pPr><w:spacing w:after="0"/></w:pPr>', center: '<w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr>', right: '<w:pPr><w:spacing w:after="0"/><w:jc w:val="right"/></w:pPr>' }

/** A cell holding text (line breaks kept) or several paragraphs. */
export function cell(content: string | CellParagraph[], options: CellOptions = {}): Cell {
  const paragraphs = typeof content === 'string' ? [{ text: content, bold: options.bold, italics: options.italics, size: options.size }] : content
  return { paragraphs, options }
}

/** A body row: kept on one page. */
export const row = (cells: Cell[]): Row => ({ cells })

/** An empty, borderless row of a fixed small height (twips) that puts space between rows. */
export const spacerRow = (cells: number, height = 80): Row => ({
  height,
  cells: Array.from({ length: cells }, () => cell([{ text: '', size: 2 }], { borders: 'none' })),
})

/** A heading row: kept on one page and repeated at the top of every page the table runs onto. */
export const headerRow = (cells: Cell[]): Row => ({ cells, header: true })

function runProperties(p: CellParagraph): string {
  let props = ''
  if (p.bold) props += '<w:b/><w:bCs/>'
  if (p.italics) props += '<w:i/><w:iCs/>'
  if (p.color) props += `<w:color w:val="${p.color}"/>`
  if (p.size) props += `<w:sz w:val="${p.size}"/><w:szCs w:val="${p.size}"/>`
  return props && `<w:rPr>${props}</w:rPr>`
}

/** Runs of a text: each line after the first starts with a break, as `runs` in text.ts writes them. */
const textRuns = (text: string, rPr: string): string =>
  escapeText(xmlSafe(text))
    .split('\n')
    .map((line, i) => `<w:r>${rPr}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${line}</w:t></w:r>`)
    .join('')

function paragraph(p: CellParagraph, align: CellOptions['align'] = 'left'): string {
  const rPr = runProperties(p)
  const mark = p.mark ? markXml(p.mark) : null
  const runs = (p.lead ? textRuns(p.lead, rPr) : '') + (mark ? mark.start + textRuns(p.text, rPr) + mark.end : textRuns(p.text, rPr))
  const ids = p.comments ?? []
  if (!ids.length) return `<w:p>${PARAGRAPH_PROPERTIES[align]}${runs}</w:p>`
  const each = (f: (id: number) => string) => ids.map(f).join('')
  return `<w:p>${PARAGRAPH_PROPERTIES[align]}${each((id) => `<w:commentRangeStart w:id="${id}"/>`)}${runs}${each((id) => `<w:commentRangeEnd w:id="${id}"/>`)}${each((id) => `<w:r><w:commentReference w:id="${id}"/></w:r>`)}</w:p>`
}

function cellXml(c: Cell, width: number): string {
  const o = c.options
  let props = `<w:tcW w:type="dxa" w:w="${width}"/>`
  if (o.columnSpan && o.columnSpan > 1) props += `<w:gridSpan w:val="${o.columnSpan}"/>`
  if (o.merge) props += `<w:vMerge w:val="${o.merge}"/>`
  if (o.borders) props += CELL_BORDERS[o.borders]
  if (o.shade) props += SHADE
  // a continuation cell's text is never shown: it holds the one paragraph a cell must end with
  const body = o.merge === 'continue' ? '<w:p/>' : c.paragraphs.map((p) => paragraph(p, o.align)).join('')
  return `<w:tc><w:tcPr>${props}</w:tcPr>${body}</w:tc>`
}

function rowXml(r: Row, columnWidths: number[]): string {
  let props = '<w:cantSplit/>'
  if (r.height !== undefined) props += `<w:trHeight w:val="${r.height}" w:hRule="exact"/>`
  if (r.header) props += '<w:tblHeader/>'
  let column = 0
  let cells = ''
  for (const c of r.cells) {
    const span = c.options.columnSpan ?? 1
    let width = 0
    for (let i = column; i < column + span; i++) width += columnWidths[i] ?? 0
    column += span
    cells += cellXml(c, width)
  }
  return `<w:tr><w:trPr>${props}</w:trPr>${cells}</w:tr>`
}

/** A table written as XML text (see the top of this file and rawXml.ts). */
export class XmlTable extends RawBlock {
  constructor(
    private readonly columnWidths: number[],
    private readonly rows: Row[],
    private readonly borders: 'lines' | 'none',
    /** Distance from the left margin in twips (a part's options sit under its letter). */
    private readonly indent = 0,
  ) {
    super()
  }

  xml(): string {
    const width = this.columnWidths.reduce((s, w) => s + w, 0)
    const indent = this.indent > 0 ? `<w:tblInd w:type="dxa" w:w="${this.indent}"/>` : ''
    const tblPr = `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/>${indent}${TABLE_BORDERS[this.borders]}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>`
    const grid = `<w:tblGrid>${this.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`
    let rows = ''
    for (const r of this.rows) rows += rowXml(r, this.columnWidths)
    return `<w:tbl>${tblPr}${grid}${rows}</w:tbl>`
  }
}

/** A full-width table with fixed columns (twips), so Word and LibreOffice lay it out alike. */
export function table(columnWidths: number[], rows: Row[], borders: 'lines' | 'none' = 'lines', indent = 0): XmlTable {
  return new XmlTable(columnWidths, rows, borders, indent)
}

/** Splits a total width in twips by relative weights (the last column takes the rounding). */
export function columns(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  widths[widths.length - 1] += total - widths.reduce((s, w) => s + w, 0)
  return widths
}
