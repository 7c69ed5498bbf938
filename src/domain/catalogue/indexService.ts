/**
 * The catalogue's search index behind messages, so that it can live in a Web Worker (src/workers/catalogueIndex.ts):
 * 20,000 entries take over a second to index, which the page would otherwise spend in slices between keystrokes.
 * The matching and ranking are CatalogueSearch's own (search.ts) and, while the index is built, the scan's (scan.ts);
 * this file only carries entries in and hits out.
 *
 * The build runs a slice at a time, so that the worker answers scans between slices: a teacher who types while a
 * large catalogue is indexed gets the scan's answers from here, and the page never walks the 20,000 entries itself.
 * Every other message waits for the build and is handled in the order it came, so a search asked after a change is
 * answered with the change in.
 */
import type { Language } from '@/domain/model'
import type { CatalogueObjective } from './model'
import { scanCatalogue } from './scan'
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
  /** The scan over the last whole list loaded (no typo tolerance), answered at once, also while the index is built. */
  | ({ kind: 'scan'; ask: number } & SearchQuestion)

/** A hit as it crosses to the page: the entry by id (the page holds the entries themselves). */
export type HitById = Omit<CatalogueHit, 'objective'> & { id: string }

export type IndexReply = { kind: 'loaded'; generation: number } | { kind: 'hits'; ask: number; hits: HitById[] }

export interface IndexServiceOptions {
  /** Longest stretch of indexing between two looks at the messages that came (ms). */
  sliceMs?: number
  /** Lets the messages that came meanwhile run; a task later by default. */
  pause?: () => Promise<void>
}

const byId = (hits: CatalogueHit[]): HitById[] => hits.map(({ objective, ...hit }) => ({ ...hit, id: objective.id }))

export class IndexService {
  private index = new CatalogueSearch()
  /** The parts of a list still arriving (null when no list is arriving). */
  private loading: CatalogueObjective[] | null = null
  /** The last whole list that arrived: what scans look at. */
  private list: readonly CatalogueObjective[] = []
  private building = false
  /** Messages that wait for the build: all but scans. */
  private waiting: IndexRequest[] = []
  /** Scans that came while a list was arriving: answered over that list once it is whole. */
  private scans: Extract<IndexRequest, { kind: 'scan' }>[] = []

  constructor(
    private readonly send: (reply: IndexReply) => void,
    private readonly options: IndexServiceOptions = {},
  ) {}

  /** Handles one message; replies through `send`, at once or when the build it waits for is done. */
  handle(request: IndexRequest): void {
    if (request.kind === 'scan') {
      if (this.loading) this.scans.push(request)
      else this.scan(request)
      return
    }
    if (this.building) {
      this.waiting.push(request)
      return
    }
    switch (request.kind) {
      case 'load':
        if (request.first || !this.loading) this.loading = []
        for (const o of request.objectives) this.loading.push(o)
        if (request.last) this.build(request.generation)
        return
      case 'change':
        for (const o of request.upsert) this.index.upsert(o)
        for (const id of request.remove) this.index.remove(id)
        return
      case 'search':
        this.send({ kind: 'hits', ask: request.ask, hits: byId(this.index.search(request.query, request.filter, request.preferLanguage, request.limit)) })
        return
    }
  }

  private scan({ ask, query, filter, preferLanguage, limit }: Extract<IndexRequest, { kind: 'scan' }>): void {
    this.send({ kind: 'hits', ask, hits: byId(scanCatalogue(this.list, query, filter, preferLanguage, limit)) })
  }

  private build(generation: number): void {
    this.list = this.loading ?? []
    this.loading = null
    for (const request of this.scans.splice(0)) this.scan(request)
    this.building = true
    void CatalogueSearch.build(this.list, { sliceMs: this.options.sliceMs ?? 12, pause: this.options.pause }).then((index) => {
      this.index = index
      this.building = false
      this.send({ kind: 'loaded', generation })
      // what came during the build, in order; a new list among it starts the next build, and the rest waits again
      const waiting = this.waiting.splice(0)
      while (waiting.length > 0 && !this.building) this.handle(waiting.shift()!)
      this.waiting.unshift(...waiting)
    })
  }
}
