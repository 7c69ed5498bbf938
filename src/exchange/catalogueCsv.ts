/**
 * Catalogue tables crossing the machine's edge: a table pasted from Word or Excel (tab-separated), or
 * a CSV/TSV file in UTF-8, UTF-16, Windows-1251, CP866 or KOI8-R (detected: textEncoding.ts). Columns
 * are found by their header words in kk, ru or en; without a header, the code column and the text
 * column are recognised by their content. Every cell is then validated (domain/catalogue/rows.ts).
 * Export writes CSV in UTF-8 with a BOM, so Excel shows Kazakh letters, and it imports back unchanged.
 */
import Papa from 'papaparse'
import { isValidCode } from '@/domain/catalogue/codes'
import { fold } from '@/domain/catalogue/fold'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { quoteCell } from '@/domain/text/spreadsheetFormula'
import { CATALOGUE_COLUMNS, type CatalogueColumn, type RawRow } from '@/domain/catalogue/rows'
import { detectEncoding, type TextEncodingName } from './textEncoding'

/** @default limits: 8 MB and 25,000 rows (the whole official catalogue is far smaller). */
export const MAX_BYTES = 8 * 1024 * 1024
export const MAX_ROWS = 25_000

export type TableErrorKind = 'empty' | 'tooLarge' | 'garbled' | 'unknownEncoding' | 'tooManyRows' | 'noCodeColumn' | 'noTextColumn'

export class TableError extends Error {
  constructor(
    readonly kind: TableErrorKind,
    readonly detail: Record<string, string | number> = {},
  ) {
    super(kind)
  }
}

export type { TextEncodingName }

const CONTROLS = /[\u0000-\u0008\u000e-\u001f\ufffd]/g
const tooManyControls = (text: string) => (text.match(CONTROLS)?.length ?? 0) > Math.max(2, text.length / 200)

/** Decodes a table file, telling which encoding it was (textEncoding.ts); throws TableError for empty, huge, binary or unreadable files. */
export function decodeTableFile(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length > MAX_BYTES) throw new TableError('tooLarge', { mb: Math.round((bytes.length / 1048576) * 10) / 10, max: MAX_BYTES / 1048576 })
  if (bytes.length === 0) throw new TableError('empty')
  const detected = detectEncoding(bytes)
  if (detected.encoding === null) {
    throw new TableError(tooManyControls(new TextDecoder('windows-1251').decode(bytes)) ? 'garbled' : 'unknownEncoding')
  }
  const { text, encoding } = detected
  if (text.trim() === '') throw new TableError('empty')
  if (tooManyControls(text)) throw new TableError('garbled')
  return { text, encoding }
}

/** Header words (folded) per column; checked in this order, so «Код цели» is a code, not a text. */
const HEADER_WORDS: [CatalogueColumn, string[]][] = [
  ['code', ['code', 'codes', 'код', 'коды', 'шифр', 'id']],
  ['term', ['term', 'quarter', 'четверть', 'токсан']],
  ['grade', ['grade', 'class', 'year', 'класс', 'сынып']],
  ['subject', ['subject', 'предмет', 'пан']],
  ['language', ['language', 'lang', 'язык', 'тил', 'тили']],
  ['source', ['source', 'источник', 'дереккоз']],
  ['section', ['section', 'unit', 'раздел', 'болим', 'тарау', 'тема', 'такырып']],
  ['text', ['text', 'objective', 'objectives', 'description', 'цель', 'цели', 'текст', 'максат', 'максаты', 'максаттары', 'матин', 'мазмуны']],
]

/** The column a header cell names, or null for an unknown header. */
export function columnOfHeader(cell: string): CatalogueColumn | null {
  const words = fold(cell).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ')
  if (words.length === 1 && words[0] === '') return null
  for (const [column, aliases] of HEADER_WORDS) if (aliases.some((a) => words.includes(a))) return column
  for (const [column, aliases] of HEADER_WORDS) if (aliases.some((a) => a.length >= 4 && words.some((w) => w.startsWith(a)))) return column
  return null
}

export interface TableColumn {
  index: number
  header: string
  column: CatalogueColumn | null
}

export interface ParsedTable {
  delimiter: string
  /** Line of the header row, or null when columns were recognised by content. */
  headerLine: number | null
  columns: TableColumn[]
  rows: RawRow[]
}

const isBlank = (row: string[]) => row.every((c) => c.trim() === '')

/** Without a header: the column holding codes, and the longest-text column beside it. */
function guessColumns(rows: string[][]): TableColumn[] {
  const width = Math.max(...rows.map((r) => r.length))
  const sample = rows.slice(0, 50)
  const codeShare = (i: number) => sample.filter((r) => isValidCode(r[i] ?? '')).length / sample.length
  const meanLength = (i: number) => sample.reduce((s, r) => s + (r[i]?.length ?? 0), 0) / sample.length
  const indexes = [...Array(width).keys()]
  const code = indexes.reduce((best, i) => (codeShare(i) > codeShare(best) ? i : best), 0)
  const others = indexes.filter((i) => i !== code)
  const text = others.length ? others.reduce((best, i) => (meanLength(i) > meanLength(best) ? i : best)) : -1
  return indexes.map((index) => ({ index, header: '', column: index === code && codeShare(code) >= 0.5 ? 'code' : index === text ? 'text' : null }))
}

/** Parses pasted or decoded text into raw rows with their line numbers; throws TableError. */
export function parseTable(text: string): ParsedTable {
  const clean = text.replace(/^\ufeff/, '')
  if (clean.trim() === '') throw new TableError('empty')
  const parsed = Papa.parse<string[]>(clean, { delimiter: '', delimitersToGuess: ['\t', ',', ';', '|'], skipEmptyLines: false })
  const all = parsed.data
  const first = all.findIndex((r) => !isBlank(r))
  if (first < 0) throw new TableError('empty')
  const dataCount = all.filter((r) => !isBlank(r)).length
  if (dataCount - 1 > MAX_ROWS) throw new TableError('tooManyRows', { rows: dataCount - 1, max: MAX_ROWS })

  const head = all[first]
  const mapped = head.map((h) => columnOfHeader(h))
  const isHeader = mapped.some((c) => c !== null) && !head.some((h) => isValidCode(h))
  let columns: TableColumn[]
  if (isHeader) {
    const taken = new Set<CatalogueColumn>()
    columns = head.map((header, index) => {
      const column = mapped[index] && !taken.has(mapped[index]) ? mapped[index] : null
      if (column) taken.add(column)
      return { index, header: header.trim(), column }
    })
  } else {
    columns = guessColumns(all.slice(first).filter((r) => !isBlank(r)))
  }
  if (!columns.some((c) => c.column === 'code')) throw new TableError('noCodeColumn')
  if (!columns.some((c) => c.column === 'text')) throw new TableError('noTextColumn')

  const rows: RawRow[] = []
  all.forEach((cells, i) => {
    if ((isHeader && i <= first) || i < first || isBlank(cells)) return
    const raw: RawRow = { line: i + 1, cells: {} }
    for (const c of columns) if (c.column) raw.cells[c.column] = cells[c.index] ?? ''
    rows.push(raw)
  })
  return { delimiter: parsed.meta.delimiter, headerLine: isHeader ? first + 1 : null, columns, rows }
}

/** Header row of exported files (English words, recognised on import in every language). */
export const EXPORT_HEADER: readonly CatalogueColumn[] = CATALOGUE_COLUMNS

/**
 * CSV, UTF-8 with BOM, CRLF: Excel opens it with Kazakh letters intact; parseTable reads it back. A cell
 * a spreadsheet would run as a formula (text that came in through a restore) gets a leading apostrophe,
 * which the import takes off again (domain/text/spreadsheetFormula.ts).
 */
export function exportCsv(objectives: readonly CatalogueObjective[], subjectName: (o: CatalogueObjective) => string): string {
  const data = objectives.map((o) =>
    [o.code, o.text, o.section, o.term === null ? '' : String(o.term), subjectName(o), String(o.grade), o.language, o.source].map(quoteCell),
  )
  return '\ufeff' + Papa.unparse({ fields: [...EXPORT_HEADER], data }, { newline: '\r\n', quotes: true })
}
