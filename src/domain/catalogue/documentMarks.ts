/**
 * What a curriculum document says about itself besides its objectives: term headings (тоқсан /
 * четверть / term), section labels (бөлім / раздел / unit), a table's header row, and the subject, grade
 * and language it is written for. Pure functions over folded text.
 */
import type { Language } from '@/domain/model'
import { fold } from './fold'
import { KNOWN_SUBJECTS } from './subjects'

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }
/** Kazakh texts print Roman numerals with the Cyrillic «І» (folded to «и»). */
const latinRoman = (s: string) => s.replace(/и/g, 'i')
const termNumber = (n: string): number | null => {
  const r = latinRoman(fold(n))
  const value = /^\d$/.test(r) ? Number(r) : ROMAN[r]
  return value >= 1 && value <= 4 ? value : null
}

const NUM = String.raw`([1-4]|[iи]{1,3}|[iи]v)`
const TERM_PATTERNS = [
  new RegExp(String.raw`^${NUM}\s*[-–—.]?\s*(?:-?ши|-?шы)?\s*токсан`, 'u'),
  new RegExp(String.raw`^${NUM}\s*[-–—.]?\s*(?:я|ая)?\s*четверт`, 'u'),
  new RegExp(String.raw`^(?:токсан|четверть|term)\s*[-–—:№]?\s*${NUM}(?!\p{L})`, 'u'),
  new RegExp(String.raw`^${NUM}\s*(?:st|nd|rd|th)?\s*term`, 'u'),
]

/** A term heading at the start of a line or merged row («2-тоқсан», «II четверть», «Term 3»): the term and the words after it. */
export function readTermHeading(text: string): { term: number; rest: string } | null {
  const folded = fold(text).trim()
  if (folded.length > 120) return null
  for (const pattern of TERM_PATTERNS) {
    const m = pattern.exec(folded)
    const term = m ? termNumber(m[1]) : null
    if (m && term) return { term, rest: text.trim().slice(m[0].length).replace(/^[\s\p{L}]*?[.:–—-]\s*|^\p{L}*\s*/u, '').trim() }
  }
  return null
}

const SECTION_WORDS = /^(?:\d+\s*[-–.]?\s*)?(?:болим|раздел|section|unit|модуль|тарау|болимше|подраздел)(?!\p{L})\s*[-–№.:]?\s*\d*[a-zа-я]?\s*[.:–—-]?\s*/u

/** «Бөлім 2. Жасуша», «Раздел: Движение», «Unit 3 Food» → the section's title as printed; else null. */
export function readSectionLabel(text: string): string | null {
  const m = SECTION_WORDS.exec(fold(text).trim())
  return m ? text.trim() : null
}

export type HeaderRole = 'section' | 'topic' | 'objective' | 'term' | 'code' | 'other'

const HEADER_WORDS: [HeaderRole, RegExp][] = [
  ['objective', /оку максат|цел[ьи] обучения|цели|learning objective|objective|максат/u],
  ['term', /токсан|четверть|^term$/u],
  ['code', /^(?:код|code|коды|codes)$/u],
  ['section', /болим|раздел|section|^unit|узак мерзимди жоспар|долгосрочного плана|модуль/u],
  ['topic', /такырып|тема|topic|lesson|сабак/u],
]

/** The role of each column when the row is a header row (no codes, most cells naming a column), else null. */
export function readHeaderRow(cells: readonly string[]): HeaderRole[] | null {
  const roles = cells.map((cell): HeaderRole => {
    const f = fold(cell).trim()
    return HEADER_WORDS.find(([, re]) => re.test(f))?.[0] ?? 'other'
  })
  return roles.includes('objective') || (roles.includes('section') && roles.includes('topic')) ? roles : null
}

const KAZAKH_LETTERS = /[әғқңөұүһі]/giu

/** The language of a set of objective texts: Kazakh letters → kk, other Cyrillic → ru, Latin → en. */
export function guessLanguage(texts: readonly string[]): Language | null {
  let cyrillic = 0
  let latin = 0
  let kazakh = 0
  for (const text of texts) {
    cyrillic += (text.match(/\p{Script=Cyrillic}/gu) ?? []).length
    latin += (text.match(/\p{Script=Latin}/gu) ?? []).length
    kazakh += (text.match(KAZAKH_LETTERS) ?? []).length
  }
  if (cyrillic + latin === 0) return null
  if (latin > cyrillic) return 'en'
  return kazakh > cyrillic / 100 ? 'kk' : 'ru'
}

/** The grade most codes start with (5.1.2.13 → 5); null when none. */
export function gradeOfCodes(codes: readonly string[]): number | null {
  const counts = new Map<number, number>()
  for (const code of codes) {
    const grade = Number(code.split('.')[0])
    if (grade >= 1 && grade <= 12) counts.set(grade, (counts.get(grade) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

/** «7-сынып», «7 класс», «Grade 7», «7 сыныпқа» in a title line → 7. */
export function gradeInTitle(text: string): number | null {
  const m = /(?:^|[^\d])(1[0-2]|[1-9])\s*[-–]?\s*(?:сынып|класс|кл(?!\p{L}))|grade\s*(1[0-2]|[1-9])\b/u.exec(fold(text))
  return m ? Number(m[1] ?? m[2]) : null
}

/** The subject a title line names (the longest known name found at a word start), as printed in the list. */
export function subjectInTitle(text: string, names: readonly string[] = []): string | null {
  const f = ` ${fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ')}`
  const all = [...names, ...KNOWN_SUBJECTS.flatMap((s) => Object.values(s))]
  let best: string | null = null
  for (const name of all) {
    const n = fold(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
    if (n.length >= 4 && f.includes(` ${n}`) && (!best || n.length > fold(best).length)) best = name
  }
  return best
}
