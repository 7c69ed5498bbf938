import Dexie from 'dexie'
import { createPinia, setActivePinia } from 'pinia'
import { computed } from 'vue'
import { readFileSync, readdirSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { catalogueRepo } from '@/db/catalogue'
import { DATABASE_NAME, resetDbForTests } from '@/db/database'
import { IndexService, type IndexReply, type IndexRequest } from '@/domain/catalogue/indexService'
import type { CatalogueObjective } from '@/domain/catalogue/model'
import { scanCatalogue } from '@/domain/catalogue/scan'
import { CatalogueSearch, type CatalogueHit } from '@/domain/catalogue/search'
import { convertCurriculum, loadShippedCatalogue } from '@/exchange/shippedCatalogue'
import { useCatalogueStore } from '@/stores/catalogue'

const dir = 'src/data/curriculum'
const shipped = convertCurriculum(Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))])), 0)
const objectives = shipped.objectives
const QUERIES = ['тыгыздык', 'тыгыздфктын', 'қолдан', 'колдан', '7.2', 'density measure', 'жок соз']
const FILTERS = [{}, { subject: 'physics', grade: 7 }, { language: 'ru' as const }]
const byId = (hits: CatalogueHit[]) => hits.map(({ objective, ...hit }) => ({ ...hit, id: objective.id }))
/** Scores to 9 digits: after a change the index's field lengths are summed in another order than in a fresh build. */
const rounded = <T extends { score: number }>(hits: T[]) => hits.map((h) => ({ ...h, score: Number(h.score.toFixed(9)) }))

/** One task later, delivered the way a worker's message is (a message port, not a timer). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(null)
  })
}

/** A Worker that runs the worker's own message handler a task later, on copies, as a browser would. */
class FakeWorker {
  static started = 0
  /** While set, the worker's build waits on it between slices (the scan still answers). */
  static hold: Promise<void> | null = null
  onmessage: ((event: { data: IndexReply }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  private readonly service = new IndexService((reply) => this.onmessage?.({ data: structuredClone(reply) }), {
    pause: () => FakeWorker.hold ?? nextTask(),
  })
  constructor() {
    FakeWorker.started++
  }
  postMessage(request: IndexRequest): void {
    const copy = structuredClone(request)
    void nextTask().then(() => this.service.handle(copy))
  }
  terminate(): void {}
}

/** The service with the replies it sent, in order. */
function service() {
  const replies: IndexReply[] = []
  const it = new IndexService((reply) => replies.push(reply), { sliceMs: 1 })
  const hitsOf = (ask: number) => {
    const reply = replies.find((r) => r.kind === 'hits' && r.ask === ask)
    return reply?.kind === 'hits' ? reply.hits : undefined
  }
  return { it, replies, hitsOf }
}

describe('the catalogue index behind messages (as the worker runs it)', () => {
  it('answers every query exactly as the index built on the page, after a list loaded in parts and a change', async () => {
    const { it: worker, replies, hitsOf } = service()
    const half = Math.floor(objectives.length / 2)
    worker.handle({ kind: 'load', generation: 1, objectives: objectives.slice(0, half), first: true, last: false })
    worker.handle({ kind: 'load', generation: 1, objectives: objectives.slice(half), first: false, last: true })
    const own: CatalogueObjective = { ...objectives[0], id: 'own1', origin: 'own', code: '7.2.9.1', text: 'Өз мақсатым: Архимед күшін өлшеу' }
    // asked during the build: handled after it, in order
    worker.handle({ kind: 'change', upsert: [own], remove: [objectives[1].id] })
    const page = new CatalogueSearch([...objectives.filter((o) => o.id !== objectives[1].id), own])

    let ask = 0
    for (const query of [...QUERIES, 'максатмы']) {
      for (const filter of FILTERS) worker.handle({ kind: 'search', ask: ++ask, query, filter, preferLanguage: 'kk', limit: 150 })
    }
    await expect.poll(() => replies.length, { timeout: 20_000 }).toBe(ask + 1)
    expect(replies[0]).toEqual({ kind: 'loaded', generation: 1 })
    ask = 0
    for (const query of [...QUERIES, 'максатмы']) {
      for (const filter of FILTERS) {
        expect(rounded(hitsOf(++ask) ?? []), `${query} ${JSON.stringify(filter)}`).toEqual(rounded(byId(page.search(query, filter, 'kk', 150))))
      }
    }
    expect(page.search('максатмы').map((h) => h.objective.id)).toContain('own1')
  })

  it('answers scans while the index is built (over the whole list, once its last part came), searches after it', async () => {
    const { it: worker, replies, hitsOf } = service()
    const half = Math.floor(objectives.length / 2)
    worker.handle({ kind: 'load', generation: 1, objectives: objectives.slice(0, half), first: true, last: false })
    worker.handle({ kind: 'scan', ask: 1, query: 'тыгыздык', filter: {}, preferLanguage: 'kk' })
    expect(replies).toEqual([]) // the list is not whole yet
    worker.handle({ kind: 'load', generation: 1, objectives: objectives.slice(half), first: false, last: true })
    worker.handle({ kind: 'search', ask: 2, query: 'тыгыздфктын', filter: {} })
    worker.handle({ kind: 'scan', ask: 3, query: '7.2', filter: { subject: 'physics' } })
    // both scans answered at once, before the build ended; the search waits for it
    expect(replies.map((r) => r.kind === 'hits' && r.ask)).toEqual([1, 3])
    expect(hitsOf(1)).toEqual(byId(scanCatalogue(objectives, 'тыгыздык', {}, 'kk')))
    expect(hitsOf(3)).toEqual(byId(scanCatalogue(objectives, '7.2', { subject: 'physics' })))
    expect(hitsOf(1)?.length).toBeGreaterThan(0)
    await expect.poll(() => replies.length, { timeout: 20_000 }).toBe(4)
    expect(replies[2]).toEqual({ kind: 'loaded', generation: 1 })
    expect(rounded(hitsOf(2) ?? [])).toEqual(rounded(byId(new CatalogueSearch(objectives).search('тыгыздфктын', {}))))
    expect(hitsOf(2)?.length).toBeGreaterThan(0)
  })

  it('starts a new index from the first part of a new list', async () => {
    const { it: worker, hitsOf } = service()
    worker.handle({ kind: 'load', generation: 1, objectives, first: true, last: true })
    worker.handle({ kind: 'load', generation: 2, objectives: objectives.slice(0, 10), first: true, last: true })
    worker.handle({ kind: 'search', ask: 1, query: objectives[0].code, filter: {} })
    await expect.poll(() => hitsOf(1), { timeout: 20_000 }).toBeDefined()
    expect(hitsOf(1)?.length).toBeGreaterThan(0)
    expect(hitsOf(1)?.every((h) => objectives.slice(0, 10).some((o) => o.id === h.id))).toBe(true)
  })
})

describe('the catalogue store with its index in a worker', () => {
  const stores: { $dispose(): void }[] = []

  /**
   * The store of a later visit: the shipped catalogue is stored before the store starts, so the store's first list
   * is the whole catalogue and the worker builds its index from it. Not `ensureShipped()` on a new store: its first
   * read may see the empty table (it races the catalogue's write), and then the 167 shipped entries join the empty
   * index as a change (fewer than INCREMENTAL_LIMIT), with no build to hold or to scan during.
   */
  async function storeOfALaterVisit() {
    await catalogueRepo.replaceShipped(await loadShippedCatalogue())
    setActivePinia(createPinia())
    const store = useCatalogueStore()
    stores.push(store)
    await expect.poll(() => store.objectives.length).toBeGreaterThan(100)
    return store
  }

  beforeEach(async () => {
    resetDbForTests()
    await Dexie.delete(DATABASE_NAME)
    FakeWorker.started = 0
    FakeWorker.hold = null
    vi.stubGlobal('Worker', FakeWorker)
  })
  afterEach(() => {
    // a store left running would follow the next test's database (storagemutated is global) and post to its worker
    for (const store of stores.splice(0)) store.$dispose()
    vi.unstubAllGlobals()
    resetDbForTests()
  })

  it('while the index is built, the worker scans for the page: the scan’s hits, marked so, then the index’s', async () => {
    let release = () => {}
    FakeWorker.hold = new Promise((resolve) => (release = resolve))
    const store = await storeOfALaterVisit()
    expect(store.searchReady).toBe(false) // the build of the whole list is held
    const shown = computed(() => store.search('тыгыздык', { subject: 'physics' }, 'kk'))
    expect(store.searchSource(shown.value)).toBe('pending')
    await expect.poll(() => store.searchSource(shown.value)).toBe('scan')
    expect(store.searchReady).toBe(false)
    expect(shown.value.length).toBeGreaterThan(0)
    expect(shown.value).toEqual(scanCatalogue(store.objectives, 'тыгыздык', { subject: 'physics' }, 'kk'))
    // a typo only the index forgives: nothing from the scan, then the index's hits once it is built
    const typo = computed(() => store.search('тыгыздфктын', { subject: 'physics' }, 'kk'))
    await expect.poll(() => store.searchSource(typo.value)).toBe('scan')
    expect(typo.value).toEqual([])
    FakeWorker.hold = null
    release()
    await expect.poll(() => store.searchReady).toBe(true)
    await expect.poll(() => store.searchSource(typo.value)).toBe('index')
    expect(typo.value.length).toBeGreaterThan(0)
  })

  it('shows the worker’s hits, the same as the page’s index, an earlier answer meanwhile, and follows a change', async () => {
    const store = await storeOfALaterVisit()
    await expect.poll(() => store.searchReady).toBe(true)
    expect(FakeWorker.started).toBe(1)
    const reference = new CatalogueSearch(store.objectives)

    for (const query of QUERIES) {
      const shown = computed(() => store.search(query, { subject: 'physics' }, 'kk'))
      await expect.poll(() => store.searchSource(shown.value)).toBe('index')
      expect(shown.value, query).toEqual(reference.search(query, { subject: 'physics' }, 'kk'))
    }
    // a new query: the last answer stays on screen, marked, until the worker answers it
    const typo = computed(() => store.search('тыгыздфктын', {}, 'ru'))
    expect(store.searchSource(typo.value)).toBe('pending')
    await expect.poll(() => store.searchSource(typo.value)).toBe('index')
    expect(typo.value).toEqual(reference.search('тыгыздфктын', {}, 'ru'))

    const mine = computed(() => store.search('максатмы'))
    await expect.poll(() => store.searchSource(mine.value)).toBe('index')
    expect(mine.value).toEqual([])
    await store.addOwnObjective({ code: '7.2.9.1', text: 'Өз мақсатым: Архимед күшін өлшеу', section: 'Тығыздық', term: 2, grade: 7, language: 'kk', subject: 'Физика' })
    await expect.poll(() => mine.value.map((h) => h.objective.code)).toEqual(['7.2.9.1'])
    expect(store.searchSource(mine.value)).toBe('index')
  })
})
