/**
 * The catalogue's search index, kept in step with the live list, for the catalogue store. It lives in a Web Worker
 * (src/workers/catalogueIndex.ts), so that indexing 20,000 entries and answering each keystroke leave the page's
 * thread free; where a worker cannot start (no module workers, as in Firefox before 114), it is built in the page a
 * slice at a time. Until the index holds the list, searches scan the list (domain/catalogue/scan.ts): in the worker too,
 * between its slices of the build, so that the page's thread never walks a large catalogue on a keystroke.
 */
import { shallowRef, watch, type Ref } from 'vue'
import type { IndexReply, IndexRequest, SearchQuestion } from '@/domain/catalogue/indexService'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { scanCatalogue } from '@/domain/catalogue/scan'
import { CatalogueSearch, type CatalogueHit, type SearchFilter } from '@/domain/catalogue/search'
import type { Language } from '@/domain/model'

/** Where hits on screen come from: the index, the scan during the build, or an earlier answer while the worker answers. */
export type SearchSource = 'index' | 'scan' | 'pending'

/** Changed entries re-indexed at once on a list change (a few ms per 100); more are indexed anew. */
const INCREMENTAL_LIMIT = 200
/** Entries posted to the worker per task: copying them holds the page a few ms per 1,000 (~30 ms per 2,000 on a busy machine). */
const LOAD_CHUNK = 1_000
/** Answers kept for queries typed again (erasing a letter finds its hits at once). */
const KEPT_ANSWERS = 50

interface Engine {
  /** Indexes a new list; resolves when searches see it, rejects if the engine broke. */
  load(list: readonly CatalogueObjective[]): Promise<void>
  change(upsert: CatalogueObjective[], remove: string[]): void
  search(question: SearchQuestion): CatalogueHit[] | Promise<CatalogueHit[]>
}

/** The index in the page, built a slice at a time (CatalogueSearch.build). */
class PageEngine implements Engine {
  private index = new CatalogueSearch()
  async load(list: readonly CatalogueObjective[]): Promise<void> {
    this.index = await CatalogueSearch.build(list)
  }
  change(upsert: CatalogueObjective[], remove: string[]): void {
    for (const o of upsert) this.index.upsert(o)
    for (const id of remove) this.index.remove(id)
  }
  search({ query, filter, preferLanguage, limit }: SearchQuestion): CatalogueHit[] {
    return this.index.search(query, filter, preferLanguage, limit)
  }
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** The index in a Web Worker; hits come back by id and are joined to the page's own entries. */
class WorkerEngine implements Engine {
  private readonly worker = new Worker(new URL('../workers/catalogueIndex.ts', import.meta.url), { type: 'module' })
  private byId = new Map<string, CatalogueObjective>()
  private generation = 0
  private asks = 0
  private readonly waiting = new Map<string, { resolve: (reply: IndexReply) => void; reject: (e: unknown) => void }>()

  constructor() {
    this.worker.onmessage = (event: MessageEvent<IndexReply>) => {
      const reply = event.data
      const key = reply.kind === 'loaded' ? `load${reply.generation}` : `ask${reply.ask}`
      this.waiting.get(key)?.resolve(reply)
      this.waiting.delete(key)
    }
    this.worker.onerror = (event) => {
      event.preventDefault()
      this.worker.terminate()
      for (const w of this.waiting.values()) w.reject(new Error(`catalogue index worker: ${event.message}`))
      this.waiting.clear()
    }
  }

  private reply(key: string, request: IndexRequest): Promise<IndexReply> {
    const replied = new Promise<IndexReply>((resolve, reject) => this.waiting.set(key, { resolve, reject }))
    this.worker.postMessage(request)
    return replied
  }

  async load(list: readonly CatalogueObjective[]): Promise<void> {
    const generation = ++this.generation
    // a task of its own: the list arrives in a task that already draws the page for it (subjects, grades)
    await nextTask()
    this.byId = new Map(list.map((o) => [o.id, o]))
    for (let from = 0; from + LOAD_CHUNK < list.length; from += LOAD_CHUNK) {
      this.worker.postMessage({ kind: 'load', generation, objectives: list.slice(from, from + LOAD_CHUNK), first: from === 0, last: false } satisfies IndexRequest)
      await nextTask()
    }
    const from = Math.max(0, Math.floor((list.length - 1) / LOAD_CHUNK) * LOAD_CHUNK)
    await this.reply(`load${generation}`, { kind: 'load', generation, objectives: list.slice(from), first: from === 0, last: true })
  }

  change(upsert: CatalogueObjective[], remove: string[]): void {
    for (const o of upsert) this.byId.set(o.id, o)
    for (const id of remove) this.byId.delete(id)
    this.worker.postMessage({ kind: 'change', upsert, remove } satisfies IndexRequest)
  }

  /** The index's answer (`search`), or the scan's over the list last loaded (`scan`, also while the index is built). */
  async search(question: SearchQuestion, kind: 'search' | 'scan' = 'search'): Promise<CatalogueHit[]> {
    const ask = ++this.asks
    const reply = await this.reply(`ask${ask}`, { kind, ask, ...question })
    if (reply.kind !== 'hits') return []
    return reply.hits.flatMap(({ id, ...hit }) => {
      const objective = this.byId.get(id)
      return objective ? [{ objective, ...hit }] : []
    })
  }
}

function startEngine(): PageEngine | WorkerEngine {
  if (typeof Worker === 'undefined') return new PageEngine()
  try {
    return new WorkerEngine()
  } catch {
    return new PageEngine()
  }
}

const byId = (list: readonly CatalogueObjective[]) => new Map(list.map((o) => [o.id, o]))
const stamp = (o: CatalogueObjective) => `${o.updatedAt}|${o.hidden}|${o.text}|${o.section}|${o.term}`

/** The index following `objectives`: `search` answers from it once it holds the list, by a scan until then. */
export function useCatalogueIndex(objectives: Readonly<Ref<readonly CatalogueObjective[]>>) {
  const searchReady = shallowRef(false)
  let engine = startEngine()
  let indexed: readonly CatalogueObjective[] | null = null
  /** The rows indexed, by id. */
  let rows = new Map<string, CatalogueObjective>()
  let building = false

  // the worker's answers for the index as it is now; any change to the index starts a new set
  const answers = shallowRef(new Map<string, CatalogueHit[]>())
  const asked = new Set<string>()
  const sources = new WeakMap<readonly CatalogueHit[], SearchSource>()
  // what the last search showed (from the scan or the index): kept on screen while the worker answers the next one,
  // so the list never empties between the scan's answer and the index's, and its rows are reused
  let lastShown: CatalogueHit[] = []
  let version = 0
  function indexChanged(): void {
    version += 1
    asked.clear()
    answers.value = new Map()
  }
  /** Asks the worker once per query and index; the answer lands in `answers`, and whoever read them asks again. */
  function askWorker(worker: WorkerEngine, key: string, question: SearchQuestion, kind: 'search' | 'scan', source: SearchSource): void {
    if (asked.has(key)) return
    asked.add(key)
    const asking = version
    worker.search(question, kind).then(
      (hits) => {
        if (asking !== version) return
        mark(hits, source)
        const next = answers.value.size >= KEPT_ANSWERS ? new Map<string, CatalogueHit[]>() : new Map(answers.value)
        answers.value = next.set(key, hits)
      },
      () => asked.delete(key),
    )
  }

  /** Brings the index up to `list` when few entries changed; false when that takes a new index. */
  function applyChanges(list: readonly CatalogueObjective[]): boolean {
    if (!indexed) return false
    if (list === indexed) return true
    // the list is patched row by row (catalogueRepo.observeObjectives): a row that did not change is the same object
    const changed = list.filter((o) => {
      const before = rows.get(o.id)
      return before !== o && (!before || stamp(before) !== stamp(o))
    })
    const alive = new Set(list.map((o) => o.id))
    const gone = [...rows.keys()].filter((id) => !alive.has(id))
    if (changed.length + gone.length > INCREMENTAL_LIMIT) return false
    engine.change(changed, gone)
    indexed = list
    rows = byId(list)
    indexChanged()
    return true
  }

  function followList(): void {
    if (building) return // the running build catches up when it ends
    const list = objectives.value
    searchReady.value = applyChanges(list)
    if (searchReady.value) return
    building = true
    indexChanged() // answers so far (the scan's too) were about the list before
    engine.load(list).then(
      () => {
        building = false
        indexed = list
        rows = byId(list)
        indexChanged()
        followList()
      },
      () => {
        // the worker broke (it could not start, or failed): index in the page from now on
        building = false
        engine = new PageEngine()
        indexed = null
        followList()
      },
    )
  }
  watch(objectives, followList, { flush: 'sync' })

  function mark(hits: CatalogueHit[], source: SearchSource): CatalogueHit[] {
    sources.set(hits, source)
    return hits
  }

  function search(query: string, filter: SearchFilter = {}, preferLanguage?: Language, limit?: number): CatalogueHit[] {
    // read on every path, so that results on screen follow the list (followList keeps the index in step)
    const list = objectives.value
    const ready = searchReady.value
    if (engine instanceof PageEngine) {
      if (!ready) return (lastShown = mark(scanCatalogue(list, query, filter, preferLanguage, limit), 'scan'))
      return mark(engine.search({ query, filter, preferLanguage, limit }), 'index')
    }
    const question: SearchQuestion = { query, filter: { ...filter }, preferLanguage, limit }
    // while the index is built the worker scans: the same question has another answer then
    const kind = ready ? 'search' : 'scan'
    const key = JSON.stringify([kind, query, question.filter, preferLanguage ?? null, limit ?? null])
    const known = answers.value.get(key)
    if (known) return (lastShown = known)
    askWorker(engine, key, question, kind, ready ? 'index' : 'scan')
    return mark([...lastShown], 'pending')
  }

  return {
    /** True once the index holds the current list; until then `search` scans (no typo tolerance). */
    searchReady,
    search,
    /** Where a result of `search` came from (for the page to say whether it answers the query typed). */
    sourceOf: (hits: readonly CatalogueHit[]): SearchSource => sources.get(hits) ?? 'index',
  }
}
