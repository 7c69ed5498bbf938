/**
 * Subjects are typed as free text in any of the three languages («Физика», «Physics», «физика»), so
 * each entry stores a subject key and the names it was given. The key is the folded English name when
 * the subject is known (from the shipped data, the teacher's entries or the list below), otherwise the
 * folded name as typed.
 */
import type { Language } from '@/domain/model'
import { fold } from './fold'
import type { SubjectNames } from './model'

/** Common school subjects, so that an import naming «Биология» meets a later «Biology». */
export const KNOWN_SUBJECTS: readonly SubjectNames[] = [
  { kk: 'Математика', ru: 'Математика', en: 'Mathematics' },
  { kk: 'Алгебра', ru: 'Алгебра', en: 'Algebra' },
  { kk: 'Геометрия', ru: 'Геометрия', en: 'Geometry' },
  { kk: 'Физика', ru: 'Физика', en: 'Physics' },
  { kk: 'Химия', ru: 'Химия', en: 'Chemistry' },
  { kk: 'Биология', ru: 'Биология', en: 'Biology' },
  { kk: 'География', ru: 'География', en: 'Geography' },
  { kk: 'Жаратылыстану', ru: 'Естествознание', en: 'Natural science' },
  { kk: 'Информатика', ru: 'Информатика', en: 'Computer science' },
  { kk: 'Қазақстан тарихы', ru: 'История Казахстана', en: 'History of Kazakhstan' },
  { kk: 'Дүниежүзі тарихы', ru: 'Всемирная история', en: 'World history' },
  { kk: 'Қазақ тілі', ru: 'Казахский язык', en: 'Kazakh language' },
  { kk: 'Қазақ әдебиеті', ru: 'Казахская литература', en: 'Kazakh literature' },
  { kk: 'Орыс тілі', ru: 'Русский язык', en: 'Russian language' },
  { kk: 'Орыс әдебиеті', ru: 'Русская литература', en: 'Russian literature' },
  { kk: 'Ағылшын тілі', ru: 'Английский язык', en: 'English' },
]

const words = (name: string) => fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
/** Folded words without a trailing grade («Физика 7», «Физика 7 сынып» → «физика»). */
const cleanNow = (name: string) => words(name).replace(/\s+\d{1,2}(?:\s*(?:сынып|класс|grade))?$/u, '').trim() || words(name)
/** Names cleaned so far: a catalogue of 20,000 entries names its few subjects over and over. */
const cleaned = new Map<string, string>()
const CLEANED_KEPT = 5_000
function clean(name: string): string {
  let c = cleaned.get(name)
  if (c === undefined) {
    if (cleaned.size >= CLEANED_KEPT) cleaned.clear()
    cleaned.set(name, (c = cleanNow(name)))
  }
  return c
}

/** Folded aliases → subject key, from the built-in list and any names seen in the catalogue. */
export class SubjectRegistry {
  private readonly keys = new Map<string, string>()
  private readonly names = new Map<string, SubjectNames>()
  /** Key and names already registered (`register` again with them changes nothing). */
  private readonly registered = new Set<string>()

  constructor(extra: Iterable<SubjectNames> = []) {
    for (const names of KNOWN_SUBJECTS) this.add(names)
    for (const names of extra) this.add(names)
  }

  /** Registers a subject's names; returns its key. */
  add(names: SubjectNames): string {
    const given = [names.en, names.ru, names.kk].filter((n): n is string => !!n && clean(n) !== '')
    if (given.length === 0) return ''
    const key = given.map((n) => this.keys.get(clean(n))).find((k) => k !== undefined) ?? clean(given[0])
    for (const n of given) if (!this.keys.has(clean(n))) this.keys.set(clean(n), key)
    this.names.set(key, { ...names, ...this.names.get(key) })
    return key
  }

  /** Records names under a key already decided (e.g. read back from the database). */
  register(key: string, names: SubjectNames): void {
    if (!key) return
    // every entry of a subject carries the same names: 20,000 entries are a handful of registrations
    const seen = [key, names.kk, names.ru, names.en].map((n) => n ?? '\u0001').join('\u0000')
    if (this.registered.has(seen)) return
    this.registered.add(seen)
    for (const n of Object.values(names)) if (n && clean(n) && !this.keys.has(clean(n))) this.keys.set(clean(n), key)
    if (!this.keys.has(key)) this.keys.set(key, key)
    this.names.set(key, { ...names, ...this.names.get(key) })
  }

  /** Records the subject of every entry; a run of entries with the same subject and names costs a comparison each. */
  registerAll(entries: Iterable<{ subject: string; subjectNames: SubjectNames }>): void {
    let last: { subject: string; subjectNames: SubjectNames } | null = null
    for (const e of entries) {
      if (last && e.subject === last.subject && sameNames(e.subjectNames, last.subjectNames)) continue
      this.register(e.subject, e.subjectNames)
      last = e
    }
  }

  /** Every key known, with names. */
  allKeys(): string[] {
    return [...this.names.keys()]
  }

  /** Names to show for a key (those known so far). */
  namesOf(key: string): SubjectNames {
    return this.names.get(key) ?? {}
  }

  /** The key of a typed subject name, registering the name when the subject was not known. */
  ensure(name: string, lang: Language): string | null {
    const key = this.resolve(name)
    if (key === null || this.names.has(key)) return key
    return this.add({ [lang]: name.trim() })
  }

  /**
   * The key of a subject typed as free text, tolerant of case, Kazakh letters, a trailing grade
   * («Физика 7») and one typo; null for an empty name. An unknown name is its own key.
   */
  resolve(name: string): string | null {
    const typed = clean(name)
    if (!typed) return null
    const exact = this.keys.get(typed)
    if (exact !== undefined) return exact
    // the closest alias that one name starts with: «Қазақ тілі мен әдебиеті» is not «Қазақ тілі»
    let best: { key: string; gap: number } | null = null
    for (const [alias, key] of this.keys) {
      if (typed.length < 4 || !(alias.startsWith(typed) || typed.startsWith(alias))) continue
      const gap = Math.abs(alias.length - typed.length)
      if (!best || gap < best.gap) best = { key, gap }
    }
    if (best) return best.key
    if (typed.length >= 5) {
      for (const [alias, key] of this.keys) if (withinOneEdit(alias, typed)) return key
    }
    return typed
  }

  /** The display name of a key in `lang`, falling back to any other language. */
  label(key: string, lang: Language): string {
    const names = this.namesOf(key)
    return names[lang] ?? names.ru ?? names.kk ?? names.en ?? key
  }
}

const sameNames = (a: SubjectNames, b: SubjectNames) => a === b || (a.kk === b.kk && a.ru === b.ru && a.en === b.en && ('kk' in a) === ('kk' in b) && ('ru' in a) === ('ru' in b) && ('en' in a) === ('en' in b))

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
      continue
    }
    if (++edits > 1) return false
    if (a.length > b.length) i++
    else if (b.length > a.length) j++
    else {
      i++
      j++
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1
}
