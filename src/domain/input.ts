/** Parsing what a teacher types. Never throws: returns a value or the reason it is not one. */

export type PointsProblem = 'empty' | 'notNumber' | 'fraction' | 'negative'
export type ParseResult<T, P> = { ok: true; value: T } | { ok: false; problem: P }

/** Points are whole numbers ≥ 0: "1,5" is a fraction, "-1" negative, "abc" not a number. */
export function parsePoints(raw: string): ParseResult<number, PointsProblem> {
  const text = raw.trim()
  if (text === '') return { ok: false, problem: 'empty' }
  const normalized = text.replace(',', '.').replace(/^[−–]/, '-')
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return { ok: false, problem: 'notNumber' }
  const value = Number(normalized)
  if (value < 0) return { ok: false, problem: 'negative' }
  if (!Number.isInteger(value)) return { ok: false, problem: 'fraction' }
  return { ok: true, value }
}

/** Optional whole number (minutes, grade, term): empty → null. */
export function parseOptionalWhole(raw: string, min = 0, max = Number.MAX_SAFE_INTEGER): ParseResult<number | null, 'notWhole' | 'outOfRange'> {
  const text = raw.trim()
  if (text === '') return { ok: true, value: null }
  if (!/^\d+$/.test(text)) return { ok: false, problem: 'notWhole' }
  const value = Number(text)
  if (value < min || value > max) return { ok: false, problem: 'outOfRange' }
  return { ok: true, value }
}

/** Trims a code and removes spaces around dots, as pasted from PDFs: "7. 2.1 .1" → "7.2.1.1". */
export function normalizeObjectiveCode(raw: string): string {
  return raw.trim().replace(/\s*\.\s*/g, '.').replace(/\s+/g, ' ')
}

/**
 * Codes seen in the curriculum: numeric `7.2.1.1` / `3.1.3.3` (grade.strand.substrand.number, 3–5 parts)
 * and language-subject codes such as `5.L1`, `5.UE3`, `6.R2`. Anything else earns a warning, not a refusal.
 */
const NUMERIC_CODE = /^\d{1,2}(\.\d{1,3}){2,4}$/
const LETTER_CODE = /^\d{1,2}\.[A-Za-z]{1,4}\d{1,3}(\.\d{1,3})?$/

export function isUsualObjectiveCode(code: string): boolean {
  const c = normalizeObjectiveCode(code)
  return NUMERIC_CODE.test(c) || LETTER_CODE.test(c)
}
