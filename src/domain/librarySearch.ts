/**
 * Searching, filtering and sorting the teacher's library. Pure and fast enough for thousands of
 * assessments: each assessment's searchable text is folded once and cached, by object identity and by
 * `id` + `updatedAt` (every saved change of content gets a new `updatedAt`, so a list re-read from the
 * database after one change re-folds only the changed assessment).
 */
import type { Assessment } from './model'
import type { LibraryQuery, LibrarySort } from './libraryQuery'
import { foldTerms, foldText } from './text/fold'

/** Where in an assessment a search word was found. */
export type MatchField =
  | 'title'
  | 'subject'
  | 'section'
  | 'objective'
  | 'criterion'
  | 'task'
  | 'option'
  | 'answer'
  | 'descriptor'

interface Entry {
  field: MatchField
  text: string
}

interface SearchDoc {
  /** Every searchable text, folded in one pass and joined by NUL (never typed, so a term cannot span two texts). */
  all: string
  subjectKey: string
}

const SEPARATOR = '\u0000'
const docs = new WeakMap<Assessment, SearchDoc>()
const byVersion = new Map<string, { updatedAt: number; doc: SearchDoc }>()

/** Every searchable text of an assessment with where it sits, in the order a reader meets them. */
function entries(a: Assessment): Entry[] {
  const list: Entry[] = [
    { field: 'title', text: a.title },
    { field: 'subject', text: a.subject },
  ]
  for (const s of a.sections) list.push({ field: 'section', text: s })
  for (const o of a.objectives) list.push({ field: 'objective', text: o.text ? `${o.code} ${o.text}` : o.code })
  for (const c of a.criteria) list.push({ field: 'criterion', text: c.text })
  for (const t of a.tasks) {
    list.push({ field: 'task', text: t.text })
    for (const o of t.options) list.push({ field: 'option', text: o.text })
    if (t.answer) list.push({ field: 'answer', text: t.answer })
    for (const d of t.descriptors) list.push({ field: 'descriptor', text: d.text })
  }
  return list
}

function searchDoc(a: Assessment): SearchDoc {
  const cached = docs.get(a)
  if (cached) return cached
  const version = byVersion.get(a.id)
  const doc =
    version && version.updatedAt === a.updatedAt
      ? version.doc
      : { all: foldText(entries(a).map((e) => e.text).join(SEPARATOR)), subjectKey: subjectKey(a.subject) }
  docs.set(a, doc)
  byVersion.set(a.id, { updatedAt: a.updatedAt, doc })
  return doc
}

/**
 * Folds the searchable text of `list[from, from + count)` ahead of the first search (for idle time),
 * and returns where to continue: `list.length` when all are ready.
 */
export function prepareSearch(list: readonly Assessment[], from = 0, count = list.length): number {
  const end = Math.min(list.length, from + count)
  for (let i = from; i < end; i++) searchDoc(list[i])
  return end
}

/** The key two spellings of one subject share («Қазақстан тарихы» = «казакстан тарихы »). */
export function subjectKey(subject: string): string {
  return foldTerms(subject).join(' ')
}

/** True when the assessment passes every filter and holds every word of the search text. */
export function matchesQuery(a: Assessment, q: LibraryQuery, terms = foldTerms(q.text)): boolean {
  if (q.kind !== null && a.kind !== q.kind) return false
  if (q.grade !== null && a.grade !== q.grade) return false
  if (q.term !== null && a.term !== q.term) return false
  if (q.subject !== null && searchDoc(a).subjectKey !== subjectKey(q.subject)) return false
  if (terms.length === 0) return true
  const all = searchDoc(a).all
  return terms.every((term) => all.includes(term))
}

const collators = new Map<string, Intl.Collator>()
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale)
  if (!c) {
    c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
    collators.set(locale, c)
  }
  return c
}

/** Nulls after every number. */
function ascNullsLast(x: number | null, y: number | null): number {
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  return x - y
}

export function compareBy(sort: LibrarySort, locale = 'kk'): (x: Assessment, y: Assessment) => number {
  const byChanged = (x: Assessment, y: Assessment) => y.updatedAt - x.updatedAt || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  if (sort === 'changed') return byChanged
  const c = collator(locale)
  const byTitle = (x: Assessment, y: Assessment) => {
    const tx = x.title.trim()
    const ty = y.title.trim()
    // untitled drafts go after the titled ones
    if (!tx !== !ty) return tx ? -1 : 1
    return c.compare(tx, ty) || byChanged(x, y)
  }
  if (sort === 'title') return byTitle
  return (x, y) => ascNullsLast(x.grade, y.grade) || ascNullsLast(x.term, y.term) || byTitle(x, y)
}

/**
 * The library as the teacher asked for it: filtered, searched, sorted. `locale` orders titles
 * (the interface language).
 */
export function searchLibrary(all: readonly Assessment[], q: LibraryQuery, locale = 'kk'): Assessment[] {
  return filterLibrary(sortLibrary(all, q.sort, locale), q)
}

/**
 * The whole library in one order, a new array. The order is total (ties go by `updatedAt`, then `id`), so filtering
 * a sorted library gives the same list as sorting the filtered one: a view sorts once per list, sort order and
 * language, and each keystroke only filters (2,000 titles through Intl.Collator cost more than the search itself).
 */
export function sortLibrary(all: readonly Assessment[], sort: LibrarySort, locale = 'kk'): Assessment[] {
  return [...all].sort(compareBy(sort, locale))
}

/** The assessments of `sorted` that pass the query's filters and hold every word of its text, in the same order. */
export function filterLibrary(sorted: readonly Assessment[], q: LibraryQuery): Assessment[] {
  const terms = foldTerms(q.text)
  return sorted.filter((a) => matchesQuery(a, q, terms))
}

export interface MatchHint {
  field: MatchField
  /** A piece of the original text around the first found word. */
  snippet: string
}

/**
 * Where the search text was found when it is not visible on the card (not in the title or subject),
 * so the teacher sees why a result is there. Null when nothing needs explaining.
 */
export function matchHint(a: Assessment, text: string, radius = 40): MatchHint | null {
  const terms = foldTerms(text)
  if (terms.length === 0) return null
  // folded per text here, not kept: hints are computed only for the results on screen
  const list = entries(a).map((e) => ({ ...e, folded: foldText(e.text) }))
  const visible = (e: Entry) => e.field === 'title' || e.field === 'subject'
  for (const term of terms) {
    if (list.some((e) => visible(e) && e.folded.includes(term))) continue
    const hit = list.find((e) => !visible(e) && e.folded.includes(term))
    if (!hit) continue
    const at = hit.folded.indexOf(term)
    const start = Math.max(0, at - radius)
    const end = Math.min(hit.text.length, at + term.length + radius)
    const piece = hit.text.slice(start, end).replace(/\s+/g, ' ').trim()
    return { field: hit.field, snippet: `${start > 0 ? '…' : ''}${piece}${end < hit.text.length ? '…' : ''}` }
  }
  return null
}

/**
 * matchHint remembered per assessment object: asked again with the same text, or with a text whose hint reads the
 * same, it returns the very object it returned before, so a card whose hint did not change is not drawn again on a
 * keystroke. One memo per list on screen; rows that leave the library are forgotten with them (WeakMap).
 */
export function matchHintMemo(radius?: number): (a: Assessment, text: string) => MatchHint | null {
  const last = new WeakMap<Assessment, { text: string; hint: MatchHint | null }>()
  return (a, text) => {
    const seen = last.get(a)
    if (seen && seen.text === text) return seen.hint
    let hint = matchHint(a, text, radius)
    if (hint && seen?.hint && hint.field === seen.hint.field && hint.snippet === seen.hint.snippet) hint = seen.hint
    last.set(a, { text, hint })
    return hint
  }
}

export interface LibraryFacets {
  /** One spelling per subject (the most recently changed one wins), in alphabetical order. */
  subjects: string[]
  grades: number[]
  terms: number[]
}

/** The values the filters can offer: only those that occur in the library. */
export function libraryFacets(all: readonly Assessment[], locale = 'kk'): LibraryFacets {
  const subjects = new Map<string, { name: string; at: number }>()
  const grades = new Set<number>()
  const terms = new Set<number>()
  // a library holds a handful of subjects: each is folded once per call, not once per assessment
  const keys = new Map<string, string>()
  for (const a of all) {
    let key = keys.get(a.subject)
    if (key === undefined) keys.set(a.subject, (key = subjectKey(a.subject)))
    const seen = subjects.get(key)
    if (key && (!seen || seen.at < a.updatedAt)) subjects.set(key, { name: a.subject.trim().replace(/\s+/g, ' '), at: a.updatedAt })
    if (a.grade !== null) grades.add(a.grade)
    if (a.term !== null) terms.add(a.term)
  }
  const c = collator(locale)
  return {
    subjects: [...subjects.values()].map((s) => s.name).sort(c.compare),
    grades: [...grades].sort((x, y) => x - y),
    terms: [...terms].sort((x, y) => x - y),
  }
}
