/**
 * Column widths from their content: a column is at least as wide as the longest word of its heading (and
 * of the short words its cells hold, such as «Қолдану» or «МВО») in the document's language, so Word and
 * LibreOffice wrap a heading only between words («Тапсырма | саны», never «Тапсы|рма саны»). The rest of
 * the width is shared by the columns' weights, as before.
 *
 * Word widths are estimated from Times New Roman's advance widths by letter class (in ems), rounded up:
 * an estimate a little wide costs a few twips of a neighbour; one too narrow breaks a word.
 */
import { MARGINS } from './table'

const em = (ch: string): number => {
  if (/[.,;:'’!|()[\]іІїjlitf]/.test(ch)) return 0.3
  if (/[ЖШЩЮМФЫWM№]/.test(ch)) return 0.92
  if (/[mwшщжюмыф]/.test(ch)) return 0.74
  if (/\p{Lu}/u.test(ch)) return 0.72
  if (/\d/.test(ch)) return 0.5
  return 0.5
}

/** Width in twips of one word set in Times New Roman at `size` half-points (bold ~8 % wider). */
export function wordWidth(word: string, size: number, bold = false): number {
  let ems = 0
  for (const ch of word) ems += em(ch)
  return Math.ceil(ems * size * 10 * (bold ? 1.1 : 1))
}

/** Width of the longest word of a text (words of more than `longest` letters are left to wrap). */
export function longestWordWidth(text: string, size: number, bold = false, longest = 18): number {
  return Math.max(0, ...text.split(/[\s\u00A0/]+/).filter((w) => [...w].length <= longest).map((w) => wordWidth(w, size, bold)))
}

export interface ColumnContent {
  /** Share of the free width. */
  weight: number
  /** The heading, set bold. */
  heading: string
  /** Short texts of its cells whose words must stay whole (levels, types, numbers). */
  cells?: string[]
  /** Font size of the heading in half-points. @default the table's size */
  headingSize?: number
  /** Teacher texts of its cells whose words are kept whole when the page has room for them. */
  soft?: string[]
  /** Least share of the whole width (0–1), for the column that carries the teacher's text. */
  share?: number
}

const PAD = MARGINS.left + MARGINS.right + 40

/** Each column's least width: its heading's and short cells' longest word plus the margins, or its share. */
function hardWidths(total: number, content: ColumnContent[], size: number): number[] {
  return content.map((c) =>
    Math.max(longestWordWidth(c.heading, c.headingSize ?? size, true) + PAD, ...(c.cells ?? []).map((t) => longestWordWidth(t, size) + PAD), Math.ceil((c.share ?? 0) * total)),
  )
}

/** Whether every heading word and every word of the teacher's texts can stay whole in `total`. */
export function allWordsFit(total: number, content: ColumnContent[], size: number): boolean {
  const hard = hardWidths(total, content, size)
  const want = content.map((c, i) => Math.max(hard[i], ...(c.soft ?? []).map((t) => longestWordWidth(t, size) + PAD)))
  return want.reduce((s, w) => s + w, 0) <= total
}

/**
 * Widths (twips) summing to `total`: each column at least its content's longest word plus the cell
 * margins, the rest by weight. If even the least widths do not fit, they are shrunk alike.
 */
export function fitColumns(total: number, content: ColumnContent[], size: number): number[] {
  const hard = hardWidths(total, content, size)
  const sum = (list: number[]) => list.reduce((s, w) => s + w, 0)
  // teacher words kept whole column by column, as far as the page allows
  const least = [...hard]
  content.forEach((c, i) => {
    const want = Math.max(hard[i], ...(c.soft ?? []).map((t) => longestWordWidth(t, size) + PAD))
    if (sum(least) - least[i] + want <= total) least[i] = want
  })
  const sumLeast = sum(least)
  if (sumLeast >= total) return settle(least.map((w) => Math.floor((w * total) / sumLeast)), total)
  // give every column its weight's share; a column short of its least takes that, the others share the rest
  const fixed = new Set<number>()
  for (;;) {
    const free = total - [...fixed].reduce((s, i) => s + least[i], 0)
    const weights = content.reduce((s, c, i) => s + (fixed.has(i) ? 0 : c.weight), 0)
    const widths = content.map((c, i) => (fixed.has(i) ? least[i] : Math.floor((free * c.weight) / weights)))
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < least[i])
    if (short < 0) return settle(widths, total)
    fixed.add(short)
  }
}

/** The rounding goes to the widest column. */
function settle(widths: number[], total: number): number[] {
  const widest = widths.indexOf(Math.max(...widths))
  widths[widest] += total - widths.reduce((s, w) => s + w, 0)
  return widths
}
