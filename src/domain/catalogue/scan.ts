/**
 * The catalogue search used while the index is still being built (about a second after a large
 * catalogue loads), so the first keystrokes get answers without waiting for it. One pass over the
 * entries: each query word must start a word of the entry's code, text or section, as a prefix from two
 * letters on or for a code, otherwise whole (every word, or any word when no entry has all of them, as
 * the index does). No typo tolerance. Ranked by the index's field boosts, a whole word above a word
 * start, the preferred language above others, then shorter texts and curriculum order.
 */
import { compareCodes } from './codes'
import { fold, foldedTerms, isCodeToken, tokens } from './fold'
import type { CatalogueObjective } from './model'
import { matchesFilter, type CatalogueHit, type SearchFilter } from './search'
import type { Language } from '@/domain/model'

const FIELDS = [
  { name: 'code', boost: 3 },
  { name: 'text', boost: 1 },
  { name: 'section', boost: 0.5 },
] as const

type FoldedFields = Record<(typeof FIELDS)[number]['name'], string>

/** Folded fields per entry, kept while the entry object lives (the live list hands out new objects on change). */
const foldedCache = new WeakMap<CatalogueObjective, FoldedFields>()

function foldedFields(o: CatalogueObjective): FoldedFields {
  let fields = foldedCache.get(o)
  if (!fields) {
    fields = { code: fold(o.code), text: fold(o.text), section: fold(o.section) }
    foldedCache.set(o, fields)
  }
  return fields
}

/** Letters and digits by UTF-16 code unit, one array read per check (a query looks at every entry); surrogates count as letters. */
let wordUnits: Uint8Array | null = null
function isWordUnit(unit: number): boolean {
  if (!wordUnits) {
    wordUnits = new Uint8Array(0x10000)
    for (let u = 0; u < 0x10000; u++) wordUnits[u] = (u >= 0xd800 && u < 0xe000) || /[\p{L}\p{N}]/u.test(String.fromCharCode(u)) ? 1 : 0
  }
  return wordUnits[unit] === 1
}
/** True for a letter or digit at `at` (false past either end). */
const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && isWordUnit(text.charCodeAt(at))

/** As in the index: a query word of two letters or more, or a code, matches the start of a word. */
const matchesAsPrefix = (term: string) => term.length >= 2 || isCodeToken(term)

const isDigit = (text: string, at: number) => text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57

/**
 * How well a word of `text` matches `term`: 1 for a whole word, 0.5 for a word start (when `prefix`), 0
 * for none. A word starts after a non-letter, except a dot after a digit: inside a code (7.2.2.13, 5.L3)
 * the index has only the whole code, so «2.13» is no word there and «7.2» is only its start.
 */
function wordMatch(text: string, term: string, prefix: boolean): number {
  let best = 0
  for (let at = text.indexOf(term); at >= 0 && best < 1; at = text.indexOf(term, at + 1)) {
    if (isWordChar(text, at - 1) || (text[at - 1] === '.' && isDigit(text, at - 2))) continue
    const end = at + term.length
    const codeGoesOn = text[end] === '.' && isWordChar(text, end + 1) && isDigit(term, term.length - 1)
    if (!isWordChar(text, end) && !codeGoesOn) best = 1
    else if (prefix) best = 0.5
  }
  return best
}

interface Match {
  objective: CatalogueObjective
  score: number
  matchedTerms: number
}

function scoreOf(o: CatalogueObjective, terms: readonly string[], preferLanguage?: Language): Match {
  const fields = foldedFields(o)
  let score = 0
  let matchedTerms = 0
  for (const term of terms) {
    const prefix = matchesAsPrefix(term)
    let termScore = 0
    for (const { name, boost } of FIELDS) termScore += boost * wordMatch(fields[name], term, prefix)
    if (termScore > 0) matchedTerms++
    score += termScore
  }
  return { objective: o, score: preferLanguage && o.language === preferLanguage ? score * 1.5 : score, matchedTerms }
}

/** The folded words of the entry that a query word matched, for highlighting (as the index reports them). */
function matchedWords(o: CatalogueObjective, terms: readonly string[]): string[] {
  const fields = foldedFields(o)
  const found = new Set<string>()
  for (const { name } of FIELDS) {
    for (const { text: word } of tokens(fields[name])) {
      if (terms.some((term) => (matchesAsPrefix(term) ? word.startsWith(term) : word === term))) found.add(word)
    }
  }
  return [...found]
}

const byScore = (a: Match, b: Match) => b.score - a.score || a.objective.text.length - b.objective.text.length
const byRank = (a: Match, b: Match) => byScore(a, b) || compareCodes(a.objective.code, b.objective.code)

/** The best `limit` matches; codes (slow to compare) order only the ties that reach the cut. */
function best(matches: Match[], limit: number): Match[] {
  matches.sort(byScore)
  let cut = Math.min(limit, matches.length)
  while (cut > 0 && cut < matches.length && byScore(matches[cut - 1], matches[cut]) === 0) cut++
  return matches.slice(0, cut).sort(byRank).slice(0, limit)
}

/**
 * Entries matching the query by a plain pass over `objectives`, best first (see the file header).
 * @param limit @default 200
 */
export function scanCatalogue(
  objectives: readonly CatalogueObjective[],
  query: string,
  filter: SearchFilter = {},
  preferLanguage?: Language,
  limit = 200,
): CatalogueHit[] {
  const terms = foldedTerms(query)
  if (terms.length === 0) return []
  const matches: Match[] = []
  for (const o of objectives) {
    if (!matchesFilter(o, filter)) continue
    const match = scoreOf(o, terms, preferLanguage)
    if (match.matchedTerms > 0) matches.push(match)
  }
  const all = matches.filter((m) => m.matchedTerms === terms.length)
  const chosen = all.length > 0 ? all : matches
  const codePrefixes = terms.filter(isCodeToken)
  return best(chosen, limit).map((m) => ({ objective: m.objective, score: m.score, terms: matchedWords(m.objective, terms), codePrefixes }))
}
