/**
 * What the library shows: search text, filters and sort order. Kept in the address (`#/?q=…&grade=7`)
 * so that Back from an opened assessment returns to the same list; unknown or malformed values in the
 * address fall back to "no filter" rather than failing.
 */
import { ASSESSMENT_KINDS, type AssessmentKind } from './model'

export const LIBRARY_SORTS = ['changed', 'title', 'grade'] as const
/** `changed`: most recently changed first (the default); `title`: A→Я; `grade`: lowest grade first. */
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

export interface LibraryQuery {
  text: string
  kind: AssessmentKind | null
  /** A subject as the teacher typed it; matched case- and keyboard-insensitively. */
  subject: string | null
  grade: number | null
  term: number | null
  /** @default 'changed' */
  sort: LibrarySort
}

export const EMPTY_QUERY: Readonly<LibraryQuery> = Object.freeze({
  text: '',
  kind: null,
  subject: null,
  grade: null,
  term: null,
  sort: 'changed',
})

/** The shape vue-router gives for `route.query`, without depending on vue-router. */
export type UrlQuery = Record<string, string | null | (string | null)[] | undefined>

function first(value: UrlQuery[string]): string {
  const v = Array.isArray(value) ? value[0] : value
  return typeof v === 'string' ? v : ''
}

function wholeIn(value: string, min: number, max: number): number | null {
  if (!/^\d{1,2}$/.test(value)) return null
  const n = Number(value)
  return n >= min && n <= max ? n : null
}

export function queryFromUrl(url: UrlQuery): LibraryQuery {
  const kind = first(url.kind)
  const sort = first(url.sort)
  const subject = first(url.subject).trim()
  return {
    text: first(url.q),
    kind: (ASSESSMENT_KINDS as readonly string[]).includes(kind) ? (kind as AssessmentKind) : null,
    subject: subject === '' ? null : subject,
    grade: wholeIn(first(url.grade), 0, 12),
    term: wholeIn(first(url.term), 1, 4),
    sort: (LIBRARY_SORTS as readonly string[]).includes(sort) ? (sort as LibrarySort) : 'changed',
  }
}

/** Only the values that differ from the defaults, so a plain library keeps a plain address. */
export function queryToUrl(q: LibraryQuery): Record<string, string> {
  const url: Record<string, string> = {}
  if (q.text.trim() !== '') url.q = q.text
  if (q.kind !== null) url.kind = q.kind
  if (q.subject !== null && q.subject.trim() !== '') url.subject = q.subject.trim()
  if (q.grade !== null) url.grade = String(q.grade)
  if (q.term !== null) url.term = String(q.term)
  if (q.sort !== 'changed') url.sort = q.sort
  return url
}

/** True when any search text or filter narrows the list (the sort order alone does not). */
export function isFiltered(q: LibraryQuery): boolean {
  return q.text.trim() !== '' || q.kind !== null || q.subject !== null || q.grade !== null || q.term !== null
}

export function sameQuery(x: LibraryQuery, y: LibraryQuery): boolean {
  return x.text === y.text && x.kind === y.kind && x.subject === y.subject && x.grade === y.grade && x.term === y.term && x.sort === y.sort
}
