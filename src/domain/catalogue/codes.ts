/**
 * Objective codes as printed in the curriculum: numeric `grade.strand.substrand.number` (7.2.2.13),
 * teachers' short codes `grade.LETTERS+number` (5.L3, 5.UE6, 5.Т1) and codes with a printed mark
 * (3.1.3.3**). Numbers skip, so nothing here assumes consecutive codes.
 */
import { fold } from './fold'

/** The accepted shapes: a grade (1–12), then dot-separated groups of letters and digits, then marks. */
const CODE_SHAPE = /^(?:[1-9]|1[0-2])(?:\.[\p{L}\p{N}]{1,6}){1,5}\**$/u

/** Trims spaces and a trailing dot, and joins the spaces some PDFs put around dots («7. 2. 1. 1»). */
export function normalizeCode(code: string): string {
  return code
    .trim()
    .replace(/\s*\.\s*/g, '.')
    .replace(/\.+$/, '')
}

export function isValidCode(code: string): boolean {
  return CODE_SHAPE.test(normalizeCode(code))
}

/** True when `code` starts with `prefix` (case- and Kazakh-letter-insensitive): «7.2» matches 7.2.2.13. */
export function codeStartsWith(code: string, prefix: string): boolean {
  const p = fold(normalizeCode(prefix))
  return p.length > 0 && fold(normalizeCode(code)).startsWith(p)
}

function segments(code: string): string[] {
  return normalizeCode(code).replace(/\*+$/, '').split('.')
}

/** `localeCompare` with options builds a collator per call; lists of thousands of codes are sorted with this one. */
const segmentOrder = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' })

/** Curriculum order: segment by segment, numbers as numbers (7.2.2.9 < 7.2.2.13), letters after numbers. */
export function compareCodes(a: string, b: string): number {
  const x = segments(a)
  const y = segments(b)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === undefined) return -1
    if (y[i] === undefined) return 1
    const cmp = segmentOrder.compare(x[i], y[i])
    if (cmp !== 0) return cmp
  }
  return a.localeCompare(b)
}
