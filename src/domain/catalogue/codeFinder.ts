/**
 * Objective codes inside running text, as real documents print them: numeric `grade.strand.substrand.n`
 * (5.1.2.13, 10.2.1.4, 7.2.2.15; teachers' plans sometimes drop the last number: 5.2.1), short codes
 * `grade.LETTERS+n` (5.L1, 5.UE3, 5.Т1, 5.UE), followed by printed marks (3.1.3.3**, 1.3.4.1*).
 * A code is only ever taken as printed: nothing here completes, renumbers or invents one.
 * Not codes: dates (16.09.2022), section labels (5.2A), two-number headings (1.2).
 */
import { normalizeCode } from './codes'

const GRADE = String.raw`(?:1[0-2]|[1-9])`
const NUMERIC = String.raw`${GRADE}(?:\.\d{1,3}){2,4}`
const SHORT = String.raw`${GRADE}\.\p{Lu}{1,3}\d{0,3}`
/** A code with its marks; not glued to a letter, digit or dot before it, nor to «.digit» or a letter after it. */
const CODE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${NUMERIC}|${SHORT})(\**)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])`, 'gu')

export interface CodeAt {
  /** The code as the catalogue keeps it (marks kept: 3.1.3.3**). */
  code: string
  start: number
  end: number
}

export function findCodes(text: string): CodeAt[] {
  return [...text.matchAll(CODE)].map((m) => ({ code: normalizeCode(m[1] + m[2]), start: m.index, end: m.index + m[0].length }))
}

/** Bullets, numbering, dashes, brackets and separators around an objective's text. */
const LEAD = /^[\s\-–—•·▪●◦*:;,.)\]]+/u
const TRAIL = /[\s\-–—•·:;,([]+$/u

/** An objective's text as printed, trimmed of list marks and separators, inner whitespace (wraps) as one space. */
export function cleanText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(LEAD, '').replace(TRAIL, '').replace(/^\((.*)\)$/u, '$1').trim()
}

export interface CellObjective {
  code: string
  text: string
}

export interface CellReading {
  objectives: CellObjective[]
  /** The cell holds codes only (the texts are in a neighbouring cell). */
  codesOnly: boolean
  /** Text before the first code when the codes come first; after the last code when they come last. */
  rest: string
}

const onlySeparators = (text: string) => /^[\s;,.\-–—•()[\]]*$/u.test(text)

/**
 * The objectives of one cell or line: codes before their texts («7.1.1.1 text; 7.1.1.2 text»), or after
 * them («text (7.1.1.1)»), several per cell separated by line breaks or «;».
 */
export function readCell(text: string): CellReading {
  const codes = findCodes(text)
  if (codes.length === 0) return { objectives: [], codesOnly: false, rest: text.trim() }
  const gaps = codes.map((c, i) => text.slice(c.end, codes[i + 1]?.start ?? text.length))
  const before = text.slice(0, codes[0].start)
  if (onlySeparators(before) && gaps.every(onlySeparators)) return { objectives: codes.map((c) => ({ code: c.code, text: '' })), codesOnly: true, rest: '' }
  const codesFirst = onlySeparators(before) || !onlySeparators(gaps.at(-1)!)
  if (codesFirst) {
    return { objectives: codes.map((c, i) => ({ code: c.code, text: cleanText(gaps[i]) })), codesOnly: false, rest: cleanText(before) }
  }
  const texts = codes.map((c, i) => text.slice(i === 0 ? 0 : codes[i - 1].end, c.start))
  return { objectives: codes.map((c, i) => ({ code: c.code, text: cleanText(texts[i]) })), codesOnly: false, rest: cleanText(gaps.at(-1)!) }
}

/** A neighbouring cell's texts for codes standing alone: one per line or «;», as many as there are codes. */
export function splitTexts(text: string, count: number): string[] | null {
  if (count === 1) return text.trim() ? [cleanText(text)] : null
  for (const parts of [text.split(/\n+/), text.split(/;|\n+/)]) {
    const items = parts.map(cleanText).filter(Boolean)
    if (items.length === count) return items
  }
  return null
}
