/**
 * Search over the catalogue as the teacher types: by code prefix («7.2», «5.L») or by words in kk, ru
 * or en, tolerant of case, Kazakh letters typed as Russian ones (see fold.ts) and small typos.
 * MiniSearch holds the inverted index; every indexed and queried term goes through `fold`.
 */
import MiniSearch, { type SearchResult } from 'minisearch'
import type { Language } from '@/domain/model'
import { fold, foldedTerms, isCodeToken } from './fold'
import type { CatalogueObjective } from './model'

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

export class CatalogueSearch {
  private readonly index: MiniSearch<CatalogueObjective>
  private readonly byId = new Map<string, CatalogueObjective>()

  constructor(objectives: readonly CatalogueObjective[] = []) {
    this.index = new MiniSearch<CatalogueObjective>({
      fields: ['code', 'text', 'section'],
      tokenize: (text) => foldedTerms(text),
      processTerm: (term) => fold(term),
      searchOptions: { tokenize: (text) => foldedTerms(text), processTerm: (term) => fold(term) },
    })
    this.addAll(objectives)
  }

  get size(): number {
    return this.byId.size
  }

  addAll(objectives: readonly CatalogueObjective[]): void {
    for (const o of objectives) this.byId.set(o.id, o)
    this.index.addAll(objectives)
  }

  /** Replaces an entry that changed (or adds a new one). */
  upsert(o: CatalogueObjective): void {
    if (this.byId.has(o.id)) this.index.discard(o.id)
    this.byId.set(o.id, o)
    this.index.add(o)
  }

  remove(id: string): void {
    if (!this.byId.delete(id)) return
    this.index.discard(id)
  }

  /**
   * Entries matching every word of the query (falling back to any word when none matches all), best
   * first; entries in `preferLanguage` rank higher.
   * @param limit @default 200
   */
  search(query: string, filter: SearchFilter = {}, preferLanguage?: Language, limit = 200): CatalogueHit[] {
    const terms = foldedTerms(query)
    if (terms.length === 0) return []
    const codePrefixes = terms.filter(isCodeToken)
    const options = {
      boost: { code: 3, text: 1, section: 0.5 },
      prefix: (term: string) => term.length >= 2 || isCodeToken(term),
      fuzzy: fuzziness,
      filter: (r: SearchResult) => {
        const o = this.byId.get(r.id as string)
        return !!o && matchesFilter(o, filter)
      },
      boostDocument: (id: unknown) => (preferLanguage && this.byId.get(id as string)?.language === preferLanguage ? 1.5 : 1),
    }
    let results = this.index.search(query, { ...options, combineWith: 'AND' })
    if (results.length === 0 && terms.length > 1) results = this.index.search(query, { ...options, combineWith: 'OR' })
    return results.slice(0, limit).map((r) => ({
      objective: this.byId.get(r.id as string) as CatalogueObjective,
      score: r.score,
      terms: r.terms,
      codePrefixes,
    }))
  }
}
