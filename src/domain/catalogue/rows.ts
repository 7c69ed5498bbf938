/**
 * One row of an imported table, checked: every cell is untrusted text. Cells are read leniently
 * («7 класс», «7-сынып», «IV», «қазақша») and then validated with valibot; a row either becomes an
 * ObjectiveDraft or a list of problems the teacher can read next to its line number.
 */
import * as v from 'valibot'
import { LANGUAGES, type Language } from '@/domain/model'
import { LIMITS } from '../shapes/limits'
import { isValidCode, normalizeCode } from './codes'
import { fold } from './fold'
import { isSpreadsheetFormula, unquoteCell } from '@/domain/text/spreadsheetFormula'
import type { ObjectiveDraft } from './model'

export const CATALOGUE_COLUMNS = ['code', 'text', 'section', 'term', 'subject', 'grade', 'language', 'source'] as const
export type CatalogueColumn = (typeof CATALOGUE_COLUMNS)[number]

export const MAX_TEXT_LENGTH = 2000

export const ROW_PROBLEMS = [
  'missingCode',
  'badCode',
  'missingText',
  'textTooLong',
  'formula',
  'missingSubject',
  'badGrade',
  'badTerm',
  'badLanguage',
  'duplicateInFile',
] as const
export type RowProblemKind = (typeof ROW_PROBLEMS)[number]

export interface RowProblem {
  column: CatalogueColumn | null
  kind: RowProblemKind
  /** The offending cell, or for duplicateInFile the line it repeats. */
  detail: string
}

export interface RawRow {
  /** Line (row) number in the table as the teacher sees it, header included. */
  line: number
  cells: Partial<Record<CatalogueColumn, string>>
}

/** Values for columns the table lacks or leaves empty (chosen in the import dialog). */
export interface ImportDefaults {
  subject: string
  grade: number | null
  term: number | null
  language: Language | null
  section: string
}

export type RowResult = { ok: true; line: number; draft: ObjectiveDraft } | { ok: false; line: number; problems: RowProblem[] }

/** A cell a spreadsheet would run as a formula (CSV injection, e.g. «=cmd|' /C calc'!A0»); see spreadsheetFormula.ts. */
export const looksLikeFormula = isSpreadsheetFormula

const LANGUAGE_WORDS: Record<Language, string[]> = {
  kk: ['kk', 'kz', 'kaz', 'kazakh', 'каз', 'казак', 'казакша', 'казахский'],
  ru: ['ru', 'rus', 'russian', 'рус', 'русский', 'орыс', 'орысша'],
  en: ['en', 'eng', 'english', 'англ', 'английский', 'агылшын', 'агылшынша'],
}

export function readLanguage(cell: string): Language | null | undefined {
  const word = fold(cell).replace(/[^\p{L}]+/gu, ' ').trim().split(' ')[0]
  if (!word) return undefined
  for (const lang of LANGUAGES) if (LANGUAGE_WORDS[lang].includes(word)) return lang
  return null
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

/** «2», «2-тоқсан», «II четверть», «Term 2» → 2; empty → undefined; anything else → NaN. */
export function readTerm(cell: string): number | undefined {
  const c = fold(cell).trim()
  if (!c) return undefined
  const digits = c.match(/\d+/g)
  if (digits) return digits.length === 1 ? Number(digits[0]) : NaN
  const roman = c.match(/\b(i{1,3}|iv)\b/)
  return roman ? ROMAN[roman[1]] : NaN
}

/** «7», «7 класс», «7-сынып», «Grade 7» → 7; empty → undefined; anything else → NaN. */
export function readGrade(cell: string): number | undefined {
  const c = cell.trim()
  if (!c) return undefined
  const digits = c.match(/\d+/g)
  return digits && digits.length === 1 ? Number(digits[0]) : NaN
}

const DraftSchema = v.object({
  code: v.pipe(v.string(), v.minLength(1, 'missingCode'), v.check(isValidCode, 'badCode')),
  text: v.pipe(v.string(), v.minLength(1, 'missingText'), v.maxLength(MAX_TEXT_LENGTH, 'textTooLong')),
  section: v.pipe(v.string(), v.maxLength(LIMITS.short, 'textTooLong')),
  term: v.nullable(v.pipe(v.number('badTerm'), v.integer('badTerm'), v.minValue(1, 'badTerm'), v.maxValue(4, 'badTerm'))),
  subject: v.pipe(v.string(), v.minLength(1, 'missingSubject'), v.maxLength(LIMITS.short, 'textTooLong')),
  grade: v.pipe(v.number('badGrade'), v.integer('badGrade'), v.minValue(1, 'badGrade'), v.maxValue(12, 'badGrade')),
  language: v.picklist(LANGUAGES, 'badLanguage'),
  source: v.optional(v.pipe(v.string(), v.maxLength(LIMITS.text, 'textTooLong'))),
})

const tidy = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim()

/** Reads and validates one row; `defaults` fill the columns the table lacks or leaves empty. */
export function validateRow(raw: RawRow, defaults: ImportDefaults): RowResult {
  // a cell our export protected with an apostrophe is text to a spreadsheet: it loses the apostrophe and is kept
  const formulas: RowProblem[] = CATALOGUE_COLUMNS.filter((c) => looksLikeFormula(raw.cells[c] ?? '')).map((column) => ({
    column,
    kind: 'formula',
    detail: raw.cells[column] ?? '',
  }))
  if (formulas.length) return { ok: false, line: raw.line, problems: formulas }
  const cells = Object.fromEntries(Object.entries(raw.cells).map(([column, cell]) => [column, unquoteCell(cell ?? '')])) as RawRow['cells']

  const term = readTerm(cells.term ?? '')
  const grade = readGrade(cells.grade ?? '')
  const language = readLanguage(cells.language ?? '')
  const candidate = {
    code: normalizeCode(cells.code ?? ''),
    text: tidy(cells.text),
    section: tidy(cells.section) || defaults.section.trim(),
    term: term === undefined ? defaults.term : term,
    subject: tidy(cells.subject) || defaults.subject.trim(),
    grade: grade === undefined ? (defaults.grade ?? NaN) : grade,
    language: language === undefined ? (defaults.language ?? '') : (language ?? cells.language),
    source: tidy(cells.source) || undefined,
  }
  const parsed = v.safeParse(DraftSchema, candidate, { abortPipeEarly: true })
  if (parsed.success) return { ok: true, line: raw.line, draft: parsed.output as ObjectiveDraft }
  const problems = parsed.issues.map((issue): RowProblem => {
    const column = (issue.path?.[0]?.key as CatalogueColumn | undefined) ?? null
    return { column, kind: issue.message as RowProblemKind, detail: column ? (cells[column] ?? '') : '' }
  })
  return { ok: false, line: raw.line, problems }
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}
