/**
 * Search over the catalogue as the teacher types: by code prefix («7.2», «5.L») or by words in kk, ru
 * or en, tolerant of case, Kazakh letters typed as Russian ones (see fold.ts) and small typos.
 * MiniSearch holds the inverted index; every indexed and queried term is folded by `foldedTerms`.
 * A large catalogue is indexed a slice at a time (`CatalogueSearch.build`); scan.ts answers meanwhile.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Language } from '@/domain/model'
import { compareCodes } from './codes'
import { foldedTerms, isCodeToken } from './fold'
import type { CatalogueObjective } from './model'
import { SubjectNameIndex } from './subjectQuery'

export interface SearchFilter {
  subject?: string | null
  grade?: number | null
  term?: number | null
  language?: Language | null
  /** @default false */
  includeHidden?: boolean
}

export interface CatalogueHit {
  objective: CatalogueObjective
  score: number
  /** Folded document terms that matched, for highlighting. */
  terms: string[]
  /** Folded code-looking query terms, for highlighting the matched start of a code. */
  codePrefixes: string[]
}

/** Typo tolerance by length: none below 4 letters, one edit up to 7, two from 8. Codes are never fuzzy. */
function fuzziness(term: string): number | false {
  if (isCodeToken(term) || /^\d+$/.test(term) || term.length < 4) return false
  return term.length < 8 ? 1 : 2
}

export function matchesFilter(o: CatalogueObjective, f: SearchFilter): boolean {
  return (
    (f.includeHidden || !o.hidden) &&
    (f.subject == null || o.subject === f.subject) &&
    (f.grade == null || o.grade === f.grade) &&
    (f.term == null || o.term === f.term) &&
    (f.language == null || o.language === f.language)
  )
}

export interface SlicedBuildOptions {
  /** How long one slice of the build may hold the main thread, in ms. @default 8 */
  sliceMs?: number
  /** Gives the page back between slices (input, rendering). @default a zero-delay timeout */
  pause?: () => Promise<void>
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
/** Terms come out of `foldedTerms` already folded. */
const asIs = (term: string) => term

export class CatalogueSearch {
  private readonly index: MiniSearch<CatalogueObjective>
  private readonly byId = new Map<string, CatalogueObjective>()
  private readonly subjects = new SubjectNameIndex()

  constructor(objectives: readonly CatalogueObjective[] = []) {
    this.index = new MiniSearch<CatalogueObjective>({
      fields: ['code', 'text', 'section'],
      tokenize: (text) => foldedTerms(text),
      processTerm: asIs,
      searchOptions: { tokenize: (text) => foldedTerms(text), processTerm: asIs },
    })
    this.addAll(objectives)
  }

  /**
   * The same index as `new CatalogueSearch(objectives)`, built a slice at a time so that typing and
   * rendering go on meanwhile: 20,000 entries take over a second to index at once.
   */
  static async build(objectives: readonly CatalogueObjective[], { sliceMs = 8, pause = nextTask }: SlicedBuildOptions = {}): Promise<CatalogueSearch> {
    const search = new CatalogueSearch()
    let next = 0
    while (next < objectives.length) {
      await pause()
      const started = performance.now()
      do {
        search.add(objectives[next++])
      } while (next < objectives.length && performance.now() - started < sliceMs)
    }
    return search
  }

  get size(): number {
    return this.byId.size
  }

  addAll(objectives: readonly CatalogueObjective[]): void {
    for (const o of objectives) this.add(o)
  }

  private add(o: CatalogueObjective): void {
    this.byId.set(o.id, o)
    this.index.add(o)
    this.subjects.add(o)
  }

  /** Replaces an entry that changed (or adds a new one). */
  upsert(o: CatalogueObjective): void {
    const old = this.byId.get(o.id)
    if (old) {
      this.index.discard(o.id)
      this.subjects.remove(old)
    }
    this.add(o)
  }

  remove(id: string): void {
    const old = this.byId.get(id)
    if (!old) return
    this.byId.delete(id)
    this.index.discard(id)
    this.subjects.remove(old)
  }

  /**
   * Entries matching every word of the query (falling back to any word when none matches all), best
   * first; entries in `preferLanguage` rank higher. When no subject is chosen and the query names one
   * («Қазақ тілі», «физика»), only that subject's entries answer, and its name is not looked for in texts.
   * @param limit @default 200
   */
  search(query: string, filter: SearchFilter = {}, preferLanguage?: Language, limit = 200): CatalogueHit[] {
    let terms = foldedTerms(query)
    if (terms.length === 0) return []
    const named = filter.subject == null ? this.subjects.find(terms) : null
    const inSubject = (o: CatalogueObjective) => matchesFilter(o, filter) && (!named || named.keys.includes(o.subject))
    if (named) terms = named.rest
    if (terms.length === 0) return this.subjectEntries(inSubject, preferLanguage, limit)
    const codePrefixes = terms.filter(isCodeToken)
    const options = {
      boost: { code: 3, text: 1, section: 0.5 },
      prefix: (term: string) => term.length >= 2 || isCodeToken(term),
      fuzzy: fuzziness,
      filter: (r: SearchResult) => {
        const o = this.byId.get(r.id as string)
        return !!o && inSubject(o)
      },
      boostDocument: (id: unknown) => (preferLanguage && this.byId.get(id as string)?.language === preferLanguage ? 1.5 : 1),
    }
    const words = terms.join(' ')
    let results = this.index.search(words, { ...options, combineWith: 'AND' })
    if (results.length === 0 && terms.length > 1) results = this.index.search(words, { ...options, combineWith: 'OR' })
    return results.slice(0, limit).map((r) => ({
      objective: this.byId.get(r.id as string) as CatalogueObjective,
      score: r.score,
      terms: r.terms,
      codePrefixes,
    }))
  }

  /** A named subject's entries when the query is only its name: the preferred language first, then grade, term and code. */
  private subjectEntries(keep: (o: CatalogueObjective) => boolean, preferLanguage: Language | undefined, limit: number): CatalogueHit[] {
    const rank = (o: CatalogueObjective) => (o.language === preferLanguage ? 0 : 1)
    return [...this.byId.values()]
      .filter(keep)
      .sort((a, b) => rank(a) - rank(b) || a.grade - b.grade || (a.term ?? 9) - (b.term ?? 9) || compareCodes(a.code, b.code))
      .slice(0, limit)
      .map((objective) => ({ objective, score: 1, terms: [], codePrefixes: [] }))
  }
}
