/**
 * The catalogue's search index behind messages, so that it can live in a Web Worker (src/workers/catalogueIndex.ts):
 * 20,000 entries take over a second to index, which the page would otherwise spend in slices between keystrokes.
 * The matching and ranking are CatalogueSearch's own (search.ts); this file only carries entries in and hits out.
 * Messages are handled in the order they come, so a search asked after a change is answered with the change in.
 */
import type { Language } from '@/domain/model'
import type { CatalogueObjective } from './model'
import { CatalogueSearch, type CatalogueHit, type SearchFilter } from './search'

export interface SearchQuestion {
  query: string
  filter: SearchFilter
  preferLanguage?: Language
  limit?: number
}

export type IndexRequest =
  /** Part of a new list to index: the first part (`first`) drops the old index, the last (`last`) builds the new one. */
  | { kind: 'load'; generation: number; objectives: CatalogueObjective[]; first: boolean; last: boolean }
  /** A few entries changed or were removed since the list that was loaded. */
  | { kind: 'change'; upsert: CatalogueObjective[]; remove: string[] }
  | ({ kind: 'search'; ask: number } & SearchQuestion)

/** A hit as it crosses to the page: the entry by id (the page holds the entries themselves). */
export type HitById = Omit<CatalogueHit, 'objective'> & { id: string }

export type IndexReply = { kind: 'loaded'; generation: number } | { kind: 'hits'; ask: number; hits: HitById[] }

export class IndexService {
  private index = new CatalogueSearch()
  private loading: CatalogueObjective[] = []

  /** Handles one message; returns the reply to send, if any. */
  handle(request: IndexRequest): IndexReply | null {
    switch (request.kind) {
      case 'load':
        if (request.first) this.loading = []
        for (const o of request.objectives) this.loading.push(o)
        if (!request.last) return null
        this.index = new CatalogueSearch(this.loading)
        this.loading = []
        return { kind: 'loaded', generation: request.generation }
      case 'change':
        for (const o of request.upsert) this.index.upsert(o)
        for (const id of request.remove) this.index.remove(id)
        return null
      case 'search': {
        const hits = this.index.search(request.query, request.filter, request.preferLanguage, request.limit)
        return { kind: 'hits', ask: request.ask, hits: hits.map(({ objective, ...hit }) => ({ ...hit, id: objective.id })) }
      }
    }
  }
}
