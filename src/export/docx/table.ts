/** Table building blocks: thin black borders, fixed column widths, rows that never split across pages. */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type ITableCellOptions,
} from 'docx'
import { runs } from './text'

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
export const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE }
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE }

const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 }

export interface CellOptions {
  bold?: boolean
  italics?: boolean
  align?: 'left' | 'center' | 'right'
  columnSpan?: number
  /** 'restart' on the first row of a vertically merged cell, 'continue' on the rows it covers. */
  merge?: 'restart' | 'continue'
  shade?: boolean
  borders?: ITableCellOptions['borders']
  /** Font size in half-points. @default the body size (12 pt) */
  size?: number
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }

/** A cell holding text (line breaks kept) or ready-made paragraphs. */
export function cell(content: string | Paragraph[], options: CellOptions = {}): TableCell {
  const alignment = ALIGN[options.align ?? 'left']
  const children =
    typeof content === 'string'
      ? [new Paragraph({ alignment, spacing: { after: 0 }, children: runs(content, { bold: options.bold, italics: options.italics, size: options.size }) })]
      : content
  return new TableCell({
    children,
    columnSpan: options.columnSpan,
    verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    margins: MARGINS,
    shading: options.shade ? { fill: 'EEEEEE' } : undefined,
    borders: options.borders,
  })
}

/** A body row: kept on one page. */
export const row = (cells: TableCell[]): TableRow => new TableRow({ children: cells, cantSplit: true })

/** An empty, borderless row of a fixed small height (twips) that puts space between rows. */
export const spacerRow = (cells: number, height = 80): TableRow =>
  new TableRow({
    cantSplit: true,
    height: { value: height, rule: HeightRule.EXACT },
    children: Array.from({ length: cells }, () => new TableCell({ children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: '', size: 2 })] })], borders: NO_BORDERS })),
  })

/** A heading row: kept on one page and repeated at the top of every page the table runs onto. */
export const headerRow = (cells: TableCell[]): TableRow => new TableRow({ children: cells, cantSplit: true, tableHeader: true })

/** A full-width table with fixed columns (twips), so Word and LibreOffice lay it out alike. */
export function table(columnWidths: number[], rows: TableRow[], borders: 'lines' | 'none' = 'lines'): Table {
  const width = columnWidths.reduce((s, w) => s + w, 0)
  return new Table({
    rows,
    columnWidths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: borders === 'lines' ? BORDERS : NO_BORDERS,
  })
}

/** Splits a total width in twips by relative weights (the last column takes the rounding). */
export function columns(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0)
  const widths = weights.map((w) => Math.floor((total * w) / sum))
  widths[widths.length - 1] += total - widths.reduce((s, w) => s + w, 0)
  return widths
}
